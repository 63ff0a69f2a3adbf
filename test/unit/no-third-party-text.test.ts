// The seed documents are third-party text: the tests and the bench read them from ../shared/seeds when they run,
// and no committed file may copy them. A run of 12 words from a seed, in any committed file (case, whitespace and
// punctuation aside), fails this test.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_SEEDS, seedFiles, seedsAvailable, seedText } from '../seeds';

const root = resolve(import.meta.dirname, '../..');
const RUN = 12;

/** The words of a text, lower case, with HTML tags, character references and string escapes taken out. */
export function words(text: string): string[] {
  const plain = text
    .replace(/<\/?[a-zA-Z][^<>]*>/g, ' ')
    .replace(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi, ' ')
    .replace(/\\(?:[nrt]|u[0-9a-fA-F]{4})/g, ' ');
  return plain.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function runsOf(list: string[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i + RUN <= list.length; i++) runs.push(list.slice(i, i + RUN).join(' '));
  return runs;
}

describe('no third-party text in the repository', () => {
  it('words() reads prose out of HTML, JSON and code alike', () => {
    expect(words('<p class="x">Child&rsquo;s <b>plan</b></p>')).toEqual(['child', 's', 'plan']);
    expect(words('"one\\ntwo", \'three\' + `four`')).toEqual(['one', 'two', 'three', 'four']);
  });

  it.skipIf(!seedsAvailable)(`no committed file holds a run of ${RUN} words from ../shared/seeds`, () => {
    const fromSeeds = new Set(seedFiles().flatMap((f) => runsOf(words(seedText(f)))));
    expect(fromSeeds.size).toBeGreaterThan(10_000);
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
    const copied: string[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(join(root, file), 'utf8');
      } catch {
        continue; // listed but deleted in the working tree
      }
      if (text.includes('\0')) continue; // binary
      const run = runsOf(words(text)).find((r) => fromSeeds.has(r));
      if (run) copied.push(`${file}: "${run}"`);
    }
    expect(copied, 'files that copy a seed (generate them at test time instead)').toEqual([]);
  });

  it.runIf(!seedsAvailable)('says why the check did not run', () => {
    console.warn(NO_SEEDS);
  });
});
