// The letter set: fictional letters written for this test, each with the pairings and verdicts a careful reader works
// out by hand (with the bank holiday lists), in test/fixtures/letters/{tuning,held-out}/NAME.expected.json. The
// held-out letters were written after the reader was tuned and are never tuned on; their figures are printed apart.
// Round 1 (h01-h10, scored once: precision 0.889, recall 0.615 on 13 pairings) then joined the tuning letters. Round 2
// (x01-x14) scored once at precision 1.000, recall 0.533 on 15 pairings; after the reader was generalised (tables by
// rows and cells, receiving verbs, "contact about", enclosing in any order; tuned on the new y01-y12, not on x) it scored
// once at precision 1.000, recall 0.800, and then joined the tuning letters. Round 3 (r01-r10, written after that
// tuning, scored once: precision 1.000, recall 0.667 on 12 pairings, every verdict of a found pairing right) was then
// tuned on by class (subject, verb and object in any order, "|" tables with any padding, the letter as the response in
// many wordings, requests to escalate, participles that bind a date to their own noun) and joined the tuning letters.
// Round 4 (w01-w14: 14 letters, 21 pairings, labelled by hand and committed before its scoring run) scored once at
// precision 0.933, recall 0.667 (14 of 21; one extra: a booked conference cancelled in the next sentence). The reader
// was then generalised on the classes behind its misses, with new sentences in letter.test.ts, not its letters: a
// referral named by its sender, negation inside what someone complained about, "by" in a table label as the agent, a
// bare "second review", a thing named after its date, "it" across sentences, "this letter gives you" and "we can now
// give you" the answer; after that it scored precision 1.000, recall 1.000, and joined the tuning letters. Round 5
// (v01-v12: 12 letters, 17 pairings, labelled by hand and committed before its one scoring run, after the last change
// to the reader) scored once at precision 1.000, recall 0.647 (11 of 17), every verdict of a found pairing right, every
// letter date right. The reader was then generalised by concept (lexicons of synonyms: senders and verbs of getting in
// touch with the council, the file asked for, the words of a move, "that conference" across paragraphs, where the letter
// says its answer is), after which round 5 scored 1.000/1.000 and joined the tuning letters. Round 6 (u01-u12: 12
// letters, 19 pairings, labelled by hand and committed before its one scoring run, after the last change to the reader)
// scored once at precision 1.000, recall 0.684 (13 of 19), every verdict of a found pairing right, every letter date
// right; the reader was then generalised on its misses' classes (a state begun "since" a date, "we first heard about
// your family", "transfer conference", a move told by phone, a bare "Decision made:" in a letter about a referral,
// records in a secure folder or link), after which round 6 scored 1.000/1.000 and joined the tuning letters. Round 7
// (t01-t12: 12 letters, 13 pairings, labelled by hand and committed before its one scoring run, after the last change
// to the reader) is the held-out set now: scored once at precision 1.000, recall 0.692 (9 of 13), every letter date
// right; 8 of 9 verdicts matched the labels, the ninth was a labelling error (t06: the SAR's move to a working day
// applied to a review conference's calendar months), corrected after the run.
//
// A pairing is rule + from + met, counted where both dates are in the letter (open pairings are not counted).
// The letters go through readLetterFile and checkLetter: the code the `letter` command runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLetterFile } from '../../../src/cli/letter';
import { checkLetter, type LetterCheck } from '../../../src/core/letter/index';
import type { NationId, Profile } from '../../../src/core/deadlines';

interface ExpectedPairing {
  rule: string;
  from: string;
  met: string;
  status: string;
  lateBy: number;
  working: string;
}
interface Expected {
  today: string;
  nation: NationId;
  profile?: Profile;
  letterDate: string | null;
  pairings: ExpectedPairing[];
}

const ROOT = 'test/fixtures/letters';
const SETS = ['tuning', 'held-out'] as const;

function letters(set: string): { name: string; file: string; expected: Expected }[] {
  const dir = join(ROOT, set);
  return readdirSync(dir)
    .filter((f) => !f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f, file: join(dir, f), expected: JSON.parse(readFileSync(join(dir, f.replace(/\.\w+$/, '.expected.json')), 'utf8')) as Expected }));
}

interface Score {
  letters: number;
  truePositives: number;
  found: number;
  expected: number;
  verdictsRight: number;
  letterDatesRight: number;
  misses: string[];
}

async function score(set: string): Promise<Score> {
  const s: Score = { letters: 0, truePositives: 0, found: 0, expected: 0, verdictsRight: 0, letterDatesRight: 0, misses: [] };
  for (const { name, file, expected } of letters(set)) {
    const text = await readLetterFile(file);
    const check: LetterCheck = checkLetter(text, { today: expected.today, nation: expected.nation, profile: expected.profile ?? 'national' });
    s.letters++;
    if (check.letterDate === expected.letterDate) s.letterDatesRight++;
    else s.misses.push(`${name}: letter date ${check.letterDate}, expected ${expected.letterDate}`);
    const found = check.pairings.filter((p) => p.met);
    s.found += found.length;
    s.expected += expected.pairings.length;
    for (const p of found) {
      const want = expected.pairings.find((e) => e.rule === p.rule && e.from === p.trigger.iso && e.met === p.met!.iso);
      if (!want) {
        s.misses.push(`${name}: extra ${p.rule} ${p.trigger.iso} -> ${p.met!.iso}`);
        continue;
      }
      s.truePositives++;
      if (p.verdict.status === want.status && p.verdict.lateBy === want.lateBy) s.verdictsRight++;
      else s.misses.push(`${name}: ${p.rule} verdict ${p.verdict.status}/${p.verdict.lateBy}, expected ${want.status}/${want.lateBy}`);
    }
    for (const e of expected.pairings) {
      if (!found.some((p) => p.rule === e.rule && p.trigger.iso === e.from && p.met!.iso === e.met)) s.misses.push(`${name}: missed ${e.rule} ${e.from} -> ${e.met}`);
    }
  }
  return s;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

describe('the letter set', () => {
  it('has at least 40 letters, a quarter of them written as held-out rounds, the current round at least 10', () => {
    const tuning = letters('tuning');
    const heldOut = letters('held-out');
    expect(tuning.length + heldOut.length).toBeGreaterThanOrEqual(40);
    expect(heldOut.length).toBeGreaterThanOrEqual(10);
    expect(heldOut.reduce((n, l) => n + l.expected.pairings.length, 0)).toBeGreaterThanOrEqual(12);
    // Earlier held-out rounds (h01-h10, x01-x14, r01-r10, w01-w14, v01-v12, u01-u12) were each scored once before they joined the tuning letters.
    const writtenHeldOut = heldOut.length + tuning.filter((l) => /^[hxrwvu]\d\d-/.test(l.name)).length;
    expect(writtenHeldOut * 4).toBeGreaterThanOrEqual(tuning.length + heldOut.length);
  });

  it('pairs dates with precision and recall of at least 0.95, and every verdict of a found pairing is right', async () => {
    const scores = Object.fromEntries(await Promise.all(SETS.map(async (set) => [set, await score(set)] as const))) as Record<(typeof SETS)[number], Score>;
    for (const set of SETS) {
      const s = scores[set];
      console.log(
        `letter set, ${set}: ${s.letters} letters, ${s.expected} pairings expected, ${s.found} found, ` +
          `precision ${ratio(s.truePositives, s.found).toFixed(3)}, recall ${ratio(s.truePositives, s.expected).toFixed(3)}, ` +
          `verdicts right ${s.verdictsRight}/${s.truePositives}, letter dates right ${s.letterDatesRight}/${s.letters}` +
          (s.misses.length ? `\n  ${s.misses.join('\n  ')}` : ''),
      );
    }
    // The threshold holds on the tuning letters; the held-out letters' figures are reported (README, closing note),
    // not tuned to. Every verdict of a found pairing must be right in both.
    const tuning = scores.tuning;
    expect(ratio(tuning.truePositives, tuning.found)).toBeGreaterThanOrEqual(0.95);
    expect(ratio(tuning.truePositives, tuning.expected)).toBeGreaterThanOrEqual(0.95);
    for (const set of SETS) expect(scores[set].verdictsRight).toBe(scores[set].truePositives);
  }, 120_000);
});
