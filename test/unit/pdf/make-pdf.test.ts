// The PDFs CareLens writes for photos and Word documents read back as they should: a Word letter's text
// PDF gives the document's own text (so the reader finds what the `scan` command finds in the .docx), and a
// photo PDF is a scan of one page a photo.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { imagesPdf, textPdf } from '../../../src/pdf/make-pdf';
import { readPdf } from '../../../src/pdf/node';
import { docxText } from '../../../src/docx/docx';
import { docxOf, eastmoorLetter, harrowfieldLetter } from '../../fixtures/scans';
import { BLOCK_SEPARATOR } from '../../../src/core/text/pdf-text';
import { readTrueType } from '../../../src/pdf/truetype';

const font = readTrueType(readFileSync(createRequire(import.meta.url).resolve('pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf')));

describe('PDFs CareLens writes', () => {
  it('a Word letter laid out as a text PDF reads back as the document’s text', async () => {
    for (const letter of [eastmoorLetter, harrowfieldLetter]) {
      const text = await docxText(await docxOf(letter));
      const pdf = textPdf(text.split(BLOCK_SEPARATOR), letter.name, font);
      const reading = await readPdf(pdf);
      expect(reading.text.text).toBe(text);
    }
  }, 60_000);

  it('keeps every character as written: quotes, dashes, £, accented names, even one the font cannot draw', async () => {
    const paragraphs = [
      'The social worker’s report – due “soon” — costs £40 (€45); café meeting.',
      'Łukasz Wiśniewski, Ioana Ștefănescu, Zoë Brontë, Ólafur Þórsson, Dvořák, Gülşen.',
      'Ages 5–11 ≥ 2 days … ✓ 𝔸 😀',
    ];
    const pdf = textPdf(paragraphs, 'Zoë’s letter', font);
    expect((await readPdf(pdf)).text.text).toBe(paragraphs.join(BLOCK_SEPARATOR));
    expect((await PDFDocument.load(pdf)).getTitle()).toBe('Zoë’s letter');
  }, 60_000);

  it('wraps a long paragraph within the page with the font’s own widths', async () => {
    const words = Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 'Wiśniewski' : 'meeting')).join(' ');
    const reading = await readPdf(textPdf([words], 'long', font));
    expect(reading.text.text.replace(/\s+/g, ' ')).toBe(words);
    const rights = reading.items.flat().map((item) => item.transform[4]! + item.width);
    expect(Math.max(...rights)).toBeLessThanOrEqual(595.28 - 64 + 1);
    expect(Math.max(...rights)).toBeGreaterThan(595.28 - 64 - 60);
  }, 60_000);

  it('a page a photo: no text, one image filling the page', async () => {
    const jpeg = execFileSync('convert', ['-size', '300x400', 'xc:white', '-fill', 'black', '-draw', 'rectangle 30,30 270,60', 'jpg:-']);
    const reading = await readPdf(imagesPdf([{ jpeg, width: 300, height: 400 }, { jpeg, width: 300, height: 400 }], 'photos'));
    expect(reading.items).toHaveLength(2);
    expect(reading.text.text.trim()).toBe('');
    expect(reading.blankPages).toEqual([1, 2]);
  });
});
