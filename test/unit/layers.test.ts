// Which folder may import which: arrows run downwards only. The UI is shown by content scripts, the background and
// extension pages, so it must not reach up into any of them; the wire protocols sit below all three; the core is
// pure (no DOM, no browser API), so the commands and the tests can run it in Node.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(dir, f).split(sep).join('/'));
}

/** Each module a file imports (static, dynamic and type imports, re-exports), as written. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specs: string[] = [];
  for (const m of text.matchAll(/(?:^|[\s;])(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    specs.push((m[1] ?? m[2] ?? m[3])!);
  }
  return specs;
}

/** The repository path an import names (`src/content/x`), or the package name for a package. */
function target(file: string, spec: string): string {
  if (spec.startsWith('@/')) return spec.slice(2);
  if (spec.startsWith('.')) return relative(root, resolve(root, dirname(file), spec)).split(sep).join('/');
  return spec;
}

/** `file -> target` for every import of a file under `dir` whose target matches `forbidden`. */
function arrows(dir: string, forbidden: (target: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) =>
    importsOf(file)
      .map((spec) => target(file, spec))
      .filter(forbidden)
      .map((t) => `${file} -> ${t}`),
  );
}

/** The few globals the core may use: browsers and Node both have them. */
const NODE_ALSO_HAS = `
declare var TextEncoder: { new (): { encode(input: string): Uint8Array } };
declare var URL: { new (url: string, base?: string): URL; canParse(url: string, base?: string): boolean };
interface URL { href: string; origin: string; protocol: string; host: string; hostname: string; pathname: string; search: string; hash: string; searchParams: URLSearchParams; toString(): string }
declare var URLSearchParams: { new (init?: string | Record<string, string>): URLSearchParams };
interface URLSearchParams { get(name: string): string | null; append(name: string, value: string): void; has(name: string): boolean; delete(name: string): void; set(name: string, value: string): void; sort(): void; toString(): string; keys(): IterableIterator<string>; entries(): IterableIterator<[string, string]>; [Symbol.iterator](): IterableIterator<[string, string]> }
declare var crypto: { randomUUID(): string; getRandomValues<T extends ArrayBufferView>(array: T): T };
`;

const under = (...dirs: string[]) => (t: string) => dirs.some((d) => t === d || t.startsWith(`${d}/`));

describe('layers', () => {
  it('finds the imports it checks (the check can fail)', () => {
    expect(arrows('src/content', under('src/protocol')).length).toBeGreaterThan(3);
    expect(arrows('src/ui', under('src/core')).length).toBeGreaterThan(3);
  });

  it('the UI imports nothing from the content scripts or the background', () => {
    expect(arrows('src/ui', under('src/content', 'src/background'))).toEqual([]);
  });

  it('the wire protocols import nothing from the surfaces that speak them', () => {
    expect(arrows('src/protocol', under('src/content', 'src/background', 'src/ui', 'src/pdf', 'entrypoints'))).toEqual([]);
  });

  it('the core imports only the core and plain libraries: no browser, DOM, React or Node modules', () => {
    const outsideCore = (t: string) =>
      t.startsWith('src/') ? !under('src/core')(t) : /^(wxt|@wxt-dev|react|react-dom|pdfjs-dist|node:|fs$|path$)/.test(t) || t.startsWith('entrypoints');
    expect(arrows('src/core', outsideCore)).toEqual([]);
  });

  it('the core type-checks without the DOM library (only with globals Node has as well)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'carelens-core-'));
    const globals = join(dir, 'node-and-browser-globals.d.ts');
    writeFileSync(globals, NODE_ALSO_HAS);
    const args = ['--ignoreConfig', '--noEmit', '--pretty', 'false', '--lib', 'es2023', '--types', '', '--target', 'es2022', '--module', 'esnext'];
    args.push('--moduleResolution', 'bundler', '--strict', '--skipLibCheck', '--noUncheckedIndexedAccess', '--allowImportingTsExtensions');
    const result = spawnSync(join(root, 'node_modules/.bin/tsc'), [...args, globals, ...sourceFiles('src/core')], { cwd: root, encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);
});
