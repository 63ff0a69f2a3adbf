// The term matcher ships as tables generated from the glossary (npm run gen:terms): they must be current,
// and a matcher read from them must find exactly what a matcher built from the glossary finds.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seedFiles, seedsAvailable, seedText } from '../../seeds';
import { prefilterWordsSource, termTablesSource } from '../../../scripts/gen-term-tables';
import { TermMatcher, type TermEntry } from '../../../src/core/detect/terms';
import { TERM_TABLES } from '../../../src/core/detect/term-tables.generated';
import { TERM_ENTRIES } from '../../../src/core/detect/term-entries';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');
const seeds = seedFiles();
const entries = TERM_ENTRIES;

describe('generated term tables', () => {
  it('are current (else run npm run gen:terms)', () => {
    const file = readFileSync(join(repoRoot, 'src/core/detect/term-tables.generated.ts'), 'utf8');
    expect(file === termTablesSource(), 'src/core/detect/term-tables.generated.ts is stale: run npm run gen:terms').toBe(true);
    const words = readFileSync(join(repoRoot, 'src/content/prefilter-words.generated.ts'), 'utf8');
    expect(words === prefilterWordsSource(), 'src/content/prefilter-words.generated.ts is stale: run npm run gen:terms').toBe(true);
  });

  it.skipIf(!seedsAvailable)('give a matcher that finds what a built one finds, on every seed', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    const restored = TermMatcher.fromTables(entries, TERM_TABLES)!;
    expect(restored).not.toBeNull();
    const built = new TermMatcher(entries);
    let total = 0;
    for (const f of seeds) {
      const text = seedText(f);
      const a = restored.scan(text);
      expect(a, f).toEqual(built.scan(text));
      total += a.length;
    }
    expect(total).toBeGreaterThan(500);
    // and the tries themselves are the same
    expect(restored.tables(entries)).toEqual(built.tables(entries));
  });

  it('are not used for another glossary', () => {
    const other: TermEntry[] = [{ id: 'tea', variants: ['cup of tea'], abbreviations: [] }];
    expect(TermMatcher.fromTables(other, TERM_TABLES)).toBeNull();
    expect(new TermMatcher(other).scan('Would you like a cup of tea?').map((m) => m.text)).toEqual(['cup of tea']);
  });
});
