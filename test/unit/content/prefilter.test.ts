// The prefilter says whether a page could hold anything CareLens marks, before any heavier work: true for
// every paragraph where the detectors find a term, a section or a timescale; false for text from elsewhere.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/core/detect';
import { looksRelevant } from '../../../src/content/prefilter';
import { seedFiles, seedsAvailable, seedText } from '../../seeds';

const paragraphs = seedFiles().flatMap((f) => seedText(f).split(/\n\s*\n/));

describe('prefilter', () => {
  it.skipIf(!seedsAvailable)('passes every seed paragraph in which the detectors find a term, a section or a timescale', () => {
    let marked = 0;
    for (const p of paragraphs) {
      if (scan(p).some((m) => m.kind !== 'date')) {
        marked++;
        expect(looksRelevant(p), p.slice(0, 100)).toBe(true);
      }
    }
    expect(marked).toBeGreaterThan(100);
  });

  it('turns away text from elsewhere', () => {
    const cake = 'Preheat the oven and butter a round tin. Cream the butter with the sugar until pale, then bake until golden.';
    expect(looksRelevant(cake)).toBe(false);
    expect(looksRelevant('Kick-off is at 3pm on Saturday; the away end opens at 1.')).toBe(false);
  });

  it('reads whole words, with the endings the term matcher allows', () => {
    expect(looksRelevant('They might carry out unexpected spot checks.')).toBe(true);
    expect(looksRelevant('the children in need team')).toBe(true);
    expect(looksRelevant("the carers' meeting")).toBe(true);
    expect(looksRelevant('a cheque')).toBe(false);
    expect(looksRelevant('xchecklist')).toBe(false);
    expect(looksRelevant('The LADO said')).toBe(true);
    expect(looksRelevant('an avocado said')).toBe(false);
    expect(looksRelevant('Section 47')).toBe(true);
    expect(looksRelevant('the C.I.N. plan')).toBe(true);
    expect(looksRelevant('I think A is fine, said M.')).toBe(false);
  });
});
