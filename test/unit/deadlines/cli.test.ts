// The `deadline` command, spawned as a user would run it.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function deadline(...args: string[]): Promise<Result> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'src/cli/main.ts', 'deadline', ...args], { cwd: process.cwd() }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const T = 120_000;

describe.concurrent('deadline command', () => {
  it('prints the due date, the working and the source', async () => {
    const r = await deadline('--rule', 'icpc-15wd', '--from', '2026-03-27');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Due: Tuesday 21 April 2026 \(2026-04-21\)/);
    expect(r.stdout).toMatch(/Good Friday/);
    expect(r.stdout).toMatch(/Easter Monday/);
    expect(r.stdout).toMatch(/Source: Working Together/);
  }, T);

  it('--json gives the answer as data', async () => {
    const r = await deadline('--rule', 'icpc-15wd', '--from', '2026-03-27', '--nation', 'scotland', '--json');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a).toMatchObject({ rule: 'icpc-15wd', from: '2026-03-27', nation: 'scotland', due: '2026-04-20' });
    expect(a.caveats.join(' ')).toMatch(/Scotland/);
  }, T);

  it('--chain prints everything that follows', async () => {
    const r = await deadline('--rule', 'strategy-discussion-held', '--from', '2026-03-27', '--chain');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Initial child protection conference: by Tuesday 21 April 2026/);
    expect(r.stdout).toMatch(/First core group meeting: by Wednesday 6 May 2026/);
    expect(r.stdout).toMatch(/First review child protection conference: by Tuesday 21 July 2026/);
    expect(r.stdout).toMatch(/Thursday 21 January 2027/);
  }, T);

  it('--check says on time or late', async () => {
    const late = await deadline('--rule', 'icpc-15wd', '--from', '2026-03-27', '--check', '2026-04-23');
    expect(late.code).toBe(0);
    expect(late.stdout).toMatch(/^LATE/);
    expect(late.stdout).toMatch(/Late by 2 working days/);
    const ok = await deadline('--rule', 'icpc-15wd', '--from', '2026-03-27', '--check', '2026-04-20', '--json');
    expect(JSON.parse(ok.stdout)).toMatchObject({ onTime: true, lateBy: 0, due: '2026-04-21' });
  }, T);

  it('--progress says which working day today is', async () => {
    const r = await deadline('--rule', 'icpc-15wd', '--from', '2026-03-27', '--progress', '2026-04-14');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/working day 10 of 15/);
  }, T);

  it('--json --batch answers each item in order, with errors per item', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carelens-deadline-'));
    const file = join(dir, 'batch.json');
    writeFileSync(
      file,
      JSON.stringify([
        { rule: 'icpc-15wd', from: '2026-03-27' },
        { rule: 'no-such-rule', from: '2026-03-27' },
        { rule: 'icpc-15wd', from: '2023-02-29' },
        { rule: 'core-group-first', from: '2026-11-23', nation: 'scotland' },
        { rule: 'see-child', from: '2026-03-27' },
        { rule: 'icpc-15wd', from: '2046-01-10' },
        { rule: 'sar-1-month', from: '2026-01-31', nation: 'northern-ireland' },
      ]),
    );
    const r = await deadline('--json', '--batch', file);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(out).toHaveLength(7);
    expect(out[0]).toMatchObject({ rule: 'icpc-15wd', from: '2026-03-27', nation: 'england-and-wales', due: '2026-04-21' });
    expect(out[1]).toMatchObject({ rule: 'no-such-rule', due: null });
    expect(out[1]!.error).toMatch(/Unknown rule/);
    expect(out[2]!.error).toMatch(/not a real date/);
    expect(out[3]).toMatchObject({ nation: 'scotland', due: '2026-12-08' });
    expect(out[4]!.error).toMatch(/no fixed figure/);
    expect(out[5]!.error).toMatch(/outside the years/);
    expect(out[6]).toMatchObject({ nation: 'northern-ireland', due: '2026-03-02' });
  }, T);

  it('errors: unknown rule, impossible date, no fixed figure, beyond the table', async () => {
    const cases: [string[], RegExp][] = [
      [['--rule', 'icpc-15', '--from', '2026-03-27'], /Unknown rule id "icpc-15"/],
      [['--rule', 'icpc-15wd', '--from', '2023-02-29'], /not a real date: February 2023 has 28 days/],
      [['--rule', 'see-child', '--from', '2026-03-27'], /no fixed figure/],
      [['--rule', 'icpc-15wd', '--from', '2047-03-01'], /outside the years the bank holiday table covers/],
      [['--rule', 'icpc-15wd', '--from', '2026-03-27', '--nation', 'wales'], /Unknown nation/],
    ];
    const results = await Promise.all(cases.map(([args]) => deadline(...args)));
    results.forEach((r, i) => {
      expect(r.code, cases[i]![0].join(' ')).not.toBe(0);
      expect(r.stderr).toMatch(cases[i]![1]);
    });
  }, T);

  it('missing arguments: usage and exit 2', async () => {
    const r = await deadline('--rule', 'icpc-15wd');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  }, T);
});
