import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, joinPdfText, locate, pageAt, type PdfTextItem } from '../../../src/core/text/pdf-text';

/** An item at (x, y) in a 10-point font; width = 5 points per character unless given. */
function item(str: string, x: number, y: number, extra: Partial<PdfTextItem> = {}): PdfTextItem {
  return { str, transform: [10, 0, 0, 10, x, y], width: str.length * 5, height: 10, ...extra };
}

describe('joinPdfText', () => {
  it('joins items on one line with a space where there is a gap and directly where they touch', () => {
    const { text } = joinPdfText([[item('sec', 0, 700), item('tion', 15, 700), item('47', 40, 700)]]);
    expect(text).toBe('section 47');
  });

  it('turns a line break inside a paragraph into a space and a paragraph gap into a block separator', () => {
    const { text } = joinPdfText([
      [
        item('enquiries under', 0, 700, { hasEOL: true }),
        item('section 47.', 0, 686, { hasEOL: true }),
        item('New paragraph', 0, 650),
      ],
    ]);
    expect(text).toBe(`enquiries under section 47.${BLOCK_SEPARATOR}New paragraph`);
  });

  it('treats a baseline change without hasEOL as a new line', () => {
    expect(joinPdfText([[item('child', 0, 700), item('protection', 0, 686)]]).text).toBe('child protection');
  });

  it('handles pdf.js empty end-of-line items', () => {
    const { text } = joinPdfText([[item('within 15', 0, 700), item('', 45, 700, { hasEOL: true, width: 0 }), item('working days', 0, 686)]]);
    expect(text).toBe('within 15 working days');
  });

  it('joins a word hyphenated at the end of a line and drops the hyphen', () => {
    const { text, runs } = joinPdfText([[item('an assess-', 0, 700, { hasEOL: true }), item('ment of need', 0, 686)]]);
    expect(text).toBe('an assessment of need');
    const p = locate({ runs }, text.indexOf('ment'), 'start');
    expect(p).toEqual({ page: 1, item: 1, offset: 0 });
  });

  it('keeps real hyphens: a capitalised continuation, a number, or a hyphen in the middle of a line', () => {
    expect(joinPdfText([[item('Children-', 0, 700, { hasEOL: true }), item('Act 1989', 0, 686)]]).text).toBe('Children- Act 1989');
    expect(joinPdfText([[item('pages 4-', 0, 700, { hasEOL: true }), item('six', 0, 686)]]).text).toBe('pages 4- six');
    expect(joinPdfText([[item('multi-agency', 0, 700)]]).text).toBe('multi-agency');
  });

  it('expands ligatures and maps the expansion back to the one source character', () => {
    const pdf = joinPdfText([[item('signi\uFB01cant harm', 0, 700)]]);
    expect(pdf.text).toBe('significant harm');
    const start = pdf.text.indexOf('fi');
    expect(locate(pdf, start, 'start')).toEqual({ page: 1, item: 0, offset: 5 });
    expect(locate(pdf, start + 2, 'end')).toEqual({ page: 1, item: 0, offset: 6 });
    // Characters after the ligature map back one place earlier than in the flat string.
    expect(locate(pdf, pdf.text.indexOf('harm'), 'start')).toEqual({ page: 1, item: 0, offset: 'signi\uFB01cant '.length });
  });

  it('reads no-break spaces as spaces and drops soft hyphens', () => {
    expect(joinPdfText([[item('section\u00A047 assess\u00ADment', 0, 700)]]).text).toBe('section 47 assessment');
  });

  it('separates pages with a block separator and records where each page starts', () => {
    const pdf = joinPdfText([[item('Page one text', 0, 700)], [], [item('Page three', 0, 700)]]);
    expect(pdf.text).toBe(`Page one text${BLOCK_SEPARATOR}${BLOCK_SEPARATOR}Page three`);
    expect(pdf.pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(pdf.pages[2]!.start).toBe(pdf.text.indexOf('Page three'));
    expect(pageAt(pdf, pdf.text.indexOf('three'))).toBe(3);
    expect(pageAt(pdf, 0)).toBe(1);
  });

  it('maps every character of the flat text back to the character it came from', () => {
    const pages = [
      [item('Strategy ', 0, 700), item('discussion held', 50, 700, { hasEOL: true }), item('on 2 April 2026.', 0, 686)],
      [item('Conference within', 0, 700), item('15 working days', 95, 700)],
    ];
    const pdf = joinPdfText(pages);
    for (let i = 0; i < pdf.text.length; i++) {
      if (/\s/.test(pdf.text[i]!)) continue;
      const p = locate(pdf, i, 'start')!;
      expect(pages[p.page - 1]![p.item]!.str[p.offset]).toBe(pdf.text[i]);
    }
  });

  it('locates separators forwards for a start and backwards for an end', () => {
    const pdf = joinPdfText([[item('one', 0, 700), item('two', 40, 700)]]);
    expect(pdf.text).toBe('one two');
    expect(locate(pdf, 3, 'start')).toEqual({ page: 1, item: 1, offset: 0 });
    expect(locate(pdf, 3, 'end')).toEqual({ page: 1, item: 0, offset: 3 });
    expect(locate(pdf, 7, 'end')).toEqual({ page: 1, item: 1, offset: 3 });
    expect(locate(pdf, 7, 'start')).toBeNull();
  });
});
