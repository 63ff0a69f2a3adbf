// Property tests: scan never throws and returns valid, ordered, in-bounds spans that are
// non-overlapping within each kind and whose text equals text.slice(start, end).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scan, type Match } from '../../../src/core/detect/index';
import { htmlToText } from '../../../src/core/text/html';

const PIECES = [
  'section ', 'Section 47', 's.47', 's47(1)(b)', 'sections 17 and ', 'Article 8', 'Part III', 'of the Children Act 2004',
  'CA 1989', 'the 2014 Act', '15 working days', 'fifteen', '4-6 weeks', '26-week', ' and ', ' to ', '-', '/', '(', ')', "'",
  '’', '?', '.', ',', '\n', ' ', '\t', '\u00a0', '3 Mar 2019', '24/06/2019', 'Monday 5th', 'the 12th', 'May', '2019-06-24',
  'initial child protection conference', 'child protection', 'plan', 'ICPC', '(CP)', 'Children in Need', 'children?s',
  'likely to suffer significant harm', 'core group', 'strategy discussion', '😀', 'é', '0', '9', '31/02/2019', 'weekly',
];

const textArb = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join('')),
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 5 })), { maxLength: 40 }).map((a) => a.join('')),
);

function check(text: string, matches: Match[]): void {
  let prevStart = -1;
  const lastEnd = new Map<string, number>();
  for (const m of matches) {
    expect(['term', 'section', 'duration', 'date']).toContain(m.kind);
    expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(m.start).toBeGreaterThanOrEqual(prevStart);
    prevStart = m.start;
    expect(m.start).toBeGreaterThanOrEqual(lastEnd.get(m.kind) ?? 0);
    lastEnd.set(m.kind, m.end);
    switch (m.kind) {
      case 'date':
        expect(m.value.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Number.isNaN(Date.parse(m.value.iso))).toBe(false);
        break;
      case 'duration':
        expect(Number.isFinite(m.value.amount)).toBe(true);
        if (m.value.max !== undefined) expect(m.value.max).toBeGreaterThan(m.value.amount);
        break;
      case 'section':
        expect(typeof m.value.section).toBe('string');
        break;
      case 'term':
        expect(m.value.id).toMatch(/^[a-z0-9-]+$/);
        break;
    }
  }
}

describe('scan properties', () => {
  it('never throws; spans valid, ordered, in bounds, non-overlapping per kind', () => {
    fc.assert(
      fc.property(textArb, fc.option(fc.constantFrom('2026-01-05', '2019-06-30', '2024-02-29'), { nil: undefined }), (text, documentDate) => {
        check(text, scan(text, documentDate ? { documentDate } : {}));
      }),
      { numRuns: 400 },
    );
  });

  it('every full date in a list of dates and words is found, with its value', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('3 Mar 2019', '24/06/2019', ' and ', 'text. ', '\n'), { maxLength: 20 }), (parts) => {
        const text = parts.join(' ; ');
        const dates = scan(text, { kinds: ['date'] }).map((m) => (m.kind === 'date' ? m.value.iso : ''));
        const want = parts.filter((p) => /\d/.test(p)).map((p) => (p.startsWith('3') ? '2019-03-03' : '2019-06-24'));
        expect(dates).toEqual(want);
      }),
      { numRuns: 100 },
    );
  });

  it('htmlToText never throws and its output scans cleanly', () => {
    const tags = ['<p>', '</p>', '<script>', '</script>', '<br/>', '<!--', '-->', '&amp;', '&#8217;', '&#xD800;', '<div class="a>b">', '<'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...tags, ...PIECES), fc.string({ maxLength: 4 })), { maxLength: 40 }), (parts) => {
        const text = htmlToText(parts.join(''));
        expect(typeof text).toBe('string');
        check(text, scan(text));
      }),
      { numRuns: 200 },
    );
  });

  it('hostile inputs stay well-formed (no timing asserted)', () => {
    for (const unit of ['section ', 'sections 1 and ', '12/34/5678/', '1-2 to 3 and ', ' \t \n', 'a'.repeat(50), '(CP) ', 'the 1st ']) {
      const text = unit.repeat(Math.ceil(20_000 / unit.length));
      check(text, scan(text, { documentDate: '2026-01-05' }));
    }
  });
});
