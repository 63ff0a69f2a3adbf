// Where sources disagree (shared/domain/timescales.md §5). Each conflict names the rules involved and what each
// side says, with its scope, so a card can show both and say which carries more weight. Wording is ours.

import type { Conflict, Source } from './types';
import { REFERENCE_CHECK, REVISED_TEXT, workingTogether2018, workingTogether2023 } from './currency';

const WT2018 = workingTogether2018;
/** The current edition's side: the same figure, by chapter and topic (its paragraph numbers were not found; see WT2023_PARAGRAPH_SEARCH). */
const WT2023 = workingTogether2023;
const PASSUK = (locator: string): Source => ({ document: 'PASSuk parent-advice blog', locator, version: '2019', seed: '000_b1c3d12304034056.txt', checkedOn: REFERENCE_CHECK });
const IVISON = (locator: string): Source => ({ document: 'Ivison Trust overview of social care stages', locator, seed: '002_9dc9806dd25f0510.txt', checkedOn: REFERENCE_CHECK });
const CAMBS = (section: string): Source => ({
  document: 'Cambridgeshire children’s services procedure 2.2.6 “Planning and Review”',
  locator: `section ${section}`,
  seed: '003_2368b95eb7f1a6ff.txt',
  checkedOn: REFERENCE_CHECK,
});

export const CONFLICTS: Conflict[] = [
  {
    id: 'N-45',
    summary: 'A charity overview gives “45 days” from the referral for the assessment; Working Together says 45 working days, and as a maximum rather than a target. 45 working days is about 63 calendar days, more over bank holidays.',
    rules: ['assessment-45wd', 'ivison-45-days'],
    sides: [
      { source: WT2023('chapter 3'), says: 'Still 45 working days (as reported by 2023-era guides).', scope: 'national-guidance' },
      { source: WT2018('chapter 1, para 75'), says: 'No longer than 45 working days from the point of referral; the reasons must be recorded if it takes longer.', scope: 'national-guidance' },
      { source: IVISON('“What happens once you have contacted social care?”'), says: 'Within 45 days of the referral, calling it an “initial assessment” (separate initial and core assessments ended in 2013).', scope: 'community-claim' },
    ],
  },
  {
    id: 'N-15WD',
    summary: 'A parent blog turns the 15 working days between the strategy discussion and the initial conference into a deadline for a home visit or section 47 assessment, after which parents could refuse entry. Working Together ties the 15 working days to the conference and sets no deadline for visits.',
    rules: ['icpc-15wd', 'passuk-15wd-home-visit', 'see-child', 's47-enquiry'],
    sides: [
      { source: WT2023('chapter 3, initial child protection conference'), says: 'The initial child protection conference is still due within 15 working days of the strategy discussion; the 2023 edition sets no deadline for visits either.', scope: 'national-guidance' },
      { source: WT2018('“Outcome of section 47 enquiries”'), says: 'The initial child protection conference should be held within 15 working days of the strategy discussion.', scope: 'national-guidance' },
      { source: WT2018('“Assessment of a child under the Children Act 1989”'), says: 'The child is seen within a timescale that fits the concerns; there is no fixed visit deadline.', scope: 'national-guidance' },
      { source: { document: 'Children Act 1989', locator: 's43, s44(1)(b)', url: 'https://www.legislation.gov.uk/ukpga/1989/41/section/44', version: REVISED_TEXT, checkedOn: REFERENCE_CHECK }, says: 'If access to the child is unreasonably refused during enquiries and is urgently needed, the local authority can seek an emergency protection order or a child assessment order; elapsed time gives parents no right to refuse.', scope: 'statute' },
      { source: PASSUK('post “Remember The 15 Working Day Rule” (24 June 2019)'), says: 'Social care has at most 15 working days from the strategy meeting to visit; after that parents may lawfully refuse entry.', scope: 'community-claim' },
    ],
  },
  {
    id: 'N-15days',
    summary: 'Several local procedures (for example Liverpool, Norfolk, West Mercia and Warrington) and one Cambridgeshire paragraph on pre-birth cases give “15 days” and leave out “working”. Working Together means working days; use working days unless the local document clearly means calendar days, and show both when it is unclear.',
    rules: ['icpc-15wd', 'cambs-icpc'],
    sides: [
      { source: WT2023('chapter 3, initial child protection conference'), says: 'Still 15 working days from the strategy discussion.', scope: 'national-guidance' },
      { source: WT2018('“Outcome of section 47 enquiries”'), says: 'Within 15 working days of the strategy discussion.', scope: 'national-guidance' },
      { source: CAMBS('6'), says: 'Within 15 working days; but the pre-birth paragraph says “within 15 days of the strategy meeting”.', scope: 'local-procedure' },
      { source: { document: 'Local child protection procedures (Liverpool, Norfolk, West Mercia, Warrington)', locator: 'initial conference timescale', checkedOn: REFERENCE_CHECK }, says: '“Within a maximum of 15 days”, with no mention of working days.', scope: 'local-procedure' },
    ],
  },
  {
    id: 'N-core',
    summary: 'How often core groups meet: national guidance sets only the first meeting (10 working days) and leaves the rest to the conference; Cambridgeshire says every 4 weeks, Wales monthly and at most 6-weekly, and a parent blog “4–6 weeks”. Meeting every 4 to 6 weeks is what many areas do locally; no national rule says so.',
    rules: ['core-group-first', 'core-group-frequency', 'cambs-core-group-first', 'cambs-core-group-frequency', 'wales-core-group', 'wales-core-group-frequency', 'passuk-core-group-4-6wk'],
    sides: [
      { source: WT2023('chapter 3, core group'), says: 'Still a first core group within 10 working days of the initial conference, later meetings as the plan sets.', scope: 'national-guidance' },
      { source: WT2018('“The child protection plan” and “Initial child protection conferences”'), says: 'First core group within 10 working days of the initial conference; later meetings as the conference decides.', scope: 'national-guidance' },
      { source: CAMBS('6'), says: 'First within 10 working days, then every 4 weeks.', scope: 'local-procedure' },
      { source: { document: 'Wales Safeguarding Procedures', locator: 'children, part 3', version: '2019', checkedOn: REFERENCE_CHECK }, says: 'First within 10 working days, then monthly and never more than 6 weeks apart.', scope: 'national-guidance' },
      { source: PASSUK('“Child Protection Plans Explained”; “Child in Need Plans Explained”'), says: 'Core groups every 4–6 weeks, for child protection and child in need alike.', scope: 'community-claim' },
    ],
  },
  {
    id: 'N-rcpc',
    summary: 'A charity overview says review conferences are “usually every 6 months”, leaving out that the first review must be within 3 months of the initial conference.',
    rules: ['rcpc-first', 'rcpc-subsequent', 'cambs-rcpc', 'cambs-rcpc-subsequent', 'ivison-rcpc-6-months'],
    sides: [
      { source: WT2023('chapter 3, child protection review conference'), says: 'Still a first review within 3 months, then at most 6 months apart.', scope: 'national-guidance' },
      { source: WT2018('“The child protection plan” and “Child protection review conference”'), says: 'First review within 3 months of the initial conference, then at intervals of no more than 6 months.', scope: 'national-guidance' },
      { source: CAMBS('6'), says: 'The same: 3 months, then at most 6 months apart.', scope: 'local-procedure' },
      { source: IVISON('“Child Protection Review Conference”'), says: 'Review conferences are usually held every 6 months.', scope: 'community-claim' },
    ],
  },
  {
    id: 'N-transfer',
    summary: 'When a child with a plan moves in, Working Together starts the 15 working days when the new area is told of the move; Cambridgeshire starts them from written notice of the permanent address, and has a separate 3-month rule for moves not first seen as permanent. The local clock can start later than the national one.',
    rules: ['cp-transfer-conference', 'cambs-transfer-in-conference', 'cambs-transfer-in-nonpermanent', 'cambs-transfer-in-nonpermanent-conference'],
    sides: [
      { source: WT2023('chapter 3, moving between local authority areas'), says: 'Still a conference in the new area within 15 working days of it hearing about the move.', scope: 'national-guidance' },
      { source: WT2018('“Discontinuing the Child Protection Plan”'), says: 'The new area holds a conference no more than 15 working days after it hears of the move.', scope: 'national-guidance' },
      { source: CAMBS('8'), says: 'Within 15 working days of written notification of the permanent address; if a move was not first seen as permanent, a conference once the family has stayed 3 months.', scope: 'local-procedure' },
    ],
  },
  {
    id: 'N-cin-minutes',
    summary: 'A parent blog says child in need meetings have no independent chair and nobody takes minutes. The first part fits Cambridgeshire (a senior practitioner or social worker chairs, not an IRO); the second does not: Cambridgeshire requires summary minutes within 10 working days and a minute-taker for complex meetings.',
    rules: ['cambs-cin-minutes', 'cambs-cin-first-meeting'],
    sides: [
      { source: CAMBS('2 and 4'), says: 'Meetings are chaired by a senior practitioner or qualified social worker; summary minutes are circulated within 10 working days; complex meetings have a minute-taker.', scope: 'local-procedure' },
      { source: PASSUK('“Child in Need Plans Explained”'), says: 'Child in need meetings have no independent chair and no minutes are taken.', scope: 'community-claim' },
    ],
  },
  {
    id: 'N-silent',
    summary: 'A parent blog says a case “runs silently” for 3 months after the closure letter. We found no basis for this in the Children Act 1989, Working Together (2018 or 2023) or the Cambridgeshire procedure.',
    rules: ['passuk-silent-3-months'],
    sides: [
      { source: PASSUK('post of 9 December 2019'), says: 'After closure the case stays silently open for another 3 months.', scope: 'community-claim' },
      { source: WT2023('chapter 3'), says: 'Nothing about a hidden period during which a closed case stays open.', scope: 'national-guidance' },
      { source: WT2018('chapter 1 (case closure)'), says: 'No hidden open period after closure; records are kept and a new referral may be linked to the history.', scope: 'national-guidance' },
      { source: CAMBS('6'), says: 'Closure follows a final meeting and a manager’s approval; no further silent period.', scope: 'local-procedure' },
    ],
  },
  {
    id: 'N-sar',
    summary: 'A parent blog says a subject access request can take “up to 30 days” and must be made during the home visit. The law gives one calendar month from receipt (day of receipt is day 1), extendable by two months if the requester is told within the first month, with the clock paused while ID or clarification is awaited; a request can be made at any time.',
    rules: ['sar-1-month', 'passuk-sar-30-days'],
    sides: [
      { source: { document: 'UK GDPR', locator: 'Art 12(3), Art 12A, Art 15', url: 'https://www.legislation.gov.uk/eur/2016/679/article/12', version: REVISED_TEXT, checkedOn: REFERENCE_CHECK }, says: 'Without undue delay and within one month of receipt, extendable by two further months for complex or numerous requests.', scope: 'statute' },
      { source: PASSUK('post of 9 December 2019'), says: 'It takes up to 30 days, and the section 47 assessment has to be requested during the home visit or the chance is lost.', scope: 'community-claim' },
    ],
  },
  {
    id: 'N-s20',
    summary: 'Local authorities often ask parents to sign a section 20 “letter of agreement”, sometimes with a clause asking for notice before the child is taken home. The Act lets anyone with parental responsibility remove the child at any time, and the Supreme Court called that right unqualified; a notice clause cannot override it.',
    rules: ['s20-removal', 's20-24h-solicitor'],
    sides: [
      { source: { document: 'Children Act 1989', locator: 's20(7)–(8)', url: 'https://www.legislation.gov.uk/ukpga/1989/41/section/20', version: REVISED_TEXT, checkedOn: REFERENCE_CHECK }, says: 'A person with parental responsibility may remove the child from accommodation at any time; no notice period.', scope: 'statute' },
      { source: { document: 'Williams and another v London Borough of Hackney', locator: '[2018] UKSC 37', checkedOn: REFERENCE_CHECK }, says: 'The right to remove is unqualified (subject to court orders); only court orders or police protection can keep the child away from a parent who wants them back; long-term s20 is not itself a breach but may breach other duties or Article 8.', scope: 'statute' },
      { source: { document: 'Re N (Adoption: Jurisdiction)', locator: '[2015] EWCA Civ 1112', notes: 'details UNV', checkedOn: REFERENCE_CHECK }, says: 'Reported to say agreements should be clear, simple (translated if needed) and should state the right to remove at any time without restricting it.', scope: 'statute' },
      { source: { document: 'Section 20 agreements used by local authorities', locator: 'notice clauses', checkedOn: REFERENCE_CHECK }, says: 'Parents are asked to give notice (a number of days) before removing the child.', scope: 'local-procedure' },
      { source: { document: 'Transparency Project blog, reader comment', seed: '004_07e5a30e9200ec0b.txt', checkedOn: REFERENCE_CHECK }, says: 'A parent should get 24 hours to take a solicitor’s advice before signing.', scope: 'community-claim' },
    ],
  },
  {
    id: 'N-terms',
    summary: 'A charity overview names the health safeguarding partner as the clinical commissioning group and says the child protection plan is “outlined under section 47”. Integrated care boards took over from clinical commissioning groups as the health partner in July 2022, the council partner is the whole local authority rather than its social care department, and the child protection plan is a creature of Working Together, not of section 47’s text.',
    rules: ['icpc-15wd', 's47-enquiry'],
    sides: [
      { source: IVISON('safeguarding partners; child protection plan'), says: 'Names the police, children’s social care and the NHS clinical commissioning group as the safeguarding partners, and places the child protection plan in section 47.', scope: 'community-claim' },
      { source: { document: 'Health and Care Act 2022', url: 'https://www.legislation.gov.uk/ukpga/2022/31', version: REVISED_TEXT, checkedOn: REFERENCE_CHECK }, says: 'Clinical commissioning groups were replaced by integrated care boards in July 2022.', scope: 'statute' },
      { source: WT2023('chapter 3'), says: 'Safeguarding partners are the local authority, the integrated care board and the police; child protection plans are set out in this guidance.', scope: 'national-guidance' },
    ],
  },
];

const BY_ID = new Map(CONFLICTS.map((c) => [c.id, c]));

export function conflictById(id: string): Conflict | undefined {
  return BY_ID.get(id);
}
