// A few letters through the `letter` command itself: its JSON is the checkLetter the letter set is scored on, a PDF
// of a letter gives the same pairings as its text, and bad input gets one line and exit code 2.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { npmRun } from '../npm-run';
import { letterPdf } from '../../fixtures/pdfs';

const dir = mkdtempSync(join(tmpdir(), 'carelens-letter-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const letterCli = (...args: string[]) => npmRun('letter', ...args);

type Json = {
  file: string;
  letterDate: string | null;
  dates: { iso: string; text: string; start: number; end: number; event: string | null; tense: string; negated: boolean }[];
  pairings: { rule: string; from: string; met: string | null; due: string | null; status: string; lateBy: number | null }[];
};
const TUNING = 'test/fixtures/letters/tuning';
const expectedOf = (name: string) => JSON.parse(readFileSync(join(TUNING, `${name}.expected.json`), 'utf8'));
const metPairings = (j: Json) => j.pairings.filter((p) => p.met).map(({ rule, from, met, status, lateBy }) => ({ rule, from, met, status, lateBy }));

describe('the letter command', () => {
  it('prints one JSON object with the letter date, the dates and the hand-worked pairings (a wrapped text letter)', async () => {
    const e = expectedOf('01-icpc-late-easter');
    const file = join(TUNING, '01-icpc-late-easter.txt');
    const out = await letterCli('--json', '--today', e.today, file);
    expect(out.code).toBe(0);
    expect(out.stdout.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse(out.stdout) as Json;
    expect(Object.keys(json)).toEqual(['file', 'letterDate', 'dates', 'pairings']);
    expect(json.letterDate).toBe('2026-04-24');
    const text = readFileSync(file, 'utf8');
    for (const d of json.dates) expect(text.slice(d.start, d.end).replace(/\s+/g, ' ')).toBe(d.text.replace(/\s+/g, ' '));
    expect(json.dates.find((d) => d.iso === '2026-03-27')).toMatchObject({ event: 'strategy-discussion-held', tense: 'past', negated: false });
    expect(metPairings(json)).toEqual(e.pairings.map(({ rule, from, met, status, lateBy }: Json['pairings'][number]) => ({ rule, from, met, status, lateBy })));
    expect(json.pairings.find((p) => p.rule === 'icpc-15wd')).toMatchObject({ due: '2026-04-21' });
  }, 60_000);

  it('gives the same pairings for the letter as a PDF (wrapped by the page) and the Scottish SAR under Scottish holidays', async () => {
    const e = expectedOf('01-icpc-late-easter');
    const pdf = join(dir, 'letter.pdf');
    writeFileSync(pdf, await letterPdf(readFileSync(join(TUNING, '01-icpc-late-easter.txt'), 'utf8'), 'Letter'));
    const fromPdf = JSON.parse((await letterCli('--json', '--today', e.today, pdf)).stdout) as Json;
    expect(fromPdf.letterDate).toBe('2026-04-24');
    expect(metPairings(fromPdf)).toEqual(e.pairings.map(({ rule, from, met, status, lateBy }: Json['pairings'][number]) => ({ rule, from, met, status, lateBy })));

    const scot = expectedOf('02-scotland-sar-late');
    const out = JSON.parse((await letterCli('--json', '--nation', 'scotland', '--today', scot.today, join(TUNING, '02-scotland-sar-late.txt'))).stdout) as Json;
    expect(metPairings(out)).toEqual([{ rule: 'sar-1-month', from: '2026-03-03', met: '2026-04-07', status: 'late', lateBy: 1 }]);
  }, 90_000);

  it('reads an html letter and prints a plain report without --json', async () => {
    const out = await letterCli('--today', '2026-03-30', join(TUNING, '07-transfer-in.html'));
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('This letter is dated Friday 27 March 2026.');
    expect(out.stdout).toMatch(/Late by 1 working day/);
  }, 60_000);

  it('answers bad input with one clear line and exit code 2', async () => {
    const missing = await letterCli('--json', join(dir, 'no-such-letter.txt'));
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/no-such-letter\.txt: cannot read/);

    const notPdf = join(dir, 'broken.pdf');
    writeFileSync(notPdf, 'this is not a PDF at all');
    const unreadable = await letterCli(notPdf);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr.trim().split('\n')).toHaveLength(1);

    const nation = await letterCli('--nation', 'wales', join(TUNING, '01-icpc-late-easter.txt'));
    expect(nation.code).toBe(2);
    expect(nation.stderr.trim().split('\n')).toHaveLength(1);
    expect(nation.stderr).toContain('unknown nation "wales"');
  }, 90_000);
});
