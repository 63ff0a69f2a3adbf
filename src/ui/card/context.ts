// What a mark's card is told besides its match, the same on web pages and in the PDF viewer.
import { oneLineSentence } from '../../core/detect/context';
import type { Match } from '../../core/detect/types';
import type { CardContext } from './types';

/** Dates further than this (in characters) from a match are not offered as its trigger. */
const NEARBY = 800;

/**
 * The card context of `match` in `text`: the dates among `matches` near it, nearest first, not across a section
 * break (the calculator's default trigger: none for a date's own card), and the sentence around it on one line.
 */
export function cardContext(
  text: string,
  matches: readonly Match[],
  match: Match,
  settings: Pick<CardContext, 'nation' | 'profile'>,
): CardContext {
  const nearbyDates =
    match.kind === 'date'
      ? []
      : matches
          .filter((m): m is Extract<Match, { kind: 'date' }> => m.kind === 'date' && Math.abs(m.start - match.start) < NEARBY)
          .filter((m) => !text.slice(Math.min(m.end, match.end), Math.max(m.start, match.start)).includes('\n\n\n'))
          .sort((a, b) => Math.abs(a.start - match.start) - Math.abs(b.start - match.start))
          .map((m) => ({ iso: m.value.iso, text: m.text }));
  return {
    nation: settings.nation,
    profile: settings.profile,
    nearbyDates,
    sentence: oneLineSentence(text, match.start, match.end),
  };
}
