// How Acts are named in documents: the recognition grammar for rule 1 of acts.md §5.
// Titles and ids follow shared/domain/acts.md; the knowledge base (src/core/knowledge/acts.ts)
// holds the explanations.

export interface ActRef {
  key: string;
  title: string;
  /** legislation.gov.uk id, when known. */
  id?: string;
  /** Guidance, not legislation: never a statute reference. */
  guidance?: boolean;
  /** Convention articles are linked to HRA Schedule 1. */
  convention?: boolean;
}

export const ACT_REFS: Record<string, ActRef> = {
  ca1989: { key: 'ca1989', title: 'Children Act 1989', id: 'ukpga/1989/41' },
  ca2004: { key: 'ca2004', title: 'Children Act 2004', id: 'ukpga/2004/31' },
  cfa2014: { key: 'cfa2014', title: 'Children and Families Act 2014', id: 'ukpga/2014/6' },
  cswa2017: { key: 'cswa2017', title: 'Children and Social Work Act 2017', id: 'ukpga/2017/16' },
  cwsa2026: { key: 'cwsa2026', title: "Children's Wellbeing and Schools Act 2026", id: 'ukpga/2026/21' },
  cypa2008: { key: 'cypa2008', title: 'Children and Young Persons Act 2008', id: 'ukpga/2008/23' },
  cypa1933: { key: 'cypa1933', title: 'Children and Young Persons Act 1933', id: 'ukpga/Geo5/23-24/12' },
  aca2002: { key: 'aca2002', title: 'Adoption and Children Act 2002', id: 'ukpga/2002/38' },
  hra1998: { key: 'hra1998', title: 'Human Rights Act 1998', id: 'ukpga/1998/42' },
  echr: { key: 'echr', title: 'Human Rights Act 1998', id: 'ukpga/1998/42', convention: true },
  dpa2018: { key: 'dpa2018', title: 'Data Protection Act 2018', id: 'ukpga/2018/12' },
  gdpr: { key: 'gdpr', title: 'UK GDPR', id: 'eur/2016/679' },
  duaa2025: { key: 'duaa2025', title: 'Data (Use and Access) Act 2025' },
  csdpa1970: { key: 'csdpa1970', title: 'Chronically Sick and Disabled Persons Act 1970', id: 'ukpga/1970/44' },
  carers1995: { key: 'carers1995', title: 'Carers (Recognition and Services) Act 1995', id: 'ukpga/1995/12' },
  lassa1970: { key: 'lassa1970', title: 'Local Authority Social Services Act 1970', id: 'ukpga/1970/42' },
  lga1974: { key: 'lga1974', title: 'Local Government Act 1974', id: 'ukpga/1974/7' },
  ea2002: { key: 'ea2002', title: 'Education Act 2002', id: 'ukpga/2002/32' },
  ea1996: { key: 'ea1996', title: 'Education Act 1996', id: 'ukpga/1996/56' },
  fla1996: { key: 'fla1996', title: 'Family Law Act 1996', id: 'ukpga/1996/27' },
  daa2021: { key: 'daa2021', title: 'Domestic Abuse Act 2021', id: 'ukpga/2021/17' },
  careact2014: { key: 'careact2014', title: 'Care Act 2014', id: 'ukpga/2014/23' },
  laspo2012: { key: 'laspo2012', title: 'Legal Aid, Sentencing and Punishment of Offenders Act 2012', id: 'ukpga/2012/10' },
  mca2005: { key: 'mca2005', title: 'Mental Capacity Act 2005', id: 'ukpga/2005/9' },
  eqa2010: { key: 'eqa2010', title: 'Equality Act 2010', id: 'ukpga/2010/15' },
  ctsa2015: { key: 'ctsa2015', title: 'Counter-Terrorism and Security Act 2015', id: 'ukpga/2015/6' },
  msa2015: { key: 'msa2015', title: 'Modern Slavery Act 2015', id: 'ukpga/2015/30' },
  fgma2003: { key: 'fgma2003', title: 'Female Genital Mutilation Act 2003', id: 'ukpga/2003/31' },
  soa2003: { key: 'soa2003', title: 'Sexual Offences Act 2003', id: 'ukpga/2003/42' },
  pace1984: { key: 'pace1984', title: 'Police and Criminal Evidence Act 1984', id: 'ukpga/1984/60' },
  hca2022: { key: 'hca2022', title: 'Health and Care Act 2022', id: 'ukpga/2022/31' },
  cjcsa2000: { key: 'cjcsa2000', title: 'Criminal Justice and Court Services Act 2000', id: 'ukpga/2000/43' },
  bfda1971: { key: 'bfda1971', title: 'Banking and Financial Dealings Act 1971', id: 'ukpga/1971/80' },
  ia1978: { key: 'ia1978', title: 'Interpretation Act 1978', id: 'ukpga/1978/30' },
  sswba2014: { key: 'sswba2014', title: 'Social Services and Well-being (Wales) Act 2014', id: 'anaw/2014/4' },
  csa1995: { key: 'csa1995', title: 'Children (Scotland) Act 1995', id: 'ukpga/1995/36' },
  chsa2011: { key: 'chsa2011', title: "Children's Hearings (Scotland) Act 2011", id: 'asp/2011/1' },
  cypsa2014: { key: 'cypsa2014', title: 'Children and Young People (Scotland) Act 2014', id: 'asp/2014/8' },
  nio1995: { key: 'nio1995', title: 'Children (Northern Ireland) Order 1995', id: 'nisi/1995/755' },
  complaintsregs2006: {
    key: 'complaintsregs2006',
    title: 'Children Act 1989 Representations Procedure (England) Regulations 2006',
    id: 'uksi/2006/1738',
  },
  cppcr2010: { key: 'cppcr2010', title: 'Care Planning, Placement and Case Review (England) Regulations 2010', id: 'uksi/2010/959' },
  pfregs2005: { key: 'pfregs2005', title: 'Children (Private Arrangements for Fostering) Regulations 2005', id: 'uksi/2005/1533' },
  fpr2010: { key: 'fpr2010', title: 'Family Procedure Rules 2010', id: 'uksi/2010/2955' },
  wt: { key: 'wt', title: 'Working Together to Safeguard Children', guidance: true },
  kcsie: { key: 'kcsie', title: 'Keeping Children Safe in Education', guidance: true },
};

const AP = "['’]";
/** [pattern source, act key]. Case-insensitive unless the key list below says otherwise. Order: longest first. */
const NAMED: [string, string][] = [
  [`Children Act 1989 Representations Procedure \\(England\\) Regulations 2006|complaints regulations|Representations Regs`, 'complaintsregs2006'],
  [`Care Planning,? Placement and Case Review (?:\\(England\\) )?Regulations(?: 2010)?|Care Planning Regulations(?: 2010)?`, 'cppcr2010'],
  [`Children \\(Private Arrangements for Fostering\\) Regulations(?: 2005)?|private fostering regulations`, 'pfregs2005'],
  [`Family Procedure Rules(?: 2010)?`, 'fpr2010'],
  [`Children${AP}?s? Act,? (?:\\(?1989\\)?)|1989 Children${AP}?s? Act`, 'ca1989'],
  [`Children${AP}?s? Act,? \\(?2004\\)?|2004 Children${AP}?s? Act`, 'ca2004'],
  [`Children and Families Act(?: 2014)?`, 'cfa2014'],
  [`Children and Social Work Act(?: 2017)?`, 'cswa2017'],
  [`Children${AP}?s? Wellbeing and Schools (?:Act(?: 2026)?|Bill)`, 'cwsa2026'],
  [`Children and Young Persons Act 2008`, 'cypa2008'],
  [`Children and Young Persons Act 1933`, 'cypa1933'],
  [`Adoption and Children Act(?: 2002)?`, 'aca2002'],
  [`Human Rights Act(?: 1998)?`, 'hra1998'],
  [`European Convention on Human Rights|European Convention|the Convention|Convention rights?`, 'echr'],
  [`Data Protection Act(?: 2018)?`, 'dpa2018'],
  [`UK GDPR|GDPR|General Data Protection Regulation`, 'gdpr'],
  [`Data \\(Use and Access\\) Act(?: 2025)?`, 'duaa2025'],
  [`Chronically Sick and Disabled Persons Act(?: 1970)?`, 'csdpa1970'],
  [`Carers \\(Recognition and Services\\) Act(?: 1995)?`, 'carers1995'],
  [`Local Authority Social Services Act(?: 1970)?`, 'lassa1970'],
  [`Local Government Act 1974`, 'lga1974'],
  [`Education Act 2002`, 'ea2002'],
  [`Education Act 1996`, 'ea1996'],
  [`Family Law Act(?: 1996)?`, 'fla1996'],
  [`Domestic Abuse Act(?: 2021)?`, 'daa2021'],
  [`Care Act(?: 2014)?`, 'careact2014'],
  [`Legal Aid,? Sentencing and Punishment of Offenders Act(?: 2012)?`, 'laspo2012'],
  [`Mental Capacity Act(?: 2005)?`, 'mca2005'],
  [`Equality Act(?: 2010)?`, 'eqa2010'],
  [`Counter-Terrorism and Security Act(?: 2015)?`, 'ctsa2015'],
  [`Modern Slavery Act(?: 2015)?`, 'msa2015'],
  [`Female Genital Mutilation Act(?: 2003)?`, 'fgma2003'],
  [`Sexual Offences Act(?: 2003)?`, 'soa2003'],
  [`Police and Criminal Evidence Act(?: 1984)?`, 'pace1984'],
  [`Health and Care Act(?: 2022)?`, 'hca2022'],
  [`Criminal Justice and Court Services Act(?: 2000)?`, 'cjcsa2000'],
  [`Banking and Financial Dealings Act(?: 1971)?`, 'bfda1971'],
  [`Interpretation Act(?: 1978)?`, 'ia1978'],
  [`Social Services and Well-?being \\(Wales\\) Act(?: 2014)?`, 'sswba2014'],
  [`Children \\(Scotland\\) Act(?: 1995)?`, 'csa1995'],
  [`Children${AP}?s Hearings \\(Scotland\\) Act(?: 2011)?`, 'chsa2011'],
  [`Children and Young People \\(Scotland\\) Act(?: 2014)?`, 'cypsa2014'],
  [`Children \\((?:Northern Ireland|NI|N\\.I\\.)\\) Order(?: 1995)?|the Children Order`, 'nio1995'],
  [`Working Together(?: to Safeguard Children)?(?: 20(?:18|23))?`, 'wt'],
  [`Keeping Children Safe in Education`, 'kcsie'],
  // Generic forms last.
  [`the Children${AP}?s? Act(?! 20)`, 'ca1989'],
  [`the 1989 Act`, 'ca1989'],
  [`the 2004 Act`, 'ca2004'],
  [`the 2014 Act`, '@2014'],
  [`the 2002 Act`, '@2002'],
  [`the Act`, '@act'],
];

/** Abbreviations: case-sensitive. */
const ABBREVIATIONS: [string, string][] = [
  [`C\\.?A\\.? ?1989|CA ?89|ChA 1989`, 'ca1989'],
  [`CA ?2004|CA ?04`, 'ca2004'],
  [`CAFA 2014|CFA 2014`, 'cfa2014'],
  [`CSWA(?: 2017)?`, 'cswa2017'],
  [`CWSA(?: 2026)?`, 'cwsa2026'],
  [`CYPA 2008`, 'cypa2008'],
  [`CYPA 1933`, 'cypa1933'],
  [`ACA(?: 2002)?`, 'aca2002'],
  [`HRA(?: 1998)?`, 'hra1998'],
  [`ECHR`, 'echr'],
  [`DPA(?: 2018)?`, 'dpa2018'],
  [`DUAA(?: 2025)?|DUA Act`, 'duaa2025'],
  [`CSDPA(?: 1970)?`, 'csdpa1970'],
  [`LASSA(?: 1970)?`, 'lassa1970'],
  [`LGA 1974`, 'lga1974'],
  [`EA 2002`, 'ea2002'],
  [`EA 1996`, 'ea1996'],
  [`FLA(?: 1996)?`, 'fla1996'],
  [`DAA(?: 2021)?`, 'daa2021'],
  [`CA 2014`, '@2014'],
  [`LASPO`, 'laspo2012'],
  [`MCA(?: 2005)?`, 'mca2005'],
  [`EqA(?: 2010)?`, 'eqa2010'],
  [`CTSA(?: 2015)?`, 'ctsa2015'],
  [`MSA 2015`, 'msa2015'],
  [`FGMA(?: 2003)?`, 'fgma2003'],
  [`SOA 2003`, 'soa2003'],
  [`PACE`, 'pace1984'],
  [`HCA 2022`, 'hca2022'],
  [`CJCSA(?: 2000)?`, 'cjcsa2000'],
  [`SSWBA(?: 2014)?|SSWB\\(W\\)A(?: 2014)?`, 'sswba2014'],
  [`C\\(S\\)A(?: 1995)?`, 'csa1995'],
  [`CH\\(S\\)A(?: 2011)?`, 'chsa2011'],
  [`C\\(NI\\)O(?: 1995)?`, 'nio1995'],
  [`CPPCR(?: 2010)?`, 'cppcr2010'],
  [`FPR(?: 2010)?|PD ?12A`, 'fpr2010'],
  [`WTTSC|WT ?20(?:18|23)|WT ?(?:18|23)`, 'wt'],
  [`KCSIE`, 'kcsie'],
];

// Two regexes, one case-insensitive, one case-sensitive; `(?<![\w])` keeps them to whole words.
const groupNames = (list: [string, string][]) => list.map(([src], i) => `(?<g${i}>${src})`).join('|');
const NAMED_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${groupNames(NAMED)})(?![\\p{L}\\p{N}])`, 'giu');
const ABBR_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${groupNames(ABBREVIATIONS)})(?![\\p{L}\\p{N}])`, 'gu');
// A generic "Some Words Act 1990" title not in the table.
const GENERIC_RE = /(?<![\p{L}\p{N}])((?:the )?(?:[A-Z][\p{L}'’-]*(?: (?:and|of|for|on|in|\([A-Z][\p{L} ]{0,30}\)|[A-Z][\p{L}'’,-]*)){0,8}) (?:Act|Regulations|Order|Rules) (?:1[89]|20)\d\d)(?![\p{L}\p{N}])/gu;

export interface ActMention {
  start: number;
  end: number;
  /** Key into ACT_REFS, or "@2014" / "@2002" / "@act" (resolve from definitions), or "generic". */
  key: string;
  /** Title text for generic mentions. */
  title?: string;
}

function firstGroup(m: RegExpExecArray, list: [string, string][]): string | undefined {
  const g = m.groups;
  if (!g) return undefined;
  for (let i = 0; i < list.length; i++) if (g[`g${i}`] !== undefined) return list[i]![1];
  return undefined;
}

/** All act mentions in text[from, to), in order of start. */
const MAYBE_NAMED = /act|regulation|regs|rules|order|convention|gdpr|together|keeping/i;
const MAYBE_ABBR = /[A-Z][A-Z(]/;

export function actMentions(text: string, from: number, to: number): ActMention[] {
  const slice = text.slice(from, to);
  const out: ActMention[] = [];
  const named = MAYBE_NAMED.test(slice);
  if (!named && !MAYBE_ABBR.test(slice)) return out;
  for (const [re, list] of [
    [NAMED_RE, NAMED],
    [ABBR_RE, ABBREVIATIONS],
  ] as const) {
    if (re === NAMED_RE && !named) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) {
      const key = firstGroup(m, list as [string, string][]);
      if (key) out.push({ start: from + m.index, end: from + m.index + m[0].length, key });
    }
  }
  GENERIC_RE.lastIndex = named ? 0 : slice.length;
  let m: RegExpExecArray | null;
  while ((m = GENERIC_RE.exec(slice))) {
    const s = from + m.index;
    const e = s + m[0].length;
    if (out.some((o) => o.start < e && s < o.end)) continue;
    out.push({ start: s, end: e, key: 'generic', title: m[1]!.replace(/^the /, '') });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

const DEFINITION_RE = /\(\s*(?:[“"‘']|hereafter |hereinafter )?\s*(the (?:\d{4} )?(?:Act|Regulations|Order))\s*[”"’']?\s*\)/giu;

const DEFINITION_Y = new RegExp(DEFINITION_RE.source, 'iuy');

/** The document's own definitions, e.g. "the Children and Families Act 2014 ('the 2014 Act')". `parens`: positions of "(" if known. */
export function documentDefinitions(text: string, parens?: number[]): Map<string, string> {
  const defs = new Map<string, string>();
  const define = (m: RegExpExecArray) => {
    const alias = m[1]!.toLowerCase();
    // The defined act is the last act named just before the parenthesis.
    const from = Math.max(0, m.index - 160);
    const mentions = actMentions(text, from, m.index).filter((x) => m.index - x.end <= 3 && !x.key.startsWith('@'));
    const last = mentions[mentions.length - 1];
    if (!last) return;
    defs.set(alias, last.key === 'generic' ? `generic:${last.title}` : last.key);
  };
  let m: RegExpExecArray | null;
  if (parens) {
    for (const pos of parens) {
      DEFINITION_Y.lastIndex = pos;
      if ((m = DEFINITION_Y.exec(text))) define(m);
    }
  } else {
    DEFINITION_RE.lastIndex = 0;
    while ((m = DEFINITION_RE.exec(text))) define(m);
  }
  return defs;
}
