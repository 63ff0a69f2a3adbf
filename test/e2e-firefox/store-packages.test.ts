// What the stores receive, checked on the shipped builds (npm run build): Mozilla's linter finds no error in the
// Firefox build and every warning it gives is explained in the README; each build's THIRD_PARTY_NOTICES.txt lists
// every package the extension's code imports, each with its licence text.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EMBEDDED, NOTICES_FILE, listedPackages } from '../../scripts/build/third-party-notices';

const root = resolve(import.meta.dirname, '../..');
const shipped = { chrome: join(root, '.output/chrome-mv3'), firefox: join(root, '.output/firefox-mv3') };
const testBuilds = { 'chrome test': join(root, '.output/chrome-mv3-test'), 'firefox test': join(root, '.output/firefox-mv3-test') };

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

test('web-ext lint: no error in the Firefox build, and each kind of warning is explained in the README', () => {
  const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', shipped.firefox, '--output', 'json', '--no-config-discovery'], {
    cwd: root,
    encoding: 'utf8',
  });
  const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{'))) as { errors: LintMessage[]; warnings: LintMessage[] };
  expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const unexplained = [...new Set(report.warnings.map((w) => w.code))].filter((code) => !readme.includes(`\`${code}\``));
  expect(unexplained, 'warning codes the README does not explain').toEqual([]);
}, 300_000); // the linter reads every bundled file: a minute or more on a busy machine

/** Every source file the extension's entrypoints reach through relative and "@/" imports. */
function reachableSources(): string[] {
  const seen = new Set<string>();
  const entry = readdirSync(join(root, 'entrypoints'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => join(root, 'entrypoints', f));
  const stack = [...entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of importSpecifiers(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.') && !spec.startsWith('@/')) continue;
      const base = spec.startsWith('@/') ? join(root, spec.slice(2)) : resolve(dirname(file), spec);
      const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((p) => existsSync(p) && statSync(p).isFile());
      if (found && /\.(ts|tsx)$/.test(found)) stack.push(found);
    }
  }
  return [...seen];
}

/** The modules a file imports for its code (not `import type`), without query suffixes such as `?url`. */
function importSpecifiers(source: string): string[] {
  const specs: string[] = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
    if (!m[2]) specs.push(m[3]!);
  }
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1]!);
  return specs.map((s) => s.split('?')[0]!);
}

const packageName = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);

describe.each(Object.entries(shipped))('%s build: third-party notices', (_browser, dir) => {
  test('list every package the extension code imports, each with its licence text', () => {
    const notices = readFileSync(join(dir, NOTICES_FILE), 'utf8');
    const listed = new Set(listedPackages(notices).map((entry) => entry.split(' ')[0]!));
    const imported = new Set(
      reachableSources()
        .flatMap((file) => importSpecifiers(readFileSync(file, 'utf8')))
        .filter((spec) => !spec.startsWith('.') && !spec.startsWith('@/') && !spec.startsWith('node:') && !spec.startsWith('virtual:'))
        .map(packageName),
    );
    expect(imported.size).toBeGreaterThan(5);
    expect([...imported].filter((name) => !listed.has(name)).sort(), 'imported but not in the notices').toEqual([]);
    for (const name of listed) {
      const section = notices.split(/^=== /m).find((part) => part.startsWith(`${name} `))!;
      expect(section, `${name}'s licence text`).toMatch(/Permission|Licensed under|Redistribution and use|Apache License|THE SOFTWARE IS PROVIDED/i);
    }
  });

  test("carry the licence files shipped beside copied files (pdf.js's fonts and decoders) and of what packages hold inside them", () => {
    const notices = readFileSync(join(dir, NOTICES_FILE), 'utf8');
    const licenceFiles = readdirSync(join(dir, 'pdfjs'), { recursive: true, encoding: 'utf8' }).filter((f) => /(^|\/)LICEN[CS]E[^/]*$/i.test(f));
    expect(licenceFiles.length).toBeGreaterThan(5);
    expect(licenceFiles.filter((f) => !notices.includes(`--- pdfjs/${f} ---`))).toEqual([]);
    const works = Object.values(EMBEDDED).flat();
    expect(works.filter((w) => !notices.includes(`--- ${w.name} (${w.licence}) ---`)).map((w) => w.name)).toEqual([]);
  });
});

/** Files of React's development build: its JSX helper and the frames it adds to component stacks. */
const DEVELOPMENT_REACT = /jsxDEV|react-stack-bottom-frame|checkKeyStringCoercion/;

test.each(Object.entries({ ...shipped, ...testBuilds }))("%s build bundles React's production build only", (_name, dir) => {
  const scripts = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js') && !f.startsWith('pdfjs/') && !f.startsWith('tesseract/'));
  expect(scripts).toContain('page-react.js');
  expect(scripts.filter((f) => DEVELOPMENT_REACT.test(readFileSync(join(dir, f), 'utf8')))).toEqual([]);
});
