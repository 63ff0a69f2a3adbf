// The scan command, run as a user would: npx tsx src/cli/main.ts scan [--json] FILE...
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtures = join(repo, 'test/fixtures/detect');

function cli(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'scan', ...args], { cwd: repo, encoding: 'utf8', timeout: 60_000 });
  // npx may print its own configuration warnings on stderr; keep only ours.
  const err = r.stderr
    .split('\n')
    .filter((l) => l && !l.startsWith('npm warn'))
    .join('\n');
  return { code: r.status, out: r.stdout, err };
}

const tmp = mkdtempSync(join(tmpdir(), 'carelens-scan-'));

describe('carelens scan', { timeout: 120_000 }, () => {
  it('--json on a .txt file: one JSON object per file with entities', () => {
    const file = join(tmp, 'letter.txt');
    writeFileSync(file, 'On 3 March 2026 a section 47 enquiry began. The ICPC must be within 15 working days.\n');
    const { code, out, err } = cli('--json', file);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const doc = JSON.parse(lines[0]!) as { file: string; entities: { kind: string; start: number; end: number; text: string; value: Record<string, unknown> }[] };
    expect(doc.file).toBe(file);
    const text = 'On 3 March 2026 a section 47 enquiry began. The ICPC must be within 15 working days.\n';
    for (const e of doc.entities) {
      expect(Object.keys(e)).toEqual(['kind', 'start', 'end', 'text', 'value']);
      expect(text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(doc.entities).toContainEqual({ kind: 'date', start: 3, end: 15, text: '3 March 2026', value: { iso: '2026-03-03' } });
    expect(doc.entities.find((e) => e.kind === 'section')?.value).toMatchObject({ act: 'Children Act 1989', section: '47' });
    expect(doc.entities.find((e) => e.kind === 'duration')?.value).toMatchObject({ amount: 15, unit: 'working_day', ruleId: 'icpc-15wd' });
  });

  it('several files and .html: one line per file; HTML scanned as visible text', () => {
    const { code, out } = cli('--json', join(fixtures, 'letter.txt'), join(fixtures, 'page.html'));
    expect(code).toBe(0);
    const docs = out.trim().split('\n').map((l) => JSON.parse(l) as { file: string; entities: { kind: string; text: string }[] });
    expect(docs.map((d) => d.file.split('/').pop())).toEqual(['letter.txt', 'page.html']);
    const html = docs[1]!.entities;
    expect(html.filter((e) => e.kind === 'section').map((e) => e.text)).toEqual(['section\u00a020']);
    expect(html.filter((e) => e.kind === 'date').map((e) => e.text)).toEqual(['24/06/2019']);
  });

  it('readable report: line numbers, and for a duration its rule and source', () => {
    const { code, out } = cli(join(fixtures, 'letter.txt'));
    expect(code).toBe(0);
    expect(out).toMatch(/^\s+4\s+duration "15 working days"/m);
    expect(out).toMatch(/rule: icpc-15wd/);
    expect(out).toMatch(/source: Working Together to Safeguard Children/);
    expect(out).toMatch(/^\s+3\s+section\s+"section 47"/m);
  });

  it('binary input: clear error naming the file, non-zero exit', () => {
    const file = join(tmp, 'image.txt');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    const { code, err, out } = cli('--json', file);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(file);
    expect(err).toMatch(/binary/);
  });

  it('invalid UTF-8, missing file and a broken PDF: errors naming the file; good files still scanned', () => {
    const bad = join(tmp, 'latin1.txt');
    writeFileSync(bad, Buffer.from('caf\xe9 section 47', 'latin1'));
    const pdf = join(tmp, 'letter.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    const { code, err, out } = cli('--json', bad, join(tmp, 'missing.txt'), pdf, join(fixtures, 'letter.txt'));
    expect(code).toBe(1);
    expect(err).toMatch(/latin1\.txt: not valid UTF-8/);
    expect(err).toMatch(/missing\.txt: cannot read/);
    expect(err).toMatch(/letter\.pdf: /);
    expect(out.trim().split('\n')).toHaveLength(1);
  });

  it('usage errors exit 2', () => {
    expect(cli().code).toBe(2);
    expect(cli('--bogus', 'x.txt').code).toBe(2);
  });
});
