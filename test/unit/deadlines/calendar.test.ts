// The generated holiday table against a hand-written list of the official bank holidays
// (gov.uk "UK bank holidays", weekday dates as observed, substitutes included), 2019-2026.
import { describe, expect, it } from 'vitest';
import { calendar, type NationId } from '../../../src/core/deadlines/index';

const OFFICIAL: Record<NationId, Record<number, string[]>> = {
  'england-and-wales': {
    2019: ['01-01', '04-19', '04-22', '05-06', '05-27', '08-26', '12-25', '12-26'],
    2020: ['01-01', '04-10', '04-13', '05-08', '05-25', '08-31', '12-25', '12-28'],
    2021: ['01-01', '04-02', '04-05', '05-03', '05-31', '08-30', '12-27', '12-28'],
    2022: ['01-03', '04-15', '04-18', '05-02', '06-02', '06-03', '08-29', '09-19', '12-26', '12-27'],
    2023: ['01-02', '04-07', '04-10', '05-01', '05-08', '05-29', '08-28', '12-25', '12-26'],
    2024: ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'],
    2025: ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
    2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  },
  scotland: {
    2019: ['01-01', '01-02', '04-19', '05-06', '05-27', '08-05', '12-02', '12-25', '12-26'],
    2020: ['01-01', '01-02', '04-10', '05-08', '05-25', '08-03', '11-30', '12-25', '12-28'],
    2021: ['01-01', '01-04', '04-02', '05-03', '05-31', '08-02', '11-30', '12-27', '12-28'],
    2022: ['01-03', '01-04', '04-15', '05-02', '06-02', '06-03', '08-01', '09-19', '11-30', '12-26', '12-27'],
    2023: ['01-02', '01-03', '04-07', '05-01', '05-08', '05-29', '08-07', '11-30', '12-25', '12-26'],
    2024: ['01-01', '01-02', '03-29', '05-06', '05-27', '08-05', '12-02', '12-25', '12-26'],
    2025: ['01-01', '01-02', '04-18', '05-05', '05-26', '08-04', '12-01', '12-25', '12-26'],
    2026: ['01-01', '01-02', '04-03', '05-04', '05-25', '08-03', '11-30', '12-25', '12-28'],
  },
  'northern-ireland': {
    2019: ['01-01', '03-18', '04-19', '04-22', '05-06', '05-27', '07-12', '08-26', '12-25', '12-26'],
    2020: ['01-01', '03-17', '04-10', '04-13', '05-08', '05-25', '07-13', '08-31', '12-25', '12-28'],
    2021: ['01-01', '03-17', '04-02', '04-05', '05-03', '05-31', '07-12', '08-30', '12-27', '12-28'],
    2022: ['01-03', '03-17', '04-15', '04-18', '05-02', '06-02', '06-03', '07-12', '08-29', '09-19', '12-26', '12-27'],
    2023: ['01-02', '03-17', '04-07', '04-10', '05-01', '05-08', '05-29', '07-12', '08-28', '12-25', '12-26'],
    2024: ['01-01', '03-18', '03-29', '04-01', '05-06', '05-27', '07-12', '08-26', '12-25', '12-26'],
    2025: ['01-01', '03-17', '04-18', '04-21', '05-05', '05-26', '07-14', '08-25', '12-25', '12-26'],
    2026: ['01-01', '03-17', '04-03', '04-06', '05-04', '05-25', '07-13', '08-31', '12-25', '12-28'],
  },
};

/** One-off holidays (UK-wide) and the moves that went with them. */
const ONE_OFFS: [string, string][] = [
  ['2002-06-03', 'Golden Jubilee'],
  ['2002-06-04', 'spring bank holiday moved'],
  ['2011-04-29', 'royal wedding'],
  ['2012-06-04', 'spring bank holiday moved'],
  ['2012-06-05', 'Diamond Jubilee'],
  ['2020-05-08', 'VE day (early May moved)'],
  ['2022-06-02', 'spring bank holiday moved'],
  ['2022-06-03', 'Platinum Jubilee'],
  ['2022-09-19', 'state funeral'],
  ['2023-05-08', 'coronation'],
];
/** Dates that would normally be holidays but were not, because of the moves above. */
const NOT_HOLIDAYS = ['2002-05-27', '2012-05-28', '2020-05-04', '2022-05-30'];

const weekdayHolidays = (nation: NationId, year: number) =>
  calendar(nation)
    .holidays(year)
    .filter((h) => calendar(nation).isWorkingDay(h.date) === false && !calendar(nation).isWeekend(h.date))
    .map((h) => h.date.slice(5));

describe('holiday table against the official lists 2019-2026', () => {
  for (const nation of Object.keys(OFFICIAL) as NationId[]) {
    for (const [year, dates] of Object.entries(OFFICIAL[nation])) {
      it(`${nation} ${year}`, () => {
        expect(weekdayHolidays(nation, Number(year))).toEqual(dates);
      });
    }
  }
});

describe('one-off holidays', () => {
  for (const nation of ['england-and-wales', 'scotland', 'northern-ireland'] as NationId[]) {
    it(`${nation}: one-offs are holidays`, () => {
      for (const [date] of ONE_OFFS) expect(calendar(nation).isWorkingDay(date), date).toBe(false);
    });
    it(`${nation}: moved holidays are working days`, () => {
      for (const date of NOT_HOLIDAYS) expect(calendar(nation).isWorkingDay(date), date).toBe(true);
    });
  }
  it('names a one-off', () => {
    expect(calendar().holiday('2023-05-08')?.name).toMatch(/Coronation/);
    expect(calendar().holiday('2022-09-19')?.name).toMatch(/Funeral/);
  });
});

describe('nation specifics', () => {
  it('Scotland has 2 January and no Easter Monday', () => {
    expect(calendar('scotland').isWorkingDay('2026-01-02')).toBe(false);
    expect(calendar('scotland').isWorkingDay('2026-04-06')).toBe(true);
    expect(calendar('england-and-wales').isWorkingDay('2026-01-02')).toBe(true);
  });
  it("St Andrew's Day substitutes", () => {
    expect(calendar('scotland').holiday('2025-12-01')?.name).toMatch(/St Andrew/);
    expect(calendar('scotland').holiday('2024-12-02')?.name).toMatch(/St Andrew/);
  });
  it('Northern Ireland: 17 March and 12 July with substitutes', () => {
    expect(calendar('northern-ireland').holiday('2026-03-17')?.name).toMatch(/Patrick/);
    expect(calendar('northern-ireland').holiday('2025-07-14')?.name).toMatch(/Boyne/);
    expect(calendar('england-and-wales').isWorkingDay('2026-03-17')).toBe(true);
  });
  it('covers 2000 to 2040 at least', () => {
    const c = calendar();
    expect(c.firstYear).toBeLessThanOrEqual(2000);
    expect(c.lastYear).toBeGreaterThanOrEqual(2040);
    expect(c.covers('2040-12-31')).toBe(true);
    expect(c.covers('1999-12-31')).toBe(false);
    expect(() => c.isWorkingDay('2099-01-05')).toThrow(/outside the years/);
  });
  it('every year has Christmas and New Year observed on a weekday', () => {
    for (let y = 2000; y <= 2040; y++) {
      const h = calendar().holidays(y).map((x) => x.date);
      expect(h.some((d) => d.startsWith(`${y}-12-2`)), String(y)).toBe(true);
      expect(h.some((d) => d.startsWith(`${y}-01-0`)), String(y)).toBe(true);
    }
  });
});
