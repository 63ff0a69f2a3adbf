// A date is read whole or not at all: a label, a colon, letters or a time around it, or a range it ends, never
// shifts its day (a parent acts on the day shown).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scan, type Match } from '../../../src/core/detect/index';

type DateMatch = Extract<Match, { kind: 'date' }>;
const dateMatches = (text: string) => scan(text, { kinds: ['date'] }) as DateMatch[];

const dates = (text: string) => dateMatches(text).map((m) => [m.text, m.value.iso]);

/** Full dates as written, with the ISO value a reader takes from them. */
const WRITTEN: [string, string][] = [
  ['14/03/2019', '2019-03-14'],
  ['4/3/2019', '2019-03-04'],
  ['14.03.2019', '2019-03-14'],
  ['14-03-2019', '2019-03-14'],
  ['14/03/19', '2019-03-14'],
  ['2019-03-14', '2019-03-14'],
  ['14 March 2019', '2019-03-14'],
  ['14th March 2019', '2019-03-14'],
  ['Thursday 14 March 2019', '2019-03-14'],
  ['March 14, 2019', '2019-03-14'],
  ['1 Sept 2026', '2026-09-01'],
  ['31 December 2025', '2025-12-31'],
];

const LABELS = ['Last reviewed:', 'Last reviewed: ', 'Date:', 'Updated:', 'Reviewed', 'Ref', ':', 'on', 'x', 'No.', '09:', '3-', '1.', 'Issued on ', '(', '"'];
const AFTER = ['', ' 09:00', ' at 10:30', '.', ',', ' (amended)', '\n', ' 09.00'];

describe('dates read whole or not at all', () => {
  it('reads a date glued to a label, with a time after it', () => {
    expect(dates('Last reviewed:14/03/2019 09:00')).toEqual([['14/03/2019', '2019-03-14']]);
    expect(dates('Updated:2019-03-14T09:00')).toEqual([['2019-03-14', '2019-03-14']]);
    expect(dates('Reviewed14/03/2019')).toEqual([['14/03/2019', '2019-03-14']]);
    expect(dates('Date:3 March 2019 at 10:30')).toEqual([['3 March 2019', '2019-03-03']]);
  });

  it('never reads the tail of a longer number as a date', () => {
    expect(dates('x114/03/2019')).toEqual([]);
    expect(dates('09:14/03/2019')).toEqual([]);
    expect(dates('section 1.14/03/2019')).toEqual([]);
    expect(dates('14-16/03/2019')).toEqual([]);
  });

  it('a range gives its last day its own value, never the first day', () => {
    expect(dates('3-5 March 2026')).toEqual([['5 March 2026', '2026-03-05']]);
    expect(dates('3–5 March 2026')).toEqual([['5 March 2026', '2026-03-05']]);
    expect(dates('between 3 and 5 March 2026')).toEqual([['5 March 2026', '2026-03-05']]);
    expect(dates('from 28 February to 3 March 2026')).toEqual([['3 March 2026', '2026-03-03']]);
  });

  it('property: a label or colon before a date (and a time after it) never changes its value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WRITTEN), fc.constantFrom(...LABELS), fc.constantFrom(...AFTER), ([date, iso], label, after) => {
        const text = label + date + after;
        const at = label.length;
        for (const m of dateMatches(text)) {
          // Any date found over the written one is exactly it, with its value.
          if (m.start < at + date.length && m.end > at) {
            expect(m.value.iso, JSON.stringify(text)).toBe(iso);
            expect(m.start, JSON.stringify(text)).toBeGreaterThanOrEqual(at);
          }
        }
        // After a space, a bracket, a quote or a label's colon, the date is found.
        if (/[\s:("]$/.test(label) && !/\d:$/.test(label)) {
          expect(dateMatches(text).map((m) => m.value.iso), JSON.stringify(text)).toContain(iso);
        }
      }),
      { numRuns: 400 },
    );
  });
});
