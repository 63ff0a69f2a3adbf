// The viewer's answer to 'carelens:get-report': the whole PDF's matches with their sentences, the
// document's date and whether every page has been read yet. Pure (no DOM, no browser API): unit-tested.
import { oneLineSentence } from '../core/detect/context';
import type { Match } from '../core/detect/types';
import { findLetterDate } from '../core/letter/letter-date';
import { LETTER_TEXT_MAX } from '../core/letter/limits';
import type { PageReport, ReportedMatch } from '../protocol/page';

/**
 * The document's own date, as the letter check finds it (a "Date:" line, a date alone on a line near the top, a dated
 * line at the end), looked for on the first page. Undefined when none is found.
 */
export function documentDateOf(text: string, matches: readonly Match[], firstPageEnd = text.length): string | undefined {
  const firstPage = text.slice(0, firstPageEnd);
  return findLetterDate(firstPage, matches.filter((m) => m.end <= firstPageEnd))?.iso;
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
