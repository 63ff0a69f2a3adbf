import { describe, expect, it } from 'vitest';
import { formatSource } from '../../../src/core/deadlines';
import { ACTS } from '../../../src/core/knowledge/acts';

describe('formatSource (what cards and panels show)', () => {
  it('shows document, locator and version, never the seed file name', () => {
    const s = { document: 'Working Together to Safeguard Children 2018', locator: 'para 75', version: '2018 (July)', seed: '001_60fdddf64cfb0ea0.txt' };
    expect(formatSource(s)).toBe('Working Together to Safeguard Children 2018, para 75 — version 2018 (July)');
    expect(s.seed).toBe('001_60fdddf64cfb0ea0.txt'); // kept in the data
  });
  it('no knowledge source renders a seed file name', () => {
    for (const act of ACTS) {
      for (const src of act.sources ?? []) expect(formatSource(src)).not.toMatch(/\[seed|\.txt\b/);
    }
  });
});
