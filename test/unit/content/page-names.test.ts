// What a page's scripts can read of CareLens where it reads: names that do not name the product, and the marks'
// stylesheet (registered with the content script) styling exactly the highlights the painter registers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES, highlightId } from '../../../src/content/highlights';
import { HOST_TAG } from '../../../src/content/page-names';

const css = readFileSync(join(import.meta.dirname, '../../../src/content/highlights.css'), 'utf8');

describe('page-visible names', () => {
  it('the host element and the highlights do not name the product', () => {
    for (const name of [HOST_TAG, ...HIGHLIGHT_NAMES.map(highlightId)]) expect(name).not.toMatch(/care\s*-?lens/i);
  });

  it('the host tag is a valid custom element name (a hyphen, lower case), so the page parses it as an unknown element', () => {
    expect(HOST_TAG).toMatch(/^[a-z][a-z0-9]*-[a-z0-9-]+$/);
  });

  it('marks.css styles every highlight the painter registers, and no other', () => {
    const styled = [...css.matchAll(/::highlight\(([^)]+)\)/g)].map((m) => m[1]);
    expect(styled.sort()).toEqual(HIGHLIGHT_NAMES.map(highlightId).sort());
    expect(css).not.toMatch(/carelens/i);
  });
});
