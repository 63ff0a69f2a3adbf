// Measures the detector (`scan`) against the hand-labelled fixtures in test/fixtures/labels.
// The labels are ground truth made by reading the seeds, independently of the detector: when
// they disagree, fix the detector, or fix a label only if the label itself is wrong (see the
// README in that folder for the labelling conventions).
// LABELS_VERBOSE=1 prints every disagreement, even when the scores pass.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { MatchKind } from '../../../src/core/detect/types';
import { WITH_SUBSECTION, score, table } from '../../score/detector-score';
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
    const { scan } = await import('../../../src/core/detect/index');
    const docs = labelFiles.map((file) => ({
      name: file.name,
      text: seedText(file),
      labels: file.entities,
      ...(file.slice ? { from: file.slice[0], to: file.slice[1] } : {}),
    }));
    const { rows, disagreements } = score(docs, scan, WITH_SUBSECTION);
    console.log(`\n${table('Detector vs hand labels (exact span + value):', rows)}\n`);
    for (const r of rows) {
      if (r.precision < THRESHOLD || r.recall < THRESHOLD || (process.env.LABELS_VERBOSE && disagreements[r.kind].length)) {
        console.log(`--- ${r.kind}: disagreements (first 40 of ${disagreements[r.kind].length}) ---\n${disagreements[r.kind].slice(0, 40).join('\n')}\n`);
      }
    }
    const failing = rows.filter((r) => r.precision < THRESHOLD || r.recall < THRESHOLD).map((r) => r.kind);
    expect(failing, `kinds below ${THRESHOLD} precision or recall`).toEqual([]);
  });
});
