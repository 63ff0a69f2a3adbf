// The deadline engine's public API: the popup, the hover card and the CLI all call this.
//
//   dueDate('icpc-15wd', '2026-03-27')                      -> due 2026-04-21, with the working
//   chain('strategy-discussion-held', '2026-03-27')          -> ICPC, core group, reviews, ...
//   check('icpc-15wd', '2026-03-27', '2026-04-23')           -> late by 2 working days
//   progress('icpc-15wd', '2026-03-27', '2026-04-14')        -> working day 10 of 15
//   calendar('scotland').isWorkingDay('2026-11-30')          -> false (St Andrew's Day)
//   detectNation(text)                                       -> { nation: 'scotland', message }
//
// Dates are plain "YYYY-MM-DD" strings (hours rules take "YYYY-MM-DDTHH:MM", UK clock time). Problems
// come back as a DeadlineError whose message is written for the person reading it.
import { TIMESCALES } from '../knowledge/timescales';
import type { Timescale } from '../knowledge/types';
import { type ChainAnswer, type ChainOptions, chainFor } from './chain';
import { DeadlineError } from './errors';
import {
  type CheckAnswer,
  type DeadlineAnswer,
  type DeadlineOptions,
  type ProgressAnswer,
  type RuleBook,
  checkFor,
  dueDateFor,
  progressFor,
  resolveRule,
} from './rules';
import { formatLong, parseDate, todayISO } from './local-date';

export { calendar, isNationId, NATIONS, NATION_LABELS, provisionalFromYear } from './calendar';
export type { Calendar, Holiday, NationId } from './calendar';
export {
  addWorkingDays,
  workingDaysBetween,
  nextWorkingDay,
  previousWorkingDay,
} from './working-days';
export { detectNation, calendarForDetected } from './nation';
export type { DetectedNation, NationDetection } from './nation';
export { DeadlineError } from './errors';
export type { DeadlineErrorCode } from './errors';
export { isValidDate, todayISO } from './local-date';
export type { ISODate } from './local-date';
export { PROFILES, formatSource } from './rules';
export type { CheckAnswer, DeadlineAnswer, DeadlineOptions, ProgressAnswer, Profile } from './rules';
export type { ChainAnswer, ChainOptions, ChainStep } from './chain';

const BOOK: RuleBook = { rules: TIMESCALES };

/** Due (or, for "at least N before", latest) date of a rule counted from `from`. Throws DeadlineError. */
export function dueDate(ruleId: string, from: string, opts: DeadlineOptions = {}): DeadlineAnswer {
  return dueDateFor(BOOK, ruleId, from, opts);
}

/** Everything that follows an event (or a rule): each step counted from the previous step's due date, or its actual date if given. */
export function chain(eventOrRuleId: string, from: string, opts: ChainOptions = {}): ChainAnswer {
  return chainFor(BOOK, eventOrRuleId, from, opts);
}

/** Was `actual` on time for the rule counted from `from`? If late, by how many working (or calendar) days. */
export function check(ruleId: string, from: string, actual: string, opts: DeadlineOptions = {}): CheckAnswer {
  return checkFor(BOOK, ruleId, from, actual, opts);
}

/** "Today is working day N of M". `today` defaults to the machine's date. */
export function progress(ruleId: string, from: string, today?: string, opts: DeadlineOptions = {}): ProgressAnswer {
  return progressFor(BOOK, ruleId, from, today ?? opts.today ?? todayISO(), opts);
}

/** Same as dueDate, but returns the error instead of throwing (for UI code). */
export function tryDueDate(
  ruleId: string,
  from: string,
  opts: DeadlineOptions = {},
): { ok: true; answer: DeadlineAnswer } | { ok: false; error: DeadlineError } {
  try {
    return { ok: true, answer: dueDate(ruleId, from, opts) };
  } catch (e) {
    if (e instanceof DeadlineError) return { ok: false, error: e };
    throw e;
  }
}

/** The rule a profile would use for an id (e.g. Cambridgeshire's own ICPC rule for "icpc-15wd"). */
export function ruleFor(ruleId: string, opts: DeadlineOptions = {}): Timescale {
  return resolveRule(BOOK, ruleId, opts.profile ?? 'national', opts.nation ?? 'england-and-wales').rule;
}

/** True when the rule has a figure the engine can count (not R6 "no fixed figure"). */
export function isComputable(rule: Timescale): boolean {
  return rule.counting !== 'R6' && rule.amount !== undefined && rule.unit !== undefined;
}

/** Rules a picker can offer: computable, not community claims. */
export function computableRules(): Timescale[] {
  return TIMESCALES.filter((r) => isComputable(r) && r.scope.kind !== 'community-claim');
}

/** "Tuesday 21 April 2026" for "2026-04-21" (throws DeadlineError on an impossible date). */
export function formatDate(iso: string): string {
  return formatLong(parseDate(iso));
}
