// Checking a letter's dates against the timescales. Pure: no DOM, no browser API.
//
//   checkLetter(text, { today, nation, profile }) -> the letter's own date, each date with the event its sentence
//                                                    names (tense, negation), and trigger dates paired with the
//                                                    dates that meet their rules, each judged
//   judge(ruleId, from, actual?, opts)            -> on time, late by N working days, or open with N left
//
// One reader serves the `letter` command, the popup's "Check a letter" and the PDF reader. Every pairing is a
// suggestion: the person confirms or changes it.
import { EVENTS, TIMESCALES } from '../knowledge/timescales';
import type { Timescale } from '../knowledge/types';
import { formatDate, isComputable } from '../deadlines';

export { checkLetter, letterJson, pairDates, readLetter, rulesBetween, sentenceBounds } from './check';
export type { EventDate, LetterCheck, LetterOptions, Pairing } from './check';
export { judge } from './verdict';
export type { JudgeOptions, Verdict, VerdictStatus } from './verdict';
export { readClause } from './events';
export type { ClauseReading, DateRole, Tense } from './events';
export { unwrapLines, isWrap } from './paragraphs';
export { findLetterDate, letterIsResponse, letterTopic } from './letter-date';
export type { LetterDate } from './letter-date';

/** Plain name of an event id ("Strategy discussion held"). */
export function eventName(id: string): string {
  return EVENTS.find((e) => e.id === id)?.name ?? id;
}

/** Events a person can choose for a date: every event that starts or ends a computable rule. */
export function pickableEvents(): { id: string; name: string }[] {
  const ids = new Set<string>();
  for (const r of TIMESCALES) {
    if (!isComputable(r) || r.scope.kind === 'community-claim' || r.counting === 'R5') continue;
    if (r.triggerEvent) ids.add(r.triggerEvent);
    if (r.dueEvent) ids.add(r.dueEvent);
  }
  return EVENTS.filter((e) => ids.has(e.id)).map((e) => ({ id: e.id, name: e.name }));
}

/** Every computable rule, for a person choosing one by hand. */
export function pickableRules(): Timescale[] {
  return TIMESCALES.filter((r) => isComputable(r) && r.scope.kind !== 'community-claim');
}

/** "Friday 2 May 2025" */
export function longDate(iso: string): string {
  try {
    return formatDate(iso);
  } catch {
    return iso;
  }
}
