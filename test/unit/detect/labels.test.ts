// Measures the detector (`scan`) against the hand-labelled fixtures in test/fixtures/labels.
// The labels are ground truth made by reading the seeds, independently of the detector: when
// they disagree, fix the detector, or fix a label only if the label itself is wrong (see the
// README in that folder for the labelling conventions).
// LABELS_VERBOSE=1 prints every disagreement, even when the scores pass.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Match, MatchKind } from '../../../src/core/detect/types';
import { TERM_IDS } from '../../../src/core/knowledge/term-ids';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');
const labelsDir = join(repoRoot, 'test/fixtures/labels');
const detectIndex = join(repoRoot, 'src/core/detect/index.ts');
const seedDirs = [join(repoRoot, 'test/fixtures/seeds'), resolve(repoRoot, '../shared/seeds')];
const seedDir = seedDirs.find((d) => existsSync(d));

const KINDS: MatchKind[] = ['section', 'duration', 'date', 'term'];
const THRESHOLD = 0.95;

interface Label {
  kind: MatchKind;
  start: number;
  end: number;
  text: string;
  value: Record<string, unknown>;
}

interface LabelFile {
  name: string;
  seed: string;
  slice: [number, number] | null;
  entities: Label[];
}

const labelFiles: LabelFile[] = readdirSync(labelsDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ name: f, ...(JSON.parse(readFileSync(join(labelsDir, f), 'utf8')) as Omit<LabelFile, 'name'>) }));

function seedText(file: LabelFile): string {
  if (!seedDir) throw new Error(`seed folder not found (looked in ${seedDirs.join(', ')})`);
  return readFileSync(join(seedDir, file.seed), 'utf8');
}

/** Only the labelled fields are compared. */
const COMPARED: Record<MatchKind, string[]> = {
  section: ['act', 'section', 'subsection'],
  duration: ['amount', 'unit', 'max'],
  date: ['iso'],
  term: ['id'],
};

function norm(v: unknown): unknown {
  return v === '' || v === null || v === undefined ? undefined : v;
}

function sameValue(kind: MatchKind, label: Record<string, unknown>, got: Record<string, unknown>): boolean {
  return COMPARED[kind].every((k) => {
    // `act: null` (unresolved) is a real value for sections: keep null distinct from a name.
    if (kind === 'section' && k === 'act') return (label.act ?? null) === (got.act ?? null);
    return norm(label[k]) === norm(got[k]);
  });
}

function show(kind: MatchKind, v: Record<string, unknown>): string {
  return JSON.stringify(Object.fromEntries(COMPARED[kind].filter((k) => v[k] !== undefined).map((k) => [k, v[k]])));
}

describe('hand labels: sanity', () => {
  it('finds the label files and the seeds', () => {
    expect(labelFiles.length).toBeGreaterThanOrEqual(4);
    expect(seedDir, 'seed folder').toBeDefined();
  });

  const validTermIds = new Set<string>(Object.values(TERM_IDS));

  for (const file of labelFiles) {
    it(`${file.name}: every label's text matches the seed at its offsets`, () => {
      const text = seedText(file);
      expect(file.seed.replace(/\.txt$/, '.json')).toBe(file.name);
      const bad = file.entities
        .filter((e) => text.slice(e.start, e.end) !== e.text)
        .map((e) => `${e.kind} [${e.start},${e.end}) labelled ${JSON.stringify(e.text)} but seed has ${JSON.stringify(text.slice(e.start, e.end))}`);
      expect(bad).toEqual([]);
    });

    it(`${file.name}: labels are well formed`, () => {
      const text = seedText(file);
      const problems: string[] = [];
      const [lo, hi] = file.slice ?? [0, text.length];
      const byKind = new Map<MatchKind, Label[]>();
      for (const e of file.entities) {
        if (!KINDS.includes(e.kind)) problems.push(`unknown kind ${e.kind}`);
        if (!(e.start >= lo && e.end <= hi && e.start < e.end)) problems.push(`out of range: ${e.kind} [${e.start},${e.end})`);
        if (e.kind === 'term' && !validTermIds.has(e.value.id as string)) problems.push(`unknown term id ${String(e.value.id)}`);
        if (e.kind === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(String(e.value.iso))) problems.push(`bad iso ${String(e.value.iso)}`);
        if (e.kind === 'duration' && !(typeof e.value.amount === 'number' && typeof e.value.unit === 'string')) problems.push(`bad duration ${JSON.stringify(e.value)}`);
        if (e.kind === 'section' && typeof e.value.section !== 'string') problems.push(`bad section ${JSON.stringify(e.value)}`);
        byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e]);
      }
      // Within one kind, labels never overlap.
      for (const [kind, list] of byKind) {
        const sorted = [...list].sort((a, b) => a.start - b.start);
        sorted.forEach((cur, i) => {
          const prev = sorted[i - 1];
          if (prev && cur.start < prev.end) problems.push(`overlapping ${kind}: ${prev.text} / ${cur.text}`);
        });
      }
      expect(problems).toEqual([]);
    });
  }
});

describe.skipIf(!existsSync(detectIndex))('detector against hand labels', () => {
  it(`precision and recall per kind are at least ${THRESHOLD}`, async () => {
    const { scan } = (await import('../../../src/core/detect/index')) as {
      scan: (text: string, options?: unknown) => Match[] | Promise<Match[]>;
    };
    const totals = new Map(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
    const misses: Record<MatchKind, string[]> = { section: [], duration: [], date: [], term: [] };

    for (const file of labelFiles) {
      const text = seedText(file);
      const [lo, hi] = file.slice ?? [0, text.length];
      const found = (await scan(text)).filter((m) => m.start >= lo && m.end <= hi);
      const ctx = (s: number, e: number) => JSON.stringify(text.slice(Math.max(0, s - 25), s) + '[' + text.slice(s, e) + ']' + text.slice(e, e + 25));
      const key = (k: string, s: number, e: number) => `${k}|${s}|${e}`;
      const foundByKey = new Map(found.map((m) => [key(m.kind, m.start, m.end), m]));
      const used = new Set<Match>();
      for (const label of file.entities) {
        const t = totals.get(label.kind)!;
        const got = foundByKey.get(key(label.kind, label.start, label.end));
        if (got && sameValue(label.kind, label.value, got.value as unknown as Record<string, unknown>)) {
          t.tp++;
          used.add(got);
        } else {
          t.fn++;
          misses[label.kind].push(
            got
              ? `${file.name} ${label.start} wrong value ${ctx(label.start, label.end)}: want ${show(label.kind, label.value)} got ${show(label.kind, got.value as unknown as Record<string, unknown>)}`
              : `${file.name} ${label.start} missed ${ctx(label.start, label.end)} ${show(label.kind, label.value)}`,
          );
        }
      }
      for (const m of found) {
        if (used.has(m) || !totals.has(m.kind)) continue;
        totals.get(m.kind)!.fp++;
        if (!file.entities.some((l) => l.kind === m.kind && l.start === m.start && l.end === m.end)) {
          misses[m.kind].push(`${file.name} ${m.start} extra ${ctx(m.start, m.end)} ${show(m.kind, m.value as unknown as Record<string, unknown>)}`);
        }
      }
    }

    const rows = KINDS.map((kind) => {
      const { tp, fp, fn } = totals.get(kind)!;
      const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
      const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
      return { kind, labels: tp + fn, found: tp + fp, tp, fp, fn, precision, recall };
    });
    const pct = (x: number) => (100 * x).toFixed(1).padStart(6) + '%';
    const table = [
      'kind      labels  found     tp    fp    fn  precision  recall',
      ...rows.map(
        (r) =>
          `${r.kind.padEnd(8)} ${String(r.labels).padStart(7)} ${String(r.found).padStart(6)} ${String(r.tp).padStart(6)} ${String(r.fp).padStart(5)} ${String(r.fn).padStart(5)}    ${pct(r.precision)} ${pct(r.recall)}`,
      ),
    ].join('\n');
    console.log(`\nDetector vs hand labels (exact span + value):\n${table}\n`);
    for (const r of rows) {
      if (r.precision < THRESHOLD || r.recall < THRESHOLD || (process.env.LABELS_VERBOSE && misses[r.kind].length)) {
        console.log(`--- ${r.kind}: disagreements (first 40 of ${misses[r.kind].length}) ---\n${misses[r.kind].slice(0, 40).join('\n')}\n`);
      }
    }
    const failing = rows.filter((r) => r.precision < THRESHOLD || r.recall < THRESHOLD).map((r) => r.kind);
    expect(failing, `kinds below ${THRESHOLD} precision or recall`).toEqual([]);
  });
});
