import { describe, expect, it } from 'vitest';
import {
  characterErrorRate,
  confidenceOf,
  joinRecognisedPages,
  lowConfidenceSpans,
  recognisedItems,
  type RecognisedLine,
  type RecognisedPage,
} from '../../../src/core/text/ocr-text';
import { BLOCK_SEPARATOR, PdfTextBuilder, locate } from '../../../src/core/text/pdf-text';
import { scan } from '../../../src/core/detect/index';
import { recognisedPageOf } from '../../../src/ocr/tesseract-result';

/** A line of words at `top` (image pixels, 30 px high), each word 14 px a character, 12 px apart. */
function line(top: number, words: string[], confidences: number[] = []): RecognisedLine {
  let x = 100;
  const placed = words.map((text, i) => {
    const box = { x0: x, y0: top, x1: x + text.length * 14, y1: top + 30 };
    x = box.x1 + 12;
    return { text, confidence: confidences[i] ?? 95, box };
  });
  return { words: placed, box: { x0: 100, y0: top, x1: x - 12, y1: top + 30 } };
}

function page(lines: RecognisedLine[]): RecognisedPage {
  return { imageWidth: 1700, imageHeight: 2200, lines };
}

describe('recognised words as text', () => {
  it('joins words with spaces, lines of a paragraph with a space and a wider gap as a new block', () => {
    const text = joinRecognisedPages([
      page([line(100, ['An', 'initial', 'child', 'protection']), line(140, ['conference', 'within', '15', 'working', 'days.']), line(260, ['Yours', 'sincerely,'])]),
    ]).text;
    expect(text).toBe(`An initial child protection conference within 15 working days.${BLOCK_SEPARATOR}Yours sincerely,`);
    expect(scan(text).filter((m) => m.kind === 'duration').map((m) => m.text)).toEqual(['15 working days']);
  });

  it('keeps two words apart even when the recogniser measured no gap between them', () => {
    const tight = line(100, ['section', '47']);
    tight.words[1]!.box = { ...tight.words[1]!.box, x0: tight.words[0]!.box.x1, x1: tight.words[0]!.box.x1 + 28 };
    expect(joinRecognisedPages([page([tight])]).text).toBe('section 47');
  });

  it('joins a word hyphenated at a line end, as in a text PDF', () => {
    expect(joinRecognisedPages([page([line(100, ['an', 'assess-']), line(140, ['ment', 'of', 'need'])])]).text).toBe('an assessment of need');
  });

  it('places each word over the image where it was read, scaled to the page', () => {
    const items = recognisedItems(page([line(100, ['Date:', '5', 'February', '2026'])]), { left: 0, bottom: 0, width: 595.28, height: 841.89 });
    const k = 595.28 / 1700;
    expect(items[0]!.transform[4]).toBeCloseTo(100 * k, 3);
    // y up from the bottom: the baseline is near the bottom of the word's box
    expect(items[0]!.transform[5]).toBeGreaterThan(841.89 - 130 * (841.89 / 2200) - 1);
    expect(items[0]!.transform[5]).toBeLessThan(841.89 - 100 * (841.89 / 2200));
    expect(items.map((i) => i.hasEOL)).toEqual([false, false, false, true]);
  });

  it('maps the flat text back to the word it came from, page by page', () => {
    const pages = [page([line(100, ['Dear', 'Ms', 'Brennan,'])]), page([line(100, ['section', '17', 'of', 'the', 'Children', 'Act', '1989'])])];
    const builder = new PdfTextBuilder();
    pages.forEach((p, i) => builder.addPage(i + 1, recognisedItems(p)));
    const text = builder.result();
    expect(locate(text, text.text.indexOf('17'), 'start')).toEqual({ page: 2, item: 1, offset: 0 });
  });

  it('finds the words read with low confidence and the lowest confidence under a match', () => {
    const p = page([line(100, ['held', 'on', '24', 'Febuary', '2026'], [96, 95, 62, 71, 93])]);
    const items = recognisedItems(p);
    const builder = new PdfTextBuilder();
    builder.addPage(1, items);
    const text = builder.result();
    const spans = lowConfidenceSpans(text, [items]);
    expect(spans.map((s) => text.text.slice(s.start, s.end))).toEqual(['24', 'Febuary']);
    const start = text.text.indexOf('24');
    expect(confidenceOf(text, [items], start, text.text.length)).toBe(62);
    expect(confidenceOf(text, [items], 0, 4)).toBe(96);
    expect(confidenceOf(text, [undefined], 0, 4)).toBeUndefined();
  });
});

describe('tesseract results', () => {
  const bbox = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });
  const data = (rotateRadians: number) => ({
    rotateRadians,
    blocks: [
      {
        paragraphs: [
          {
            lines: [
              {
                bbox: bbox(900, 100, 1000, 130),
                baseline: { ...bbox(900, 124, 1000, 124), has_baseline: true },
                rowAttributes: { rowHeight: 32 },
                words: [
                  { text: 'within', confidence: 93, bbox: bbox(900, 100, 960, 130) },
                  { text: ' ', confidence: 0, bbox: bbox(960, 100, 965, 130) },
                ],
              },
            ],
          },
        ],
      },
    ],
  });

  it('keeps words with text, their confidence and the line height', () => {
    const result = recognisedPageOf(data(0), 1000, 1400);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]!.words.map((w) => [w.text, w.confidence])).toEqual([['within', 93]]);
    expect(result.lines[0]!.size).toBe(32);
    expect(result.lines[0]!.baseline).toEqual({ y0: 124, y1: 124 });
  });

  it('turns boxes read from a straightened image back onto the image as it is shown', () => {
    const straight = recognisedPageOf(data(0), 1000, 1400).lines[0]!.words[0]!.box;
    const turned = recognisedPageOf(data(0.03), 1000, 1400).lines[0]!.words[0]!.box;
    // A word right of the centre moves up or down by about its distance from the centre times the angle.
    const shift = (turned.y0 + turned.y1) / 2 - (straight.y0 + straight.y1) / 2;
    expect(Math.abs(shift)).toBeGreaterThan(0.03 * 400);
    expect(Math.abs(shift)).toBeLessThan(0.03 * 500);
  });

  it('for the reader, keeps the boxes of the straightened image and says how far to turn the image shown', () => {
    const straight = recognisedPageOf(data(0), 1000, 1400, { straightened: true });
    const turned = recognisedPageOf(data(0.03), 1000, 1400, { straightened: true });
    expect(turned.lines[0]!.words[0]!.box).toEqual(straight.lines[0]!.words[0]!.box);
    expect(turned.lines[0]!.baseline).toEqual({ y0: 124, y1: 124 });
    expect(turned.rotation).toBe(0.03);
    expect(straight.rotation).toBeUndefined();
    expect(recognisedPageOf(data(0.03), 1000, 1400).rotation).toBeUndefined();
  });
});

describe('character error rate', () => {
  it('is the edit distance over the length of the true text, spaces collapsed', () => {
    expect(characterErrorRate('section 47', 'section 47')).toBe(0);
    expect(characterErrorRate('sectlon  47', 'section 47')).toBeCloseTo(1 / 10);
    expect(characterErrorRate('', 'abcd')).toBe(1);
  });
});
