// The viewer's answer to 'carelens:get-report': the whole PDF's matches with their sentences, the
// document's date and whether every page has been read yet. Pure (no DOM, no browser API): unit-tested.
import { oneLineSentence } from '../core/detect/context';
import type { Match } from '../core/detect/types';
import { LETTER_TEXT_MAX } from '../core/letter/limits';
import type { PageReport, ReportedMatch } from '../protocol/page';

/**
 * The document's own date: a date labelled "Date:" (or "Dated"), else a date standing alone on a line
 * near the top of the first page (how letters are dated). Undefined when neither is found.
 */
export function documentDateOf(text: string, matches: readonly Match[], firstPageEnd = text.length): string | undefined {
  const dates = matches.filter((m): m is Extract<Match, { kind: 'date' }> => m.kind === 'date');
  for (const m of dates) {
    if (m.start > firstPageEnd) break;
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    if (/\bdated?\s*:?\s*$/i.test(text.slice(lineStart, m.start)) && !/birth/i.test(text.slice(lineStart, m.start))) return m.value.iso;
  }
  for (const m of dates) {
    if (m.start > Math.min(firstPageEnd, 1500)) break;
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    const lineEnd = text.indexOf('\n', m.end);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
    if (line === m.text.trim()) return m.value.iso;
  }
  return undefined;
}

export interface PdfReportInput {
  url: string;
  title: string;
  text: string;
  matches: readonly Match[];
  /** End of the first page's text (for the document date). */
  firstPageEnd?: number;
  complete: boolean;
  active: boolean;
  highlightsSupported: boolean;
}

export function buildPdfReport(input: PdfReportInput): PageReport {
  const matches: ReportedMatch[] = input.matches.map((m, index) => ({
    ...m,
    index,
    sentence: oneLineSentence(input.text, m.start, m.end),
  }));
  const documentDate = documentDateOf(input.text, input.matches, input.firstPageEnd);
  return {
    url: input.url,
    title: input.title,
    surface: 'pdf',
    active: input.active,
    highlightsSupported: input.highlightsSupported,
    complete: input.complete,
    ...(documentDate ? { documentDate } : {}),
    matches,
    ...(input.text.length <= LETTER_TEXT_MAX ? { text: input.text } : {}),
  };
}
