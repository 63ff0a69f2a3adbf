// Each form the detector reads, with expected values; negative cases; real sentences from the seeds.
import { describe, expect, it } from 'vitest';
import { seedPassage, seedsAvailable } from '../../seeds';
import { scan, type Match } from '../../../src/core/detect/index';
import { htmlToText } from '../../../src/core/text/html';
import { DETECTABLE_RULE_IDS } from '../../../src/core/detect/durations';
import { timescaleById } from '../../../src/core/knowledge/timescales';
import { conflictById } from '../../../src/core/knowledge/conflicts';

const of = <K extends Match['kind']>(text: string, kind: K, documentDate?: string) =>
  scan(text, { kinds: [kind], ...(documentDate ? { documentDate } : {}) }) as Extract<Match, { kind: K }>[];
const one = <K extends Match['kind']>(text: string, kind: K, documentDate?: string) => {
  const list = of(text, kind, documentDate);
  expect(list, JSON.stringify(list)).toHaveLength(1);
  return list[0]!;
};

describe('sections: forms', () => {
  it.each([
    ['a section 47 enquiry', 'section 47', '47', undefined],
    ['under Section 47 today', 'Section 47', '47', undefined],
    ['an s.47 enquiry', 's.47', '47', undefined],
    ['the S47 meeting', 'S47', '47', undefined],
    ['an s47(1)(b) duty', 's47(1)(b)', '47', '(1)(b)'],
    ['under sec. 47 the council', 'sec. 47', '47', undefined],
    ['often use section47 practices', 'section47', '47', undefined],
    ['an assessment under Section 17ZD here', 'Section 17ZD', '17ZD', undefined],
    ['s38(6) assessments', 's38(6)', '38', '(6)'],
  ])('%s', (text, span, section, sub) => {
    const m = one(text, 'section');
    expect(m.text).toBe(span);
    expect(m.value).toMatchObject({ act: 'Children Act 1989', actId: 'ukpga/1989/41', section, division: 'section', assumed: true });
    expect(m.value.subsection).toBe(sub);
    expect(m.value.url).toMatch(/^https:\/\/www\.legislation\.gov\.uk\/ukpga\/1989\/41\/section\//);
  });

  it('sections 17 and 47: one match per number', () => {
    const ms = of('help under sections 17 and 47 of the Children Act 1989', 'section');
    expect(ms.map((m) => m.text)).toEqual(['sections 17', '47']);
    expect(ms.map((m) => [m.value.section, m.value.act, m.value.assumed])).toEqual([
      ['17', 'Children Act 1989', false],
      ['47', 'Children Act 1989', false],
    ]);
  });

  it('explicit act nearby wins: section 10 of the Children Act 2004, s11 CA 2004', () => {
    const a = one('a duty under section 10 of the Children Act 2004 applies', 'section');
    expect(a.value).toMatchObject({ act: 'Children Act 2004', section: '10', assumed: false });
    expect(a.value.url).toBe('https://www.legislation.gov.uk/ukpga/2004/31/section/10');
    const b = one('the s11 CA 2004 audit', 'section');
    expect(b.value).toMatchObject({ act: 'Children Act 2004', section: '11', assumed: false });
  });

  it('acts named other ways: 1989 Children Act, CSDPA, HRA, PACE, misspelling', () => {
    expect(one('misuse of section 17 of the 1989 Children Act.', 'section').value.act).toBe('Children Act 1989');
    expect(one('support under section 2 of the CSDPA, and more', 'section').value.act).toBe('Chronically Sick and Disabled Persons Act 1970');
    expect(one('under section 7 of the HRA a claim', 'section').value.act).toBe('Human Rights Act 1998');
    expect(one('police used s17 PACE to enter', 'section').value.act).toBe('Police and Criminal Evidence Act 1984');
    expect(one("carried out under Section 17 of the Children’s Act 1989", 'section').value).toMatchObject({ act: 'Children Act 1989', assumed: false });
    expect(one('Children Act 1989 (section 17)', 'section').value).toMatchObject({ act: 'Children Act 1989', assumed: false });
  });

  it('"the 2004 Act" and document definitions', () => {
    expect(one('as section 11 of the 2004 Act requires', 'section').value.act).toBe('Children Act 2004');
    const defined = 'The Children and Families Act 2014 ("the 2014 Act") changed things. Section 14 of the 2014 Act inserted a limit.';
    expect(one(defined, 'section').value).toMatchObject({ act: 'Children and Families Act 2014', section: '14', assumed: false });
    expect(one('Section 3 of the 2014 Act says so.', 'section').value.act).toBeNull();
  });

  it('Article 8: HRA with Convention context, GDPR articles, NI Children Order', () => {
    const a = one('a breach of Article 8 of the ECHR (right to family life)', 'section');
    expect(a.value).toMatchObject({ act: 'Human Rights Act 1998', section: '8', division: 'article' });
    expect(a.value.url).toBe('https://www.legislation.gov.uk/ukpga/1998/42/schedule/1');
    const g = one('you have a right of access under Article 15 of the UK GDPR', 'section');
    expect(g.value).toMatchObject({ act: 'UK GDPR', section: '15', division: 'article' });
    expect(g.value.url).toBe('https://www.legislation.gov.uk/eur/2016/679/article/15');
    const ni = 'In Northern Ireland the HSC Trust applies under the Children Order. An Art. 62 order lasts 7 days. The Gateway Team decides.';
    const n = one(ni, 'section');
    expect(n.value).toMatchObject({ act: 'Children (Northern Ireland) Order 1995', section: '62', division: 'article' });
    expect(n.value.url).toBe('https://www.legislation.gov.uk/nisi/1995/755/article/62');
  });

  it('Part III / part five', () => {
    expect(one('duties in Part III of the Act', 'section').value).toMatchObject({ act: 'Children Act 1989', section: 'III', division: 'part' });
    expect(one('Other sections of part five allow', 'section').value).toMatchObject({ section: 'V', division: 'part', act: 'Children Act 1989' });
  });

  it('keyword tie-breaks and jurisdiction', () => {
    expect(one('the section 11 audit for police and schools', 'section').value.act).toBe('Children Act 2004');
    expect(one('a section 20 duty to make reasonable adjustments', 'section').value.act).toBe('Equality Act 2010');
    expect(one('a section 42 enquiry for the adult', 'section').value).toMatchObject({ act: 'Care Act 2014', assumed: true });
    expect(one('complain under section 26 to the Ombudsman', 'section').value.act).toBe('Local Government Act 1974');
    const wales = 'Welsh Government guidance for Wales. A report under section 130 is needed.';
    expect(one(wales, 'section').value.act).toBe('Social Services and Well-being (Wales) Act 2014');
  });

  it('s20 in a Welsh document after April 2016: flagged with the SSWBA s76 note (acts.md §5 rule 3)', () => {
    const wales = 'Welsh Government guidance for Wales. The child was accommodated under section 20 last year.';
    const m = one(wales, 'section');
    expect(m.value).toMatchObject({ act: 'Children Act 1989', section: '20', note: 'Wales: the current provision is SSWBA s76' });
    expect(one(wales, 'section', '2019-05-01').value.note).toBe('Wales: the current provision is SSWBA s76');
    // Before SSWBA 2014 replaced Part III in Wales (6 April 2016): no note.
    expect(one(wales, 'section', '2015-11-02').value.note).toBeUndefined();
    // Named explicitly: still flagged.
    expect(one('Welsh Government, Wales: s20 of the Children Act 1989 applies.', 'section').value.note).toBe('Wales: the current provision is SSWBA s76');
    // English documents and other numbers: no note.
    expect(one('The child was accommodated under section 20 last year.', 'section').value.note).toBeUndefined();
    expect(one('Welsh Government guidance for Wales. A section 31 application.', 'section').value.note).toBeUndefined();
  });

  it('fallback: CA 1989 numbers assumed; other numbers unresolved', () => {
    expect(one('a section 31 application', 'section').value).toMatchObject({ act: 'Children Act 1989', assumed: true });
    const u = one('under section 99 they said', 'section');
    expect(u.value).toMatchObject({ act: null, section: '99', assumed: false });
    expect(u.value.url).toBeUndefined();
  });

  it('not statute references', () => {
    const procedure = [
      'Contents',
      '  1. Planning principles',
      '  2. Child In Need Planning Meetings',
      '  3. Review Meetings',
      '  4. Key Timescales',
      '',
      'Section 3',
      'Reviews are held as set out in Section 2, Child \'In Need\' Planning Meetings. See Section 4 for timescales.',
      'This section explains reviews; see Section 3 above. Working Together chapter 1 paragraph 71 applies.',
      'Section 4 of Working Together says so.',
    ].join('\n');
    expect(of(procedure, 'section')).toEqual([]);
  });

  it('seed sentences', () => {
    const s = of('Children Act 1989 (section 17, section 47)', 'section');
    expect(s.map((m) => [m.text, m.value.act, m.value.assumed])).toEqual([
      ['section 17', 'Children Act 1989', false],
      ['section 47', 'Children Act 1989', false],
    ]);
    const r = one('Remember Section 17, Of The Children Act 1989.', 'section');
    expect(r.value).toMatchObject({ act: 'Children Act 1989', section: '17', assumed: false });
    const c = one('Care Plans, Section 47, Child Protection (CPP), Child In Need (CIN).', 'section');
    expect(c.value).toMatchObject({ act: 'Children Act 1989', section: '47', assumed: true });
  });
});

describe('durations: forms', () => {
  it.each([
    ['within 15 working days of it', '15 working days', 15, 'working_day', undefined],
    ['within fifteen working days', 'fifteen working days', 15, 'working_day', undefined],
    ['three months later', 'three months', 3, 'month', undefined],
    ['every 4-6 weeks', '4-6 weeks', 4, 'week', 6],
    ['between 25 and 65 working days', '25 and 65 working days', 25, 'working_day', 65],
    ['the 26-week limit', '26-week', 26, 'week', undefined],
    ['a 72-hour limit', '72-hour', 72, 'hour', undefined],
    ['on a 4 weekly basis', '4 weekly', 4, 'week', undefined],
    ['within one working day', 'one working day', 1, 'working_day', undefined],
    ['at least 24 hours before', '24 hours', 24, 'hour', undefined],
    ['on a 12-weekly basis', '12-weekly', 12, 'week', undefined],
    ['6-monthly reviews', '6-monthly', 6, 'month', undefined],
    ['a minimum of 12- weekly visits', '12- weekly', 12, 'week', undefined],
    ['this time of 3 month\'s then', "3 month's", 3, 'month', undefined],
    ['The 15 Working Day Rule', '15 Working Day', 15, 'working_day', undefined],
    ['within a month', 'a month', 1, 'month', undefined],
  ])('%s', (text, span, amount, unit, max) => {
    const m = one(text, 'duration');
    expect(m.text).toBe(span);
    expect(m.value.amount).toBe(amount);
    expect(m.value.unit).toBe(unit);
    expect(m.value.max).toBe(max);
  });

  it('not durations: ages, "a month" outside "within", bare "weekly"', () => {
    expect(of('since I was 19 years old', 'duration')).toEqual([]);
    expect(of('a 12-year-old girl', 'duration')).toEqual([]);
    expect(of('allow them a month; weekly visits; half an hour', 'duration')).toEqual([]);
  });

  it('rule ids from the sentence', () => {
    const cases: [string, string][] = [
      ['The initial child protection conference takes place within 15 working days of a strategy discussion.', 'icpc-15wd'],
      ['The first core group meeting should be held within 10 working days of the ICPC.', 'core-group-first'],
      ['Any assessment must take no more than 45 working days from the point of referral.', 'assessment-45wd'],
      ['Within one working day of a referral being received, a social worker should make a decision.', 'referral-decision'],
      ['The first review is held within three months of the initial conference.', 'rcpc-first'],
      ['The council should respond to the complaint within 10 working days.', 'complaint-stage1'],
      ['A subject access request must be answered within one month.', 'sar-1-month'],
      ['No child may be kept in police protection for more than 72 hours.', 'police-protection-72h'],
      ['An emergency protection order lasts up to 8 days.', 'epo-8-days'],
      ['Care proceedings should finish within 26 weeks of the application.', 'care-proceedings-26wk'],
      ['The receiving authority should convene a conference within 15 working days of being notified of the move.', 'cp-transfer-conference'],
    ];
    for (const [text, id] of cases) {
      const m = one(text, 'duration');
      expect(m.value.ruleId, text).toBe(id);
      expect(m.value.conflict, text).toBeUndefined();
    }
  });

  it.skipIf(!seedsAvailable)('conflicts: seed 002 says 45 days for the assessment (N-45)', () => {
    const text = seedPassage('If children’s social care services decide to conduct', 'the referral was received.');
    const m = one(text, 'duration');
    expect(m.value).toMatchObject({ amount: 45, unit: 'day', ruleId: 'assessment-45wd', conflict: { id: 'N-45', expected: '45 working days' } });
  });

  it('conflicts: 15 days for the ICPC (N-15days), SAR 30 days (N-sar), 15 WD for a visit (N-15WD)', () => {
    expect(one('An ICPC should be held within 15 days of the strategy meeting.', 'duration').value.conflict?.id).toBe('N-15days');
    expect(one('a subject access request, which can take up to 30 days', 'duration').value).toMatchObject({ ruleId: 'sar-1-month', conflict: { id: 'N-sar' } });
    const v = one('Children services have a maximum of 15 working days from their strategy meeting to come out on a home visit.', 'duration');
    expect(v.value).toMatchObject({ ruleId: 'icpc-15wd', conflict: { id: 'N-15WD' } });
  });

  it('Cambridgeshire procedure: local rule ids', () => {
    const cambs = 'Cambridgeshire procedure. Further Core Group meetings should be held every 4 weeks. Seen alone at least every four weeks by the Social Worker.';
    expect(of(cambs, 'duration').map((m) => m.value.ruleId)).toEqual(['cambs-core-group-frequency', 'cambs-cp-seen-alone']);
  });

  it('every rule id and conflict id the detector attaches exists in the knowledge base', () => {
    for (const id of DETECTABLE_RULE_IDS) expect(timescaleById(id), id).toBeDefined();
    const texts = [
      'they have 45 days to do the assessment after referral',
      'An ICPC should be held within 15 days of the strategy meeting.',
      'a subject access request can take up to 30 days',
      'core group meetings every 4-6 weeks',
      'the case runs silently for a further 3 months',
      'We were not given 24 hours to speak to a solicitor before the section 20',
    ];
    for (const t of texts) {
      const m = one(t, 'duration');
      expect(m.value.conflict, t).toBeDefined();
      expect(conflictById(m.value.conflict!.id), m.value.conflict!.id).toBeDefined();
    }
  });
});

describe('dates: forms', () => {
  it.each([
    ['3 Mar 2019', '3 Mar 2019', '2019-03-03'],
    ['as of 1st December 2019 it is', '1st December 2019', '2019-12-01'],
    ['on the 23rd of February 2025', '23rd of February 2025', '2025-02-23'],
    ['dated 24/06/2019.', '24/06/2019', '2019-06-24'],
    ['dated 05/06/2019', '05/06/2019', '2019-06-05'],
    ['on 2019-06-24 we', '2019-06-24', '2019-06-24'],
    ['by May 21, 2026 at', 'May 21, 2026', '2026-05-21'],
    ['on Monday 5 January 2026 at 10am', 'Monday 5 January 2026', '2026-01-05'],
    ['Tuesday, 3rd March 2026', 'Tuesday, 3rd March 2026', '2026-03-03'],
  ])('%s', (text, span, iso) => {
    const m = one(text, 'date');
    expect(m.text).toBe(span);
    expect(m.value).toEqual({ iso });
  });

  it('not dates', () => {
    const text = [
      'the Children Act 1989 and the Children Act 2004',
      'case number LS19C00123 and [1998] 1 CCLR 119',
      'MI Number:36/16 and 1/2/3/4',
      'see 2019-02-06.png and report_24-06-2019.pdf',
      'section 17 may be used; s47 March',
      'an impossible 31/02/2019 and 29/02/2019',
      'April 2014 and June',
    ].join('\n');
    expect(of(text, 'date')).toEqual([]);
  });

  it('partial dates only with a document date, marked inferred', () => {
    expect(of('The meeting is on Monday 5th at 10am.', 'date')).toEqual([]);
    const m = one('The meeting is on Monday 5th at 10am.', 'date', '2026-01-02');
    expect(m.value).toEqual({ iso: '2026-01-05', inferred: true });
    expect(m.text).toBe('Monday 5th');
    const t = one('We will visit on the 12th.', 'date', '2026-03-02');
    expect(t.value).toEqual({ iso: '2026-03-12', inferred: true });
    expect(one('the review on 5 January', 'date', '2025-12-20').value).toEqual({ iso: '2026-01-05', inferred: true });
    // "the 12th" before the document date's day: not certain, not reported.
    expect(of('We visited on the 2nd.', 'date', '2026-03-20')).toEqual([]);
    expect(of('section 17 may be used', 'date', '2026-03-20')).toEqual([]);
  });
});

describe('terms', () => {
  it('longest variant wins', () => {
    const ms = of('An initial child protection conference was held.', 'term');
    expect(ms.map((m) => [m.text, m.value.id])).toEqual([['initial child protection conference', 'initial-child-protection-conference']]);
  });

  it('plurals and misspellings', () => {
    expect(one('the section 47 enquires were', 'term').value.id).toBe('section-47-enquiry');
    expect(one('two children protection plans', 'term').value.id).toBe('child-protection-plan');
    expect(one('the Core Groups met', 'term').value.id).toBe('core-group');
  });

  it('abbreviations are case-sensitive', () => {
    expect(one('the ICPC was held', 'term').value.id).toBe('initial-child-protection-conference');
    expect(of('the icpc was held', 'term').filter((m) => m.value.id === 'initial-child-protection-conference')).toEqual([]);
  });

  it('qualifiers stay outside; bracketed acronyms inside a term', () => {
    expect(one('is likely to suffer significant harm', 'term').text).toBe('significant harm');
    const ms = of('Children in Need (CIN) Plan or a Child Protection (CP) Plan', 'term');
    expect(ms.map((m) => [m.text, m.value.id])).toEqual([
      ['Children in Need (CIN) Plan', 'child-in-need-plan'],
      ['Child Protection (CP) Plan', 'child-protection-plan'],
    ]);
    const two = of('an interim care order (ICO) was made', 'term');
    expect(two.map((m) => m.text)).toEqual(['interim care order', 'ICO']);
  });

  it('terms never join two paragraphs', () => {
    expect(of('child protection\nplan', 'term').map((m) => m.text)).not.toContain('child protection\nplan');
  });
});

describe('scan', () => {
  it('orders by start, options.kinds filters', () => {
    const text = 'On 3 Mar 2019 a section 47 enquiry began; the ICPC followed within 15 working days.';
    const all = scan(text);
    expect(all.map((m) => m.start)).toEqual([...all.map((m) => m.start)].sort((a, b) => a - b));
    expect(new Set(all.map((m) => m.kind))).toEqual(new Set(['date', 'section', 'term', 'duration']));
    expect(scan(text, { kinds: ['date'] }).every((m) => m.kind === 'date')).toBe(true);
    expect(scan('')).toEqual([]);
  });

  it('UTF-16 offsets with astral characters before a match', () => {
    const text = '😀😀 section 47 📄';
    const m = one(text, 'section');
    expect(text.slice(m.start, m.end)).toBe('section 47');
    expect(m.start).toBe(5);
  });
});

describe('htmlToText', () => {
  it('drops script/style/noscript/template, decodes entities, breaks at blocks', () => {
    const html =
      '<html><head><title>T</title><style>p{}</style></head><body><script>var s = "section 47";</script>' +
      '<p>Under <b>section&nbsp;47</b> of the Children Act 1989</p><noscript>no</noscript><template>section 20</template>' +
      '<div>within 15&#32;working days</div><ul><li>child protection</li><li>plan</li></ul><p>a &amp; b &lt;c&gt; &#x2019;</p></body></html>';
    const text = htmlToText(html);
    expect(text).toBe('Under section\u00a047 of the Children Act 1989\nwithin 15 working days\nchild protection\nplan\na & b <c> ’');
    const kinds = scan(text).map((m) => [m.kind, m.text]);
    expect(kinds).toContainEqual(['section', 'section\u00a047']);
    expect(kinds).toContainEqual(['duration', '15 working days']);
    expect(kinds.filter(([k]) => k === 'term').map(([, t]) => t)).not.toContain('child protection\nplan');
  });

  it('copes with comments, unclosed tags and stray <', () => {
    expect(htmlToText('a <!-- x --> b < c <p>d')).toBe('a b < c\nd');
    expect(htmlToText('<script>never closed')).toBe('');
  });
});
