// The detector on real-style text (issue 19): the development set written in the styles of real documents
// (test/fixtures/real-style/dev), its held-out part written last and never used for tuning
// (test/fixtures/real-style/heldout), and the seeds' hand labels. Per kind: precision, recall, F1 and wrong
// values among the spans both found. REAL_STYLE_VERBOSE=1 prints every disagreement.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/core/detect/index';
import { TERM_IDS } from '../../../src/core/knowledge/term-ids';
import { KINDS, failures, realStyle, score, seedLabels, table, type KindScore, type LabelledText } from '../../score/detector-score';

const dev = realStyle('dev');
const heldout = realStyle('heldout');
const seeds = seedLabels();

/**
 * What each part reaches today, below the issue's bar where it is not met yet (see failures() for the bar):
 * a floor that catches regressions. Raise it as the detector improves; never lower it to pass.
 */
const FLOOR: Record<string, Partial<Record<'section' | 'duration' | 'date' | 'term', { f1?: number; recall?: number; precision?: number }>>> = {
  dev: { section: { f1: 0.99 }, duration: { f1: 0.98 }, date: { f1: 0.97 }, term: { recall: 0.95, precision: 0.95 } },
  // The held-out part written in session 9 (the one before it is now part of dev): scored once, section F1 0.878.
  heldout: { section: { f1: 0.85 }, duration: { f1: 0.98 }, date: { f1: 0.97 }, term: { recall: 0.95, precision: 0.9 } },
  seeds: { section: { f1: 0.95 }, duration: { f1: 0.95 }, date: { f1: 0.97 }, term: { recall: 0.95, precision: 0.95 } },
};

function report(name: string, docs: LabelledText[]): KindScore[] {
  const r = score(docs, scan);
  const bar = failures(r.rows);
  console.log(`\n${table(`${name}: ${docs.length} documents, ${docs.reduce((n, d) => n + d.labels.length, 0)} labels`, r.rows)}\n${bar.length ? `below the issue's bar: ${bar.join('; ')}` : "meets the issue's bar"}`);
  if (process.env.REAL_STYLE_VERBOSE) for (const k of KINDS) if (r.disagreements[k].length) console.log(`--- ${name} ${k}\n${r.disagreements[k].join('\n')}`);
  return r.rows;
}

function checkFloor(part: string, rows: KindScore[]): void {
  for (const row of rows) {
    const f = FLOOR[part]![row.kind];
    if (!f) continue;
    if (f.f1 !== undefined) expect(row.f1, `${part} ${row.kind} F1`).toBeGreaterThanOrEqual(f.f1);
    if (f.recall !== undefined) expect(row.recall, `${part} ${row.kind} recall`).toBeGreaterThanOrEqual(f.recall);
    if (f.precision !== undefined) expect(row.precision, `${part} ${row.kind} precision`).toBeGreaterThanOrEqual(f.precision);
  }
  // Dates: never a wrong value, on any part.
  expect(rows.find((r) => r.kind === 'date')!.wrong, `${part}: dates read with a wrong value`).toBe(0);
}

describe('real-style development set: the labels', () => {
  const ids = new Set<string>(Object.values(TERM_IDS));
  it('has at least 25 documents, a held-out fifth of them, and every kind labelled many times', () => {
    expect(dev.length + heldout.length).toBeGreaterThanOrEqual(25);
    expect(heldout.length * 5).toBeGreaterThanOrEqual(dev.length + heldout.length);
    for (const kind of KINDS) expect(dev.flatMap((d) => d.labels).filter((l) => l.kind === kind).length, kind).toBeGreaterThan(50);
  });

  it('labels are well formed: known term ids, no overlap within a kind', () => {
    const problems: string[] = [];
    for (const doc of [...dev, ...heldout]) {
      for (const l of doc.labels) if (l.kind === 'term' && !ids.has(l.value.id as string)) problems.push(`${doc.name}: unknown term id ${String(l.value.id)}`);
      for (const kind of KINDS) {
        const list = doc.labels.filter((l) => l.kind === kind);
        list.forEach((l, i) => {
          const prev = list[i - 1];
          if (prev && l.start < prev.end) problems.push(`${doc.name}: overlapping ${kind} ${JSON.stringify(prev.text)} / ${JSON.stringify(l.text)}`);
        });
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('detector on real-style text and on the seeds', () => {
  it('development set (tuning part)', () => checkFloor('dev', report('development set', dev)));
  it('held-out part (written last, not tuned on)', () => checkFloor('heldout', report('held-out part', heldout)));
  it('all of it', () => {
    report('all real-style documents', [...dev, ...heldout]);
  });
  it.skipIf(seeds.length === 0)("seeds' labels", () => checkFloor('seeds', report("seeds' labels", seeds)));
});
