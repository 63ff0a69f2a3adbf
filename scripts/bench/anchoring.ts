// Re-anchoring benchmark (issue 8): 200 passages chosen at random (seeded) from the seeds, the
// documents edited four ways, each passage re-anchored; plus 1,000 passages on one page.
// Run: npm run bench -- anchoring
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { anchor, anchorMany, describe } from '../../src/core/anchoring/index.ts';
import type { AnchorResult, Selectors } from '../../src/core/anchoring/index.ts';

const SEEDS_DIR = process.env.CARELENS_SEEDS ?? join(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');

/** mulberry32: small, seeded, good enough to pick passages. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function loadSeeds(dir = SEEDS_DIR): { name: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
}

interface Passage {
  doc: number;
  start: number;
  end: number;
  selectors: Selectors;
}

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/** Apply non-overlapping edits and map each passage to its new range (undefined when deleted). */
function applyEdits(text: string, edits: Edit[], ranges: { start: number; end: number }[]): {
  text: string;
  ranges: ({ start: number; end: number } | undefined)[];
} {
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  let out = '';
  let last = 0;
  for (const e of sorted) {
    out += text.slice(last, e.at) + e.insert;
    last = e.at + e.remove;
  }
  out += text.slice(last);
  const map = (p: number, isEnd: boolean): number => {
    let delta = 0;
    for (const e of sorted) {
      if (e.at + e.remove < p || (e.at + e.remove === p && (e.remove > 0 || !isEnd ? true : false) && e.at < p)) {
        delta += e.insert.length - e.remove;
      } else if (e.at === p && e.remove === 0 && !isEnd) {
        delta += e.insert.length; // insertion right before the passage start
      }
    }
    return p + delta;
  };
  return {
    text: out,
    ranges: ranges.map((r) => {
      const deleted = sorted.some((e) => e.remove > 0 && e.at <= r.start && e.at + e.remove >= r.end);
      if (deleted) return undefined;
      return { start: map(r.start, false), end: map(r.end, true) };
    }),
  };
}

const WORD = /[A-Za-z]+/g;

function pickPassages(docs: { text: string }[], n: number, rand: () => number): Passage[] {
  const total = docs.reduce((s, d) => s + d.text.length, 0);
  const taken: { start: number; end: number }[][] = docs.map(() => []);
  const out: Passage[] = [];
  let guard = 0;
  while (out.length < n && guard++ < n * 100) {
    let r = rand() * total;
    let doc = 0;
    while (r > docs[doc]!.text.length) r -= docs[doc++]!.text.length;
    const text = docs[doc]!.text;
    // Start at a word, 3 to 40 words long, never across a blank line.
    let start = Math.floor(r);
    while (start > 0 && /\w/.test(text[start - 1]!)) start--;
    if (!/\w/.test(text[start] ?? '')) continue;
    const words = 3 + Math.floor(rand() * 38);
    let end = start;
    let count = 0;
    WORD.lastIndex = start;
    let m: RegExpExecArray | null;
    while (count < words && (m = WORD.exec(text))) {
      end = m.index + m[0].length;
      count++;
    }
    if (count < 3 || text.slice(start, end).includes('\n\n')) continue;
    // Leave a gap of 40 characters between passages so edits around one never touch another.
    if (taken[doc]!.some((t) => start < t.end + 40 && t.start < end + 40)) continue;
    taken[doc]!.push({ start, end });
    out.push({ doc, start, end, selectors: describe(text, start, end) });
  }
  return out;
}

type Kind = 'unchanged' | 'changed' | 'deleted';

interface Scenario {
  name: string;
  texts: string[];
  truth: ({ start: number; end: number } | undefined)[];
  kind: Kind[];
}

function inPassage(p: number, q: number, passages: Passage[], doc: number, margin = 0): boolean {
  return passages.some((x) => x.doc === doc && p < x.end + margin && x.start - margin < q);
}

function buildScenarios(docs: { text: string }[], passages: Passage[], rand: () => number): Scenario[] {
  const scenarios: Scenario[] = [];
  const perDoc = (fn: (doc: number, text: string, mine: Passage[]) => { edits: Edit[]; kind: Map<Passage, Kind> }, name: string) => {
    const texts: string[] = [];
    const truth: Scenario['truth'] = new Array(passages.length);
    const kind: Kind[] = new Array(passages.length).fill('unchanged');
    docs.forEach((d, doc) => {
      const mine = passages.filter((p) => p.doc === doc);
      const { edits, kind: k } = fn(doc, d.text, mine);
      const res = applyEdits(d.text, edits, mine);
      texts.push(res.text);
      mine.forEach((p, i) => {
        const idx = passages.indexOf(p);
        truth[idx] = res.ranges[i];
        kind[idx] = k.get(p) ?? 'unchanged';
      });
    });
    scenarios.push({ name, texts, truth, kind });
  };

  // Paragraphs from the other documents, to be realistic about vocabulary.
  const paragraphsOf = docs.map((d) => d.text.split(/\n\s*\n/).map((s) => s.trim()).filter((s) => s.length > 80 && s.length < 1500));
  perDoc((doc, text, mine) => {
    const paragraphs = paragraphsOf.filter((_, i) => i !== doc).flat();
    const edits: Edit[] = [];
    const breaks = [...text.matchAll(/\n/g)].map((m) => m.index! + 1).filter((b) => !inPassage(b, b, mine, doc, 1));
    const n = 3 + Math.floor(rand() * 4);
    for (let i = 0; i < n && breaks.length; i++) {
      const at = i === 0 ? 0 : breaks[Math.floor(rand() * breaks.length)]!;
      if (edits.some((e) => e.at === at)) continue;
      edits.push({ at, remove: 0, insert: paragraphs[Math.floor(rand() * paragraphs.length)]! + '\n\n' });
    }
    return { edits, kind: new Map() };
  }, 'paragraphs inserted');

  const vocab = [...new Set(docs.flatMap((d) => d.text.match(WORD) ?? []))];
  perDoc((doc, text, mine) => {
    const edits: Edit[] = [];
    const words = [...text.matchAll(WORD)];
    words.forEach((m, i) => {
      const s = m.index!;
      const e = s + m[0].length;
      if (inPassage(s, e, mine, doc)) return;
      // The word touching a passage is changed half the time; other words one time in ten.
      const next = words[i + 1];
      const prev = words[i - 1];
      const touches =
        (next && mine.some((p) => p.start === next.index)) ||
        (prev && mine.some((p) => p.end === prev.index! + prev[0].length)) ||
        mine.some((p) => p.end <= s && s - p.end < 3) ||
        mine.some((p) => e <= p.start && p.start - e < 3);
      if (rand() < (touches ? 0.5 : 0.1)) {
        edits.push({ at: s, remove: e - s, insert: vocab[Math.floor(rand() * vocab.length)]! });
      }
    });
    return { edits, kind: new Map() };
  }, 'words changed outside');

  perDoc((_doc, text, mine) => {
    const edits: Edit[] = [];
    const kind = new Map<Passage, Kind>();
    for (const p of mine) {
      if (rand() < 0.5) continue;
      const at = p.start + Math.floor(rand() * (p.end - p.start));
      const old = text[at]!;
      let c = old;
      while (c === old) c = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rand() * 26)]!;
      edits.push({ at, remove: 1, insert: c });
      kind.set(p, 'changed');
    }
    return { edits, kind };
  }, 'one character changed inside');

  perDoc((_doc, _text, mine) => {
    const edits: Edit[] = [];
    const kind = new Map<Passage, Kind>();
    for (const p of mine) {
      if (rand() < 0.5) continue;
      edits.push({ at: p.start, remove: p.end - p.start, insert: '' });
      kind.set(p, 'deleted');
    }
    return { edits, kind };
  }, 'passages deleted');
  return scenarios;
}

type Outcome = 'correct' | 'flagged' | 'wrong' | 'orphaned';

function classify(r: AnchorResult, truth: { start: number; end: number } | undefined, kind: Kind): Outcome {
  if (r.status === 'orphan') return 'orphaned';
  if (r.status === 'fuzzy') return 'flagged';
  if (!truth || kind !== 'unchanged') return 'wrong'; // placed as if unchanged, but it changed or is gone
  return r.start === truth.start && r.end === truth.end ? 'correct' : 'wrong';
}

export interface BenchReport {
  rows: { edit: string; kind: Kind; n: number; correct: number; flagged: number; flaggedInPlace: number; wrong: number; orphaned: number; usPerAnchor: number }[];
  manyMs: { unchanged: number; shifted: number; scattered: number };
  wrongSamples: string[];
}

export function measure(seed = 8): BenchReport {
  const rand = prng(seed);
  const docs = loadSeeds();
  const passages = pickPassages(docs, 200, rand);
  const scenarios = buildScenarios(docs, passages, rand);
  const rows: BenchReport['rows'] = [];
  const wrongSamples: string[] = [];
  for (const sc of scenarios) {
    const tallies = new Map<Kind, BenchReport['rows'][number]>();
    const t0 = performance.now();
    const results = passages.map((p) => anchor(sc.texts[p.doc]!, p.selectors));
    const us = ((performance.now() - t0) * 1000) / passages.length;
    results.forEach((r, i) => {
      const kind = sc.kind[i]!;
      let row = tallies.get(kind);
      if (!row) {
        row = { edit: sc.name, kind, n: 0, correct: 0, flagged: 0, flaggedInPlace: 0, wrong: 0, orphaned: 0, usPerAnchor: us };
        tallies.set(kind, row);
      }
      row.n++;
      const truth = sc.truth[i];
      const o = classify(r, truth, kind);
      row[o]++;
      if (o === 'flagged' && truth && r.start! < truth.end && truth.start < r.end!) row.flaggedInPlace++;
      if (process.env.BENCH_VERBOSE && o !== 'correct' && !(kind === 'deleted' && o === 'orphaned') && !(kind === 'changed' && o === 'flagged')) {
        console.log(`  ${sc.name}/${kind}/${o}: ${JSON.stringify(passages[i]!.selectors.quote)} -> ${JSON.stringify(r)} truth ${JSON.stringify(truth)} now ${JSON.stringify(truth ? sc.texts[passages[i]!.doc]!.slice(truth.start - 32, truth.end + 32) : '')}`);
      }
      if (o === 'wrong' && wrongSamples.length < 10) {
        wrongSamples.push(`${sc.name}/${kind}: ${JSON.stringify(passages[i]!.selectors.quote.exact.slice(0, 60))} -> ${JSON.stringify(r)} truth ${JSON.stringify(truth)}`);
      }
    });
    for (const k of ['unchanged', 'changed', 'deleted'] as Kind[]) {
      const row = tallies.get(k);
      if (row) rows.push(row);
    }
  }

  // 1,000 saved passages on one page: all seeds as one page.
  const page = docs.map((d) => d.text).join('\n\n');
  const pageRand = prng(seed + 1);
  const many: Selectors[] = [];
  while (many.length < 1000) {
    let s = Math.floor(pageRand() * (page.length - 400));
    while (s > 0 && /\w/.test(page[s - 1]!)) s--;
    const len = 15 + Math.floor(pageRand() * 200);
    many.push(describe(page, s, Math.min(page.length, s + len)));
  }
  const shifted = paragraphsOnTop(page, docs);
  const time = (text: string): number => {
    anchorMany(text, many); // warm-up
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      anchorMany(text, many);
      runs.push(performance.now() - t);
    }
    return runs.sort((a, b) => a - b)[2]!;
  };
  // Scattered edits: a paragraph inserted at 20 places, so the shift differs along the page.
  let scattered = page;
  for (let i = 0; i < 20; i++) {
    const at = scattered.indexOf('\n', Math.floor(pageRand() * scattered.length));
    if (at > 0) scattered = scattered.slice(0, at + 1) + 'An inserted paragraph, number ' + i + ', about something else entirely.\n' + scattered.slice(at + 1);
  }
  return { rows, manyMs: { unchanged: time(page), shifted: time(shifted), scattered: time(scattered) }, wrongSamples };
}

function paragraphsOnTop(page: string, docs: { text: string }[]): string {
  return docs[2]!.text.slice(0, 2000) + '\n\n' + page;
}

export async function run(): Promise<void> {
  const rep = measure(Number(process.env.BENCH_SEED ?? 8));
  const pct = (a: number, n: number) => (n ? ((100 * a) / n).toFixed(1) + '%' : '-');
  console.log('200 passages from the seeds; statuses after each edit (flagged = "moved, please confirm")');
  console.log('edit                          passages    n  correct  flagged(in place)  wrong-unflagged  orphaned  µs/anchor');
  for (const r of rep.rows) {
    console.log(
      `${r.edit.padEnd(30)}${r.kind.padEnd(10)}${String(r.n).padStart(4)}  ${String(r.correct).padStart(7)}  ${`${r.flagged}(${r.flaggedInPlace})`.padStart(16)}  ${String(r.wrong).padStart(15)}  ${String(r.orphaned).padStart(8)}  ${r.usPerAnchor.toFixed(0).padStart(9)}`,
    );
  }
  for (const s of rep.wrongSamples) console.log('  wrong: ' + s);
  console.log(`1,000 passages on one page (${'~197 KB'}): ${rep.manyMs.unchanged.toFixed(1)} ms unchanged, ${rep.manyMs.shifted.toFixed(1)} ms after paragraphs inserted above, ${rep.manyMs.scattered.toFixed(1)} ms after paragraphs inserted at 20 places (median of 5)`);

  const wrong = rep.rows.reduce((s, r) => s + r.wrong, 0);
  const unchanged = rep.rows.filter((r) => r.kind === 'unchanged');
  const worstCorrect = Math.min(...unchanged.map((r) => r.correct / r.n));
  const worstMany = Math.max(rep.manyMs.unchanged, rep.manyMs.shifted, rep.manyMs.scattered);
  const targets: [string, boolean, string][] = [
    ['wrong-but-not-flagged is 0 in every edit', wrong === 0, `${wrong}`],
    ['correct >= 99% where the passage is unchanged', worstCorrect >= 0.99, `worst ${pct(worstCorrect * 1000, 1000)}`],
    ['1,000 passages re-anchor within 200 ms', worstMany <= 200, `worst ${worstMany.toFixed(1)} ms`],
  ];
  for (const [name, ok, value] of targets) console.log(`target ${ok ? 'MET    ' : 'NOT MET'} ${name} (${value})`);
}
