// Every fixture letter, scanned or photographed (made by code, test/fixtures/scans.ts), read by the
// recogniser in Node: each date, timescale and section reference comes out exactly as in the text version.
// The character error rate of each fixture is printed and written to .cache/fixtures/character-error.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_DIR, eastmoorLetter, harrowfieldLetter, letterText, scannedLetter, type Damage, type FixtureLetter } from '../../fixtures/scans';
import { NodeRecogniser } from '../../../src/ocr/node';
import { readPdf } from '../../../src/pdf/node';
import { characterErrorRate, joinRecognisedPages } from '../../../src/core/text/ocr-text';
import { imageInfo } from '../../../src/ocr/image-file';
import { scan } from '../../../src/core/detect/index';

const recogniser = new NodeRecogniser();
const rates: Record<string, number> = {};
afterAll(async () => {
  await recogniser.close();
  console.log(Object.entries(rates).map(([name, rate]) => `${name.padEnd(32)} character error ${(rate * 100).toFixed(2)}%`).join('\n'));
  writeFileSync(join(CACHE_DIR, 'character-error.json'), JSON.stringify(rates, null, 2));
});

/** What the letter check and the marks rest on: each date, timescale and section reference with its value. */
function facts(text: string) {
  return scan(text)
    .filter((m) => m.kind !== 'term')
    .map(({ kind, text, value }) => ({ kind, text, value }));
}

const cases: { letter: FixtureLetter; damage: Damage; as: 'image' | 'pdf'; format?: 'png' | 'jpg' | 'webp' }[] = [
  { letter: eastmoorLetter, damage: 'clean', as: 'image' },
  { letter: eastmoorLetter, damage: 'scan', as: 'pdf' },
  { letter: eastmoorLetter, damage: 'photo', as: 'image' },
  { letter: harrowfieldLetter, damage: 'clean', as: 'pdf' },
  { letter: harrowfieldLetter, damage: 'scan', as: 'image' },
  { letter: harrowfieldLetter, damage: 'photo', as: 'pdf' },
  { letter: harrowfieldLetter, damage: 'photo', as: 'image', format: 'webp' },
];

describe('scanned and photographed letters read in Node', () => {
  for (const { letter, damage, as, format } of cases) {
    const name = `${letter.name} ${damage} ${as}${format ? ` (${format})` : ''}`;
    it(`${name}: every date, timescale and section reference exact`, async () => {
      const fixture = await scannedLetter(letter, damage, { format });
      let read: string;
      if (as === 'pdf') {
        const reading = await readPdf(readFileSync(fixture.scannedPdf), { recogniser });
        expect(reading.scannedPages).toEqual(letter.pages.map((_, i) => i + 1));
        read = reading.text.text;
      } else {
        const pages = [];
        for (const file of fixture.images) {
          const bytes = readFileSync(file);
          const { width, height } = imageInfo(bytes);
          pages.push(await recogniser.recognise(bytes, width, height));
        }
        read = joinRecognisedPages(pages).text;
      }
      const truth = letterText(letter);
      rates[name] = characterErrorRate(read, truth);
      const expected = facts(truth);
      expect(expected.filter((f) => f.kind === 'date').length).toBeGreaterThanOrEqual(3);
      expect(expected.some((f) => f.kind === 'duration')).toBe(true);
      expect(expected.some((f) => f.kind === 'section')).toBe(true);
      expect(facts(read)).toEqual(expected);
      expect(rates[name]).toBeLessThan(0.05);
    }, 240_000);
  }
});
