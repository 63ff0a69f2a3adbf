// Which Act a section reference belongs to, on the cases real documents get wrong (issue 19), and the section
// tables: a number an Act's table proves absent is never linked as that Act's section.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scan, type Match } from '../../../src/core/detect/index';
import { SECTION_TABLES, sectionAbsent, sectionTable } from '../../../src/core/knowledge/section-tables';
import { UK_INSTRUMENTS } from '../../../src/core/knowledge/uk-acts';

type SectionMatch = Extract<Match, { kind: 'section' }>;
const sections = (text: string, documentDate?: string) =>
  (scan(text, { kinds: ['section'], ...(documentDate ? { documentDate } : {}) }) as SectionMatch[]).map((m) => [m.text, m.value.act, m.value.section]);
const values = (text: string, documentDate?: string) =>
  (scan(text, { kinds: ['section'], ...(documentDate ? { documentDate } : {}) }) as SectionMatch[]).map((m) => m.value);

describe('Act resolution order', () => {
  it('the Act after a list applies to every item of it', () => {
    expect(sections('sections 3(2), 5 and 9(1) of the Adoption and Children Act 2002 apply.')).toEqual([
      ['sections 3(2)', 'Adoption and Children Act 2002', '3'],
      ['5', 'Adoption and Children Act 2002', '5'],
      ['9(1)', 'Adoption and Children Act 2002', '9'],
    ]);
    expect(sections('The court considered sections 31(2), 31A(3) and 38 of the Children Act 1989.')).toEqual([
      ['sections 31(2)', 'Children Act 1989', '31'],
      ['31A(3)', 'Children Act 1989', '31A'],
      ['38', 'Children Act 1989', '38'],
    ]);
  });

  it('an Act named for a later reference is not taken by an earlier one', () => {
    const v = values('Welsh Government guidance for Wales. The council assesses needs under section 76 and the duty in section 1 of the Adoption and Children Act 2002.');
    expect(v.map((x) => x.act)).toEqual(['Social Services and Well-being (Wales) Act 2014', 'Adoption and Children Act 2002']);
  });

  it('"the Act" as the document defines it', () => {
    const text = 'This reply is made under the Freedom of Information Act 2000 ("the Act"). Section 40(2) of the Act applies to names of staff.';
    expect(sections(text).slice(-1)).toEqual([['Section 40(2)', 'Freedom of Information Act 2000', '40']]);
  });

  it('the Act the title is about, with "assumed" and why', () => {
    const text = 'The Children and Social Work Act 2017 (Commencement No. 3) Regulations 2018\n\nThe following provisions come into force: section 8 and section 33.';
    const v = values(text);
    expect(v.slice(-2).map((x) => [x.act, x.section, x.assumed])).toEqual([
      ['Children and Social Work Act 2017', '8', true],
      ['Children and Social Work Act 2017', '33', true],
    ]);
    expect(v[v.length - 1]!.note).toMatch(/title/);
  });

  it('the Act named most recently in the paragraph, before any default', () => {
    const text = 'The judgment turned on the Care Standards Act 2000. Under section 8 the registration authority may act, and section 20 allows an urgent cancellation.';
    expect(sections(text).map((x) => x[1])).toEqual(['Care Standards Act 2000', 'Care Standards Act 2000']);
  });

  it('defaults to the Children Act 1989 only in a text about children; never for a reply about another Act', () => {
    expect(values('The social worker began enquiries under s.47 after the strategy discussion.')[0]).toMatchObject({ act: 'Children Act 1989', assumed: true });
    expect(values('Thank you for your request under the Freedom of Information Act 2000.\n\nWe hold the information. We rely on section 12.')[0]).toMatchObject({
      act: 'Freedom of Information Act 2000',
    });
  });

  it('abbreviated forms: "s 20", "s.31", "ss. 17 and 47"', () => {
    expect(sections('The local authority accommodated him under s 20 and later applied under s.31; ss. 17 and 47 were also used.')).toEqual([
      ['s 20', 'Children Act 1989', '20'],
      ['s.31', 'Children Act 1989', '31'],
      ['ss. 17', 'Children Act 1989', '17'],
      ['47', 'Children Act 1989', '47'],
    ]);
  });

  it('a name without its year that fits several Acts: says which it assumed and why', () => {
    const sar = values('Under the Data Protection Act, section 7 gives you a right of subject access to your records.')[0]!;
    expect(sar).toMatchObject({ act: 'Data Protection Act 1998', section: '7', assumed: true });
    expect(sar.url).toBe('https://www.legislation.gov.uk/ukpga/1998/29/section/7');
    expect(sar.note).toMatch(/Article 15/);
    const old = values('Under the Data Protection Act, section 35 allows disclosure.', '2016-04-01')[0]!;
    expect(old).toMatchObject({ act: 'Data Protection Act 1998', assumed: true });
    expect(old.note).toMatch(/before 25 May 2018/);
    const now = values('Under the Data Protection Act, section 45 applies.')[0]!;
    expect(now).toMatchObject({ act: 'Data Protection Act 2018', assumed: true });
    expect(now.note).toMatch(/may mean the Data Protection Act 1998/);
  });

  it('Acts outside the knowledge base are recognised and linked', () => {
    const v = values('Information is withheld under section 40(2) of the Freedom of Information Act 2000 and section 8 of the Care Standards Act 2000.');
    expect(v.map((x) => [x.act, x.url])).toEqual([
      ['Freedom of Information Act 2000', 'https://www.legislation.gov.uk/ukpga/2000/36/section/40/2'],
      ['Care Standards Act 2000', 'https://www.legislation.gov.uk/ukpga/2000/14/section/8'],
    ]);
  });

  it('regulations with their full title are linked to the SI', () => {
    const v = values('Under section 22 of the Children Act 1989 and regulation 5 of the Care Planning, Placement and Case Review (England) Regulations 2010 a plan is made.');
    expect(v[1]).toMatchObject({ act: 'Care Planning, Placement and Case Review (England) Regulations 2010', section: '5' });
    expect(v[1]!.url).toBe('https://www.legislation.gov.uk/uksi/2010/959/regulation/5');
    const f = values('regulation 36 of the Fostering Services (England) Regulations 2011 applies')[0]!;
    expect(f.url).toBe('https://www.legislation.gov.uk/uksi/2011/581/regulation/36');
  });
});

describe("the document's own numbering", () => {
  it('"see Section 3, Consent and Capacity" and a section inside "this chapter" are the document\'s own', () => {
    expect(sections('The child protection plan is explained; see Section 3, Consent and Capacity.')).toEqual([]);
    expect(sections('Section 4 of this procedure covers the looked after child review.')).toEqual([]);
  });

  it('a number the Children Act 1989 does not have is not marked as its section', () => {
    expect(sections('The child protection plan follows local procedures: Section 5QA.')).toEqual([]);
    expect(sections('The looked after child is placed under section 250 of the Children Act 1989.')).toEqual([]);
  });
});

describe('section tables', () => {
  it('each table names its source on legislation.gov.uk and the day it was checked', () => {
    for (const t of SECTION_TABLES) {
      expect(t.source).toBe(`https://www.legislation.gov.uk/${t.actId}/contents`);
      expect(t.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(t.last).toBeGreaterThan(0);
      if (t.letteredCompleteTo < t.last) expect(t.incomplete).toBeTruthy();
    }
    expect(sectionTable('ukpga/1989/41')!.titles['47']).toMatch(/duty to investigate/);
  });

  it('proves absence only where the table is complete', () => {
    expect(sectionAbsent('ukpga/1989/41', '47')).toBe(false);
    expect(sectionAbsent('ukpga/1989/41', '17ZD')).toBe(false);
    expect(sectionAbsent('ukpga/1989/41', '5QA')).toBe(true);
    expect(sectionAbsent('ukpga/1989/41', '109')).toBe(true);
    expect(sectionAbsent('ukpga/1989/41', '79Z')).toBe(false); // lettered sections after s52 are not all listed
    expect(sectionAbsent('ukpga/2017/13', '189A')).toBe(true); // the Homelessness Reduction Act 2017 has 13 sections (seen)
    expect(sectionAbsent('ukpga/2017/13', '10')).toBe(false);
    // The Children and Families Act 2014 ends at s140 (seen on its stored page; the citations' count had said 139).
    expect(sectionAbsent('ukpga/2014/6', '140')).toBe(false);
    expect(sectionAbsent('ukpga/2014/6', '141')).toBe(true);
    // A table whose last section was not seen on a stored copy of the Act proves nothing above it.
    expect(sectionTable('ukpga/1998/29')!.lastSeen).toBeUndefined();
    expect(sectionAbsent('ukpga/1998/29', '76')).toBe(false);
    expect(sectionAbsent('ukpga/9999/1', '500')).toBe(false);
  });

  it('property: no legislation.gov.uk link points to a section its table proves absent', () => {
    const acts = ['Children Act 1989', 'Data Protection Act 1998', 'Freedom of Information Act 2000', 'Human Rights Act 1998', 'the Act', ''];
    const num = fc.tuple(fc.integer({ min: 1, max: 700 }), fc.constantFrom('', 'A', 'ZA', 'QA', 'B', 'ZD')).map(([n, l]) => `${n}${l}`);
    fc.assert(
      fc.property(num, fc.constantFrom(...acts), fc.constantFrom('section ', 's.', 'Section ', 'sections 1 and '), (n, act, kw) => {
        const text = `The child in need was helped under ${kw}${n}${act ? ` of the ${act.replace(/^the /, '')}` : ''}.`;
        for (const m of scan(text, { kinds: ['section'] }) as SectionMatch[]) {
          if (!m.value.url || m.value.division !== 'section') continue;
          expect(sectionAbsent(m.value.actId, m.value.section), `${text} -> ${m.value.url}`).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the UK Acts table has legislation.gov.uk ids and no duplicate titles', () => {
    const titles = new Set<string>();
    for (const u of UK_INSTRUMENTS) {
      expect(u.id).toMatch(/^(ukpga|uksi|anaw|asp|wsi|nisi)\/\d{4}\/\d+$/);
      expect(titles.has(u.title)).toBe(false);
      titles.add(u.title);
    }
    expect(UK_INSTRUMENTS.length).toBeGreaterThanOrEqual(80);
  });
});

describe('Acts settled by the subject of the section and of the page', () => {
  it('a bare section on a records page goes to the Data Protection Act its subject names, saying so', () => {
    const page =
      'Seeing the files the council keeps on you\n\nYou may ask for a copy under section 7 of the Data Protection Act.\n\n' +
      'Some things may be kept back. Under section 29 we can hold back information that would harm the detection of crime.';
    const v = values(page, '2016-05-01');
    expect(v.map((x) => [x.section, x.act])).toEqual([
      ['7', 'Data Protection Act 1998'],
      ['29', 'Data Protection Act 1998'],
    ]);
    expect(v[1]!.assumed).toBe(true);
    expect(v[1]!.note).toMatch(/Data Protection Act 1998.*sentence describes/);
  });

  it('"section 7(4) of the Act" on a records reply is the Data Protection Act, though the Children Act 1989 was named last', () => {
    const page =
      'Your request for your care records\n\nWe have dealt with your letter as a subject access request under section 7 of the Data Protection Act.\n\n' +
      'You were accommodated under section 20 of the Children Act 1989 from 1995.\n\nLetters from your foster carers have been withheld under section 7(4) of the Act, as they did not consent.';
    expect(sections(page, '2015-02-02').at(-1)).toEqual(['section 7(4)', 'Data Protection Act 1998', '7']);
  });

  it('an FOI reply: a section after a paragraph naming the UK GDPR is the Freedom of Information Act 2000, never the GDPR', () => {
    const page =
      'Review of your FOI request\n\nThe reports were withheld under section 40(2) of the Freedom of Information Act 2000.\n\n' +
      'Disclosure would breach Article 5(1)(a) of the UK GDPR. The exemption in section 40(2) therefore applies. The council should have offered advice under section 16.';
    expect(sections(page).slice(1).map((s) => [s[1], s[2]])).toEqual([
      ['UK GDPR', '5'],
      ['Freedom of Information Act 2000', '40'],
      ['Freedom of Information Act 2000', '16'],
    ]);
  });

  it('a SEND page: "Sections 36 and 37 of the Act" are the Children and Families Act 2014, not the Children Act 1989', () => {
    const page =
      'EHC plans explained\n\nThe plan is made under the Children and Families Act 2014. A disabled child is also a child in need under the Children Act 1989, ' +
      'and a parent carer can ask for an assessment under section 17ZD of the Children Act 1989.\n\nSections 36 and 37 of the Act cover young people up to 25.';
    expect(sections(page).slice(-2)).toEqual([
      ['Sections 36', 'Children and Families Act 2014', '36'],
      ['37', 'Children and Families Act 2014', '37'],
    ]);
  });

  it('sections an amending Act inserted into another are that other Act’s, with the reason on the card', () => {
    const page =
      'Homeless 16 and 17 year olds: joint protocol\n\nThe housing authority acts under Part 7 of the Housing Act 1996. ' +
      'The Homelessness Reduction Act 2017 inserted sections 189A and 189B; the housing service then considers the case under Part 7 of its homelessness duties.';
    const v = values(page);
    const inserted = v.filter((x) => x.section === '189A' || x.section === '189B');
    expect(inserted.map((x) => x.act)).toEqual(['Housing Act 1996', 'Housing Act 1996']);
    expect(inserted[0]!.note).toMatch(/Homelessness Reduction Act 2017 has no section 189A/);
    expect(v.filter((x) => x.division === 'part').map((x) => x.act)).toEqual(['Housing Act 1996', 'Housing Act 1996']);
    // "Part 7" on a page that names no Act with that subject is nobody's.
    expect(sections('Complaints about the service are dealt with under Part 7 of the scheme.')).toEqual([]);
  });

  it('an Act named before a reference is its Act only when written right before it ("CA 1989, s 17"), not "as well as s17"', () => {
    const page = 'Children\'s social care: assessing a child in need.\n\nWhere a child is disabled, services may come under section 2 of the Chronically Sick and Disabled Persons Act 1970 as well as s17.';
    expect(sections(page).at(-1)).toEqual(['s17', 'Children Act 1989', '17']);
    expect(sections('Children Act 1989 (section 17, section 47)')).toEqual([
      ['section 17', 'Children Act 1989', '17'],
      ['section 47', 'Children Act 1989', '47'],
    ]);
  });

  it('regulations whose title begins with an Act\'s name go to the regulations', () => {
    expect(sections('This meets regulation 13(3) of the Children Act 1989 Representations Procedure (England) Regulations 2006 on annual reports.')).toEqual([
      ['regulation 13(3)', 'Children Act 1989 Representations Procedure (England) Regulations 2006', '13'],
    ]);
  });
});
