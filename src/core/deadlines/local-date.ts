// Date-only values as plain "YYYY-MM-DD" strings, with arithmetic on day numbers (days since
// 1970-01-01, computed through Date.UTC). Nothing here reads the machine's time zone, so a deadline
// never moves with summer time or with where the computer is. date-fns is used only on Dates built
// at local noon from the parts (so its local-time functions see the same calendar day anywhere).
import { addMonths as fnsAddMonths, format as fnsFormat } from 'date-fns';
import { DeadlineError } from './errors';

/** A calendar date as "YYYY-MM-DD". */
export type ISODate = string;
/** Days since 1970-01-01 (UTC day number). */
export type DayNumber = number;

const DAY_MS = 86_400_000;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

export function isValidDate(text: string): boolean {
  const m = ISO_RE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Parses "YYYY-MM-DD" strictly; "2023-02-29" or "2026-13-01" throw a DeadlineError. */
export function parseDate(text: string): DayNumber {
  const m = ISO_RE.exec(text);
  if (!m) throw new DeadlineError('invalid-date', `"${text}" is not a date in the form YYYY-MM-DD.`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) throw new DeadlineError('invalid-date', `"${text}" is not a real date: there is no month ${mo}.`);
  if (d < 1 || d > daysInMonth(y, mo)) {
    throw new DeadlineError(
      'invalid-date',
      `"${text}" is not a real date: ${monthName(mo)} ${y} has ${daysInMonth(y, mo)} days.`,
    );
  }
  return fromParts({ year: y, month: mo, day: d });
}

export function fromParts({ year, month, day }: DateParts): DayNumber {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function toParts(dn: DayNumber): DateParts {
  const d = new Date(dn * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function toISO(dn: DayNumber): ISODate {
  const { year, month, day } = toParts(dn);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(dn: DayNumber): number {
  return (((dn + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function isWeekend(dn: DayNumber): boolean {
  const w = weekday(dn);
  return w === 0 || w === 6;
}

export function yearOf(dn: DayNumber): number {
  return toParts(dn).year;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, month: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** A Date at local noon on the same calendar day: safe to hand to date-fns in any time zone. */
function localNoon(dn: DayNumber): Date {
  const { year, month, day } = toParts(dn);
  const d = new Date(2000, 0, 1, 12, 0, 0, 0);
  d.setFullYear(year, month - 1, day);
  return d;
}

function fromLocal(d: Date): DayNumber {
  return fromParts({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });
}

/** Same day of the month N months later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(dn: DayNumber, months: number): DayNumber {
  return fromLocal(fnsAddMonths(localNoon(dn), months));
}

/** True when adding months had to clamp the day to a shorter month. */
export function monthsClamped(dn: DayNumber, months: number): boolean {
  return toParts(addMonths(dn, months)).day !== toParts(dn).day;
}

/** "Tuesday 21 April 2026". */
export function formatLong(dn: DayNumber): string {
  return fnsFormat(localNoon(dn), 'EEEE d MMMM yyyy');
}

/** "Tue 21 Apr 2026". */
export function formatShort(dn: DayNumber): string {
  return fnsFormat(localNoon(dn), 'EEE d MMM yyyy');
}

export function monthName(month: number): string {
  return (
    [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ][month - 1] ?? `month ${month}`
  );
}

/** Today's date where the user is (the machine's own calendar day), as YYYY-MM-DD. */
export function todayISO(now: Date = new Date()): ISODate {
  return toISO(fromLocal(now));
}

export const DAY_MILLISECONDS = DAY_MS;
