// carelens scan [--json] [--date YYYY-MM-DD] FILE...
//
// Reads .txt (UTF-8), .html (visible text), .pdf (text layer, via pdf.js; pages that are scans are read by
// the recogniser, as in the extension), images of letters (.jpg, .jpeg, .png, .webp: read by the recogniser)
// and Word documents (.docx) and prints what the detector finds.
//   --max-scanned-pages N   read at most N scanned pages of a PDF (default 30; each takes a few seconds)
//   --json   one JSON object per file, one per line (JSON Lines), whatever the number of files:
//            {"file": "...", "entities": [{"kind","start","end","text","value"}, ...]}
//            Offsets are UTF-16 offsets into the text that was scanned (for .html, the visible text).
//   --date   the document's date, used to complete partial dates ("Monday 5th").
// Without --json: a readable report, one line per match with its line number; for a duration,
// the rule it names and that rule's source.
// Exit codes: 0 all files scanned; 1 a file could not be read or is not text; 2 usage error.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { stdout, stderr } from 'node:process';
import { scan, type Match } from '../core/detect/index';
import { htmlToText } from '../core/text/html';
import { timescaleById } from '../core/knowledge/timescales';
import type { NodeRecogniser } from '../ocr/node';
import { lastIndexWhere } from '../core/sorted';

const USAGE = 'usage: carelens scan [--json] [--date YYYY-MM-DD] [--max-scanned-pages N] FILE...\n';

const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp']);

export class InputError extends Error {}

/** Decode a file as UTF-8 text; refuse binary data (NUL bytes) and invalid UTF-8. */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.includes(0)) throw new InputError(`${file}: binary file (contains NUL bytes), not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file}: not valid UTF-8 text`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export interface ReadOptions {
  /** Shared by every file of a run; started on the first scan or image. */
  recogniser?: NodeRecogniser;
  maxScannedPages?: number;
}

export async function readDocument(file: string, options: ReadOptions = {}): Promise<string> {
  const ext = extname(file).toLowerCase();
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot read (${code ?? (e as Error).message})`);
  }
  if (ext === '.pdf') return readPdfFile(bytes, file, options);
  if (IMAGE_EXTENSIONS.has(ext)) return readImageFile(bytes, file, options);
  if (ext === '.docx') return readDocxFile(bytes, file);
  const text = decodeText(bytes, file);
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return htmlToText(text);
  return text;
}

/** A PDF's text through pdf.js (legacy build), joined as the viewer joins it, scanned pages recognised (src/pdf/node.ts). */
async function readPdfFile(bytes: Uint8Array, file: string, options: ReadOptions): Promise<string> {
  const { readPdf, PdfReadError } = await import('../pdf/node');
  try {
    const reading = await readPdf(bytes, { recogniser: options.recogniser, maxScannedPages: options.maxScannedPages });
    if (!reading.text.text.trim()) throw new InputError(`${file}: no text could be read on any page (blank pages, or a scan with nothing legible)`);
    return reading.text.text;
  } catch (e) {
    if (e instanceof PdfReadError) throw new InputError(`${file}: ${e.message}`);
    throw e;
  }
}

/** A photo or scan of a letter, read by the recogniser: the same words joined as the reader joins them. */
async function readImageFile(bytes: Uint8Array, file: string, options: ReadOptions): Promise<string> {
  const { imageInfo, ImageFileError, MAX_READ_PIXELS, megapixels } = await import('../ocr/image-file');
  let info;
  try {
    info = imageInfo(bytes);
  } catch (e) {
    if (e instanceof ImageFileError) throw new InputError(`${file}: ${e.message}`);
    throw e;
  }
  if (info.width * info.height > MAX_READ_PIXELS) {
    // The extension scales such a photo down first; Node has no image scaler without another package.
    throw new InputError(`${file}: the photo is ${megapixels(info)} megapixels; scale it down to ${MAX_READ_PIXELS / 1e6} megapixels or less (a 300 dpi A4 page is 8.7) or open it in the extension, which does that itself`);
  }
  const { joinRecognisedPages } = await import('../core/text/ocr-text');
  const { RecogniseError } = await import('../ocr/node');
  try {
    const page = await options.recogniser!.recognise(bytes, info.width, info.height);
    const text = joinRecognisedPages([page]).text;
    if (!text.trim()) throw new InputError(`${file}: no text could be read in the image (a blank page, or nothing legible)`);
    return text;
  } catch (e) {
    if (e instanceof RecogniseError) throw new InputError(`${file}: the ${info.kind.toUpperCase()} image is damaged (it cannot be decoded)`);
    throw e;
  }
}

async function readDocxFile(bytes: Uint8Array, file: string): Promise<string> {
  const { docxText, DocxError } = await import('../docx/docx');
  try {
    return await docxText(bytes);
  } catch (e) {
    if (e instanceof DocxError) throw new InputError(`${file}: ${e.message}`);
    throw e;
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  return Math.max(0, lastIndexWhere(starts.length, (i) => starts[i]! <= offset)) + 1;
}

function describe(m: Match): string {
  switch (m.kind) {
    case 'section': {
      const v = m.value;
      const what = v.division === 'section' ? 's' : `${v.division} `;
      const act = v.act ? `${v.act}${v.assumed ? ' (assumed)' : ''}` : 'act not resolved';
      return `${what}${v.section}${v.subsection ?? ''} — ${act}${v.url ? ` <${v.url}>` : ''}`;
    }
    case 'duration': {
      const v = m.value;
      let s = `${v.amount}${v.max !== undefined ? `–${v.max}` : ''} ${v.unit.replace('_', ' ')}${v.amount === 1 && v.max === undefined ? '' : 's'}`;
      if (v.ruleId) {
        const rule = timescaleById(v.ruleId);
        const src = rule?.sources[0];
        s += `\n      rule: ${v.ruleId}${rule ? ` (${rule.name}: ${rule.byWhen})` : ''}`;
        if (src) s += `\n      source: ${src.document}${src.locator ? `, ${src.locator}` : ''}${rule ? ` [${rule.scope.label}]` : ''}`;
      } else s += '\n      rule: none named in the sentence';
      if (v.conflict) s += `\n      conflict ${v.conflict.id}: the rule says ${v.conflict.expected}`;
      return s;
    }
    case 'date':
      return `${m.value.iso}${m.value.inferred ? ' (inferred from the document date)' : ''}`;
    case 'term':
      return m.value.id;
  }
}

export async function run(args: string[]): Promise<number> {
  let json = false;
  let documentDate: string | undefined;
  let maxScannedPages: number | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--date') {
      documentDate = args[++i];
      if (!documentDate || !/^\d{4}-\d{2}-\d{2}$/.test(documentDate)) {
        stderr.write(`carelens scan: --date needs YYYY-MM-DD\n${USAGE}`);
        return 2;
      }
    } else if (a === '--max-scanned-pages') {
      maxScannedPages = Number(args[++i]);
      if (!Number.isInteger(maxScannedPages) || maxScannedPages < 0) {
        stderr.write(`carelens scan: --max-scanned-pages needs a whole number\n${USAGE}`);
        return 2;
      }
    } else if (a === '--help' || a === '-h') {
      stdout.write(USAGE);
      return 0;
    } else if (a.startsWith('--')) {
      stderr.write(`carelens scan: unknown option ${a}\n${USAGE}`);
      return 2;
    } else files.push(a);
  }
  if (!files.length) {
    stderr.write(USAGE);
    return 2;
  }
  let failed = false;
  const { NodeRecogniser } = await import('../ocr/node');
  const recogniser = new NodeRecogniser();
  try {
    failed = await scanFiles(files, { json, documentDate, read: { recogniser, maxScannedPages } });
  } finally {
    await recogniser.close();
  }
  return failed ? 1 : 0;
}

async function scanFiles(files: string[], options: { json: boolean; documentDate?: string; read: ReadOptions }): Promise<boolean> {
  const { json, documentDate } = options;
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = await readDocument(file, options.read);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      stderr.write(`carelens scan: ${e.message}\n`);
      failed = true;
      continue;
    }
    const matches = scan(text, documentDate ? { documentDate } : {});
    if (json) {
      const entities = matches.map((m) => ({ kind: m.kind, start: m.start, end: m.end, text: m.text, value: m.value }));
      stdout.write(JSON.stringify({ file, entities }) + '\n');
      continue;
    }
    const starts = lineStarts(text);
    const counts = { section: 0, duration: 0, date: 0, term: 0 };
    for (const m of matches) counts[m.kind]++;
    stdout.write(`${file}: ${matches.length} matches (${counts.section} sections, ${counts.duration} durations, ${counts.date} dates, ${counts.term} terms)\n`);
    for (const m of matches) {
      const line = lineOf(starts, m.start);
      stdout.write(`  ${String(line).padStart(5)}  ${m.kind.padEnd(8)} ${JSON.stringify(m.text)}  ${describe(m)}\n`);
    }
  }
  return failed;
}
