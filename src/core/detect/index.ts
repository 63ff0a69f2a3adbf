// scan(text): one pass over a flat string, returning every term, section reference, duration and
// date, ordered by start, non-overlapping within each kind. Pure: no DOM, no browser API.
import type { Match, MatchKind, ScanOptions } from './types';
import { documentContext } from './context';
import { documentDefinitions } from './act-names';
import { findSections } from './sections';
import { findDurations } from './durations';
import { findDates } from './dates';
import { TermMatcher, type TermEntry } from './terms';
import { TERMS } from '../knowledge/terms';
import { TERM_SUPPLEMENT } from './term-supplement';

export type { Match, MatchKind, ScanOptions } from './types';
export { TermMatcher } from './terms';
export { htmlToText } from '../text/html';

let defaultMatcher: TermMatcher | undefined;
/** The term matcher over the knowledge base, built once on first use. */
export function termMatcher(): TermMatcher {
  return (defaultMatcher ??= new TermMatcher([...TERM_SUPPLEMENT, ...(TERMS as TermEntry[])]));
}

const ALL: MatchKind[] = ['term', 'section', 'duration', 'date'];

/** Keep the first of any overlapping matches of one kind (input sorted by start). */
function dropOverlaps<T extends Match>(list: T[]): T[] {
  const out: T[] = [];
  let lastEnd = -1;
  for (const m of list) {
    if (m.start >= lastEnd && m.end > m.start) {
      out.push(m);
      lastEnd = m.end;
    }
  }
  return out;
}

export function scan(text: string, options: ScanOptions = {}): Match[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const kinds = new Set(options.kinds ?? ALL);
  const out: Match[] = [];
  const needsContext = kinds.has('section') || kinds.has('duration');
  const ctx = needsContext ? documentContext(text, documentDefinitions) : undefined;
  const add = (list: Match[]) => {
    for (const m of dropOverlaps(list)) out.push(m);
  };
  if (kinds.has('term')) add(termMatcher().scan(text));
  if (kinds.has('section')) add(findSections(text, ctx!));
  if (kinds.has('duration')) add(findDurations(text, ctx!));
  if (kinds.has('date')) add(findDates(text, options.documentDate));
  const order: Record<MatchKind, number> = { section: 0, term: 1, duration: 2, date: 3 };
  out.sort((a, b) => a.start - b.start || order[a.kind] - order[b.kind] || b.end - a.end);
  return out;
}
