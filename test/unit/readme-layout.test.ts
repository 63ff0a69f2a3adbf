// The README's "Where things are" table follows the tree: every path it names exists (test/generated/ is made when
// the e2e tests run), and every folder of src/, test/ and the top level that holds code is in it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Where things are'), readme.indexOf('\n## ', readme.indexOf('## Where things are') + 1) >>> 0);
/** The paths in the table's first column. */
const named = [...section.matchAll(/^\| ([^|]+) \|/gm)].flatMap((row) => [...row[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\/$/, '')));

const folders = (dir: string) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory() || /\.tsx?$/.test(e.name))
    .map((e) => (dir === '.' ? e.name : `${dir}/${e.name}`));

describe('README: where things are', () => {
  it('has the table', () => {
    expect(named.length).toBeGreaterThan(10);
  });

  it('names only paths that exist', () => {
    expect(named.filter((p) => p !== 'test/generated' && !existsSync(join(root, p)))).toEqual([]);
  });

  it('names every folder of src/ and test/, and the top-level folders that hold code', () => {
    const wanted = [...folders('src'), ...folders('test').filter((p) => p !== 'test/generated'), 'entrypoints', 'scripts', 'stubs'];
    expect(wanted.filter((p) => !named.includes(p))).toEqual([]);
  });
});
