// SentenceCursor answers like sentenceBounds for queries in increasing order (and falls back when they are not).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SentenceCursor, sentenceBounds } from '../../../src/core/detect/context';

describe('SentenceCursor', () => {
  it('gives the same bounds as sentenceBounds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', ' ', '.', '!', '?', ';', '\n', '\t', 's', '4'), { maxLength: 400 }).map((a) => a.join('')),
        fc.array(fc.tuple(fc.nat(), fc.nat(8)), { maxLength: 30 }),
        fc.integer({ min: 1, max: 40 }),
        (text, raw, window) => {
          const cursor = new SentenceCursor(text);
          const queries = raw.map(([a, len]) => [a % (text.length + 1), len] as const).sort((x, y) => x[0] - y[0]);
          for (const [start, len] of queries) {
            const end = Math.min(text.length, start + len);
            expect(cursor.bounds(start, end, window)).toEqual(sentenceBounds(text, start, end, window));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('falls back for a query before the previous one', () => {
    const text = 'One. Two three. Four five six.';
    const c = new SentenceCursor(text);
    expect(c.bounds(20, 24)).toEqual(sentenceBounds(text, 20, 24));
    expect(c.bounds(5, 8)).toEqual(sentenceBounds(text, 5, 8));
  });
});
