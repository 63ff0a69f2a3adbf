// Property tests (fast-check) for working-day arithmetic, in all three nations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, calendar, workingDaysBetween, type NationId } from '../../../src/core/deadlines/index';

const nations = fc.constantFrom<NationId>('england-and-wales', 'scotland', 'northern-ireland');
// Days from 2000-01-01 to about 2040 (leaving room for the count to stay inside the table).
const DAY = 86_400_000;
const START = Date.UTC(2000, 0, 1);
const dates = fc.integer({ min: 0, max: 40 * 365 }).map((n) => new Date(START + n * DAY).toISOString().slice(0, 10));
const counts = fc.integer({ min: 0, max: 120 });

function nextDay(iso: string, k = 1): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + k * DAY).toISOString().slice(0, 10);
}

describe('working-day properties', () => {
  it('adding N >= 1 working days lands on a working day', () => {
    fc.assert(
      fc.property(nations, dates, fc.integer({ min: 1, max: 120 }), (nation, from, n) => {
        expect(calendar(nation).isWorkingDay(addWorkingDays(from, n, nation))).toBe(true);
      }),
    );
  });

  it('monotonic in N: more working days never gives an earlier date (strictly later)', () => {
    fc.assert(
      fc.property(nations, dates, counts, counts, (nation, from, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = addWorkingDays(from, lo, nation);
        const y = addWorkingDays(from, hi, nation);
        if (lo === hi) expect(x).toBe(y);
        else expect(x < y).toBe(true);
      }),
    );
  });

  it('monotonic in the start date', () => {
    fc.assert(
      fc.property(nations, dates, fc.integer({ min: 0, max: 30 }), counts, (nation, from, gap, n) => {
        const later = nextDay(from, gap);
        expect(addWorkingDays(from, n, nation) <= addWorkingDays(later, n, nation)).toBe(true);
      }),
    );
  });

  it('R0: exactly N working days in (from, due], and due is the first such day', () => {
    fc.assert(
      fc.property(nations, dates, counts, (nation, from, n) => {
        const due = addWorkingDays(from, n, nation);
        const cal = calendar(nation);
        let count = 0;
        for (let d = nextDay(from); d <= due; d = nextDay(d)) if (cal.isWorkingDay(d)) count++;
        expect(count).toBe(n);
        expect(workingDaysBetween(from, due, nation)).toBe(n);
        if (n > 0) expect(workingDaysBetween(from, nextDay(due, -1), nation)).toBe(n - 1);
      }),
    );
  });

  it('counting back undoes counting forward from a working day', () => {
    fc.assert(
      fc.property(nations, dates, counts, (nation, from, n) => {
        const start = cal0(nation, from);
        expect(addWorkingDays(addWorkingDays(start, n, nation), -n, nation)).toBe(start);
      }),
    );
  });

  it('working days between is antisymmetric', () => {
    fc.assert(
      fc.property(nations, dates, dates, (nation, a, b) => {
        // Summed rather than negated: 0 and -0 are the same count of days.
        expect(workingDaysBetween(a, b, nation) + workingDaysBetween(b, a, nation)).toBe(0);
      }),
    );
  });
});

function cal0(nation: NationId, from: string): string {
  let d = from;
  while (!calendar(nation).isWorkingDay(d)) d = nextDay(d);
  return d;
}
