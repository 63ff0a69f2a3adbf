import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EMBEDDED, NoticesError, collectPackages, isShippable, listedPackages, packageRootOf, renderNotices } from '../../../scripts/build/third-party-notices';

const root = resolve(import.meta.dirname, '../../..');
const modules = join(root, 'node_modules');
const mit = readFileSync(join(root, 'LICENSE'), 'utf8');

describe('the package a bundled module comes from', () => {
  it('is the innermost node_modules entry, scoped names included; our own code and virtual modules have none', () => {
    expect(packageRootOf('/w/node_modules/react/cjs/react.production.js')).toBe('/w/node_modules/react');
    expect(packageRootOf('\0/w/node_modules/@floating-ui/dom/dist/x.mjs?commonjs-proxy')).toBe('/w/node_modules/@floating-ui/dom');
    expect(packageRootOf('/w/node_modules/a/node_modules/b/index.js')).toBe('/w/node_modules/a/node_modules/b');
    expect(packageRootOf('/w/src/core/detect/index.ts')).toBeNull();
    expect(packageRootOf('\0vite/preload-helper.js')).toBeNull();
  });
});

describe('which licences CareLens may ship', () => {
  it('accepts permissive licences and expressions offering one; refuses copyleft and unknown ones', () => {
    expect(isShippable('MIT')).toBe(true);
    expect(isShippable('Apache-2.0')).toBe(true);
    expect(isShippable('(MIT OR GPL-3.0-or-later)')).toBe(true);
    expect(isShippable('MIT AND BSD-3-Clause')).toBe(true);
    expect(isShippable('MIT AND GPL-2.0-only')).toBe(false);
    expect(isShippable('GPL-3.0-only')).toBe(false);
    expect(isShippable('UNLICENSED')).toBe(false);
    expect(isShippable('SEE LICENSE IN LICENSE.txt')).toBe(false);
  });
});

describe('the notices', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'carelens-notices-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const fakePackage = (name: string, manifest: Record<string, unknown>) => {
    const dir = join(scratch, 'node_modules', name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', ...manifest }));
    writeFileSync(join(dir, 'index.js'), '');
    return join(dir, 'index.js');
  };

  it("copy each bundled package's own licence text, and list copied files with the licences beside them", () => {
    const packages = collectPackages(
      [join(modules, 'react/index.js'), join(modules, 'react/cjs/react.production.js'), join(root, 'src/core/detect/index.ts')],
      [[join(modules, 'pdfjs-dist/standard_fonts/LICENSE_FOXIT'), 'pdfjs/standard_fonts/LICENSE_FOXIT'], [join(modules, 'pdfjs-dist/cmaps/83pv-RKSJ-H.bcmap'), 'pdfjs/cmaps/83pv-RKSJ-H.bcmap']],
      mit,
    );
    expect(packages.map((p) => p.name)).toEqual(['pdfjs-dist', 'react']);
    const react = packages.find((p) => p.name === 'react')!;
    expect(react.licence).toBe('MIT');
    expect(react.texts[0]!.text).toBe(readFileSync(join(modules, 'react/LICENSE'), 'utf8').trim());
    const pdfjs = packages.find((p) => p.name === 'pdfjs-dist')!;
    expect(pdfjs.texts.map((t) => t.file)).toEqual(['LICENSE', 'pdfjs/standard_fonts/LICENSE_FOXIT']);
    const text = renderNotices(packages);
    expect(listedPackages(text)).toEqual([`pdfjs-dist ${pdfjs.version}`, `react ${react.version}`]);
    expect(text).toContain('pdfjs/cmaps/ (1 files)');
  });

  it('use the standard MIT text, with the author as copyright holder, for an MIT package that ships no licence file', () => {
    const [only] = collectPackages([fakePackage('no-file', { license: 'MIT', author: 'Ada Example <ada@example.org>' })], [], mit);
    expect(only!.standardText).toMatch(/^MIT License\n\nCopyright \(c\) Ada Example\n/);
    expect(only!.standardText).toContain('Permission is hereby granted');
  });

  it('fail, naming every package, when a licence is missing or not one CareLens ships', () => {
    const gpl = fakePackage('copyleft', { license: 'GPL-3.0-only' });
    const none = fakePackage('nameless-licence', {});
    const apacheNoFile = fakePackage('apache-no-file', { license: 'Apache-2.0' });
    const run = () => collectPackages([gpl, none, apacheNoFile, join(modules, 'react/index.js')], [], mit);
    expect(run).toThrow(NoticesError);
    expect(run).toThrow(/copyleft@1\.0\.0: licence "GPL-3\.0-only"/);
    expect(run).toThrow(/nameless-licence@1\.0\.0: its package\.json names no licence/);
    expect(run).toThrow(/apache-no-file@1\.0\.0: ships no licence file \(Apache-2\.0\)/);
  });

  it("keep the licences of a package's copied files when the bundler reached it by its real path and the copy by a link", () => {
    const linked = join(scratch, 'linked');
    mkdirSync(linked, { recursive: true });
    symlinkSync(realpathSync(modules), join(linked, 'node_modules'));
    const packages = collectPackages(
      [join(realpathSync(modules), 'pdfjs-dist/build/pdf.mjs')],
      [
        [join(linked, 'node_modules/pdfjs-dist/standard_fonts/LICENSE_LIBERATION'), 'pdfjs/standard_fonts/LICENSE_LIBERATION'],
        [join(linked, 'node_modules/pdfjs-dist/wasm/LICENSE_OPENJPEG'), 'pdfjs/wasm/LICENSE_OPENJPEG'],
      ],
      mit,
    );
    expect(packages).toHaveLength(1);
    expect(packages[0]!.texts.map((t) => t.file)).toEqual(['LICENSE', 'pdfjs/standard_fonts/LICENSE_LIBERATION', 'pdfjs/wasm/LICENSE_OPENJPEG']);
  });

  it("name the libraries inside tesseract.js-core's WebAssembly and the English model's own licence, each with its text", () => {
    const packages = collectPackages([], [[join(modules, 'tesseract.js-core/tesseract-core-lstm.wasm.js'), 'tesseract/core/tesseract-core-lstm.wasm.js'], [join(modules, '@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz'), 'tesseract/lang/eng.traineddata.gz']], mit);
    const text = renderNotices(packages);
    for (const work of [...EMBEDDED['tesseract.js-core']!, ...EMBEDDED['@tesseract.js-data/eng']!]) expect(text).toContain(`--- ${work.name} (${work.licence}) ---`);
    expect(text).toContain('based in part on the work of the Independent JPEG Group'); // libjpeg's condition for binaries
    expect(text).toMatch(/eng\.traineddata[\s\S]*Apache License\s+Version 2\.0/);
  });

  it('fail when a licence text for what a package carries is missing', () => {
    const run = () => collectPackages([join(modules, 'tesseract.js-core/index.js')], [], mit, join(scratch, 'no-third-party'));
    expect(run).toThrow(/tesseract\.js-core@[\d.]+: carries Leptonica \(BSD-2-Clause\), whose licence text .* is missing/);
  });
});

describe("tesseract.js-core's WebAssembly", () => {
  // The three builds the extension ships (tesseract/core/): each holds every library EMBEDDED names.
  it.each(['lstm', 'simd-lstm', 'relaxedsimd-lstm'])('%s links every library the notices name', (core) => {
    const binary = readFileSync(join(modules, `tesseract.js-core/tesseract-core-${core}.wasm`)).toString('latin1');
    const missing = EMBEDDED['tesseract.js-core']!.filter((work) => work.marker && !binary.includes(work.marker)).map((w) => w.name);
    expect(missing).toEqual([]);
  });
});
