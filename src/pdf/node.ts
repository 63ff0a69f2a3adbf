// pdf.js in Node (legacy build) for the command line: a PDF file -> the flat text the extension scans.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import './promise-with-resolvers';
import { extractText } from './extract';
import type { PdfText } from '../core/text/pdf-text';

// Text extraction draws nothing: a bare DOMMatrix is enough for pdf.js to load without a canvas package.
if (!('DOMMatrix' in globalThis)) {
  Object.defineProperty(globalThis, 'DOMMatrix', { value: class DOMMatrix {}, configurable: true, writable: true });
}

type PdfjsLegacy = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<PdfjsLegacy> | undefined;

/** Imports pdf.js once, keeping its "cannot polyfill" warnings (printed with console.warn) quiet. */
function loadPdfjs(): Promise<PdfjsLegacy> {
  return (loaded ??= (async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const require = createRequire(import.meta.url);
      pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
      return pdfjs;
    } finally {
      console.warn = warn;
    }
  })());
}

export class PdfReadError extends Error {
  constructor(
    message: string,
    readonly reason: 'password' | 'damaged' | 'other',
  ) {
    super(message);
  }
}

/** Reads a PDF's text with pdf.js. Throws PdfReadError for encrypted or damaged files. */
export async function pdfTextFromBytes(bytes: Uint8Array, options: { password?: string } = {}): Promise<PdfText> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // pdf.js transfers (detaches) the buffer it is given
    password: options.password,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const { text } = await extractText(doc);
    return text;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new PdfReadError('the PDF is protected by a password', 'password');
    if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException')
      throw new PdfReadError(`the PDF is damaged or not a PDF (${(error as Error).message})`, 'damaged');
    throw new PdfReadError(`the PDF could not be read (${error instanceof Error ? error.message : String(error)})`, 'other');
  } finally {
    await task.destroy();
  }
}
