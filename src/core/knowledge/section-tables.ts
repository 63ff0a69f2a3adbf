// Which section numbers each Act has, as data: a reference whose number the table proves absent from the Act it
// would resolve to is not that Act's section (a document's own "Section 5QA" is not the Children Act 1989's).
// From the Acts' contents pages on legislation.gov.uk (every number from 1 to the last exists there, repealed
// ones included; lettered sections were inserted later). Where a table does not list every lettered section,
// `letteredCompleteTo` says up to which number it does, and `incomplete` says what is missing.
import { ACTS } from './acts';

export interface SectionTable {
  actId: string;
  title: string;
  source: string;
  checked: string;
  /** Every plain number from 1 to `last` is a section of the Act. */
  last: number;
  /**
   * Where `last` was seen (a stored copy of the Act's contents or text). Without it `last` is the citation's count,
   * not re-read, and a number above it is not proved absent.
   */
  lastSeen?: string;
  /** Lettered (inserted) sections known, e.g. "17ZA". */
  lettered: string[];
  /** Lettered sections are all listed for sections numbered up to this (0: none proven). */
  letteredCompleteTo: number;
  /** What the table lacks, in words. */
  incomplete?: string;
  /** Titles of the sections, where the table carries them (the knowledge base's titles are added below). */
  titles: Record<string, string>;
}

/** Where the last sections of these Acts were seen (the search tool's stored pages; see SECTION_TABLES). */
const LAST_SEEN: Record<string, string> = {
  'ukpga/1989/41':
    'legislation.gov.uk contents (stored: /ukpga/1989/41/contents/1993-04-01) and Part XII pages (stored: /part/XII/crossheading/general, s.103-108); Part XA annotation "ss. 79A-79X"',
  'ukpga/2017/13': 'the Act as printed (stored copy of 2017 c. 13: contents list, sections 1 to 13)',
  // The table had 139 from the citations; the stored page shows a section 140.
  'ukpga/2014/6': 'legislation.gov.uk /ukpga/2014/6/section/140/enacted (stored): s.140 "Short title and extent", the last section of Part 10',
};

const range = (prefix: string, from: string, to: string): string[] => {
  const out: string[] = [];
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) out.push(prefix + String.fromCharCode(c));
  return out;
};

const CHECKED = '2026-12-07';
const contents = (id: string) => `https://www.legislation.gov.uk/${id}/contents`;

const table = (actId: string, title: string, last: number, lettered: string[], letteredCompleteTo: number, incomplete?: string, titles: Record<string, string> = {}): SectionTable => ({
  actId, title, source: contents(actId), checked: CHECKED, last, ...(LAST_SEEN[actId] ? { lastSeen: LAST_SEEN[actId] } : {}), lettered, letteredCompleteTo, ...(incomplete ? { incomplete } : {}), titles,
});

export const SECTION_TABLES: SectionTable[] = [
  table(
    'ukpga/1989/41', 'Children Act 1989', 108,
    [
      '4ZA', '4A', ...range('11', 'A', 'P'), ...range('14', 'A', 'G'), '16A', '16B', ...range('17Z', 'A', 'I'), '17A', '17B',
      ...range('22', 'A', 'G'), '23ZZA', '23ZA', '23ZB', '23A', '23B', '23C', '23CZA', '23CZB', '23CA', '23D', '23E', ...range('24', 'A', 'D'),
      ...range('25', 'A', 'C'), '26ZA', '26ZB', '26A', '30A', '31A', '31ZA', '38A', '38B', '44A', '44B',
      '65A', ...range('79', 'A', 'X'), '86A', '87A', '87B', '87C', '87D',
    ],
    52,
    'lettered sections after section 52 (Parts VI to XII) may be missing; titles only for the sections CareLens explains',
    {
      '5': 'Appointment of guardians', '6': 'Guardians: revocation and disclaimer', '9': 'Restrictions on making section 8 orders',
      '12': 'Child arrangements orders and parental responsibility', '13': 'Change of child’s name or removal from jurisdiction',
      '16': 'Family assistance orders', '18': 'Day care for pre-school and other children', '19': 'Review of provision for day care, child minding etc.',
      '21': 'Provision of accommodation for children in police protection or detention or on remand, etc.',
      '23': 'Provision of accommodation and maintenance by local authority for children whom they are looking after',
      '24': 'Persons qualifying for advice and assistance', '36': 'Education supervision orders', '39': 'Discharge and variation etc. of care orders and supervision orders',
      '40': 'Orders pending appeals in cases about care or supervision orders', '49': 'Abduction of children in care etc.',
      '50': 'Recovery of abducted children etc.', '51': 'Refuges for children at risk', '52': 'Rules and regulations',
    },
  ),
  table('ukpga/2004/31', 'Children Act 2004', 69, ['11A', ...range('16', 'A', 'K'), '12A', '12B', '12C', '12D'], 0, 'lettered sections not all listed'),
  table('ukpga/2014/6', 'Children and Families Act 2014', 140, [], 0, 'lettered sections not listed'),
  table('ukpga/2017/16', 'Children and Social Work Act 2017', 70, [], 0, 'lettered sections not listed'),
  table('ukpga/2002/38', 'Adoption and Children Act 2002', 150, [], 0, 'lettered sections not listed'),
  table('ukpga/1998/42', 'Human Rights Act 1998', 22, ['21A'], 0, 'lettered sections not all listed'),
  table('ukpga/1998/29', 'Data Protection Act 1998', 75, ['7A', '55A', '55B', '55C', '55D', '55E', '56A'], 0, 'lettered sections not all listed', {
    '7': 'Right of access to personal data', '10': 'Right to prevent processing likely to cause damage or distress', '29': 'Crime and taxation', '35': 'Disclosures required by law or made in connection with legal proceedings etc.',
  }),
  table('ukpga/2018/12', 'Data Protection Act 2018', 215, [], 0, 'lettered sections not listed', {
    '45': 'Right of access by the data subject (law enforcement processing)', '94': 'Right of access (intelligence services processing)',
  }),
  table('ukpga/2000/36', 'Freedom of Information Act 2000', 88, ['11A', '11B', '19A', '45A', '62A'], 0, 'lettered sections not all listed', {
    '1': 'General right of access to information held by public authorities', '10': 'Time for compliance with request', '12': 'Exemption where cost of compliance exceeds appropriate limit',
    '14': 'Vexatious or repeated requests', '21': 'Information accessible to applicant by other means', '22': 'Information intended for future publication',
    '30': 'Investigations and proceedings conducted by public authorities', '31': 'Law enforcement', '36': 'Prejudice to effective conduct of public affairs',
    '40': 'Personal information', '41': 'Information provided in confidence', '42': 'Legal professional privilege', '50': 'Application for decision by Commissioner',
  }),
  table('ukpga/2014/23', 'Care Act 2014', 127, [], 0, 'lettered sections not listed'),
  table('ukpga/2010/15', 'Equality Act 2010', 218, [], 0, 'lettered sections not listed'),
  table('ukpga/1996/56', 'Education Act 1996', 583, [], 0, 'lettered sections not listed'),
  table('ukpga/2002/32', 'Education Act 2002', 216, [], 0, 'lettered sections not listed'),
  table('ukpga/2005/9', 'Mental Capacity Act 2005', 69, [], 0, 'lettered sections not listed'),
  table('ukpga/1983/20', 'Mental Health Act 1983', 149, [], 0, 'lettered sections not listed'),
  table('ukpga/2000/14', 'Care Standards Act 2000', 122, [], 0, 'lettered sections not listed'),
  table('anaw/2014/4', 'Social Services and Well-being (Wales) Act 2014', 199, [], 0, 'lettered sections not listed'),
  table('ukpga/1996/52', 'Housing Act 1996', 232, ['166A', '189A', '189B', '189C', '195A', '213A', '213B'], 0, 'lettered sections not all listed (those listed: Part 7 as amended by the Homelessness Reduction Act 2017)'),
  table('ukpga/2017/13', 'Homelessness Reduction Act 2017', 13, [], 13, undefined, {
    '1': 'Meaning of “threatened with homelessness”', '2': 'Duty to provide advisory services', '3': 'Duty to assess all eligible applicants’ cases and agree a plan',
    '4': 'Duty in cases of threatened homelessness', '5': 'Duties owed to those who are homeless', '6': 'Duties to help to secure accommodation',
    '7': 'Deliberate and unreasonable refusal to co-operate: duty upon giving of notice', '8': 'Local connection of a care leaver', '9': 'Reviews',
    '10': 'Duty of public authority to refer cases to local housing authority', '11': 'Codes of practice', '12': 'Suitability of private rented sector accommodation',
    '13': 'Extent, commencement and short title',
  }),
];

const BY_ID = new Map(SECTION_TABLES.map((t) => [t.actId, t]));

// The knowledge base's own section titles join the table of their Act.
for (const act of ACTS) {
  const t = act.id ? BY_ID.get(act.id) : undefined;
  if (!t || !act.sections) continue;
  for (const [num, p] of Object.entries(act.sections)) t.titles[num] ??= p.title;
}

export function sectionTable(actId: string | undefined): SectionTable | undefined {
  return actId ? BY_ID.get(actId) : undefined;
}

/**
 * Does the table prove that `section` (e.g. "47", "17ZA", "5QA") is not a section of the Act? Unknown Acts and
 * lettered numbers beyond what the table lists prove nothing.
 */
export function sectionAbsent(actId: string | undefined, section: string): boolean {
  const t = sectionTable(actId);
  if (!t) return false;
  const m = /^(\d+)([A-Z]*)$/.exec(section.toUpperCase());
  if (!m) return false;
  const n = Number(m[1]);
  if (n < 1) return true;
  if (n > t.last) return t.lastSeen !== undefined;
  if (!m[2]) return false;
  if (n > t.letteredCompleteTo) return false;
  return !t.lettered.includes(section.toUpperCase());
}
