// The PDFs CareLens writes for photos and Word documents read back as they should: a Word letter's text
// PDF gives the document's own text (so the reader finds what the `scan` command finds in the .docx), and a
// photo PDF is a scan of one page a photo.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { imagesPdf, textPdf } from '../../../src/pdf/make-pdf';
import { readPdf } from '../../../src/pdf/node';
import { docxText } from '../../../src/docx/docx';
import { docxOf, eastmoorLetter, harrowfieldLetter } from '../../fixtures/scans';
import { BLOCK_SEPARATOR } from '../../../src/core/text/pdf-text';

describe('PDFs CareLens writes', () => {
  it('a Word letter laid out as a text PDF reads back as the document’s text', async () => {
    for (const letter of [eastmoorLetter, harrowfieldLetter]) {
      const text = await docxText(await docxOf(letter));
      const pdf = textPdf(text.split(BLOCK_SEPARATOR), letter.name);
      const reading = await readPdf(pdf);
      expect(reading.text.text).toBe(text);
    }
  }, 60_000);

  it('keeps curly quotes and dashes, and shows a character Helvetica lacks as "?"', async () => {
    const reading = await readPdf(textPdf(['The social worker’s report – due “soon”. Łukasz'], 't'));
    expect(reading.text.text).toBe('The social worker’s report – due “soon”. ?ukasz');
  }, 60_000);

  it('a page a photo: no text, one image filling the page', async () => {
    const jpeg = execFileSync('convert', ['-size', '300x400', 'xc:white', '-fill', 'black', '-draw', 'rectangle 30,30 270,60', 'jpg:-']);
    const reading = await readPdf(imagesPdf([{ jpeg, width: 300, height: 400 }, { jpeg, width: 300, height: 400 }], 'photos'));
    expect(reading.items).toHaveLength(2);
    expect(reading.text.text.trim()).toBe('');
    expect(reading.blankPages).toEqual([1, 2]);
  });
});
