// CSV (RFC 4180): comma-separated, CRLF line ends, fields quoted when they hold a comma, quote, CR
// or LF, quotes doubled. Cells that a spreadsheet would run as a formula (starting with = + - @,
// tab or CR) are prefixed with an apostrophe (OWASP "CSV injection").
import type { SavedHighlight } from '../record/schema.ts';
import { eventName } from './labels.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsvRows(rows: readonly (readonly unknown[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const CSV_COLUMNS = [
  'event_date', 'event_type', 'event', 'quote', 'note', 'title', 'url', 'pdf_page', 'pdf_fingerprint',
  'prefix', 'suffix', 'start', 'end', 'status', 'created_at', 'updated_at', 'id',
] as const;

/** One row per saved passage, in chronology order (dated events first, by date; then the rest, newest first). */
export function toCsv(records: readonly SavedHighlight[], opts: { eventLabel?: (id: string) => string } = {}): string {
  const label = opts.eventLabel ?? eventName;
  const rows = chronologyOrder(records).map((r) => [
    r.eventDate ?? '', r.eventType ?? '', r.eventType ? label(r.eventType) : '', r.selectors.quote.exact, r.note,
    r.title, r.url, r.pdfPage ?? '', r.pdfFingerprint ?? '', r.selectors.quote.prefix, r.selectors.quote.suffix,
    r.selectors.position?.start ?? '', r.selectors.position?.end ?? '', r.status ?? '', r.createdAt, r.updatedAt, r.id,
  ]);
  return '\uFEFF' + toCsvRows([CSV_COLUMNS, ...rows]);
}

/** Dated passages by event date (then creation), then undated ones newest first. */
export function chronologyOrder(records: readonly SavedHighlight[]): SavedHighlight[] {
  const dated = records.filter((r) => r.eventDate).sort((a, b) => a.eventDate!.localeCompare(b.eventDate!) || a.createdAt.localeCompare(b.createdAt));
  const undated = records.filter((r) => !r.eventDate).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return [...dated, ...undated];
}

/** Parse RFC 4180 CSV into rows of fields (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
