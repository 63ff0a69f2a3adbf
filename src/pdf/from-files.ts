// Files the person opens in the reader -> the PDF the reader shows. A PDF is itself; photos or scans as
// images (JPEG, PNG, WebP; several images are the pages of one letter, in the order chosen) become an
// image-only PDF, one image a page, which the reader then reads like any scan; a Word document (.docx)
// becomes a text PDF of its paragraphs. All on this machine: nothing is uploaded.
import { docxText, DocxError } from '../docx/docx';
import { BLOCK_SEPARATOR } from '../core/text/pdf-text';
import { imageInfo, ImageFileError, megapixels, readingSize, MAX_READ_PIXELS } from '../ocr/image-file';
import { imagesPdf, textPdf, type JpegPage } from './make-pdf';
import { NOT_READ, SEVERAL_ONLY_PHOTOS, readerFileKind, type ReaderFileKind } from './file-kinds';

export { READER_ACCEPT, type ReaderFileKind } from './file-kinds';

export class OpenFileError extends Error {}

export interface ReaderDocument {
  bytes: Uint8Array;
  kind: ReaderFileKind;
  /** What the viewer's bar shows: the file's name, or the first photo's name and how many. */
  name: string;
  /** Photos scaled down before reading (name and megapixels). */
  scaledDown: { name: string; megapixels: number }[];
}

/** The PDF to show for `files`: one PDF, one Word document, or one or more images. Throws OpenFileError with a message for the person. */
export async function readerDocument(files: readonly File[]): Promise<ReaderDocument> {
  if (!files.length) throw new OpenFileError('No file was given.');
  const kinds = files.map((f) => readerFileKind(f));
  const unknown = files.find((_, i) => !kinds[i]);
  if (unknown) throw new OpenFileError(`${unknown.name} ${NOT_READ}`);
  if (files.length > 1 && kinds.some((k) => k !== 'image')) throw new OpenFileError(SEVERAL_ONLY_PHOTOS);
  const first = files[0]!;
  if (kinds[0] === 'pdf') return { bytes: new Uint8Array(await first.arrayBuffer()), kind: 'pdf', name: first.name, scaledDown: [] };
  if (kinds[0] === 'docx') {
    try {
      const text = await docxText(new Uint8Array(await first.arrayBuffer()));
      return { bytes: textPdf(text.split(BLOCK_SEPARATOR), first.name), kind: 'docx', name: first.name, scaledDown: [] };
    } catch (error) {
      if (error instanceof DocxError) throw new OpenFileError(`${first.name}: ${error.message}.`);
      throw error;
    }
  }
  const pages: JpegPage[] = [];
  const scaledDown: ReaderDocument['scaledDown'] = [];
  for (const file of files) {
    const page = await photoAsJpeg(file);
    if (page.scaledFrom) scaledDown.push({ name: file.name, megapixels: page.scaledFrom });
    pages.push(page);
  }
  const name = files.length === 1 ? first.name : `${first.name} and ${files.length - 1} more`;
  return { bytes: imagesPdf(pages, name), kind: 'image', name, scaledDown };
}

/** One photo as a JPEG of at most MAX_READ_PIXELS, turned upright as the camera recorded it. */
async function photoAsJpeg(file: File): Promise<JpegPage & { scaledFrom?: number }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let info;
  try {
    info = imageInfo(bytes);
  } catch (error) {
    if (error instanceof ImageFileError) throw new OpenFileError(`${file.name}: ${error.message}.`);
    throw error;
  }
  const target = readingSize(info);
  const scaled = info.width * info.height > MAX_READ_PIXELS;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes], { type: `image/${info.kind}` }), scaled ? { resizeWidth: target.width, resizeQuality: 'high' } : {});
  } catch {
    throw new OpenFileError(`${file.name}: the ${info.kind.toUpperCase()} image is damaged and cannot be shown (it may have been cut short while copying).`);
  }
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff'; // a PNG's transparent parts become paper, not black
    context.fillRect(0, 0, bitmap.width, bitmap.height);
    context.drawImage(bitmap, 0, 0);
    const jpeg = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 })).arrayBuffer());
    return { jpeg, width: bitmap.width, height: bitmap.height, ...(scaled ? { scaledFrom: megapixels(info) } : {}) };
  } finally {
    bitmap.close();
  }
}
