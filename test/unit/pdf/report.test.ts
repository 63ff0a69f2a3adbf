import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/core/detect/index';
import { buildPdfReport, documentDateOf } from '../../../src/pdf/report';
import { oneLineSentence } from '../../../src/core/detect/context';
import { demoLetterParagraphs } from '../../fixtures/pdfs';

const letter = demoLetterParagraphs.map((p) => p.replace(/^# /, '')).join('\n\n');

describe('PDF page report', () => {
  const matches = scan(letter);
  const report = buildPdfReport({
    url: 'http://127.0.0.1/letter.pdf',
    title: 'Letter',
    text: letter,
    matches,
    complete: true,
    active: true,
    highlightsSupported: true,
  });

  it('reports every match of the whole text, indexed in order, as a PDF surface', () => {
    expect(report.surface).toBe('pdf');
    expect(report.complete).toBe(true);
    expect(report.matches).toHaveLength(matches.length);
    expect(report.matches.map((m) => m.index)).toEqual(matches.map((_, i) => i));
    expect(report.matches.map(({ index: _i, sentence: _s, ...m }) => m)).toEqual(matches);
  });

  it("gives each match its sentence, so the popup can pair the letter's dates with events", () => {
    const conference = report.matches.find((m) => m.kind === 'date' && m.value.iso === '2026-04-21')!;
    expect(conference.sentence).toBe('An initial child protection conference will take place on 21 April 2026 at 10:00 at Northbridge Family Centre');
    const strategy = report.matches.find((m) => m.kind === 'date' && m.value.iso === '2026-03-27')!;
    expect(strategy.sentence).toMatch(/^I am writing to let you know that a strategy discussion was held on Friday 27 March 2026 about Sam$/);
    const s47 = report.matches.find((m) => m.kind === 'section')!;
    expect(s47.sentence).toContain('make enquiries under section 47 of the Children Act 1989');
    expect(s47.sentence).not.toContain('This means');
  });

  it("finds the letter's own date (labelled 'Date:'), not the date of birth", () => {
    expect(report.documentDate).toBe('2026-03-30');
  });

  it('falls back to a date alone on a line near the top, and to nothing', () => {
    const text = 'Northbridge Council\n\n3 March 2026\n\nDear Ms Ellis, the meeting is on 5 March 2026.';
    expect(documentDateOf(text, scan(text))).toBe('2026-03-03');
    const none = 'The meeting is on 5 March 2026.';
    expect(documentDateOf(none, scan(none))).toBeUndefined();
  });

  it('never runs a sentence across a block separator (paragraphs, pages)', () => {
    const text = 'Heading without a stop\n\nEnquiries under section 47 start now. Next sentence.';
    const at = text.indexOf('47');
    expect(oneLineSentence(text, at, at + 2)).toBe('Enquiries under section 47 start now');
  });

  it('says when the PDF is still being read', () => {
    const partial = buildPdfReport({ url: 'u', title: 't', text: '', matches: [], complete: false, active: true, highlightsSupported: true });
    expect(partial).toMatchObject({ complete: false, matches: [] });
    expect(partial.documentDate).toBeUndefined();
  });
});
