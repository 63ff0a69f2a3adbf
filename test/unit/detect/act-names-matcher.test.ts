// The act-name matcher (atoms, matched without a regular expression) finds exactly what the one alternation of
// every alias found (act-names.reference.ts): the same patterns, and the same mentions on the seeds and on
// generated text full of near-misses.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACT_ALIASES } from '../../../src/core/detect/act-names';
import { actMentions, aliasSources } from '../../../src/core/detect/act-names';
import * as reference from './act-names.reference';

const seedDir = [resolve(__dirname, '../../fixtures/seeds'), resolve(__dirname, '../../../../shared/seeds')].find((d) => {
  try {
    return readdirSync(d).some((f) => f.endsWith('.txt'));
  } catch {
    return false;
  }
});

/** A small deterministic generator (mulberry32). */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Texts (with their bounds) where the two matchers differ. */
let differ: string[] = [];
function same(text: string, from: number, to: number): void {
  const a = JSON.stringify(actMentions(text, from, to));
  const b = JSON.stringify(reference.actMentions(text, from, to));
  if (a !== b && differ.length < 10) differ.push(`${JSON.stringify(text)} [${from}, ${to}): ${a} instead of ${b}`);
}

describe('act-name matcher', () => {
  beforeEach(() => {
    differ = [];
  });
  afterEach(() => {
    expect(differ).toEqual([]);
  });

  it('has the patterns of the regular expression it replaces, in the same order, with the same keys', () => {
    const { named, abbreviations } = aliasSources();
    expect(named).toEqual(reference.NAMED);
    expect(abbreviations).toEqual(reference.ABBREVIATIONS);
  });

  it('finds what the alternation found around every alias, with the text after it varied', () => {
    const after = ['', ' ', ' 1989', ', 1989', ' (2004)', ' (2004', ', (1998)', ' 2014x', 's', "'s", '’s', 'x', '-', '.', ' 1850', ', 2099', ' 1999)', 'ɓ', 'é', 'Ⱦ', '\u2C7E', 'ſ', 'İ'];
    const before = ['', 'x', ' ', '(', 'é', 'ɓ', '1', 'İ ', 'İ'];
    for (const a of ACT_ALIASES) {
      const forms = [a.alias, a.alias.toUpperCase(), a.alias.toLowerCase(), a.alias.replace(/’/g, "'"), a.alias.replace(/'/g, '’')];
      forms.push(a.alias.replace(/[,.-]/g, ''), a.alias.replace(/['’]s\b/g, ''), a.alias.replace(/['’]s\b/g, 's'), a.alias.replace(/ \d{4}$/, ''));
      // each optional character left out alone ("C.A 1989")
      for (let k = 0; k < a.alias.length; k++) if (",.-'’".includes(a.alias[k]!)) forms.push(a.alias.slice(0, k) + a.alias.slice(k + 1));
      for (const form of forms) {
        for (const f of after) same(`${form}${f}`, 0, form.length + f.length);
        for (const b of before) same(`${b}${form} `, 0, b.length + form.length + 1);
        const text = `see the ${form} and the ${form} (1989) here`;
        same(text, 0, text.length);
        same(text, 4, text.length - 3);
        same(text, 8, 8 + form.length - 1);
      }
    }
  }, 30_000); // every alias (the knowledge base and the wider table of UK Acts) times every context: slow on a shared machine

  it('finds what the alternation found in generated text made of alias pieces', () => {
    const rand = prng(20240611);
    const pieces = [...new Set(ACT_ALIASES.flatMap((a) => a.alias.split(/(?<=[ ,(-])/)))];
    const glue = [' ', '', ', ', ' (', ') ', "'s ", '’s ', '. ', '-', ' 1989 ', ' 2004', ' (2014) ', 'x', '\n', 'é', 'ɓ', 'İ', ' İ '];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const parts = 2 + Math.floor(rand() * 10);
      for (let k = 0; k < parts; k++) {
        let piece = pieces[Math.floor(rand() * pieces.length)]!;
        const r = rand();
        if (r < 0.1) piece = piece.toUpperCase();
        else if (r < 0.2) piece = piece.toLowerCase();
        text += piece + (rand() < 0.5 ? '' : glue[Math.floor(rand() * glue.length)]!);
      }
      const from = Math.floor(rand() * 4);
      same(text, Math.min(from, text.length), text.length - Math.floor(rand() * 3) > from ? text.length - Math.floor(rand() * 3) : text.length);
    }
  });

  it.skipIf(!seedDir)('finds what the alternation found in windows of the seeds', () => {
    for (const f of readdirSync(seedDir!).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join(seedDir!, f), 'utf8');
      for (let at = 0; at < text.length; at += 97) {
        same(text, at, Math.min(text.length, at + 120));
        same(text, Math.max(0, at - 80), at);
      }
    }
  });
});
