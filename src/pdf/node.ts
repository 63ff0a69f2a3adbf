// pdf.js in Node (legacy build) for the command line: a PDF file -> the flat text the extension scans.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import './promise-with-resolvers';
import { pageItems } from './extract';
import { hasNoText, largestImage } from './page-image';
import { PdfTextBuilder, type PdfText } from '../core/text/pdf-text';
import { recognisedItems, type MaybeRecognisedItem } from '../core/text/ocr-text';
import { pnmOf, type NodeRecogniser } from '../ocr/node';

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
    readonly reason: 'password' | 'damaged' | 'too-many-scans' | 'other',
  ) {
    super(message);
  }
}

/** A PDF's text: its pages' items (recognised words for scanned pages) joined as the viewer joins them. */
export interface PdfReading {
  text: PdfText;
  /** Each page's items; a recognised word carries its confidence. */
  items: MaybeRecognisedItem[][];
  /** 1-based numbers of the pages read from a scan. */
  scannedPages: number[];
  /** Pages with neither text nor a scan, or a scan where nothing could be read. */
  blankPages: number[];
}

/** Scanned pages read by default in one run (each takes a few seconds). */
export const MAX_SCANNED_PAGES = 30;

/**
 * Reads a PDF's text with pdf.js; with a recogniser, pages that are scans (no text, an image) are read from
 * their image. Throws PdfReadError for encrypted or damaged files, or more scanned pages than `maxScannedPages`.
 */
export async function readPdf(
  bytes: Uint8Array,
  options: { password?: string; recogniser?: NodeRecogniser; maxScannedPages?: number } = {},
): Promise<PdfReading> {
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
    const pages: { items: MaybeRecognisedItem[]; scan: boolean }[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      pages.push({ items: await pageItems(page), scan: false });
    }
    const textless = pages.flatMap((p, i) => (hasNoText(p.items) ? [i + 1] : []));
    const maxScanned = options.maxScannedPages ?? MAX_SCANNED_PAGES;
    if (options.recogniser && textless.length > maxScanned) {
      throw new PdfReadError(
        `the PDF has ${textless.length} pages without text (scanned); reading them would take about ${Math.ceil((textless.length * 3) / 60)} minutes, and at most ${maxScanned} are read in one go (--max-scanned-pages N reads more)`,
        'too-many-scans',
      );
    }
    const blankPages: number[] = [];
    if (options.recogniser) {
      for (const n of textless) {
        const page = await doc.getPage(n);
        const image = await largestImage(page, pdfjs.OPS);
        if (!image) {
          blankPages.push(n);
          continue;
        }
        const pixels = await new Promise<{ data?: Uint8Array | Uint8ClampedArray; width: number; height: number; kind?: number }>((done) => page.objs.get(image.name, done));
        if (!pixels?.data) {
          blankPages.push(n);
          continue;
        }
        const recognised = await options.recogniser.recognise(pnmOf(unpackBits(pixels), pixels.width, pixels.height), pixels.width, pixels.height);
        const items = recognisedItems(recognised, image.placement);
        if (!items.length) blankPages.push(n);
        pages[n - 1] = { items, scan: true };
      }
    } else blankPages.push(...textless);
    const builder = new PdfTextBuilder();
    pages.forEach((p, i) => builder.addPage(i + 1, p.items));
    return { text: builder.result(), items: pages.map((p) => p.items), scannedPages: pages.flatMap((p, i) => (p.scan ? [i + 1] : [])), blankPages };
  } catch (error) {
    if (error instanceof PdfReadError) throw error;
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new PdfReadError('the PDF is protected by a password', 'password');
    if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException')
      throw new PdfReadError(`the PDF is damaged or not a PDF (${(error as Error).message})`, 'damaged');
    throw new PdfReadError(`the PDF could not be read (${error instanceof Error ? error.message : String(error)})`, 'other');
  } finally {
    await task.destroy();
  }
}

/** Reads a PDF's text layer only (no recognition). Throws PdfReadError for encrypted or damaged files. */
export async function pdfTextFromBytes(bytes: Uint8Array, options: { password?: string } = {}): Promise<PdfText> {
  return (await readPdf(bytes, options)).text;
}

/** pdf.js's 1-bit images (kind 1: rows of packed bits, 1 = white) as one byte a pixel. */
function unpackBits(image: { data?: Uint8Array | Uint8ClampedArray; width: number; height: number; kind?: number }): Uint8Array | Uint8ClampedArray {
  const data = image.data!;
  if (image.kind !== 1) return data;
  const rowBytes = Math.ceil(image.width / 8);
  const out = new Uint8Array(image.width * image.height);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) out[y * image.width + x] = data[y * rowBytes + (x >> 3)]! & (0x80 >> (x & 7)) ? 255 : 0;
  }
  return out;
}
