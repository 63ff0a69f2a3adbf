// Which highlights a mark is drawn in (issue 19): an older or wrong name of a term is drawn apart from current names,
// with its own rule in the marks' stylesheet, on web pages and in the PDF reader alike (both ask highlightsOf).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scan, type Match } from '../../../src/core/detect/index';
import { HIGHLIGHT_NAMES, highlightId, highlightsOf } from '../../../src/content/highlights';

const css = readFileSync(resolve(__dirname, '../../../src/content/highlights.css'), 'utf8');
const rule = (name: string) => new RegExp(`::highlight\\(${name}\\)\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';

describe('highlightsOf', () => {
  it('a term under its older or wrong name is drawn as a former name; the current name as a term', () => {
    const found = scan('She was on the child protection register until 2012; now the child has a child protection plan.', { kinds: ['term'] }) as Match[];
    expect(found.map((m) => [m.text, highlightsOf(m)])).toEqual([
      ['child protection register', ['former']],
      ['child protection plan', ['term']],
    ]);
  });

  it('the former-name rule exists and differs from the term rule without colour (its own line)', () => {
    expect(HIGHLIGHT_NAMES).toContain('former');
    const former = rule(highlightId('former'));
    expect(former).toMatch(/line-through/);
    expect(rule(highlightId('term'))).not.toMatch(/line-through/);
  });

  it('a duration sources disagree on is drawn as a duration and a conflict', () => {
    const m = { kind: 'duration', start: 0, end: 1, text: 'x', value: { amount: 1, unit: 'day', conflict: { note: '' } } } as unknown as Match;
    expect(highlightsOf(m)).toEqual(['duration', 'conflict']);
  });
});
