import { describe, expect, it } from 'vitest';
import { applyDateCorrections, writtenDate } from '../../../src/core/text/corrections';
import { checkLetter } from '../../../src/core/letter';

describe('a recognised date corrected by the person', () => {
  const text = 'Date: 5 February 2026\n\nThe strategy discussion was held on 3 February 2026. The initial child protection conference will be held on 24 Febuary 2O26.';

  it('is written into the text where the reading stood, and offsets map back', () => {
    const start = text.indexOf('24 Febuary');
    const end = text.length - 1;
    const { text: fixed, toOriginal } = applyDateCorrections(text, [{ start, end, iso: '2026-02-24' }]);
    expect(fixed.slice(-17)).toBe(`${writtenDate('2026-02-24')}.`);
    expect(toOriginal(fixed.length)).toBe(text.length);
    expect(toOriginal(10)).toBe(10);
  });

  it('changes the letter check: the conference date now pairs with the strategy discussion', () => {
    const before = checkLetter(text, { nation: 'england-and-wales', profile: 'national', today: '2026-03-01' });
    expect(before.pairings.some((p) => p.met?.iso === '2026-02-24')).toBe(false);
    const start = text.indexOf('24 Febuary');
    const { text: fixed } = applyDateCorrections(text, [{ start, end: text.length - 1, iso: '2026-02-24' }]);
    const after = checkLetter(fixed, { nation: 'england-and-wales', profile: 'national', today: '2026-03-01' });
    expect(after.pairings).toContainEqual(expect.objectContaining({ rule: 'icpc-15wd', met: expect.objectContaining({ iso: '2026-02-24' }) }));
  });
});
