// A letter's lines as a person reads them. Letters are hard-wrapped (PDF text, e-mails, copied text): a single line
// break inside a paragraph is not a boundary, so "the conference will take place on" at the end of one line still
// owns the date that starts the next. A blank line is a boundary, and so are the lines that stand on their own in
// letters: a table row "Label: value", a date alone on a line (the letter's date), a list item, a line in capitals,
// and the lines of an e-mail's header.
//
// unwrapLines keeps every offset: it only turns the line breaks that are wraps (and every carriage return) into
// spaces, so a date found in the unwrapped text is at the same place in the letter.

/** Words a wrapped line can end on that need the next line (so the next line cannot stand alone). */
const CONTINUES = /\b(on|of|by|for|from|to|until|and|or|the|a|an|at|in|was|were|is|are|be|been|held|dated|since|after|before|than|that|which|with)$/i;
const LIST_ITEM = /^\s*(?:[•\-*–·▪]|\(?\d{1,2}[.)]|\(?[a-h][.)])\s+/;
const LABEL_ROW = /^\s*[A-Z][A-Za-z'’()/ &-]{0,48}(:\s*\S|\s[-–—]\s+[^.]{0,30}\d{4}\s*$)/;
const EMAIL_HEADER = /^\s*(?:from|sent|to|cc|subject|date|re|ref|our ref|your ref)\s*:/i;
const DATE_ALONE =
  /^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|[A-Za-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\s*$/;

/** A line that dates the letter at its foot: "Dated 5 February 2026", "Signed and dated 3/4/2026". */
const DATED_LINE = /^\s*(dated|date|signed( and dated)?)\b[^.]{0,20}\d{4}\s*$/i;

function isCapitalsLine(line: string): boolean {
  const letters = line.replace(/[^A-Za-z]/g, '');
  return letters.length >= 6 && letters === letters.toUpperCase() && /\s/.test(line.trim());
}

/**
 * The cells of a table row: an HTML row (cells parted by tabs, as the page's text gives them), a row drawn with "|",
 * or a plain-text row whose columns are lined up with runs of spaces. A line of prose is not a row, even with two
 * spaces after a full stop. Null when the line is not a row.
 */
export function tableCells(line: string): { text: string; start: number }[] | null {
  const parts: { text: string; start: number }[] = [];
  // A "|" parts cells with whatever padding is around it ("| Decision about next steps     | 13/01/2027 |"); a rule
  // line ("|-----|----|") has no cells.
  if (/^\s*\|?[\s|:+-]*$/.test(line) && line.includes('|')) return null;
  const piped = (line.match(/\|/g) ?? []).length >= 2 || /^\s*\|/.test(line);
  const sep = piped ? /\s*\|\s*|\t+/g : /\t+| {2,}|\s\|\s/g;
  let last = 0;
  let spaced = false;
  for (let m = sep.exec(line); m; m = sep.exec(line)) {
    const cell = line.slice(last, m.index);
    if (!m[0].includes('\t') && !m[0].includes('|')) {
      // Spaces only part columns when the text before them does not end a sentence.
      if (/[.!?:;,]$/.test(cell.trimEnd()) || !cell.trim()) {
        if (cell.trim()) continue;
      }
      spaced = true;
    }
    if (cell.trim()) parts.push({ text: cell.trim(), start: last + cell.indexOf(cell.trim()) });
    last = m.index + m[0].length;
    if (m[0].length === 0) sep.lastIndex++;
  }
  const tail = line.slice(last);
  if (tail.trim()) parts.push({ text: tail.trim(), start: last + tail.indexOf(tail.trim()) });
  if (parts.length < 2) return null;
  if (!/\t|\|/.test(line) && !spaced) return null;
  return parts;
}

const isTableRow = (line: string) => tableCells(line) !== null;

/** Is the line break between `before` and `after` (two lines, without their line ends) a wrap inside a paragraph? */
export function isWrap(before: string, after: string): boolean {
  if (!before.trim() || !after.trim()) return false;
  if (LIST_ITEM.test(after)) return false;
  if (isTableRow(before) || isTableRow(after)) return false;
  const continues = CONTINUES.test(before.trimEnd()) && !/[.:;!?]$/.test(before.trimEnd());
  if (!continues) {
    if (EMAIL_HEADER.test(after) || EMAIL_HEADER.test(before)) return false;
    if (LABEL_ROW.test(after) || LABEL_ROW.test(before)) return false;
    if (isCapitalsLine(before) || isCapitalsLine(after)) return false;
    // A date alone on a line is the letter's date, unless the line before stops mid-phrase ("held on", "Wednesday").
    if (DATED_LINE.test(after)) return false;
    if (DATE_ALONE.test(after)) return /(^|\s)([a-z][\w'’-]*|(mon|tues|wednes|thurs|fri|satur|sun)day)$/i.test(before.trimEnd()) && !/(^|\s)[A-Z][\w'’-]*$/.test(before.trimEnd()) || /(mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(before.trimEnd());
    if (DATE_ALONE.test(before)) return /^\s*[a-z(]/.test(after);
    if (/[:]$/.test(before.trimEnd())) return false;
  }
  return true;
}

/** The text with wrapped line breaks turned into spaces (a lone "\r" ends a line, "\r\n" is one line end): same length, same offsets. */
export function unwrapLines(text: string): string {
  const normal = text.replace(/\r(?!\n)/g, '\n').replace(/\r/g, ' ');
  const lines = normal.split('\n');
  if (lines.length < 2) return normal;
  const out: string[] = [lines[0]!];
  for (let i = 1; i < lines.length; i++) {
    out.push(isWrap(lines[i - 1]!, lines[i]!) ? ' ' : '\n', lines[i]!);
  }
  return out.join('');
}

/** Bounds of the paragraph of the unwrapped text around `at` (line breaks left in it are boundaries). */
export function paragraphAround(unwrapped: string, at: number): [number, number] {
  const s = unwrapped.lastIndexOf('\n', at - 1) + 1;
  const e = unwrapped.indexOf('\n', at);
  return [s, e < 0 ? unwrapped.length : e];
}
