// A Word document (.docx) -> its text, paragraphs apart as blocks (the core's text model), with mammoth,
// in the extension and in Node alike. Nothing of the document is run or shown as HTML: only its text is kept.
import { BLOCK_SEPARATOR } from '../core/text/pdf-text';

export class DocxError extends Error {
  constructor(
    message: string,
    readonly reason: 'old-word' | 'not-zip' | 'not-docx' | 'empty',
  ) {
    super(message);
  }
}

export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/** The document's text: one block a paragraph, empty paragraphs dropped, runs of spaces kept as written. */
export async function docxText(bytes: Uint8Array): Promise<string> {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new DocxError('this is an older Word document (.doc); open it in Word or LibreOffice and save it as .docx', 'old-word');
  }
  if (!looksLikeZip(bytes)) throw new DocxError('this is not a Word document (.docx files are zip archives, and this is not one)', 'not-zip');
  const { default: mammoth } = await import('mammoth');
  const copy = bytes.slice();
  let raw: string;
  try {
    // Node's mammoth reads `buffer`, the browser build `arrayBuffer`.
    ({ value: raw } = await mammoth.extractRawText({ buffer: copy, arrayBuffer: copy.buffer } as unknown as { arrayBuffer: ArrayBuffer }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new DocxError(`this is a zip archive but not a Word document (${/main document part|body element/i.test(message) ? 'it has no Word text in it' : message})`, 'not-docx');
  }
  const text = raw
    .split(/\n+/)
    .map((p) => p.replace(/[\t\u00a0]/g, ' ').trim())
    .filter(Boolean)
    .join(BLOCK_SEPARATOR);
  if (!text) throw new DocxError('the Word document has no text in it', 'empty');
  return text;
}
