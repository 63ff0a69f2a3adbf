// Scores the detector against hand labels, per kind: precision, recall, F1, and wrong values among the spans
// both found (same start and end, different value). Used by test/unit/detect/real-style.test.ts and by
// `npm run bench` (scripts/bench/accuracy.ts). Also reads the real-style documents' inline labels.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Match, MatchKind, ScanOptions } from '../../src/core/detect/types';

export const KINDS: MatchKind[] = ['section', 'duration', 'date', 'term'];

export interface Label {
  kind: MatchKind;
  start: number;
  end: number;
  text: string;
  value: Record<string, unknown>;
}

export interface LabelledText {
  name: string;
  text: string;
  labels: Label[];
  /** Only detector matches inside [from, to) count (a labelled slice of a longer text). */
  from?: number;
  to?: number;
  options?: ScanOptions;
}

export interface KindScore {
  kind: MatchKind;
  labels: number;
  found: number;
  /** Same span, same value. */
  tp: number;
  /** Same span, different value (counted in fp and fn as well). */
  wrong: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** The fields compared per kind (a section's Act by its title; null when the page names none). */
const COMPARED: Record<MatchKind, string[]> = {
  section: ['act', 'section'],
  duration: ['amount', 'unit', 'max'],
  date: ['iso'],
  term: ['id'],
};

const norm = (v: unknown) => (v === '' || v === null || v === undefined ? undefined : v);

/** Fields compared per kind; the seeds' labels also give a section's subsection. */
export type Compared = Record<MatchKind, string[]>;
export const WITH_SUBSECTION: Compared = { ...COMPARED, section: ['act', 'section', 'subsection'] };

export function sameValue(kind: MatchKind, label: Record<string, unknown>, got: Record<string, unknown>, compared: Compared = COMPARED): boolean {
  return compared[kind].every((k) => norm(label[k]) === norm(got[k]));
}

export function show(kind: MatchKind, v: Record<string, unknown>, compared: Compared = COMPARED): string {
  return JSON.stringify(Object.fromEntries(compared[kind].filter((k) => v[k] !== undefined && v[k] !== null).map((k) => [k, v[k]])));
}

export interface ScoreReport {
  rows: KindScore[];
  /** One line per disagreement: missed, extra, or wrong value. */
  disagreements: Record<MatchKind, string[]>;
}

export function score(docs: LabelledText[], scan: (text: string, options?: ScanOptions) => Match[], compared: Compared = COMPARED): ScoreReport {
  const totals = new Map(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0, wrong: 0, labels: 0, found: 0 }]));
  const disagreements: Record<MatchKind, string[]> = { section: [], duration: [], date: [], term: [] };
  for (const doc of docs) {
    const { text } = doc;
    const from = doc.from ?? 0;
    const to = doc.to ?? text.length;
    const found = scan(text, doc.options).filter((m) => m.start >= from && m.end <= to);
    const ctx = (s: number, e: number) => JSON.stringify(text.slice(Math.max(0, s - 30), s) + '[' + text.slice(s, e) + ']' + text.slice(e, e + 30));
    const key = (k: string, s: number, e: number) => `${k}|${s}|${e}`;
    const byKey = new Map(found.map((m) => [key(m.kind, m.start, m.end), m]));
    const used = new Set<Match>();
    for (const l of doc.labels) {
      const t = totals.get(l.kind)!;
      t.labels++;
      const got = byKey.get(key(l.kind, l.start, l.end));
      const gv = got?.value as unknown as Record<string, unknown> | undefined;
      if (got && sameValue(l.kind, l.value, gv!, compared)) {
        t.tp++;
        used.add(got);
      } else {
        t.fn++;
        if (got) {
          t.wrong++;
          used.add(got);
          t.fp++;
          disagreements[l.kind].push(`${doc.name} ${l.start} wrong value ${ctx(l.start, l.end)}: want ${show(l.kind, l.value, compared)} got ${show(l.kind, gv!, compared)}`);
        } else disagreements[l.kind].push(`${doc.name} ${l.start} missed ${ctx(l.start, l.end)} ${show(l.kind, l.value, compared)}`);
      }
    }
    for (const m of found) {
      const t = totals.get(m.kind);
      if (!t) continue;
      t.found++;
      if (used.has(m)) continue;
      t.fp++;
      disagreements[m.kind].push(`${doc.name} ${m.start} extra ${ctx(m.start, m.end)} ${show(m.kind, m.value as unknown as Record<string, unknown>, compared)}`);
    }
  }
  const rows = KINDS.map((kind): KindScore => {
    const { tp, fp, fn, wrong, labels, found } = totals.get(kind)!;
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { kind, labels, found, tp, wrong, fp, fn, precision, recall, f1 };
  });
  return { rows, disagreements };
}

/** The bar (19, Must show): per kind, what must hold. */
export function failures(rows: KindScore[]): string[] {
  const out: string[] = [];
  const r = (k: MatchKind) => rows.find((x) => x.kind === k)!;
  if (r('section').f1 < 0.98) out.push(`section F1 ${r('section').f1.toFixed(3)} < 0.98`);
  if (r('duration').f1 < 0.98) out.push(`duration F1 ${r('duration').f1.toFixed(3)} < 0.98`);
  if (r('date').f1 < 0.97) out.push(`date F1 ${r('date').f1.toFixed(3)} < 0.97`);
  if (r('date').wrong > 0) out.push(`${r('date').wrong} dates with a wrong value`);
  if (r('term').recall < 0.95) out.push(`term recall ${r('term').recall.toFixed(3)} < 0.95`);
  if (r('term').precision < 0.9) out.push(`term precision ${r('term').precision.toFixed(3)} < 0.90`);
  return out;
}

export function table(title: string, rows: KindScore[]): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6) + '%';
  return [
    title,
    'kind      labels  found     tp  wrong    fp    fn  precision  recall      F1',
    ...rows.map(
      (r) =>
        `${r.kind.padEnd(8)} ${String(r.labels).padStart(7)} ${String(r.found).padStart(6)} ${String(r.tp).padStart(6)} ${String(r.wrong).padStart(6)} ${String(r.fp).padStart(5)} ${String(r.fn).padStart(5)}    ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}`,
    ),
  ].join('\n');
}

// ---- The real-style documents: text with its labels inline ----

/**
 * `[[shown text|value]]` marks a label; marks nest ("[[[[section 47|s:47:Children Act 1989]] enquiries|g:section-47-enquiry]]").
 * Values: `s:NUMBER:ACT TITLE` (`-` for no Act), `d:AMOUNT:UNIT` or `d:MIN-MAX:UNIT`, `t:YYYY-MM-DD`, `g:TERM-ID`.
 * A first line `#date: YYYY-MM-DD` gives the document's date (it is not part of the text).
 */
export function parseMarked(name: string, source: string): LabelledText {
  let options: ScanOptions | undefined;
  const head = /^#date: (\d{4}-\d{2}-\d{2})\n/.exec(source);
  if (head) {
    options = { documentDate: head[1]! };
    source = source.slice(head[0].length);
  }
  let text = '';
  const open: number[] = [];
  const labels: Label[] = [];
  let i = 0;
  while (i < source.length) {
    if (source.startsWith('[[', i)) {
      open.push(text.length);
      i += 2;
    } else if (source[i] === '|' && open.length) {
      const close = source.indexOf(']]', i);
      if (close < 0) throw new Error(`${name}: unclosed label at ${i}`);
      const value = source.slice(i + 1, close);
      const start = open.pop()!;
      labels.push(label(name, value, start, text.length, text.slice(start)));
      i = close + 2;
    } else {
      text += source[i];
      i++;
    }
  }
  if (open.length) throw new Error(`${name}: ${open.length} label(s) not closed`);
  labels.sort((a, b) => a.start - b.start || a.end - b.end);
  return { name, text, labels, ...(options ? { options } : {}) };
}

function label(name: string, value: string, start: number, end: number, shown: string): Label {
  const [kind, ...rest] = value.split(':');
  const where = `${name}: label ${JSON.stringify(shown)} (${value})`;
  switch (kind) {
    case 's': {
      const [section, ...act] = rest;
      const title = act.join(':');
      if (!section || !title) throw new Error(`${where}: want s:NUMBER:ACT`);
      return { kind: 'section', start, end, text: shown, value: { section, act: title === '-' ? null : title } };
    }
    case 'd': {
      const [amount, unit] = rest;
      const range = /^(\d+)-(\d+)$/.exec(amount ?? '');
      if (!unit || !(range || /^\d+$/.test(amount ?? ''))) throw new Error(`${where}: want d:AMOUNT:UNIT`);
      return { kind: 'duration', start, end, text: shown, value: range ? { amount: Number(range[1]), max: Number(range[2]), unit } : { amount: Number(amount), unit } };
    }
    case 't':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(rest[0] ?? '')) throw new Error(`${where}: want t:YYYY-MM-DD`);
      return { kind: 'date', start, end, text: shown, value: { iso: rest[0] } };
    case 'g':
      if (!rest[0]) throw new Error(`${where}: want g:TERM-ID`);
      return { kind: 'term', start, end, text: shown, value: { id: rest[0] } };
    default:
      throw new Error(`${where}: unknown kind`);
  }
}

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(here, '../..');
export const REAL_STYLE = join(REPO, 'test/fixtures/real-style');

/** The real-style documents of one part ("dev" or "heldout"). */
export function realStyle(part: 'dev' | 'heldout'): LabelledText[] {
  const dir = join(REAL_STYLE, part);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseMarked(`${part}/${f}`, readFileSync(join(dir, f), 'utf8')));
}

/** The seeds' hand labels (test/fixtures/labels), with the seed texts from ../shared/seeds. */
export function seedLabels(): LabelledText[] {
  const labelsDir = join(REPO, 'test/fixtures/labels');
  const seedDir = [join(REPO, 'test/fixtures/seeds'), resolve(REPO, '../shared/seeds')].find((d) => existsSync(d));
  if (!seedDir) return [];
  return readdirSync(labelsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = JSON.parse(readFileSync(join(labelsDir, f), 'utf8')) as { seed: string; slice: [number, number] | null; entities: Label[] };
      const text = readFileSync(join(seedDir, file.seed), 'utf8');
      return { name: f, text, labels: file.entities, ...(file.slice ? { from: file.slice[0], to: file.slice[1] } : {}) };
    });
}
