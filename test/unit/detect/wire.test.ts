// Matches sent from the service worker to a page in compact form come back exactly as scan() made them.
import { describe, expect, it } from 'vitest';
import { seedFiles, seedsAvailable, seedText } from '../../seeds';
import { scan } from '../../../src/core/detect';
import { decodeMatch, encodeMatches, isWireMatches, wireCount } from '../../../src/core/detect/wire';

const seeds = seedFiles();

describe('matches on the wire', () => {
  it.skipIf(!seedsAvailable)('decode to exactly what scan found, on every seed, and are much smaller than the matches as JSON', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    for (const f of seeds) {
      const text = seedText(f);
      const matches = scan(text);
      // through JSON, as a browser message is
      const wire = JSON.parse(JSON.stringify(encodeMatches(matches)));
      expect(isWireMatches(wire, text.length), f).toBe(true);
      expect(wireCount(wire)).toBe(matches.length);
      const back = Array.from({ length: wireCount(wire) }, (_, i) => decodeMatch(text, wire, i));
      expect(back, f).toEqual(matches);
      if (matches.length > 100) expect(JSON.stringify(wire).length).toBeLessThan(JSON.stringify(matches).length / 2);
    }
  });

  it('refuses malformed messages', () => {
    const text = 'Under section 47 of the Children Act 1989.';
    const wire = encodeMatches(scan(text));
    expect(isWireMatches(wire, text.length)).toBe(true);
    expect(isWireMatches(wire, 10)).toBe(false); // spans past the text
    expect(isWireMatches({ spans: [0, 5], values: [] }, 40)).toBe(false);
    expect(isWireMatches({ spans: [0, 5, 1], values: [['term', { id: 'x' }]] }, 40)).toBe(false);
    expect(isWireMatches({ spans: [0, 5, 0], values: [['script', {}]] }, 40)).toBe(false);
    expect(isWireMatches('<b>', 40)).toBe(false);
    expect(isWireMatches(null, 40)).toBe(false);
  });
});
