// The third-party notices shipped inside the extension, generated from what a build actually bundles: every module
// of every chunk (the build's module graph) and every file copied from a package (pdf.js's fonts, OCR data...) is
// traced to its package under node_modules, and each package's licence text is copied from the package itself.
// A package whose licence is missing, or is not one CareLens may ship, fails the build (NoticesError).
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export const NOTICES_FILE = 'THIRD_PARTY_NOTICES.txt';

/** Licences that let CareLens ship a package's code inside the extension (with its notice), by SPDX id. */
const SHIPPABLE = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'Zlib', 'CC0-1.0', 'Unlicense', 'BlueOak-1.0.0', 'MPL-2.0']);

const LICENCE_FILE = /^(licen[cs]e|copying|notice)([-._].*)?$/i;

/** Something a package carries whose licence its own licence files do not give. */
export interface EmbeddedWork {
  name: string;
  licence: string;
  /** The licence text, under third-party/<package>/ (copied from the work's own sources). */
  file: string;
  /** Text found in the package's shipped binary only when the work is inside it (checked by the unit test). */
  marker?: string;
}

/**
 * What bundled packages carry beyond their own code. tesseract.js-core's WebAssembly links, statically, the image
 * libraries its build scripts compile (its LICENSE covers Tesseract only); @tesseract.js-data/eng's manifest says MIT for
 * the packaging, while the model it holds is the Tesseract project's, under Apache-2.0.
 */
export const EMBEDDED: Record<string, EmbeddedWork[]> = {
  'tesseract.js-core': [
    { name: 'Leptonica', licence: 'BSD-2-Clause', file: 'leptonica.txt', marker: 'leptonica' },
    { name: 'libjpeg (Independent JPEG Group)', licence: 'IJG', file: 'libjpeg.txt', marker: 'JFIF APP0 marker' },
    { name: 'libpng', licence: 'Libpng', file: 'libpng.txt', marker: 'Application built with libpng-' },
    { name: 'zlib', licence: 'Zlib', file: 'zlib.txt', marker: 'invalid distance too far back' },
    { name: 'LibTIFF', licence: 'libtiff', file: 'libtiff.txt', marker: 'Not a TIFF file' },
    { name: 'libwebp', licence: 'BSD-3-Clause', file: 'libwebp.txt', marker: 'VP8GetHeaders' },
    { name: 'giflib', licence: 'MIT', file: 'giflib.txt', marker: 'GIF89' },
  ],
  '@tesseract.js-data/eng': [{ name: 'eng.traineddata (Tesseract tessdata_best)', licence: 'Apache-2.0', file: 'eng.traineddata.txt' }],
};

export interface BundledPackage {
  name: string;
  version: string;
  licence: string;
  /** The package's own licence and notice files, in full. */
  texts: { file: string; text: string }[];
  /** Where the licence text came from when the package ships none (MIT only: the standard text). */
  standardText?: string;
  /** Files of the package copied into the extension as they are (paths inside the extension). */
  copiedFiles: string[];
  /** Works inside the package under licences of their own (EMBEDDED), with their licence texts. */
  embedded: (EmbeddedWork & { text: string })[];
}

export class NoticesError extends Error {}

/** The root folder of the package a module or file belongs to (the innermost node_modules), or null for our own. */
export function packageRootOf(path: string): string | null {
  const clean = path.replace(/^\0/, '').split('?')[0]!.replaceAll('\\', '/');
  const at = clean.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const rest = clean.slice(at + '/node_modules/'.length).split('/');
  const name = rest[0]?.startsWith('@') ? rest.slice(0, 2).join('/') : rest[0];
  if (!name || name.startsWith('.')) return null; // e.g. node_modules/.vite
  return clean.slice(0, at + '/node_modules/'.length) + name;
}

/** Whether an SPDX licence expression lets CareLens ship the package ("A OR B": either; "A AND B": both). */
export function isShippable(expression: string): boolean {
  const text = expression.trim().replace(/^\((.*)\)$/, '$1');
  if (/\sOR\s/i.test(text)) return text.split(/\s+OR\s+/i).some(isShippable);
  if (/\sAND\s/i.test(text)) return text.split(/\s+AND\s+/i).every(isShippable);
  return SHIPPABLE.has(text);
}

function licenceOf(pkg: Record<string, unknown>): string | null {
  const field = pkg.license ?? pkg.licenses;
  if (typeof field === 'string') return field;
  if (field && typeof field === 'object' && !Array.isArray(field) && typeof (field as { type?: unknown }).type === 'string') {
    return (field as { type: string }).type;
  }
  if (Array.isArray(field)) {
    const types = field.map((l: { type?: unknown }) => (typeof l?.type === 'string' ? l.type : null));
    return types.every((t) => t) ? `(${types.join(' OR ')})` : null;
  }
  return null;
}

function authorOf(pkg: Record<string, unknown>): string | null {
  const author = pkg.author;
  if (typeof author === 'string') return author.replace(/\s*<[^>]*>|\s*\([^)]*\)/g, '').trim() || null;
  if (author && typeof author === 'object' && typeof (author as { name?: unknown }).name === 'string') return (author as { name: string }).name;
  return null;
}

/**
 * The packages behind `modulePaths` (bundled modules) and `copiedFiles` (source path -> path in the extension),
 * with their licences, sorted by name. `mitText` is the standard MIT text (CareLens's own LICENSE), used for an MIT
 * package that ships no licence file, with its author as the copyright holder. Throws NoticesError naming every
 * package whose licence is missing or not shippable.
 */
export function collectPackages(
  modulePaths: Iterable<string>,
  copiedFiles: Iterable<[string, string]>,
  mitText: string,
  thirdPartyDir = resolve(import.meta.dirname, '../../third-party'),
): BundledPackage[] {
  // package root -> its files copied into the extension, [source, path in the extension]. Roots are real paths: the
  // bundler names modules by their real path, the build's copied files by the path it was given (node_modules may be
  // a link), and one package reached both ways is one package.
  const roots = new Map<string, [string, string][]>();
  const realRoot = (path: string) => {
    const root = packageRootOf(path);
    return root && existsSync(root) ? realpathSync(root) : root;
  };
  for (const path of modulePaths) {
    const root = realRoot(path);
    if (root && !roots.has(root)) roots.set(root, []);
  }
  for (const [source, dest] of copiedFiles) {
    const root = realRoot(source);
    if (!root) continue;
    if (!roots.has(root)) roots.set(root, []);
    roots.get(root)!.push([source, dest]);
  }
  const problems: string[] = [];
  const packages = new Map<string, BundledPackage>();
  for (const [root, copied] of roots) {
    const manifestPath = join(root, 'package.json');
    if (!existsSync(manifestPath)) {
      problems.push(`${root}: no package.json, so no licence`);
      continue;
    }
    const pkg = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
    const name = String(pkg.name ?? basename(root));
    const version = String(pkg.version ?? '?');
    const key = `${name}@${version}`;
    if (packages.has(key)) {
      const known = packages.get(key)!;
      known.copiedFiles.push(...copied.map(([, dest]) => dest));
      known.texts.push(...copiedLicenceTexts(copied));
      continue;
    }
    const licence = licenceOf(pkg);
    if (!licence) {
      problems.push(`${key}: its package.json names no licence`);
      continue;
    }
    if (!isShippable(licence)) {
      problems.push(`${key}: licence "${licence}" is not one CareLens ships (${[...SHIPPABLE].join(', ')})`);
      continue;
    }
    const texts = readdirSync(root)
      .filter((file) => LICENCE_FILE.test(file) && statSync(join(root, file)).isFile())
      .sort()
      .map((file) => ({ file, text: readFileSync(join(root, file), 'utf8').trim() }));
    let standardText: string | undefined;
    if (texts.length === 0) {
      const holder = authorOf(pkg);
      if (licence !== 'MIT' || !holder) {
        problems.push(`${key}: ships no licence file${licence === 'MIT' ? ' and names no author' : ` (${licence})`}`);
        continue;
      }
      standardText = mitText.replace(/^Copyright \(c\).*$/m, `Copyright (c) ${holder}`).trim();
    }
    texts.push(...copiedLicenceTexts(copied));
    const embedded = (EMBEDDED[name] ?? []).flatMap((work) => {
      const file = join(thirdPartyDir, name, work.file);
      if (existsSync(file)) return [{ ...work, text: readFileSync(file, 'utf8').trim() }];
      problems.push(`${key}: carries ${work.name} (${work.licence}), whose licence text ${file} is missing`);
      return [];
    });
    packages.set(key, { name, version, licence, texts, standardText, copiedFiles: copied.map(([, dest]) => dest).sort(), embedded });
  }
  if (problems.length) throw new NoticesError(`Third-party licences:\n  ${problems.join('\n  ')}`);
  return [...packages.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/** Licence files among a package's copied files (pdf.js's fonts, character maps and decoders have their own), in full. */
function copiedLicenceTexts(copied: [string, string][]): { file: string; text: string }[] {
  return copied.filter(([, dest]) => LICENCE_FILE.test(basename(dest))).map(([source, dest]) => ({ file: dest, text: readFileSync(source, 'utf8').trim() }));
}

/** The heading each package has in the notices file; `listedPackages` reads it back. */
const heading = (p: { name: string; version: string; licence: string }) => `=== ${p.name} ${p.version} (${p.licence}) ===`;

export function renderNotices(packages: BundledPackage[]): string {
  const parts = [
    'CareLens: third-party software',
    '',
    "CareLens's own code is under the MIT licence (LICENSE in its source). The extension also contains the",
    'following packages, listed from what the build bundled, each with its licence and notices as the package',
    'ships them.',
    '',
    ...packages.map((p) => `  ${p.name} ${p.version} (${p.licence})`),
    '',
  ];
  for (const p of packages) {
    parts.push(heading(p), '');
    if (p.copiedFiles.length) parts.push(`Files copied into the extension as they are: ${summarise(p.copiedFiles)}`, '');
    if (p.standardText) parts.push('(The package ships no licence file: the standard MIT text, with its author as copyright holder.)', '', p.standardText, '');
    for (const t of p.texts) parts.push(`--- ${t.file} ---`, '', t.text, '');
    if (p.embedded.length) parts.push(`Inside ${p.name}, under their own licences: ${p.embedded.map((w) => `${w.name} (${w.licence})`).join(', ')}.`, '');
    for (const w of p.embedded) parts.push(`--- ${w.name} (${w.licence}) ---`, '', w.text, '');
  }
  return `${parts.join('\n').trimEnd()}\n`;
}

/** Folders of copied files, so that 200 font and character-map files read as a line. */
function summarise(files: string[]): string {
  const folders = new Map<string, number>();
  for (const file of files) {
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : file;
    folders.set(folder, (folders.get(folder) ?? 0) + 1);
  }
  return [...folders].map(([folder, n]) => (folder.endsWith('/') ? `${folder} (${n} files)` : folder)).join(', ');
}

/** The packages a notices file lists, as "name version". */
export function listedPackages(notices: string): string[] {
  return [...notices.matchAll(/^=== (\S+) (\S+) \(.*\) ===$/gm)].map((m) => `${m[1]} ${m[2]}`);
}

/** Writes nothing; returns the notices for a build's module ids and copied files (see collectPackages). */
export function noticesFor(moduleIds: Iterable<string>, copiedFiles: Iterable<[string, string]>, root: string): string {
  const mitText = readFileSync(resolve(root, 'LICENSE'), 'utf8');
  return renderNotices(collectPackages(moduleIds, copiedFiles, mitText));
}
