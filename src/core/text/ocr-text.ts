// Recognised text (OCR of a scanned page or a photo) -> the text items of src/core/text/pdf-text, so a
// scanned page joins into the same flat string with the same map back as a text PDF, and the viewer can
// lay the recognised words over the page image as its text layer.
//
// Each recognised word becomes one item placed where the word is on the page (image pixels scaled to the
// page's size in points, y measured up from the bottom as in PDF), so PdfTextBuilder's rules for lines,
// paragraphs and hyphenation apply unchanged. Words on a line carry a trailing space, so two words are
// never joined whatever the gap the recogniser measured.
//
// Pure: no DOM, no recogniser import; tested in Node.
import { PdfTextBuilder, type PdfText, type PdfTextItem } from './pdf-text';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface RecognisedWord {
  text: string;
  /** 0-100, the recogniser's own confidence. */
  confidence: number;
  /** In image pixels, y down. */
  box: Box;
}

export interface RecognisedLine {
  words: RecognisedWord[];
  box: Box;
  /** The baseline's y in image pixels at the line's left and right ends, when the recogniser gave one. */
  baseline?: { y0: number; y1: number };
  /** Font size in image pixels (ascender to descender), when known. */
  size?: number;
}

/** One page's recognised lines, in reading order, and the size of the image they were read from. */
export interface RecognisedPage {
  imageWidth: number;
  imageHeight: number;
  lines: RecognisedLine[];
  /**
   * When the boxes are in the straightened image: the turn (radians, clockwise, about the image's centre)
   * that straightens the image as given, so a reader shows it turned by this much under the words.
   */
  rotation?: number;
}

/** A word read below this confidence is shown as "check this word". */
export const LOW_CONFIDENCE = 80;

export interface RecognisedItem extends PdfTextItem {
  confidence: number;
}

/** Where the image lies on the page, in points from the page's bottom left corner. */
export interface Placement {
  left: number;
  bottom: number;
  width: number;
  height: number;
}

/**
 * The page's recognised words as text items in page space, the image lying at `placement` (by default the
 * image's own pixel size from the origin). One item per word, in reading order.
 */
export function recognisedItems(page: RecognisedPage, placement: Placement = { left: 0, bottom: 0, width: page.imageWidth, height: page.imageHeight }): RecognisedItem[] {
  const sx = placement.width / Math.max(1, page.imageWidth);
  const sy = placement.height / Math.max(1, page.imageHeight);
  const top = placement.bottom + placement.height;
  const items: RecognisedItem[] = [];
  for (const line of page.lines) {
    const words = line.words.filter((w) => w.text.trim());
    const lineHeight = Math.max(1, line.box.y1 - line.box.y0);
    const size = (line.size && line.size > 0 ? line.size : lineHeight * 0.85) * sy;
    words.forEach((word, i) => {
      const last = i === words.length - 1;
      const next = words[i + 1];
      const baselineY = baselineAt(line, (word.box.x0 + word.box.x1) / 2);
      // A word's item reaches to the next word, so selecting across words selects the space between them.
      const right = next ? Math.max(word.box.x1, next.box.x0) : word.box.x1;
      items.push({
        str: last ? word.text.trim() : `${word.text.trim()} `,
        transform: [size, 0, 0, size, placement.left + word.box.x0 * sx, top - baselineY * sy],
        width: Math.max(1, right - word.box.x0) * sx,
        height: size,
        hasEOL: last,
        confidence: word.confidence,
      });
    });
  }
  return items;
}

function baselineAt(line: RecognisedLine, x: number): number {
  const { baseline, box } = line;
  if (!baseline) return box.y1 - (box.y1 - box.y0) * 0.2;
  const t = box.x1 > box.x0 ? (x - box.x0) / (box.x1 - box.x0) : 0;
  return baseline.y0 + (baseline.y1 - baseline.y0) * Math.min(1, Math.max(0, t));
}

/** Joins recognised pages into the flat text, as text PDFs are joined. */
export function joinRecognisedPages(pages: readonly RecognisedPage[]): PdfText {
  const builder = new PdfTextBuilder();
  pages.forEach((page, i) => builder.addPage(i + 1, recognisedItems(page)));
  return builder.result();
}

/** Any page item that carries a confidence (a recognised word); text-layer items have none. */
export type MaybeRecognisedItem = PdfTextItem & { confidence?: number };

export interface LowConfidenceSpan {
  start: number;
  end: number;
  /** The lowest confidence of the words in the span. */
  confidence: number;
}

/**
 * Spans of the flat text read with low confidence: one per word below `threshold`, in text order.
 * `pageItems[p - 1]` are page p's items as they were added to the builder.
 */
export function lowConfidenceSpans(text: PdfText, pageItems: readonly (readonly MaybeRecognisedItem[] | undefined)[], threshold = LOW_CONFIDENCE): LowConfidenceSpan[] {
  const spans: LowConfidenceSpan[] = [];
  for (const run of text.runs) {
    const confidence = pageItems[run.page - 1]?.[run.item]?.confidence;
    if (confidence === undefined || confidence >= threshold) continue;
    const last = spans[spans.length - 1];
    // Runs of one item (a ligature splits them) make one span.
    if (last && last.end === run.start) {
      last.end = run.start + run.length;
      last.confidence = Math.min(last.confidence, confidence);
    } else spans.push({ start: run.start, end: run.start + run.length, confidence });
  }
  return spans;
}

/** The lowest confidence of the recognised words under flat [start, end), or undefined when none was recognised. */
export function confidenceOf(text: PdfText, pageItems: readonly (readonly MaybeRecognisedItem[] | undefined)[], start: number, end: number): number | undefined {
  let lowest: number | undefined;
  for (const run of text.runs) {
    if (run.start >= end) break;
    if (run.start + run.length <= start) continue;
    const confidence = pageItems[run.page - 1]?.[run.item]?.confidence;
    if (confidence !== undefined) lowest = lowest === undefined ? confidence : Math.min(lowest, confidence);
  }
  return lowest;
}

/** Character error rate: edit distance between `read` and `truth` over truth's length, spaces collapsed. */
export function characterErrorRate(read: string, truth: string): number {
  const a = read.replace(/\s+/g, ' ').trim();
  const b = truth.replace(/\s+/g, ' ').trim();
  if (!b.length) return a.length ? 1 : 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]! / b.length;
}
