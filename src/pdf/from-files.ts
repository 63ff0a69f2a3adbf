// Files the person opens in the reader -> the PDF the reader shows. A PDF is itself; photos or scans as
// images (JPEG, PNG, WebP; several images are the pages of one letter, in the order chosen) become an
// image-only PDF, one image a page, which the reader then reads like any scan; a Word document (.docx)
// becomes a text PDF of its paragraphs. All on this machine: nothing is uploaded.
import { docxText, DocxError } from '../docx/docx';
import { BLOCK_SEPARATOR } from '../core/text/pdf-text';
import { imageInfo, ImageFileError, megapixels, readingSize, MAX_READ_PIXELS } from '../ocr/image-file';
import { imagesPdf, textPdf, type JpegPage } from './make-pdf';
import { photoAsJpeg } from '../ocr/image-work';
import { readTrueType } from './truetype';
import { NOT_READ, SEVERAL_ONLY_PHOTOS, readerFileKind, type ReaderFileKind } from './file-kinds';

export { READER_ACCEPT, type ReaderFileKind } from './file-kinds';

export class OpenFileError extends Error {}

/** The font a Word document's text is laid out in: pdf.js's own Liberation Sans, which the build copies into the extension (wxt.config.ts). */
const DOCUMENT_FONT_URL = '/pdfjs/standard_fonts/LiberationSans-Regular.ttf';

async function documentFont() {
  return readTrueType(new Uint8Array(await (await fetch(DOCUMENT_FONT_URL)).arrayBuffer()));
}

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
      return { bytes: textPdf(text.split(BLOCK_SEPARATOR), first.name, await documentFont()), kind: 'docx', name: first.name, scaledDown: [] };
    } catch (error) {
      if (error instanceof DocxError) throw new OpenFileError(`${first.name}: ${error.message}.`);
      throw error;
    }
  }
  const pages: JpegPage[] = [];
  const scaledDown: ReaderDocument['scaledDown'] = [];
  for (const file of files) {
    const page = await photoPage(file);
    if (page.scaledFrom) scaledDown.push({ name: file.name, megapixels: page.scaledFrom });
    pages.push(page);
  }
  const name = files.length === 1 ? first.name : `${first.name} and ${files.length - 1} more`;
  return { bytes: imagesPdf(pages, name), kind: 'image', name, scaledDown };
}

/** One photo as a JPEG of at most MAX_READ_PIXELS, turned upright as the camera recorded it (decoded and encoded in the image worker). */
async function photoPage(file: File): Promise<JpegPage & { scaledFrom?: number }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let info;
  try {
    info = imageInfo(bytes);
  } catch (error) {
    if (error instanceof ImageFileError) throw new OpenFileError(`${file.name}: ${error.message}.`);
    throw error;
  }
  const scaled = info.width * info.height > MAX_READ_PIXELS;
  const page = await photoAsJpeg(new Blob([bytes], { type: `image/${info.kind}` }), scaled ? readingSize(info) : null);
  if (!page) throw new OpenFileError(`${file.name}: the ${info.kind.toUpperCase()} image is damaged and cannot be shown (it may have been cut short while copying).`);
  return { ...page, ...(scaled ? { scaledFrom: megapixels(info) } : {}) };
}
