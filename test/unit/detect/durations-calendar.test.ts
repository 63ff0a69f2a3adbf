// Durations in calendar units, as real documents write them (and misspell them).
import { describe, expect, it } from 'vitest';
import { scan, type Match } from '../../../src/core/detect/index';

type DurationMatch = Extract<Match, { kind: 'duration' }>;

const durations = (text: string) => (scan(text, { kinds: ['duration'] }) as DurationMatch[]).map((m) => [m.text, m.value.amount, m.value.unit]);

describe('calendar durations', () => {
  it('reads calendar months, years, weeks and days, in digits and words', () => {
    expect(durations('within 12 calendar months of the decision')).toEqual([['12 calendar months', 12, 'month']]);
    expect(durations('kept for three calendar years')).toEqual([['three calendar years', 3, 'year']]);
    expect(durations('28 calendar days')).toEqual([['28 calendar days', 28, 'day']]);
    expect(durations('two calendar-weeks')).toEqual([['two calendar-weeks', 2, 'week']]);
  });

  it('reads "a calendar month" as one month, without "within"', () => {
    expect(durations('within a calendar month of receiving it')).toEqual([['a calendar month', 1, 'month']]);
    expect(durations('Allow a calendar month.')).toEqual([['a calendar month', 1, 'month']]);
  });

  it('reads the misspelling "calender"', () => {
    expect(durations('6 calender months')).toEqual([['6 calender months', 6, 'month']]);
    expect(durations('one calender month')).toEqual([['one calender month', 1, 'month']]);
    expect(durations('a calender year')).toEqual([['a calender year', 1, 'year']]);
  });

  it('leaves "calendar" without an amount alone', () => {
    expect(durations('see the calendar of events; calendar months differ')).toEqual([]);
  });
});
