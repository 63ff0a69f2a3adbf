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

export type { Match, MatchKind, ScanOptions } from './types';
export { TermMatcher } from './terms';
export { htmlToText } from '../text/html';

let defaultMatcher: TermMatcher | undefined;
/** The term matcher over the knowledge base, built once on first use. */
export function termMatcher(): TermMatcher {
  return (defaultMatcher ??= new TermMatcher(TERMS as TermEntry[]));
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

/**
 * Merge the per-kind lists (each ordered by start, starts distinct) into one list ordered by start,
 * then kind (section, term, duration, date).
 */
function merge(lists: Match[][]): Match[] {
  const out: Match[] = [];
  const at = lists.map(() => 0);
  let total = 0;
  for (const l of lists) total += l.length;
  while (out.length < total) {
    let best = -1;
    let bm: Match | undefined;
    for (let k = 0; k < lists.length; k++) {
      const m = lists[k]![at[k]!];
      if (m === undefined) continue;
      // Starts are distinct within a list; on a tie across lists the earlier list (kind order) wins.
      if (bm === undefined || m.start < bm.start) {
        best = k;
        bm = m;
      }
    }
    out.push(bm!);
    at[best]!++;
  }
  return out;
}

export function scan(text: string, options: ScanOptions = {}): Match[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const kinds = new Set(options.kinds ?? ALL);
  const matcher = termMatcher();
  // One pass finds every detector's candidate positions.
  const cand = matcher.trie().prepass(text);
  const needsContext = kinds.has('section') || kinds.has('duration');
  const ctx = needsContext ? documentContext(text, documentDefinitions, cand) : undefined;
  if (ctx && options.documentDate) ctx.documentDate = options.documentDate;
  // In the order of ties: section, term, duration, date.
  const lists: Match[][] = [];
  if (kinds.has('section')) lists.push(dropOverlaps(findSections(text, ctx!, cand.section)));
  if (kinds.has('term')) lists.push(dropOverlaps(matcher.scan(text, cand)));
  if (kinds.has('duration')) lists.push(dropOverlaps(findDurations(text, ctx!, cand.duration)));
  if (kinds.has('date')) lists.push(dropOverlaps(findDates(text, options.documentDate, cand.date)));
  return merge(lists);
}
