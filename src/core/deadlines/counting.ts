// The counting rules R0-R5 of shared/domain/timescales.md §3, as pure functions over day numbers.
// Each returns the due (or latest) day and the steps of the working, so a person can check it.
import type { CountingRule, Unit } from '../knowledge/types';
import { type DayCalendar, type Holiday } from './calendar';
import { DeadlineError } from './errors';
import { type DayNumber, addMonths, formatLong, monthsClamped, toISO, toParts } from './local-date';
import {
  addWorkingDaysDn,
  lastWorkingDayOnOrBeforeDn,
  nextWorkingDayOnOrAfterDn,
  workingDaysBetweenDn,
} from './working-days';

export interface DayCount {
  due: DayNumber;
  /** Calendar deadline on a weekend/holiday: the last working day before it. */
  lastWorkingDayBefore?: DayNumber;
  /** ICO-style roll forward: the calendar date the count landed on before moving to a working day. */
  rolledForwardFrom?: DayNumber;
  /** Weekday bank holidays passed over while counting working days. */
  holidaysSkipped: Holiday[];
  /** Weekend days passed over while counting working days. */
  weekendDaysSkipped: number;
  steps: string[];
}

const UNIT_WORDS: Record<Unit, string> = { working_day: 'working day', day: 'day', week: 'week', month: 'month', year: 'year', hour: 'hour' };

export function unitWord(unit: Unit, n: number): string {
  return n === 1 ? UNIT_WORDS[unit] : `${UNIT_WORDS[unit]}s`;
}

function holidaysIn(cal: DayCalendar, lo: DayNumber, hi: DayNumber): { holidays: Holiday[]; weekends: number } {
  const holidays: Holiday[] = [];
  let weekends = 0;
  for (let d = lo; d <= hi; d++) {
    const name = cal.holidayName(d);
    const w = (((d + 4) % 7) + 7) % 7;
    if (w === 0 || w === 6) weekends++;
    else if (name) holidays.push({ date: toISO(d), name });
  }
  return { holidays, weekends };
}

function skippedText(h: Holiday[]): string {
  return h.map((x) => `${x.name} (${formatLong(parseIsoDn(x.date))})`).join(', ');
}

function parseIsoDn(iso: string): DayNumber {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** Calendar units to days/months. */
function addCalendar(from: DayNumber, n: number, unit: Unit): { due: DayNumber; clamped: boolean } {
  switch (unit) {
    case 'day':
      return { due: from + n, clamped: false };
    case 'week':
      return { due: from + 7 * n, clamped: false };
    case 'month':
      return { due: addMonths(from, n), clamped: monthsClamped(from, n) };
    case 'year':
      return { due: addMonths(from, 12 * n), clamped: monthsClamped(from, 12 * n) };
    default:
      throw new DeadlineError('not-computable', `Cannot count ${unit} as calendar time.`);
  }
}

function weekendOrHolidayNote(cal: DayCalendar, result: DayCount, rollForward: boolean): void {
  const due = result.due;
  if (cal.isWorkingDay(due)) return;
  const name = cal.holidayName(due);
  const what = name ? `a bank holiday (${name})` : 'a weekend';
  if (rollForward) {
    const moved = nextWorkingDayOnOrAfterDn(cal, due);
    result.rolledForwardFrom = due;
    result.due = moved;
    result.steps.push(
      `${formatLong(due)} is ${what}, so the deadline moves to the next working day, ${formatLong(moved)}.`,
    );
  } else {
    const before = lastWorkingDayOnOrBeforeDn(cal, due);
    result.lastWorkingDayBefore = before;
    result.steps.push(
      `${formatLong(due)} is ${what}. The rule counts calendar time, so the date itself does not move, ` +
        `but offices are closed: the last working day before it is ${formatLong(before)}.`,
    );
  }
}

export interface CountInput {
  counting: CountingRule;
  amount: number;
  unit: Unit;
  rollForwardToWorkingDay?: boolean;
}

/**
 * Counts from `from` (the trigger for R0-R4, the event E for R5) by the rule. Hours (R3, and R5 in
 * hours) are clock time and handled in uk-time.ts, not here.
 */
export function countDays(cal: DayCalendar, from: DayNumber, input: CountInput): DayCount {
  const { counting, amount: n, unit } = input;
  const steps: string[] = [];
  const result: DayCount = { due: from, holidaysSkipped: [], weekendDaysSkipped: 0, steps };
  const fromText = formatLong(from);
  if (unit === 'hour') throw new DeadlineError('invalid-time', 'Hours are counted on the clock, from a date and time.');

  switch (counting) {
    case 'R0':
    case 'R4': {
      const lead =
        counting === 'R4'
          ? `Rolling interval: no more than ${n} ${unitWord(unit, n)} after the last one actually held (${fromText}), which is day 0.`
          : `"Within ${n} ${unitWord(unit, n)}": ${fromText} is day 0 and counting starts the next day.`;
      steps.push(lead);
      if (unit === 'working_day') {
        if (!cal.isWorkingDay(from)) {
          steps.push(`${fromText} is not a working day; it is still day 0, and the first working day after it is working day 1.`);
        }
        result.due = addWorkingDaysDn(cal, from, n);
        const { holidays, weekends } = holidaysIn(cal, from + 1, result.due);
        result.holidaysSkipped = holidays;
        result.weekendDaysSkipped = weekends;
        steps.push(
          `Counting ${n} ${unitWord(unit, n)} (Monday to Friday, not bank holidays) lands on ${formatLong(result.due)}` +
            (weekends ? `, passing over ${weekends} weekend day${weekends === 1 ? '' : 's'}` : '') +
            (holidays.length ? ` and the bank holiday${holidays.length === 1 ? '' : 's'} ${skippedText(holidays)}` : '') +
            '.',
        );
      } else {
        const { due, clamped } = addCalendar(from, n, unit);
        result.due = due;
        steps.push(
          unit === 'month' || unit === 'year'
            ? `${n} calendar ${unitWord(unit, n)} after ${fromText} is ${formatLong(due)}` +
                (clamped ? ` (that month has no day ${toParts(from).day}, so the last day of the month)` : ' (same day of the month)') +
                '.'
            : `${n} ${unitWord(unit, n)} after ${fromText}, counting every day including weekends and holidays, is ${formatLong(due)}.`,
        );
        weekendOrHolidayNote(cal, result, false);
      }
      return result;
    }
    case 'R1': {
      steps.push(`"A period of ${n} ${unitWord(unit, n)} beginning with" ${fromText}: that day is day 1.`);
      if (unit === 'working_day') {
        const start = cal.isWorkingDay(from) ? from : nextWorkingDayOnOrAfterDn(cal, from);
        result.due = addWorkingDaysDn(cal, start, n - 1);
        const { holidays, weekends } = holidaysIn(cal, from, result.due);
        result.holidaysSkipped = holidays;
        result.weekendDaysSkipped = weekends;
        steps.push(`Working day ${n} is ${formatLong(result.due)}.`);
      } else if (unit === 'month' || unit === 'year') {
        const months = unit === 'year' ? 12 * n : n;
        const corresponding = addMonths(from, months);
        const clamped = monthsClamped(from, months);
        result.due = clamped ? corresponding : corresponding - 1;
        steps.push(
          clamped
            ? `The corresponding date ${n} ${unitWord(unit, n)} on does not exist, so the period ends on the last day of that month, ${formatLong(result.due)}.`
            : `The corresponding date ${n} ${unitWord(unit, n)} on is ${formatLong(corresponding)}; the period ends the day before, ${formatLong(result.due)}.`,
        );
        weekendOrHolidayNote(cal, result, false);
      } else {
        const days = unit === 'week' ? 7 * n : n;
        result.due = from + days - 1;
        steps.push(
          `${unit === 'week' ? `${n} ${unitWord(unit, n)} = ${days} days. ` : ''}Day ${days} is ${formatLong(result.due)} (the start day + ${days - 1}).`,
        );
        weekendOrHolidayNote(cal, result, false);
      }
      return result;
    }
    case 'R2': {
      if (unit === 'working_day') return countDays(cal, from, { ...input, counting: 'R0' });
      const { due, clamped } = addCalendar(from, n, unit);
      result.due = due;
      steps.push(
        input.rollForwardToWorkingDay
          ? `Calendar ${unitWord(unit, n)}: the day of receipt (${fromText}) is day 1 and the answer is due on the corresponding date ${n} ${unitWord(unit, n)} later, ${formatLong(due)}` +
              (clamped ? ' (that month is shorter, so its last day)' : '') +
              '.'
          : `${n} calendar ${unitWord(unit, n)} after ${fromText} is ${formatLong(due)}` +
              (clamped ? ` (that month has no day ${toParts(from).day}, so the last day of the month)` : ' (same day of the month)') +
              '.',
      );
      weekendOrHolidayNote(cal, result, Boolean(input.rollForwardToWorkingDay));
      return result;
    }
    case 'R5': {
      steps.push(`"At least ${n} ${unitWord(unit, n)} before" ${fromText}: that day is day 0 and counting goes backwards.`);
      if (unit === 'working_day') {
        result.due = addWorkingDaysDn(cal, from, -n);
        const { holidays, weekends } = holidaysIn(cal, result.due, from - 1);
        result.holidaysSkipped = holidays;
        result.weekendDaysSkipped = weekends;
        steps.push(
          `${n} ${unitWord(unit, n)} back is ${formatLong(result.due)}, the latest day that leaves ${n} clear working days` +
            (holidays.length ? ` (bank holidays passed over: ${skippedText(holidays)})` : '') +
            '.',
        );
      } else {
        const { due } = addCalendar(from, -n, unit);
        result.due = due;
        steps.push(`${n} ${unitWord(unit, n)} before ${fromText} is ${formatLong(due)}.`);
        if (!cal.isWorkingDay(due)) {
          const before = lastWorkingDayOnOrBeforeDn(cal, due);
          result.lastWorkingDayBefore = before;
          steps.push(`That day is not a working day; in practice the last working day before it is ${formatLong(before)}.`);
        }
      }
      return result;
    }
    case 'R3':
      throw new DeadlineError('invalid-time', 'Hours are counted on the clock, from a date and time.');
    case 'R6':
      throw new DeadlineError('no-fixed-figure', 'The source sets no fixed figure, so there is no date to calculate.');
  }
}

/** Working days in (a, b] (negative if b < a). Re-exported for checks and progress. */
export { workingDaysBetweenDn };
