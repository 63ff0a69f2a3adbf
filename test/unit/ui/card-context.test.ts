// What a card is told about its match, on web pages and in the PDF viewer alike: the dates near it (the
// calculator's default trigger) and its sentence.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/core/detect';
import type { Match } from '../../../src/core/detect/types';
import { cardContext } from '../../../src/ui/card/context';

const settings = { nation: 'england-and-wales', profile: 'national' } as const;
const find = (matches: Match[], text: string) => matches.find((m) => m.text === text)!;

describe('cardContext', () => {
  const text =
    'The strategy discussion was held on 3 March 2025. The initial child protection conference should follow \t' +
    '  within 15 working days. A review was booked for 24/06/2025.\n\n' +
    'Minutes dated 1 April 2025 were sent later.' +
    ' Unrelated filler. '.repeat(60) +
    'A letter of 9 May 2025 came much later.';
  const matches = scan(text);

  it('offers the dates near a timescale, nearest first, and not those far away', () => {
    const ctx = cardContext(text, matches, find(matches, '15 working days'), settings);
    expect(ctx.nearbyDates.map((d) => d.iso)).toEqual(['2025-06-24', '2025-04-01', '2025-03-03']);
    expect(ctx.nearbyDates[2]).toEqual({ iso: '2025-03-03', text: '3 March 2025' });
    expect(ctx.nation).toBe('england-and-wales');
    expect(ctx.profile).toBe('national');
  });

  it("offers no other dates on a date's own card", () => {
    expect(cardContext(text, matches, find(matches, '3 March 2025'), settings).nearbyDates).toEqual([]);
  });

  it('does not reach across a section break (three line breaks: preformatted text)', () => {
    const broken = 'Held on 3 March 2025.\n\n\nThe conference follows within 15 working days.';
    const m = scan(broken);
    expect(cardContext(broken, m, find(m, '15 working days'), settings).nearbyDates).toEqual([]);
  });

  it('gives the sentence around the match, its runs of blanks as one space', () => {
    const ctx = cardContext(text, matches, find(matches, '15 working days'), settings);
    expect(ctx.sentence).toBe('The initial child protection conference should follow within 15 working days');
  });
});
