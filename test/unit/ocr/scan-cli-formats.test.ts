// `npm run scan` on a scanned PDF, a photo and a Word document finds what it finds in the letter's text;
// bad input (a damaged image, a 40-megapixel photo, 300 scanned pages, a blank page, a zip that is not a
// Word document) each gets its own message, and the command ends.
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { CACHE_DIR, docxOf, eastmoorLetter, imagesToPdf, letterText, scannedLetter, zipOfSomethingElse } from '../../fixtures/scans';

const run = promisify(execFile);

type Entity = { kind: string; text: string; value: unknown };

async function scanCli(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  return cli('scan', ...args);
}

async function cli(command: 'scan' | 'letter', ...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', command, '--', ...args], { cwd: process.cwd(), timeout: 180_000 });
    return { stdout, stderr, code: 0 };
  } catch (e) {
    const error = e as { stdout: string; stderr: string; code: number };
    return { stdout: error.stdout, stderr: error.stderr, code: error.code };
  }
}

const dir = join(CACHE_DIR, 'cli');
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  execFileSync('mkdir', ['-p', dir]);
  writeFileSync(file('eastmoor.txt'), letterText(eastmoorLetter));
  writeFileSync(file('eastmoor.docx'), await docxOf(eastmoorLetter));
  writeFileSync(file('archive.docx'), await zipOfSomethingElse());
  const photo = await scannedLetter(eastmoorLetter, 'photo');
  writeFileSync(file('eastmoor-photo.jpg'), readFileSync(photo.images[0]!));
  writeFileSync(file('eastmoor-scan.pdf'), readFileSync((await scannedLetter(eastmoorLetter, 'scan')).scannedPdf));
  // A JPEG cut off after its first kilobytes (a download that stopped).
  writeFileSync(file('cut-off.jpg'), readFileSync(photo.images[0]!).subarray(0, 3000));
  writeFileSync(file('garbage.png'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]));
  // A 40-megapixel photo (7800 x 5200), plain paper.
  execFileSync('convert', ['-size', '7800x5200', 'xc:white', '-quality', '60', file('huge.jpg')]);
  // 300 scanned pages: one small scan repeated.
  const small = execFileSync('convert', ['-size', '200x280', 'xc:white', '-fill', 'black', '-draw', 'rectangle 20,20 180,30', 'png:-']);
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(small);
  for (let i = 0; i < 300; i++) doc.addPage([595.28, 841.89]).drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  writeFileSync(file('300-pages.pdf'), await doc.save());
  writeFileSync(file('blank.png'), execFileSync('convert', ['-size', '1240x1754', 'xc:white', 'png:-']));
  writeFileSync(file('blank-scan.pdf'), await imagesToPdf([readFileSync(file('blank.png'))]));
}, 240_000);

describe('scan on scans, photos and Word documents', () => {
  it('a scanned PDF, a photo and a .docx give the same dates, timescales and sections as the text', async () => {
    const results = await Promise.all(['eastmoor.txt', 'eastmoor-scan.pdf', 'eastmoor-photo.jpg', 'eastmoor.docx'].map((name) => scanCli('--json', file(name))));
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const facts = (r: { stdout: string }) =>
      (JSON.parse(r.stdout.trim()) as { entities: Entity[] }).entities.filter((e) => e.kind !== 'term').map(({ kind, text, value }) => ({ kind, text, value }));
    const [text, ...others] = results.map(facts);
    expect(text!.length).toBeGreaterThan(6);
    for (const other of others) expect(other).toEqual(text);
    // The Word document's text is the letter's text itself: every entity, terms too, at the same offsets.
    expect(JSON.parse(results[3]!.stdout).entities).toEqual(JSON.parse(results[0]!.stdout).entities);
  }, 240_000);

  it('the letter command pairs the photo’s and the Word document’s dates as it pairs the text’s', async () => {
    const results = await Promise.all(['eastmoor.txt', 'eastmoor-photo.jpg', 'eastmoor.docx'].map((name) => cli('letter', '--json', '--today', '2026-03-01', file(name))));
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const checks = results.map((r) => JSON.parse(r.stdout) as { letterDate: string; pairings: { rule: string; from: string; met: string; status: string }[] });
    expect(checks[0]!.pairings).toContainEqual(expect.objectContaining({ rule: 'icpc-15wd', from: '2026-02-03', met: '2026-02-24', status: 'on-time' }));
    for (const check of checks.slice(1)) {
      expect(check.letterDate).toBe(checks[0]!.letterDate);
      expect(check.pairings).toEqual(checks[0]!.pairings);
    }
  }, 240_000);

  it('gives each kind of bad input its own message and exit code 1', async () => {
    const names = ['cut-off.jpg', 'garbage.png', 'huge.jpg', '300-pages.pdf', 'blank.png', 'blank-scan.pdf', 'archive.docx'];
    const result = await scanCli('--json', ...names.map(file));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    // (the image decoder may print its own warnings too)
    const lines = result.stderr.trim().split('\n').filter((line) => line.startsWith('carelens scan:'));
    expect(lines).toHaveLength(names.length);
    expect(lines[0]).toMatch(/cut-off\.jpg: the JPEG image is damaged/);
    expect(lines[1]).toMatch(/garbage\.png: the PNG image is damaged/);
    expect(lines[2]).toMatch(/huge\.jpg: the photo is 40\.6 megapixels; scale it down/);
    expect(lines[3]).toMatch(/300-pages\.pdf: the PDF has 300 pages without text \(scanned\).*at most 30/);
    expect(lines[4]).toMatch(/blank\.png: no text could be read in the image/);
    expect(lines[5]).toMatch(/blank-scan\.pdf: no text could be read on any page/);
    expect(lines[6]).toMatch(/archive\.docx: this is a zip archive but not a Word document/);
  }, 240_000);
});
