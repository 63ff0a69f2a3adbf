// `npm run --silent scan -- --json letter.pdf` finds the same entities as the text version of the letter.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { npmRun } from '../npm-run';
import { generatedPdf, demoLetterParagraphs, guidancePages, ENCRYPTED_PDF_PASSWORD } from '../../fixtures/pdfs';
import { pdfTextFromBytes, PdfReadError } from '../../../src/pdf/node';
import { scan } from '../../../src/core/detect/index';

const dir = mkdtempSync(join(tmpdir(), 'carelens-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Entity = { kind: string; start: number; end: number; text: string; value: unknown };

const scanCli = (...args: string[]) => npmRun('scan', ...args);

describe('scan --json on PDFs', () => {
  it('finds the same entities in letter.pdf as in the text version of the letter', async () => {
    const pdf = join(dir, 'letter.pdf');
    const txt = join(dir, 'letter.txt');
    writeFileSync(pdf, (await generatedPdf('letter'))!);
    writeFileSync(txt, demoLetterParagraphs.map((p) => p.replace(/^# /, '')).join('\n\n'));
    const fromPdf = await scanCli('--json', pdf);
    const fromTxt = await scanCli('--json', txt);
    expect(fromPdf.code).toBe(0);
    const pdfEntities = (JSON.parse(fromPdf.stdout) as { entities: Entity[] }).entities;
    const txtEntities = (JSON.parse(fromTxt.stdout) as { entities: Entity[] }).entities;
    expect(pdfEntities.length).toBeGreaterThan(10);
    expect(pdfEntities.map(({ kind, text, value }) => ({ kind, text, value }))).toEqual(
      txtEntities.map(({ kind, text, value }) => ({ kind, text, value })),
    );
    // The joined PDF text is the letter's text itself, so even the offsets agree.
    expect(pdfEntities).toEqual(txtEntities);
    expect(pdfEntities).toContainEqual(expect.objectContaining({ kind: 'section', text: 'section 47' }));
  }, 60_000);

  it('says why an encrypted or damaged PDF cannot be scanned (exit code 1)', async () => {
    const files: string[] = [];
    for (const name of ['encrypted', 'corrupt']) {
      files.push(join(dir, `${name}.pdf`));
      writeFileSync(files.at(-1)!, (await generatedPdf(name))!);
    }
    const result = await scanCli('--json', ...files);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/encrypted\.pdf: the PDF is protected by a password/);
    expect(result.stderr).toMatch(/corrupt\.pdf: the PDF is damaged/);
  }, 60_000);
});

describe('pdf.js in Node', () => {
  it('reads a multi-page PDF page by page and the timescale across Easter', async () => {
    const text = await pdfTextFromBytes((await generatedPdf('guidance'))!);
    expect(text.pages).toHaveLength(guidancePages.length);
    const page2 = text.text.slice(text.pages[1]!.start, text.pages[1]!.end);
    expect(page2).toContain('within 15 working days of the strategy discussion');
    const matches = scan(text.text);
    expect(matches).toContainEqual(expect.objectContaining({ kind: 'duration', text: expect.stringContaining('15 working days') }));
    expect(matches).toContainEqual(expect.objectContaining({ kind: 'date', value: { iso: '2026-04-02' } }));
  });

  it('opens the encrypted fixture only with its password, and finds no text in the image-only one', async () => {
    const encrypted = (await generatedPdf('encrypted'))!;
    await expect(pdfTextFromBytes(encrypted)).rejects.toBeInstanceOf(PdfReadError);
    await expect(pdfTextFromBytes(encrypted, { password: 'wrong' })).rejects.toMatchObject({ reason: 'password' });
    const opened = await pdfTextFromBytes(encrypted, { password: ENCRYPTED_PDF_PASSWORD });
    expect(opened.text).toContain('section 47 of the Children Act 1989');
    const image = await pdfTextFromBytes((await generatedPdf('image-only'))!);
    expect(image.text).toBe('');
    expect(image.pages).toHaveLength(1);
  });

  it('refuses corrupt and truncated files as damaged', async () => {
    for (const name of ['corrupt', 'truncated']) {
      await expect(pdfTextFromBytes((await generatedPdf(name))!)).rejects.toMatchObject({ reason: 'damaged' });
    }
  });
});

describe('real typesetting through pdf.js', () => {
  it('joins ligature glyphs and a word hyphenated at a line end, so the terms and the timescale are found', async () => {
    const pdf = await pdfTextFromBytes((await generatedPdf('typeset'))!);
    expect(pdf.text).toContain('The independent reviewing officer chairs every review');
    expect(pdf.text).toContain('a child and family assessment within 45 working days of the referral, and reflects your views.');
    const found = scan(pdf.text).map((m) => `${m.kind}:${m.text}`);
    expect(found).toEqual(expect.arrayContaining(['term:child and family assessment', 'duration:45 working days']));
    expect(found.some((f) => f.startsWith('term:independent reviewing officer'))).toBe(true);
  });
});
