// Working-day arithmetic on day numbers (internal) and on ISO dates (public).
import { type DayCalendar, type NationId, dayCalendar } from './calendar';
import { type DayNumber, type ISODate, parseDate, toISO } from './local-date';

/**
 * N working days after `from` (R0: `from` is day 0, whatever kind of day it is; the first working
 * day after it is day 1). N = 0 returns `from`. Negative N counts backwards (R5: E is day 0).
 */
export function addWorkingDaysDn(cal: DayCalendar, from: DayNumber, n: number): DayNumber {
  cal.assertCovered(from);
  let d = from;
  let left = Math.abs(n);
  const step = n < 0 ? -1 : 1;
  while (left > 0) {
    d += step;
    if (cal.isWorkingDay(d)) left--;
  }
  return d;
}

/** Working days in (a, b] when b >= a; minus the working days in (b, a] when b < a. */
export function workingDaysBetweenDn(cal: DayCalendar, a: DayNumber, b: DayNumber): number {
  cal.assertCovered(a);
  cal.assertCovered(b);
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let n = 0;
  for (let d = lo + 1; d <= hi; d++) if (cal.isWorkingDay(d)) n++;
  return sign * n;
}

export function nextWorkingDayOnOrAfterDn(cal: DayCalendar, dn: DayNumber): DayNumber {
  let d = dn;
  while (!cal.isWorkingDay(d)) d++;
  return d;
}

export function lastWorkingDayOnOrBeforeDn(cal: DayCalendar, dn: DayNumber): DayNumber {
  let d = dn;
  while (!cal.isWorkingDay(d)) d--;
  return d;
}

/** N working days after `from` ("within N working days of from": from is day 0). */
export function addWorkingDays(from: ISODate, n: number, nation: NationId = 'england-and-wales'): ISODate {
  return toISO(addWorkingDaysDn(dayCalendar(nation), parseDate(from), n));
}

/** Working days in (from, to]; negative when `to` is before `from`. */
export function workingDaysBetween(from: ISODate, to: ISODate, nation: NationId = 'england-and-wales'): number {
  return workingDaysBetweenDn(dayCalendar(nation), parseDate(from), parseDate(to));
}

export function nextWorkingDay(date: ISODate, nation: NationId = 'england-and-wales'): ISODate {
  return toISO(nextWorkingDayOnOrAfterDn(dayCalendar(nation), parseDate(date)));
}

export function previousWorkingDay(date: ISODate, nation: NationId = 'england-and-wales'): ISODate {
  return toISO(lastWorkingDayOnOrBeforeDn(dayCalendar(nation), parseDate(date)));
}
