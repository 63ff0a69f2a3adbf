// Markdown chronology: the events the user recorded, by date, each with the passage that shows it;
// then the passages with no date. Page text is escaped so it cannot turn into links or HTML.
import type { SavedHighlight } from '../record/schema.ts';
import { chronologyOrder } from './csv.ts';
import { eventName } from './labels.ts';

/** Escape characters Markdown (and inline HTML) would interpret. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}

function blockquote(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    .map((line) => `> ${escapeMarkdown(line)}`.trimEnd())
    .join('\n');
}

function linkTarget(url: string): string {
  return url.replace(/[ ()<>]/g, (c) => encodeURIComponent(c));
}

function source(r: SavedHighlight): string {
  const name = escapeMarkdown(r.title || r.url);
  const page = r.pdfPage !== undefined ? `, page ${r.pdfPage}` : '';
  return `Source: [${name}](${linkTarget(r.url)})${page}`;
}

function entry(r: SavedHighlight, heading: string): string {
  const lines = [`### ${heading}`, '', blockquote(r.selectors.quote.exact), ''];
  if (r.note) lines.push(`Note: ${escapeMarkdown(r.note).replace(/\r\n|\r|\n/g, '  \n')}`, '');
  lines.push(source(r), '');
  return lines.join('\n');
}

export interface MarkdownOptions {
  title?: string;
  eventLabel?: (id: string) => string;
  /** Date shown as "exported on"; omitted when not given (keeps output reproducible). */
  exportedOn?: string;
}

export function toMarkdownChronology(records: readonly SavedHighlight[], opts: MarkdownOptions = {}): string {
  const label = opts.eventLabel ?? eventName;
  const ordered = chronologyOrder(records);
  const dated = ordered.filter((r) => r.eventDate);
  const undated = ordered.filter((r) => !r.eventDate);
  const out: string[] = [`# ${escapeMarkdown(opts.title ?? 'Case record: chronology')}`, ''];
  if (opts.exportedOn) out.push(`Exported from CareLens on ${opts.exportedOn}.`, '');
  out.push(`${dated.length} dated ${dated.length === 1 ? 'event' : 'events'}, ${undated.length} undated ${undated.length === 1 ? 'passage' : 'passages'}.`, '');
  out.push('## Events by date', '');
  if (!dated.length) out.push('No dated events yet.', '');
  for (const r of dated) {
    const what = r.eventType ? escapeMarkdown(label(r.eventType)) : 'Dated passage';
    out.push(entry(r, `${r.eventDate}: ${what}`));
  }
  out.push('## Passages without a date', '');
  if (!undated.length) out.push('None.', '');
  for (const r of undated) {
    const what = r.eventType ? escapeMarkdown(label(r.eventType)) : escapeMarkdown(r.title || r.url);
    out.push(entry(r, `Saved ${r.createdAt.slice(0, 10)}: ${what}`));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
