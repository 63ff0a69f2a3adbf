// Working-day calendars for the UK nations, decoded from the generated holiday table.
import { DeadlineError } from './errors';
import {
  HOLIDAY_NAMES,
  HOLIDAY_TABLE,
  HOLIDAY_TABLE_FIRST_YEAR,
  HOLIDAY_TABLE_LAST_YEAR,
  HOLIDAY_TABLE_SOURCE,
} from './holidays.generated';
import {
  type DayNumber,
  type ISODate,
  formatLong,
  fromParts,
  isWeekend,
  parseDate,
  toISO,
  todayISO,
  weekday,
  yearOf,
} from './local-date';

export const NATIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type NationId = (typeof NATIONS)[number];

export const NATION_LABELS: Record<NationId, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

export function isNationId(value: string): value is NationId {
  return (NATIONS as readonly string[]).includes(value);
}

export interface Holiday {
  date: ISODate;
  name: string;
}

export interface Calendar {
  nation: NationId;
  label: string;
  /** First and last years the holiday table covers. */
  firstYear: number;
  lastYear: number;
  /** Where the table came from, e.g. "date-holidays 3.37.0". */
  source: string;
  isWeekend(date: ISODate): boolean;
  /** The bank/public holiday on this date, if any (throws beyond the table). */
  holiday(date: ISODate): Holiday | undefined;
  isHoliday(date: ISODate): boolean;
  isWorkingDay(date: ISODate): boolean;
  /** Holidays in [from, to], both inclusive, in date order. */
  holidaysBetween(from: ISODate, to: ISODate): Holiday[];
  /** All holidays in a year. */
  holidays(year: number): Holiday[];
  /** True when the table covers the date's year. */
  covers(date: ISODate): boolean;
}

/** Internal day-number view used by the counting code. */
export interface DayCalendar {
  nation: NationId;
  firstDay: DayNumber;
  lastDay: DayNumber;
  holidayName(dn: DayNumber): string | undefined;
  isWorkingDay(dn: DayNumber): boolean;
  /** Throws a DeadlineError when the date is outside the table. */
  assertCovered(dn: DayNumber): void;
}

const EPOCH_2000 = fromParts({ year: 2000, month: 1, day: 1 });

function decode(encoded: string): Map<DayNumber, string> {
  const map = new Map<DayNumber, string>();
  for (let i = 0; i + 4 <= encoded.length; i += 4) {
    const days = parseInt(encoded.slice(i, i + 3), 36);
    const name = HOLIDAY_NAMES[parseInt(encoded.slice(i + 3, i + 4), 36)] ?? 'Bank holiday';
    map.set(EPOCH_2000 + days, name);
  }
  return map;
}

const dayCalendars = new Map<NationId, DayCalendar>();
const calendars = new Map<NationId, Calendar>();

export function beyondTableMessage(dn: DayNumber): string {
  return (
    `${formatLong(dn)} is outside the years the bank holiday table covers ` +
    `(${HOLIDAY_TABLE_FIRST_YEAR} to ${HOLIDAY_TABLE_LAST_YEAR}), so working days cannot be counted reliably.`
  );
}

export function dayCalendar(nation: NationId): DayCalendar {
  const cached = dayCalendars.get(nation);
  if (cached) return cached;
  if (!isNationId(nation)) throw new DeadlineError('unknown-nation', `Unknown nation "${String(nation)}".`);
  const map = decode(HOLIDAY_TABLE[nation]);
  const firstDay = fromParts({ year: HOLIDAY_TABLE_FIRST_YEAR, month: 1, day: 1 });
  const lastDay = fromParts({ year: HOLIDAY_TABLE_LAST_YEAR, month: 12, day: 31 });
  const assertCovered = (dn: DayNumber): void => {
    if (dn < firstDay || dn > lastDay) throw new DeadlineError('beyond-table', beyondTableMessage(dn));
  };
  const cal: DayCalendar = {
    nation,
    firstDay,
    lastDay,
    holidayName(dn) {
      assertCovered(dn);
      return map.get(dn);
    },
    isWorkingDay(dn) {
      assertCovered(dn);
      return !isWeekend(dn) && !map.has(dn);
    },
    assertCovered,
  };
  dayCalendars.set(nation, cal);
  return cal;
}

/** The working-day calendar of a UK nation. */
export function calendar(nation: NationId = 'england-and-wales'): Calendar {
  const cached = calendars.get(nation);
  if (cached) return cached;
  const dc = dayCalendar(nation);
  const holidaysIn = (a: DayNumber, b: DayNumber): Holiday[] => {
    const out: Holiday[] = [];
    for (let d = a; d <= b; d++) {
      const name = dc.holidayName(d);
      if (name) out.push({ date: toISO(d), name });
    }
    return out;
  };
  const cal: Calendar = {
    nation,
    label: NATION_LABELS[nation],
    firstYear: HOLIDAY_TABLE_FIRST_YEAR,
    lastYear: HOLIDAY_TABLE_LAST_YEAR,
    source: HOLIDAY_TABLE_SOURCE,
    isWeekend: (date) => isWeekend(parseDate(date)),
    holiday(date) {
      const dn = parseDate(date);
      const name = dc.holidayName(dn);
      return name ? { date: toISO(dn), name } : undefined;
    },
    isHoliday: (date) => dc.holidayName(parseDate(date)) !== undefined,
    isWorkingDay: (date) => dc.isWorkingDay(parseDate(date)),
    holidaysBetween: (from, to) => holidaysIn(parseDate(from), parseDate(to)),
    holidays: (year) =>
      holidaysIn(fromParts({ year, month: 1, day: 1 }), fromParts({ year, month: 12, day: 31 })),
    covers(date) {
      const y = yearOf(parseDate(date));
      return y >= HOLIDAY_TABLE_FIRST_YEAR && y <= HOLIDAY_TABLE_LAST_YEAR;
    },
  };
  calendars.set(nation, cal);
  return cal;
}

/**
 * Years from which the holiday list is provisional: one-off holidays (jubilees, royal events) can
 * still be announced, so answers in those years carry a caveat. Today's year + 1 onwards.
 */
export function provisionalFromYear(today: ISODate = todayISO()): number {
  return yearOf(parseDate(today)) + 1;
}

export function provisionalCaveat(dn: DayNumber, nation: NationId, today?: ISODate): string | undefined {
  const year = yearOf(dn);
  if (year < provisionalFromYear(today)) return undefined;
  return (
    `Bank holidays for ${year} in ${NATION_LABELS[nation]} are the usual ones known now; ` +
    `a one-off holiday (for example for a royal event) could still be announced, which would move this date.`
  );
}

export function describeDay(dc: DayCalendar, dn: DayNumber): string {
  const name = dc.holidayName(dn);
  if (name) return `${formatLong(dn)} is a bank holiday (${name})`;
  const w = weekday(dn);
  if (w === 6 || w === 0) return `${formatLong(dn)} is a ${w === 6 ? 'Saturday' : 'Sunday'}`;
  return `${formatLong(dn)} is a working day`;
}
