// Clock time in the UK (R3 hours rules, R5 "at least 24 hours before"), independent of the machine's
// time zone: UK summer time (BST, UTC+1) runs from 01:00 UTC on the last Sunday of March to 01:00 UTC
// on the last Sunday of October (the rule in force for every year the engine covers).
import { DeadlineError } from './errors';
import { DAY_MILLISECONDS, daysInMonth, fromParts, isValidDate, toISO, weekday } from './local-date';

const HOUR = 3_600_000;
const DT_RE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$/;

function lastSundayUtc(year: number, month: number): number {
  const last = fromParts({ year, month, day: daysInMonth(year, month) });
  return (last - weekday(last)) * DAY_MILLISECONDS;
}

/** True when UK clocks show BST at this instant. */
export function isBritishSummerTime(utcMs: number): boolean {
  const year = new Date(utcMs).getUTCFullYear();
  const start = lastSundayUtc(year, 3) + HOUR;
  const end = lastSundayUtc(year, 10) + HOUR;
  return utcMs >= start && utcMs < end;
}

export interface UkDateTime {
  /** The instant, in milliseconds since 1970 UTC. */
  utcMs: number;
  /** UK wall-clock date and time, "YYYY-MM-DDTHH:MM". */
  local: string;
  /** "GMT" or "BST". */
  zone: 'GMT' | 'BST';
  /** ISO 8601 with the UK offset, "2026-04-01T10:00+01:00". */
  iso: string;
}

export function fromUtc(utcMs: number): UkDateTime {
  const bst = isBritishSummerTime(utcMs);
  const wall = new Date(utcMs + (bst ? HOUR : 0));
  const date = toISO(Math.floor(wall.getTime() / DAY_MILLISECONDS));
  const hh = String(wall.getUTCHours()).padStart(2, '0');
  const mm = String(wall.getUTCMinutes()).padStart(2, '0');
  const local = `${date}T${hh}:${mm}`;
  return { utcMs, local, zone: bst ? 'BST' : 'GMT', iso: `${local}${bst ? '+01:00' : '+00:00'}` };
}

/** Reads "YYYY-MM-DDTHH:MM" as UK clock time (or honours an explicit "Z"/"+01:00" offset). */
export function parseUkDateTime(text: string): UkDateTime {
  const m = DT_RE.exec(text.trim());
  if (!m) {
    throw new DeadlineError(
      'invalid-time',
      `"${text}" is not a date and time. Hours are counted on the clock: give it as YYYY-MM-DDTHH:MM, e.g. 2026-03-27T14:30.`,
    );
  }
  const [, date, hh, mi, ss, offset] = m as unknown as [string, string, string, string, string | undefined, string | undefined];
  if (!isValidDate(date)) throw new DeadlineError('invalid-date', `"${date}" is not a real date.`);
  const h = Number(hh);
  const min = Number(mi);
  const s = Number(ss ?? 0);
  if (h > 23 || min > 59 || s > 59) throw new DeadlineError('invalid-time', `"${text}" is not a real time of day.`);
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, min, s);
  let utcMs: number;
  if (offset) {
    if (offset === 'Z') utcMs = asUtc;
    else {
      const sign = offset.startsWith('-') ? -1 : 1;
      const digits = offset.slice(1).replace(':', '');
      utcMs = asUtc - sign * (Number(digits.slice(0, 2)) * HOUR + Number(digits.slice(2)) * 60_000);
    }
  } else {
    // UK wall clock: BST if an hour earlier (in UTC) is already summer time.
    utcMs = isBritishSummerTime(asUtc - HOUR) ? asUtc - HOUR : asUtc;
  }
  return fromUtc(utcMs);
}

export function addHours(t: UkDateTime, hours: number): UkDateTime {
  return fromUtc(t.utcMs + hours * HOUR);
}

/** "Friday 27 March 2026 at 14:30 GMT". */
export function describeUk(t: UkDateTime, formatDate: (iso: string) => string): string {
  return `${formatDate(t.local.slice(0, 10))} at ${t.local.slice(11)} ${t.zone}`;
}
