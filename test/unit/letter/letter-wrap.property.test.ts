// Property: re-wrapping a letter's paragraphs at any width, or changing its line endings, changes no pairing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLetter } from '../../../src/core/letter/index';
import { tableCells } from '../../../src/core/letter/paragraphs';

const DIR = 'test/fixtures/letters/tuning';
const letters = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(DIR, f), 'utf8'), expected: JSON.parse(readFileSync(join(DIR, f.replace(/\.txt$/, '.expected.json')), 'utf8')) }));

/** Blocks that are rows of a table (labelled, or in columns), a list or an e-mail's header keep their lines: those lines are not wraps. */
const KEEPS_LINES = /^\s*([A-Z][A-Za-z'’()/ &-]{0,48}(:\s*\S|\s[-–—]\s+[^.]{0,30}\d{4}\s*$)|[•\-*]\s|\d{1,2}[.)]\s)/m;

/** Every paragraph (text between blank lines) laid out again in lines of at most `width` characters. */
export function rewrap(text: string, width: number): string {
  return text
    .split(/\n[ \t]*\n/)
    .map((block) => {
      if (KEEPS_LINES.test(block) || block.split('\n').some((l) => tableCells(l))) return block;
      const lines: string[] = [];
      let line = '';
      for (const word of block.split(/\s+/).filter(Boolean)) {
        if (line && line.length + 1 + word.length > width) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      if (line) lines.push(line);
      return lines.join('\n');
    })
    .join('\n\n');
}

const pairingsOf = (text: string, expected: { today: string; nation: 'england-and-wales'; profile?: 'national' }) =>
  checkLetter(text, { today: expected.today, nation: expected.nation, profile: expected.profile ?? 'national' })
    .pairings.map((p) => `${p.rule} ${p.trigger.iso} ${p.met?.iso ?? '-'} ${p.verdict.status} ${p.verdict.lateBy ?? '-'}`)
    .sort();

describe('wrapping and line endings', () => {
  it('re-wrapping any letter at any width changes no pairing', () => {
    const originals = letters.map((l) => pairingsOf(l.text, l.expected));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: letters.length - 1 }), fc.integer({ min: 8, max: 140 }), (i, width) => {
        const l = letters[i]!;
        expect(pairingsOf(rewrap(l.text, width), l.expected)).toEqual(originals[i]);
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it('changing line endings changes no pairing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: letters.length - 1 }), fc.constantFrom('\r\n', '\r', '\n'), (i, ending) => {
        const l = letters[i]!;
        expect(pairingsOf(l.text.replace(/\n/g, ending), l.expected)).toEqual(pairingsOf(l.text, l.expected));
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
