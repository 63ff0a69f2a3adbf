// Currency as data: every source says when it was checked; statute sources say which text; Working Together 2018
// never stands alone; the card's source line says "checked [month year]" and when a source was superseded.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  ACTS,
  CONFLICTS,
  RECHECKED,
  TERMS,
  TIMESCALES,
  WORKING_TOGETHER_2023,
  WT2023_PARAGRAPH_SEARCH,
  monthYear,
  workingTogether2023,
  type Act,
  type Source,
  type Term,
  type Timescale,
} from '../../../src/core/knowledge';
import { formatSource } from '../../../src/core/deadlines';
import { TermCard } from '../../../src/ui/card/TermCard';
import { SectionCard } from '../../../src/ui/card/SectionCard';

const CHECKED = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const WT2018 = /Working Together (?:to Safeguard Children )?2018|the 2018 edition/;
const WT2023 = /Working Together (?:to Safeguard Children )?2023/;

/** A statute entry's source: on legislation.gov.uk, or an Act, regulations, order or rules by title. */
function isStatuteSource(s: Source): boolean {
  return /legislation\.gov\.uk/.test(s.url ?? '') || /\b(Act|Regulations|Order|Rules) \d{4}$/.test(s.document);
}

/** `describes2018`: the entry for the 2018 edition itself, which may cite it alone (marked superseded). */
type Entry = { label: string; sources: Source[]; law?: string; describes2018?: boolean };

function entries(terms: Term[], timescales: Timescale[], acts: Act[]): Entry[] {
  return [
    ...terms.map((t) => ({ label: `term ${t.id}`, sources: t.sources, law: t.law })),
    ...timescales.map((r) => ({ label: `rule ${r.id}`, sources: r.sources })),
    ...acts
      .filter((a) => a.sources)
      .map((a) => ({ label: `act ${a.title}`, sources: a.sources!, describes2018: a.title === 'Working Together to Safeguard Children 2018' })),
  ];
}

/** Problems with "checked on" and versions. */
function currencyProblems(list: Entry[]): string[] {
  const out: string[] = [];
  for (const e of list) {
    for (const s of e.sources) {
      if (!s.checkedOn || !CHECKED.test(s.checkedOn)) out.push(`${e.label}: ${s.document} has no valid checked on`);
      else if (s.checkedOn.slice(0, 10) > RECHECKED) out.push(`${e.label}: ${s.document} checked in the future`);
      if (isStatuteSource(s) && !s.version) out.push(`${e.label}: ${s.document} has no version`);
    }
  }
  return out;
}

/** Entries that cite Working Together 2018 without the 2023 text beside it (and before it). */
function supersededProblems(list: Entry[]): string[] {
  const out: string[] = [];
  for (const e of list) {
    const docs = e.sources.map((s) => s.document);
    const i2018 = docs.indexOf('Working Together to Safeguard Children 2018');
    const i2023 = docs.indexOf('Working Together to Safeguard Children 2023');
    if (i2018 >= 0) {
      if (e.describes2018) {
        if (!e.sources[i2018]!.supersededBy) out.push(`${e.label}: Working Together 2018 not marked superseded`);
        continue;
      }
      if (i2023 < 0) out.push(`${e.label}: cites Working Together 2018 without 2023`);
      else if (i2023 > i2018) out.push(`${e.label}: cites Working Together 2018 before 2023`);
      if (!e.sources[i2018]!.supersededBy) out.push(`${e.label}: Working Together 2018 not marked superseded`);
    }
    if (e.law) {
      const at2018 = e.law.search(WT2018);
      const at2023 = e.law.search(WT2023);
      if (at2018 >= 0 && (at2023 < 0 || at2023 > at2018)) out.push(`${e.label}: law text cites 2018 without 2023 first`);
    }
  }
  return out;
}

const ALL = [
  ...entries(TERMS, TIMESCALES, ACTS),
  ...CONFLICTS.map((c) => ({ label: `conflict ${c.id}`, sources: c.sides.map((side) => side.source) })),
];

describe('checked on, for every entry', () => {
  it('every source of every term, rule, act and conflict carries a valid "checked on"; statute sources carry a version', () => {
    expect(currencyProblems(ALL)).toEqual([]);
  });

  it('every act that is legislation has a source (so it carries a checked-on date)', () => {
    const missing = ACTS.filter((a) => a.kind !== 'guidance' && !(a.sources ?? []).length).map((a) => a.title);
    expect(missing).toEqual([]);
  });

  it('the check fails on a statute entry without "checked on" or without a version', () => {
    const bad: Entry = { label: 'rule x', sources: [{ document: 'Children Act 1989', locator: 's47', url: 'https://www.legislation.gov.uk/ukpga/1989/41/section/47' }] };
    expect(currencyProblems([bad])).toEqual(['rule x: Children Act 1989 has no valid checked on', 'rule x: Children Act 1989 has no version']);
  });

  it('the corrected entries were checked on the day of the review', () => {
    const epo = TIMESCALES.find((r) => r.id === 'epo-8-days')!;
    expect(epo.sources[0]!.checkedOn).toBe(RECHECKED);
    expect(TIMESCALES.find((r) => r.id === 'plo-cmh')!.sources[0]!.checkedOn).toBe(RECHECKED);
  });
});

describe('Working Together 2018 never stands alone', () => {
  it('every entry that cites the 2018 edition has the 2023 edition beside it, first, and marks 2018 superseded', () => {
    expect(supersededProblems(ALL)).toEqual([]);
  });

  it('the check fails on an entry that cites only the 2018 edition', () => {
    const only2018: Entry = {
      label: 'term y',
      law: 'Working Together 2018, "The child protection plan".',
      sources: [{ document: 'Working Together to Safeguard Children 2018', locator: 'x', checkedOn: '2026-11' }],
    };
    expect(supersededProblems([only2018])).toEqual([
      'term y: cites Working Together 2018 without 2023',
      'term y: Working Together 2018 not marked superseded',
      'term y: law text cites 2018 without 2023 first',
    ]);
  });
});

/** A Working Together 2023 paragraph number shown without the sources that give it (a number we would have made up). */
function unbackedParagraphs(list: Entry[]): string[] {
  const out: string[] = [];
  const NUMBER = /\bpara(?:graph)?s?\.?\s*\d/i;
  for (const e of list) {
    for (const s of e.sources) {
      if (s.document !== WORKING_TOGETHER_2023 || !NUMBER.test(s.locator ?? '')) continue;
      if (!/^paragraph from: /.test(s.notes ?? '')) out.push(`${e.label}: Working Together 2023 paragraph without a source`);
      else if (!s.notes!.includes(';') && !s.locator!.includes('not seen in the guidance’s own text')) {
        out.push(`${e.label}: a paragraph from one source must say so`);
      }
    }
    const lawNumber = /Working Together (?:to Safeguard Children )?2023[^.;]*\bpara(?:graph)?s?\.?\s*\d/i;
    if (e.law && lawNumber.test(e.law)) out.push(`${e.label}: law text gives a Working Together 2023 paragraph`);
  }
  return out;
}

describe('Working Together 2023 paragraph numbers: only with their sources', () => {
  it('no entry shows a 2023 paragraph number without the sources that give it', () => {
    expect(unbackedParagraphs(ALL)).toEqual([]);
  });

  it('the search found none, so every 2023 source is cited without a paragraph and records that none was found', () => {
    expect(WT2023_PARAGRAPH_SEARCH.searchedOn).toBe(RECHECKED);
    const wt23 = ALL.flatMap((e) => e.sources).filter((s) => s.document === WORKING_TOGETHER_2023);
    expect(wt23.length).toBeGreaterThan(30);
    for (const s of wt23) expect(s.notes).toMatch(new RegExp(`^paragraph not found \\(searched ${RECHECKED}\\)`));
  });

  it('a number given by two sources is shown plainly; by one, the line names it and says the guidance was not seen', () => {
    // Made-up evidence, to exercise the two shapes the data may take once a number is found.
    const two = workingTogether2023('chapter 3, core group', { paragraph: '999', sources: ['Procedure A', 'Procedure B'], checkedOn: RECHECKED });
    expect(two.locator).toBe('chapter 3, core group, para 999');
    expect(formatSource(two)).toContain('para 999');
    const one = workingTogether2023('chapter 3, core group', { paragraph: '999', sources: ['Procedure A'], checkedOn: RECHECKED });
    expect(one.locator).toBe('chapter 3, core group; para 999 per Procedure A, not seen in the guidance’s own text');
    expect(unbackedParagraphs([{ label: 'rule z', sources: [two, one] }])).toEqual([]);
    expect(() => workingTogether2023('chapter 3', { paragraph: '999', sources: [], checkedOn: RECHECKED })).toThrow(/no source/);
  });

  it('the check fails on a 2023 paragraph number with no source', () => {
    const invented: Entry = {
      label: 'rule w',
      law: 'Working Together 2023, paragraph 200.',
      sources: [{ document: WORKING_TOGETHER_2023, locator: 'chapter 3, para 200', checkedOn: RECHECKED }],
    };
    expect(unbackedParagraphs([invented])).toEqual([
      'rule w: Working Together 2023 paragraph without a source',
      'rule w: law text gives a Working Together 2023 paragraph',
    ]);
  });
});

describe('what the card shows', () => {
  it('monthYear reads both precisions', () => {
    expect(monthYear('2026-12-07')).toBe('December 2026');
    expect(monthYear('2026-11')).toBe('November 2026');
    expect(monthYear('2026-13')).toBeUndefined();
    expect(monthYear(undefined)).toBeUndefined();
  });

  it('a source line says when it was checked and, for the 2018 edition, what replaced it', () => {
    const wt2018 = TERMS.find((t) => t.id === 'initial-child-protection-conference')!.sources.find((s) => s.document.endsWith('2018'))!;
    expect(formatSource(wt2018)).toBe(
      'Working Together to Safeguard Children 2018, "Outcome of section 47 enquiries"; "Initial child protection conferences" — version 2018 (July) · checked November 2026 · superseded by Working Together to Safeguard Children 2023 (December 2023)',
    );
  });

  it('every term card has "checked [month year]" in its source lines', () => {
    for (const term of TERMS) {
      const html = renderToStaticMarkup(<TermCard match={{ kind: 'term', start: 0, end: 1, text: term.name, value: { id: term.id } }} />);
      expect(html, term.id).toMatch(/checked (November|December) 2026/);
    }
    const epo = renderToStaticMarkup(<TermCard match={{ kind: 'term', start: 0, end: 3, text: 'EPO', value: { id: 'emergency-protection-order' } }} />);
    expect(epo).toContain('Children Act 1989, ss44-45, s45(8) and (11) — version revised text on legislation.gov.uk · checked December 2026');
  });

  it('a section card names the act’s source with its check date', () => {
    const html = renderToStaticMarkup(
      <SectionCard match={{ kind: 'section', start: 0, end: 1, text: 's47', value: { act: 'Children Act 1989', actId: 'ukpga/1989/41', section: '47', division: 'section', assumed: false } }} />,
    );
    expect(html).toContain('Children Act 1989 — version revised text on legislation.gov.uk · checked December 2026');
  });
});
