// pdf.js glue for the text model: a document's pages -> text items -> the flat text of src/core/text/pdf-text.
// Works with the browser build (viewer) and the legacy build (Node, the scan command): same API.
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import { PdfTextBuilder, type PdfText, type PdfTextItem } from '../core/text/pdf-text';

/** The text items of a page, in the order pdf.js's TextLayer makes its spans (marked content left out). */
export async function pageItems(page: PDFPageProxy): Promise<PdfTextItem[]> {
  const content = await page.getTextContent();
  return content.items.filter((item: TextItem | TextMarkedContent): item is TextItem => 'str' in item);
}

export interface ExtractProgress {
  /** Pages read so far (pages are read in order). */
  pagesRead: number;
  total: number;
  text: PdfText;
}

/**
 * Reads every page's text in order. `onPage` is called after each page with the text so far; `yieldEvery`
 * pages the loop waits a macrotask so the page stays responsive.
 */
export async function extractText(
  doc: PDFDocumentProxy,
  options: { onPage?: (progress: ExtractProgress) => void; signal?: AbortSignal; yieldEvery?: number } = {},
): Promise<{ text: PdfText; items: PdfTextItem[][] }> {
  const builder = new PdfTextBuilder();
  const all: PdfTextItem[][] = [];
  const yieldEvery = options.yieldEvery ?? 0;
  // Ask for a few pages ahead: the worker parses while we join.
  const ahead = 4;
  const pending: Promise<PdfTextItem[]>[] = [];
  const request = (n: number) => doc.getPage(n).then(pageItems);
  for (let n = 1; n <= Math.min(ahead, doc.numPages); n++) pending.push(request(n));
  for (let n = 1; n <= doc.numPages; n++) {
    if (options.signal?.aborted) throw new DOMException('Text extraction stopped', 'AbortError');
    const items = await pending[n - 1]!;
    if (n + ahead <= doc.numPages) pending.push(request(n + ahead));
    all.push(items);
    builder.addPage(n, items);
    options.onPage?.({ pagesRead: n, total: doc.numPages, text: builder.result() });
    if (yieldEvery && n % yieldEvery === 0) await new Promise((done) => setTimeout(done, 0));
  }
  return { text: builder.result(), items: all };
}
