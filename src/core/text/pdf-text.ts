// PDF text items -> one flat string, the same text model as web pages (see DESIGN.md "The text model").
//
// pdf.js gives each page as a list of text items (a run of glyphs with its position). This module joins
// them so that words and lines read naturally, and remembers where every character of the flat string
// came from (page, item, offset in the item), so that a match found in the flat string can be drawn over
// pdf.js's text layer, whose spans are the same items in the same order.
//
//   - items on one line are joined with a space when there is a visible gap between them, directly
//     when they touch (pdf.js often splits a word into several items);
//   - a line break inside a paragraph becomes a space; a word hyphenated at the end of a line
//     ("assess-" + "ment") is joined and the hyphen dropped;
//   - a larger vertical gap (a new paragraph) and a page boundary become a block separator "\n\n",
//     so that no match joins two paragraphs or two pages;
//   - ligature characters (U+FB00-FB06) are expanded ("ﬁ" -> "fi"), soft hyphens dropped,
//     no-break spaces read as spaces.
//
// Pure: no DOM, no pdf.js import; tested in Node.
import { lastIndexWhere } from '../sorted';

/** The part of a pdf.js TextItem this module reads. Marked-content items (no `str`) must be left out. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: e, f is the baseline origin; d (or the hypot of c, d) the font size. */
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

/** A run of flat text that came from one item. `length` differs from `sourceLength` only for ligatures. */
export interface TextRun {
  /** Offset in the flat string. */
  start: number;
  length: number;
  page: number;
  /** Index of the item in the page's item list (which is also the index of pdf.js's text layer span). */
  item: number;
  /** Offset in the item's `str`. */
  offset: number;
  sourceLength: number;
}

export interface PdfPageText {
  /** Page number, 1-based. */
  page: number;
  /** Where the page's text starts and ends in the flat string. */
  start: number;
  end: number;
}

export interface PdfText {
  text: string;
  pages: PdfPageText[];
  runs: TextRun[];
}

export const BLOCK_SEPARATOR = '\n\n';

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

const HYPHENS = new Set(['-', '\u2010', '\u00AD']);

function fontSize(item: PdfTextItem): number {
  const [, , c = 0, d = 0] = item.transform;
  return Math.hypot(c, d) || item.height || 10;
}

function baseline(item: PdfTextItem): { x: number; y: number } {
  return { x: item.transform[4] ?? 0, y: item.transform[5] ?? 0 };
}

/** Builds the flat text as pages are added; pages may arrive in any order but are laid out in page order. */
export class PdfTextBuilder {
  private text = '';
  private runs: TextRun[] = [];
  private pages: PdfPageText[] = [];

  /** Appends one page (pages must be added in order). Returns the page's span in the flat text. */
  addPage(page: number, items: readonly PdfTextItem[]): PdfPageText {
    if (this.pages.length) this.text += BLOCK_SEPARATOR;
    const start = this.text.length;
    let prev: PdfTextItem | undefined;
    let eolSincePrev = false;
    for (let index = 0; index < items.length; index++) {
      const item = items[index]!;
      if (!item.str.trim()) {
        // Empty or blank items only carry line ends (pdf.js puts hasEOL on them).
        if (item.hasEOL || item.str) eolSincePrev = eolSincePrev || !!item.hasEOL;
        if (item.str && prev && !eolSincePrev) prev = { ...prev, str: `${prev.str} ` };
        continue;
      }
      let from = 0;
      while (from < item.str.length && /\s/.test(item.str[from]!)) from++;
      if (prev && this.text.length > start) {
        const before = eolSincePrev ? { ...prev, hasEOL: true } : prev;
        let sep = separatorBetween(before, item);
        if (sep === '' && from > 0) sep = ' ';
        const newLine = !!before.hasEOL || verticalJump(before, item);
        // Hyphenation at a line end: "assess-" / "ment" -> "assessment" (lower-case continuations only).
        if (newLine && sep === ' ' && /\p{Ll}/u.test(item.str[from] ?? '') && endsWithWordHyphen(this.text)) {
          this.dropTrailingHyphen();
          sep = '';
        }
        if (sep && !/\s$/.test(this.text)) this.text += sep;
      }
      this.appendItem(page, index, item.str, from);
      prev = item;
      eolSincePrev = !!item.hasEOL;
    }
    const end = this.trimEnd(start);
    const info = { page, start, end };
    this.pages.push(info);
    return info;
  }

  result(): PdfText {
    return { text: this.text, pages: this.pages, runs: this.runs };
  }

  private appendItem(page: number, item: number, str: string, from: number) {
    let runStart = from;
    const flush = (to: number) => {
      if (to > runStart) {
        this.runs.push({ start: this.text.length, length: to - runStart, page, item, offset: runStart, sourceLength: to - runStart });
        this.text += str.slice(runStart, to);
      }
    };
    for (let i = from; i < str.length; i++) {
      const ch = str[i]!;
      const lig = LIGATURES[ch];
      const special = lig !== undefined || ch === '\u00AD' || ch === '\u00A0' || ch === '\t' || ch === '\n' || ch === '\r';
      if (!special) continue;
      flush(i);
      if (lig) {
        this.runs.push({ start: this.text.length, length: lig.length, page, item, offset: i, sourceLength: 1 });
        this.text += lig;
      } else if (ch !== '\u00AD') {
        this.runs.push({ start: this.text.length, length: 1, page, item, offset: i, sourceLength: 1 });
        this.text += ' ';
      }
      runStart = i + 1;
    }
    // Trailing spaces of an item become the separator before the next item, not part of the text.
    let to = str.length;
    while (to > runStart && str[to - 1] === ' ') to--;
    flush(to);
  }

  private dropTrailingHyphen() {
    const last = this.runs[this.runs.length - 1];
    this.text = this.text.slice(0, -1);
    if (!last) return;
    if (last.length === 1) this.runs.pop();
    else {
      last.length--;
      last.sourceLength--;
    }
  }

  private trimEnd(start: number): number {
    while (this.text.length > start && /\s$/.test(this.text)) {
      const last = this.runs[this.runs.length - 1];
      if (last && last.start + last.length === this.text.length) {
        if (last.length === 1) this.runs.pop();
        else {
          last.length--;
          last.sourceLength--;
        }
      }
      this.text = this.text.slice(0, -1);
    }
    return this.text.length;
  }
}

function endsWithWordHyphen(text: string): boolean {
  const last = text[text.length - 1];
  if (!last || !HYPHENS.has(last)) return false;
  // "assess-": a letter before the hyphen, and the word before it is not a bare number or a dash.
  return /\p{L}{2}$/u.test(text.slice(-3, -1));
}

function verticalJump(prev: PdfTextItem, item: PdfTextItem): boolean {
  const size = Math.max(fontSize(prev), fontSize(item));
  return Math.abs(baseline(prev).y - baseline(item).y) > size * 0.5;
}

/** '' (join), ' ' (a space or a line break), or a block separator (a new paragraph). */
export function separatorBetween(prev: PdfTextItem, item: PdfTextItem): string {
  const a = baseline(prev);
  const b = baseline(item);
  const size = Math.max(fontSize(prev), fontSize(item));
  const dy = a.y - b.y;
  if (prev.hasEOL || Math.abs(dy) > size * 0.5) {
    // Lines are usually 1.2-1.5 font sizes apart; a paragraph break adds at least half a line more.
    if (dy > size * 1.8 || dy < -size * 0.5) return BLOCK_SEPARATOR;
    return ' ';
  }
  const gap = b.x - (a.x + prev.width);
  if (prev.str.endsWith(' ') || item.str.startsWith(' ')) return ' ';
  return gap > size * 0.15 ? ' ' : '';
}

/** Joins whole pages at once (pages in order, each a list of items). */
export function joinPdfText(pages: readonly (readonly PdfTextItem[])[]): PdfText {
  const builder = new PdfTextBuilder();
  pages.forEach((items, i) => builder.addPage(i + 1, items));
  return builder.result();
}

export interface SourcePoint {
  page: number;
  item: number;
  offset: number;
}

/**
 * Where a flat-text offset lies in the items. `side` 'start' moves forward past separators (the
 * start of a match), 'end' moves back (the end of a match). Null when there is no text on that side.
 */
export function locate(pdf: Pick<PdfText, 'runs'>, flat: number, side: 'start' | 'end'): SourcePoint | null {
  const { runs } = pdf;
  if (!runs.length) return null;
  const found = lastIndexWhere(runs.length, (i) => runs[i]!.start <= flat);
  if (side === 'start') {
    const run = found >= 0 ? runs[found]! : undefined;
    if (run && flat < run.start + run.length) {
      const inside = flat - run.start;
      const offset = run.length === run.sourceLength ? run.offset + inside : run.offset;
      return { page: run.page, item: run.item, offset };
    }
    const next = runs[found + 1];
    return next ? { page: next.page, item: next.item, offset: next.offset } : null;
  }
  // side 'end': the character before `flat` decides.
  let i = found;
  if (i >= 0 && runs[i]!.start === flat) i--;
  const run = i >= 0 ? runs[i]! : undefined;
  if (!run) return null;
  const inside = Math.min(flat - run.start, run.length);
  const offset =
    run.length === run.sourceLength ? run.offset + inside : inside >= run.length ? run.offset + run.sourceLength : run.offset + run.sourceLength;
  return { page: run.page, item: run.item, offset };
}

/** The page (1-based) a flat-text offset belongs to, by binary search over the pages' spans. */
export function pageAt(pdf: Pick<PdfText, 'pages'>, flat: number): number {
  const { pages } = pdf;
  const found = Math.max(0, lastIndexWhere(pages.length, (i) => pages[i]!.start <= flat));
  return pages[found]?.page ?? 1;
}
