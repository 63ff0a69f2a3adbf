// Section, article, part, schedule and regulation references, resolved with the rules of
// shared/domain/acts.md §5 (explicit act; "the 2004 Act"; Article N; jurisdiction; keyword
// tie-breaks; Children Act 1989 fallback marked assumed; otherwise unresolved).
import type { Match, Resume, SectionValue } from './types';
import { ACT_REFS, NAME_KEY, actMentions, keyOfTitle, type ActMention } from './act-names';
import { sectionAbsent } from '../knowledge/section-tables';
import { YEARLESS_NAMES } from '../knowledge/uk-acts';
import { SentenceCursor, scanCandidates, startsMatching, wordsAfter, type DocContext } from './context';
import { legislationUrl } from '../knowledge/acts';
import { ACT_SUBJECTS, type ActSubject } from '../knowledge/section-subjects';

type SectionMatch = Extract<Match, { kind: 'section' }>;
type Division = SectionValue['division'];

const NUM = String.raw`\d{1,3}(?:[A-Z]{1,2}|[a-z](?![A-Za-z\u00C0-\u024F]))?`;
const NB = String.raw`(?![A-Za-z0-9\u00C0-\u024F])`;
const SUB = String.raw`(?<sub>(?:[ \t]?\((?:\d{1,3}[A-Za-z]?|[a-z]{1,4})\)){1,4})?`;
const WORD_NUMS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
/**
 * One combined expression for every form. Each alternative begins with a short literal keyword,
 * every repetition is bounded, and no two quantified parts can match the same characters,
 * so there is no catastrophic backtracking.
 */
const SECTION_RE = new RegExp(
  // `\b` first so the engine skips most positions; the character before is checked in code.
  String.raw`\b(?:` +
    String.raw`(?<skw>[Ss]ections?|SECTIONS?|[Ss]ecs?\.?|SEC\.?|[Ss]{1,2}\.?)[ \t\u00a0]?(?<snum>${NUM})${NB}` +
    String.raw`|(?<akw>[Aa]rticles?|ARTICLES?|[Aa]rts?\.?)[ \t\u00a0]?(?<anum>\d{1,3}[A-Z]?)${NB}` +
    String.raw`|(?<pkw>[Pp]arts?|PARTS?)[ \t\u00a0]+(?<pnum>[IVX]{1,5}|\d{1,2}[A-Z]?|${WORD_NUMS}|${WORD_NUMS.toUpperCase()}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)${NB}` +
    String.raw`|(?<chkw>[Ss]chedules?|SCHEDULES?|Sch\.?)[ \t\u00a0]?(?<chnum>\d{1,2}[A-Z]?)${NB}` +
    String.raw`|(?<rkw>[Rr]egulations?|[Rr]egs?\.?)[ \t\u00a0]?(?<rnum>\d{1,3}[A-Z]?)${NB}` +
    String.raw`)${SUB}`,
  'g',
);

/** List continuation after a plural keyword: "sections 17 and 47", "ss 17, 20 and 47", "Articles 8 and 14". */
const CONTINUE_RE = new RegExp(
  String.raw`[ \t]*(?:,|and|or|&|to|-|–)[ \t]*(?<ref>(?:(?:s\.?|section|art\.?|article)[ \t]?)?(?<num>${NUM})${NB}${SUB})`,
  'yd',
);

const WORD_TO_ROMAN: Record<string, string> = {
  one: 'I', two: 'II', three: 'III', four: 'IV', five: 'V', six: 'VI', seven: 'VII', eight: 'VIII', nine: 'IX', ten: 'X', eleven: 'XI', twelve: 'XII',
};

/** CA 1989 numbers listed in acts.md §1: the fallback of rule 5. */
const CA1989_FALLBACK = new Set(
  (
    '1 2 3 4 7 8 14A 14B 14C 14D 14E 14F 14G 16B 17 17ZA 17ZD 20 22 22C 23ZB 25 25A 25B 25C 26 26A 27 31 31A 31ZA 32 33 34 35 ' +
    '37 38 38A 41 43 44 44A 45 46 47 48 66 67 105'
  ).split(' '),
);
/** Parts of CA 1989 worth assuming when no act is named. */
const CA1989_PARTS = new Set(['I', 'II', 'III', 'IV', 'V', 'VA', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']);

const CA1989_ID = 'ukpga/1989/41';
/** acts.md §5 rule 3: since 6 April 2016 SSWBA 2014 has replaced CA 1989 Part III in Wales. */
export const WALES_S20_NOTE = 'Wales: the current provision is SSWBA s76';
const SSWBA_IN_FORCE = '2016-04-06';

/** A Welsh document written after SSWBA 2014 replaced CA 1989 Part III (no date: assume current). */
function walesAfterPart3(ctx: DocContext): boolean {
  return ctx.jurisdiction === 'wales' && !(ctx.documentDate !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(ctx.documentDate) && ctx.documentDate < SSWBA_IN_FORCE);
}

/** legislationUrl, remembered: the same provisions recur through a document. */
const URLS = new Map<string, string | undefined>();
function urlOf(id: string | undefined, div: Division, num: string, sub: string | undefined): string | undefined {
  const key = `${id}|${div}|${num}|${sub ?? ''}`;
  if (URLS.has(key)) return URLS.get(key);
  const url = legislationUrl(id, div, num, sub);
  if (URLS.size > 5000) URLS.clear();
  URLS.set(key, url);
  return url;
}

interface TieBreak {
  /** Act when nothing in the sentence decides; undefined = fall through to rule 5. */
  fallback?: string;
  switches: [RegExp, string][];
}
/** Rule 4: keyword tie-breaks for colliding numbers (same sentence or heading). */
const TIE_BREAKS: Record<string, TieBreak> = {
  '1': { switches: [[/corporate parenting principles?/i, 'cswa2017'], [/\badopt/i, 'aca2002']] },
  '2': { switches: [[/CSDPA|welfare services|chronically sick/i, 'csdpa1970']] },
  '7': {
    switches: [
      [/statutory guidance|LASSA|Secretary of State['’]s guidance/i, 'lassa1970'],
      [/proceedings against a public authority|one year|1 year/i, 'hra1998'],
    ],
  },
  '10': {
    switches: [
      [/leave to apply|court['’]s leave|permission of the court|section 8 orders?|s\.? ?8 orders?/i, 'ca1989'],
      [/co-?operat|relevant partners?|well-?being|early help/i, 'ca2004'],
    ],
  },
  '11': {
    switches: [
      [/section 8 orders?|s\.? ?8 orders?|\bcourt\b/i, 'ca1989'],
      [/section 11 audit|s\.? ?11 audit|duty to safeguard|safeguard and promote|\bpolice\b|\bNHS\b|\bschools?\b|health/i, 'ca2004'],
    ],
  },
  '17': { switches: [[/\bPACE\b|police entry|enter premises|entry without (?:a )?warrant/i, 'pace1984']] },
  '20': { switches: [[/reasonable adjustments?|Equality Act/i, 'eqa2010']] },
  '26': { switches: [[/Ombudsman|Local Commissioner/i, 'lga1974']] },
  '26B': { fallback: 'lga1974', switches: [] },
  '42': { fallback: 'careact2014', switches: [] },
  '47': { switches: [[/\badoption\b|leave to oppose/i, 'aca2002'], [/\berasure\b|law enforcement/i, 'dpa2018']] },
  '58': { switches: [[/reasonable punishment|smacking/i, 'ca2004']] },
  '76': { fallback: 'sswba2014', switches: [] },
  '130': { fallback: 'sswba2014', switches: [] },
  '175': { fallback: 'ea2002', switches: [] },
};

const GDPR_CONTEXT = /GDPR|data protection|subject access|personal data|\bprocessing\b|\brecords?\b|\bdata\b/i;
const ECHR_CONTEXT = /ECHR|Convention|human rights|\bHRA\b|family life|private life|fair trial|\brights?\b/i;
const CONVENTION_ARTICLES = new Set(['2', '3', '4', '5', '6', '8', '9', '10', '11', '12', '14']);

interface Resolved {
  key: string | null;
  assumed: boolean;
  title?: string;
  /** Why this Act was assumed, or which Acts the name fits. */
  note?: string;
}

/** The day the Data Protection Act 2018 replaced the 1998 Act. */
const DPA_2018_IN_FORCE = '2018-05-25';
const SUBJECT_ACCESS = /subject access|access to (?:your|their|his|her|my|the) (?:own )?(?:personal )?(?:data|records|information|file)|copy of (?:your|their|his|her|my) (?:records|file|personal data)/i;

/**
 * A name without its year that fits several Acts ("the Data Protection Act"): the one the text settles (the document
 * names one with its year, its date, the section's subject), with the reason on the card; else the newest, saying so.
 */
function resolveYearless(name: string, num: string, ctx: DocContext, text: string, sentence: string): Resolved {
  const candidates = YEARLESS_NAMES[name] ?? [];
  const named = candidates.filter((t) => namedInText(text, t));
  if (named.length === 1) return { key: keyOfTitle(named[0]!), assumed: true, note: `“${name}” without a year: assumed the ${named[0]}, which the page names elsewhere.` };
  if (name === 'Data Protection Act') {
    const old = 'Data Protection Act 1998';
    if (ctx.documentDate && ctx.documentDate < DPA_2018_IN_FORCE) return { key: keyOfTitle(old), assumed: true, note: `“${name}” without a year: assumed the 1998 Act, in force when the page was written (before 25 May 2018).` };
    if (num === '7' && SUBJECT_ACCESS.test(sentence)) return { key: keyOfTitle(old), assumed: true, note: 'Subject access was section 7 of the Data Protection Act 1998; since 25 May 2018 it is Article 15 of the UK GDPR.' };
    if (Number.parseInt(num, 10) > 75) return { key: keyOfTitle(candidates[0]!), assumed: true, note: `“${name}” without a year: the 1998 Act has no section ${num}, so the 2018 Act.` };
  }
  const others = candidates.slice(1).join(' or the ');
  return { key: keyOfTitle(candidates[0]!), assumed: true, note: `“${name}” without a year: assumed the ${candidates[0]} (the current one); the page may mean the ${others}, whose sections are numbered differently.` };
}

/** Does the text name this Act with its year anywhere (remembered for the last text)? */
let namedCache: { text: string; titles: Set<string>; counts: Map<string, number> } | undefined;
/** The statutory instruments the text names (keys). */
function namedInstruments(text: string): string[] {
  namedInText(text, '');
  const out: string[] = [];
  for (const t of namedCache!.titles) {
    const key = keyOfTitle(t);
    if (ACT_REFS[key]?.id && /^(?:uksi|wsi|ssi|nisr)\//.test(ACT_REFS[key]!.id!)) out.push(key);
  }
  return out;
}
/** The Act the text names most often, when it is named at least twice and more often than the Children Act 1989. */
function mainAct(text: string): string | undefined {
  namedInText(text, '');
  let best: string | undefined;
  let most = 1;
  for (const [key, n] of namedCache!.counts) {
    const ref = ACT_REFS[key]!;
    if (ref.guidance || !ref.id || !/^(?:ukpga|anaw|asp)\//.test(ref.id)) continue;
    if (n > most) [best, most] = [key, n];
  }
  return best && best !== 'ca1989' && most > (namedCache!.counts.get('ca1989') ?? 0) ? best : undefined;
}
function namesAnAct(text: string): boolean {
  namedInText(text, '');
  return namedCache!.titles.size > 0;
}
/**
 * Every Act named in the text, remembered for the last text; a text that grows (pieces of a page arriving) is read
 * on from where the last one ended, less a margin for a name cut at the join.
 */
let mentionsCache: { text: string; mentions: ActMention[] } | undefined;
const JOIN_MARGIN = 400;
function allMentions(text: string): ActMention[] {
  if (mentionsCache?.text === text) return mentionsCache.mentions;
  const prev = mentionsCache;
  let mentions: ActMention[];
  if (prev && prev.text.length > JOIN_MARGIN && text.length > prev.text.length && text.startsWith(prev.text)) {
    const cut = prev.text.length - JOIN_MARGIN;
    mentions = prev.mentions.filter((m) => m.end <= cut);
    const dropped = prev.mentions[mentions.length];
    // From a word's start: the matcher takes its first position as one.
    let from = dropped && dropped.start < cut ? dropped.start : cut;
    while (from > 0 && /\S/.test(text[from - 1]!)) from--;
    if (mentions.length) from = Math.max(from, mentions[mentions.length - 1]!.end);
    for (const m of actMentions(text, from, text.length)) mentions.push(m);
  } else mentions = actMentions(text, 0, text.length);
  mentionsCache = { text, mentions };
  return mentions;
}

function namedInText(text: string, title: string): boolean {
  if (namedCache?.text !== text) {
    const titles = new Set<string>();
    const counts = new Map<string, number>();
    for (const m of allMentions(text)) {
      const ref = ACT_REFS[m.key];
      if (!ref) continue;
      titles.add(ref.title);
      counts.set(ref.key, (counts.get(ref.key) ?? 0) + 1);
    }
    namedCache = { text, titles, counts };
  }
  return namedCache.titles.has(title);
}

/** The statutes a text names (yearless names read as resolveYearless reads them), and which subjects it is about. */
let subjectCache: { text: string; date: string | undefined; named: Set<string>; about: Map<ActSubject, boolean> } | undefined;
function subjectsOf(text: string, ctx: DocContext): NonNullable<typeof subjectCache> {
  if (subjectCache?.text === text && subjectCache.date === ctx.documentDate) return subjectCache;
  const named = new Set<string>();
  for (const m of allMentions(text)) {
    if (m.key.startsWith(NAME_KEY)) {
      const r = resolveYearless(m.key.slice(NAME_KEY.length), '', ctx, text, '');
      if (r.key) named.add(r.key);
    } else if (ACT_REFS[m.key]) named.add(m.key);
  }
  const about = new Map<ActSubject, boolean>();
  namedInText(text, '');
  const counts = namedCache!.counts;
  for (const s of ACT_SUBJECTS) {
    if (!named.has(keyOfTitle(s.title))) continue;
    // About it: the subject in the page's opening, or often through the page.
    const re = new RegExp(s.page.source, 'gi');
    const head = s.page.test(text.slice(0, 400));
    // Or often through the page, where it is named more often than the Children Act 1989.
    const often = (text.match(re)?.length ?? 0) >= 3 && (counts.get(keyOfTitle(s.title)) ?? 1) > (counts.get('ca1989') ?? 0);
    about.set(s, head || often);
  }
  return (subjectCache = { text, date: ctx.documentDate, named, about });
}

/**
 * The Act a bare reference's subject settles: among the Acts the page names, the one whose section (or Part) `num`
 * the sentence describes (3) or whose subject the page is about (2). `min` is the score needed; a tie settles nothing.
 */
function subjectAct(text: string, num: string, division: Division, sentence: string, ctx: DocContext, min: number, exclude?: string): Resolved | undefined {
  if (division !== 'section' && division !== 'part') return undefined;
  const { about } = subjectsOf(text, ctx);
  let best: { key: string; score: number; why: string } | undefined;
  let tie = false;
  for (const [s, pageAbout] of about) {
    const key = keyOfTitle(s.title);
    if (key === exclude) continue;
    const table = division === 'part' ? s.parts ?? {} : s.sections;
    if (!(num in table)) continue;
    const re = table[num];
    const inSentence = re ? re.test(sentence) : false;
    const score = (inSentence ? 3 : 0) + (pageAbout ? 2 : 0);
    if (score < min) continue;
    const what = division === 'part' ? `Part ${num}` : `section ${num}`;
    const why = inSentence ? `whose ${what} is about what the sentence describes` : `the Act the page is about, which it names`;
    if (!best || score > best.score) [best, tie] = [{ key, score, why }, false];
    else if (score === best.score) tie = true;
  }
  if (!best || tie) return undefined;
  return { key: best.key, assumed: true, note: `assumed the ${ACT_REFS[best.key]!.title}, ${best.why}.` };
}

function resolveMention(mention: ActMention, ctx: DocContext, sentence: string, text = '', num = '', division: Division = 'section'): Resolved {
  const { key } = mention;
  if (key === 'generic') return { key: null, assumed: false, title: mention.title };
  if (key.startsWith('@regulations')) {
    const year = key.slice('@regulations:'.length);
    const defined = ctx.definitions.get(year ? `the ${year} regulations` : 'the regulations');
    if (defined && ACT_REFS[defined]) return { key: defined, assumed: false };
    const named = namedInstruments(text).filter((k) => !year || ACT_REFS[k]!.title.endsWith(year));
    if (named.length === 1) return { key: named[0]!, assumed: !year, note: `The page names one set of regulations${year ? ` of ${year}` : ''}: the ${ACT_REFS[named[0]!]!.title}.` };
    if (ctx.titleAct && ACT_REFS[ctx.titleAct]?.id?.startsWith('uksi/')) return { key: ctx.titleAct, assumed: false };
    return { key: null, assumed: false };
  }
  if (key.startsWith(NAME_KEY)) return resolveYearless(key.slice(NAME_KEY.length), num, ctx, text, sentence);
  if (!key.startsWith('@')) return { key, assumed: false };
  const alias = key === '@2014' ? 'the 2014 act' : key === '@2002' ? 'the 2002 act' : 'the act';
  const defined = ctx.definitions.get(alias);
  if (defined) {
    if (defined.startsWith('generic:')) return { key: null, assumed: false, title: defined.slice(8) };
    return { key: defined, assumed: false };
  }
  if (key === '@act') {
    if (ctx.titleAct && ACT_REFS[ctx.titleAct] && !ACT_REFS[ctx.titleAct]!.guidance) return { key: ctx.titleAct, assumed: true, note: `“The Act” here is taken to be the ${ACT_REFS[ctx.titleAct]!.title}, which the title names.` };
    // "section 7(4) of the Act" in a reply about records: the Act whose section the sentence or the page is about.
    const bySubject = num ? subjectAct(text, num, division, sentence, ctx, 2) : undefined;
    if (bySubject) return { ...bySubject, note: `“The Act” is not defined on the page: ${bySubject.note}` };
    return ctx.childrensSocialCare || !namesAnAct(text) ? { key: 'ca1989', assumed: true } : { key: null, assumed: false };
  }
  if (key === '@2002') return /adopt/i.test(sentence) ? { key: 'aca2002', assumed: true } : { key: null, assumed: false };
  // "the 2014 Act": CFA 2014 / Care Act 2014 / SSWBA 2014 unless context decides.
  if (ctx.jurisdiction === 'wales') return { key: 'sswba2014', assumed: true };
  if (/\badults?\b|care and support/i.test(sentence)) return { key: 'careact2014', assumed: true };
  if (/SEND|EHC|special educational|young carer|parent carer|26.week/i.test(sentence)) return { key: 'cfa2014', assumed: true };
  return { key: null, assumed: false };
}

/** An Act written just before a reference ("CA 1989, s 17"; "the Homelessness Reduction Act 2017 added sections"). */
function actBefore(text: string, start: number): ActMention | undefined {
  const before = actMentions(text, Math.max(0, start - 80), start);
  const last = before[before.length - 1];
  return last && start - last.end <= 40 && ACT_THEN_REFERENCE.test(text.slice(last.end, start)) ? last : undefined;
}

/** Gap text between a section reference and an act after it that still ties them together. */
const OWN_DOC_AFTER = /^[ \t]*(?:above|below|of (?:this|these|the present) |in (?:this|the) (?:chapter|procedure|document|guidance|manual|policy))/i;
const TITLED_XREF_AFTER = /^[ \t]*(?:[,:–—]|-[ \t])[ \t]*['"‘“]?[A-Z0-9]/;
const HEADING_AFTER = /^[ \t]*(?:$|\n|[.:][ \t]*(?:$|\n|[A-Z])|[–—-][ \t])/;
const XREF_BEFORE = /(?:\bsee(?: also)?|\brefer to|\bgo to|\bdescribed in|\bset out in|\bdetailed in|\boutlined in|\bin)[ \t]+$/i;
const LINE_START_BEFORE = /(?:^|\n)[ \t\u00a0•·*\-–\d.)]*$/;

/** The same expression, sticky: run only at candidate positions. */
const SECTION_Y = new RegExp(SECTION_RE.source, 'y');

export function findSections(text: string, ctx: DocContext, starts: number[] = startsMatching(text, /\b[A-Za-z]/g), state?: Resume): SectionMatch[] {
  const out: SectionMatch[] = [];
  const sentences = new SentenceCursor(text);
  scanCandidates(text, SECTION_Y, starts, state, (m) => {
    let resume = m.index + m[0].length;
    const g = m.groups!;
    if (m.index > 0 && /[A-Za-z0-9\u00C0-\u024F'’./]/.test(text[m.index - 1]!)) return m.index + 1;
    let division: Division;
    let num: string;
    let plural = false;
    if (g.snum !== undefined) {
      division = 'section';
      num = g.snum;
      const kw = g.skw!;
      plural = /^(?:sections|SECTIONS|Sections|ss\.?|SS\.?|Ss\.?)$/.test(kw);
      // "s" and "S" forms must touch the number or use a full stop: "s 47" is too loose ("Mr S 3").
      // Lower-case "s 20", "ss 17 and 47" are the usual abbreviations; "S 3" is more often a name or a label.
      if (/^S{1,2}$|^Ss$/.test(kw) && m[0].charAt(kw.length) !== '' && /\s/.test(m[0].charAt(kw.length))) return;
    } else if (g.anum !== undefined) {
      division = 'article';
      num = g.anum;
      plural = /s$/i.test(g.akw!);
    } else if (g.pnum !== undefined) {
      division = 'part';
      const raw = g.pnum;
      num = WORD_TO_ROMAN[raw.toLowerCase()] ?? raw;
      plural = /s$/i.test(g.pkw!);
    } else if (g.chnum !== undefined) {
      division = 'schedule';
      num = g.chnum;
    } else {
      division = 'regulation';
      num = g.rnum!;
      plural = /s$/i.test(g.rkw!) && g.rkw!.length > 4;
    }
    const items: { start: number; end: number; num: string; sub?: string }[] = [
      { start: m.index, end: m.index + m[0].length, num, sub: g.sub?.replace(/[ \t]/g, '') || undefined },
    ];
    // After a singular keyword, a list goes on only with numbers that look like sections ("section 30(1B) and 34H(i)").
    if (plural || division === 'section') {
      CONTINUE_RE.lastIndex = resume;
      let c: RegExpExecArray | null;
      let guard = 0;
      while (guard++ < 20 && (c = CONTINUE_RE.exec(text))) {
        const cnum = c.groups!.num!;
        if (!plural && !(/[A-Z]$/.test(cnum) && c.groups!.sub)) break;
        const refStart = c.indices!.groups!.ref![0];
        items.push({ start: refStart, end: c.index + c[0].length, num: cnum, sub: c.groups!.sub?.replace(/[ \t]/g, '') || undefined });
        resume = CONTINUE_RE.lastIndex;
      }
    }
    // The Act after a list applies to every item of it ("sections 3(2), 5 and 9(1) of the Adoption and Children Act 2002").
    let listMention: ActMention | undefined;
    if (items.length > 1) {
      const last = items[items.length - 1]!;
      listMention = actAfter(text, last.end) ?? actBefore(text, items[0]!.start);
    }
    for (const item of items) {
      const value = resolve(text, item.start, item.end, division, item.num, ctx, g.pnum !== undefined && !/^[IVX]+$/.test(g.pnum) && !/^\d/.test(g.pnum), item.sub, sentences, listMention);
      if (!value) continue;
      if (item.sub) value.subsection = item.sub;
      if (value.section === '20' && value.division === 'section' && value.actId === CA1989_ID && walesAfterPart3(ctx)) value.note = WALES_S20_NOTE;
      const start = item.start;
      out.push({ kind: 'section', start, end: item.end, text: text.slice(start, item.end), value });
    }
    return resume;
  });
  return out;
}

function resolve(
  text: string,
  start: number,
  end: number,
  division: Division,
  rawNum: string,
  ctx: DocContext,
  wordPart: boolean,
  sub: string | undefined,
  sentences: SentenceCursor,
  listMention?: ActMention,
): SectionValue | null {
  const num = division === 'section' && /[a-z]$/.test(rawNum) ? rawNum.toUpperCase() : rawNum;
  let sentenceCache: string | undefined;
  const sentenceOf = (): string => {
    if (sentenceCache === undefined) {
      const [sStart, sEnd] = sentences.bounds(start, end);
      sentenceCache = text.slice(sStart, sEnd);
    }
    return sentenceCache;
  };

  // Rule 1: explicit act for the reference or its list: in the following ~8 words, or just before in the same sentence.
  const mention: ActMention | undefined = listMention ?? actAfter(text, end) ?? actBefore(text, start);

  const build = (r: Resolved): SectionValue | null => {
    if (r.key === null) {
      return { act: r.title ?? null, section: num, division, assumed: r.assumed };
    }
    const ref = ACT_REFS[r.key]!;
    if (ref.guidance) return null; // Working Together and KCSIE have chapters and paragraphs, not statutory sections.
    let div = division;
    let convention = ref.convention === true;
    if (ref.key === 'nio1995' && div === 'section') div = 'article';
    if (ref.key === 'gdpr' && div === 'section') div = 'article';
    if (ref.key === 'hra1998' && div === 'article') convention = true;
    if (convention) div = 'article';
    // A number the Act's table proves absent is not that Act's section (a page's own "Section 5QA"). An amending
    // Act named with sections it inserted elsewhere ("the Homelessness Reduction Act 2017 added sections 189A to
    // 189C"): the Act the page names whose subject the sections are.
    if (div === 'section' && sectionAbsent(ref.id, num)) {
      if (r.assumed || r.key === 'ca1989') return null;
      const amended = subjectAct(text, num, div, sentenceOf(), ctx, 2, r.key);
      return amended ? build({ ...amended, note: `The ${ref.title} has no section ${num}: ${amended.note}` }) : null;
    }
    const value: SectionValue = {
      act: ref.title,
      actId: ref.id,
      section: num,
      division: div,
      assumed: r.assumed,
      url: urlOf(ref.id, div, num, div === 'section' ? sub : undefined),
    };
    if (r.note) value.note = r.note;
    return value;
  };

  if (mention) return build(resolveMention(mention, ctx, sentenceOf(), text, num, division));

  // Not a statute reference: the page's own numbered sections and cross-references.
  if (division === 'section' || division === 'part') {
    const after = text.slice(end, Math.min(text.length, end + 60));
    const before = text.slice(Math.max(0, start - 30), start);
    const kwCapital = /^[A-Z]/.test(text[start]!) && !/^S\.?\d/.test(text.slice(start, start + 3)) && !/^S\d/.test(text.slice(start, start + 2));
    if (OWN_DOC_AFTER.test(after)) return null;
    // A heading "Section 4." is the document's own; under the document's own number ("3.3 Section 47.") it is a
    // heading about the Act's section, in a text about children's social care.
    const underOwnNumber = /(?:^|\n)[ \t]*\d{1,2}(?:\.\d{1,2})+\.?[ \t]+$/.test(before) && ctx.childrensSocialCare && CA1989_FALLBACK.has(num) && Number.parseInt(num, 10) > 12;
    if (kwCapital && LINE_START_BEFORE.test(before) && HEADING_AFTER.test(after) && !underOwnNumber) return null;
    const n = Number.parseInt(num, 10);
    const ownNumber = division === 'section' && n >= 1 && n <= ctx.ownSections;
    const titled = TITLED_XREF_AFTER.test(after) && !/^[ \t]*,[ \t]*(?:section|s\.?\d|and|or)/i.test(after);
    // "see Section 3, Consent and Capacity": a cross-reference to the document's own titled section.
    if (kwCapital && titled && XREF_BEFORE.test(before) && /^Section/.test(text.slice(start, end))) return null;
    if (kwCapital && (titled || XREF_BEFORE.test(before)) && (ownNumber || !CA1989_FALLBACK.has(num))) return null;
    if (/\b(?:this|these|the present) (?:chapter|procedure|document|guidance|manual|policy|protocol)\b/i.test(text.slice(Math.max(0, start - 60), Math.min(text.length, end + 60)))) return null;
    if (/\bthis (?:section|part)\b/i.test(text.slice(start, end))) return null;
  }
  if (division === 'regulation') {
    // "regulation 33" in a text that calls an instrument "the Regulations", or names regulations in the paragraph.
    const defined = ctx.definitions.get('the regulations');
    if (defined && ACT_REFS[defined]) return build({ key: defined, assumed: true, note: `The page does not name the instrument here: assumed the ${ACT_REFS[defined]!.title}, which it calls “the Regulations”.` });
    const para = paragraphAct(text, start);
    const ref = para && ACT_REFS[para.key];
    if (ref?.id && /^(?:uksi|wsi|ssi|nisr)\//.test(ref.id)) return build({ key: ref.key, assumed: true, note: `The page does not name the instrument here: assumed the ${ref.title}, named earlier in the paragraph.` });
    const named = namedInstruments(text);
    if (named.length === 1) return build({ key: named[0]!, assumed: true, note: `The page does not name the instrument here: assumed the ${ACT_REFS[named[0]!]!.title}, the only regulations it names.` });
  }
  if (division === 'schedule' || division === 'regulation') return null; // only with a named act or instrument
  if (division === 'part') {
    if (wordPart && !['III', 'IV', 'V'].includes(num)) return null;
    if (/^\d/.test(num)) {
      // "Part 3" of what? Only with a named Act, or where the sentence names the subject of one the page names.
      const bySubject = subjectAct(text, num, 'part', sentenceOf(), ctx, 3);
      return bySubject ? build({ ...bySubject, note: `The page does not name the Act here: ${bySubject.note}` }) : null;
    }
    if (ctx.jurisdiction !== 'england') return { act: null, section: num, division, assumed: false };
    if (CA1989_PARTS.has(num)) return build({ key: 'ca1989', assumed: true });
    return null;
  }

  // Rule 2: Article N.
  if (division === 'article') {
    const near = text.slice(Math.max(0, start - 200), Math.min(text.length, end + 200));
    if (ctx.jurisdiction === 'northern-ireland') return build({ key: 'nio1995', assumed: true });
    const gdprAt = near.search(GDPR_CONTEXT);
    const echrAt = near.search(ECHR_CONTEXT);
    if (gdprAt >= 0 && (echrAt < 0 || Math.abs(gdprAt - 200) < Math.abs(echrAt - 200))) return build({ key: 'gdpr', assumed: true });
    if (echrAt >= 0 || CONVENTION_ARTICLES.has(num)) return build({ key: 'echr', assumed: true });
    return { act: null, section: num, division, assumed: false };
  }

  // Rule 3: document jurisdiction.
  if (ctx.jurisdiction === 'wales' && (num === '76' || num === '130')) return build({ key: 'sswba2014', assumed: true });
  if (ctx.jurisdiction === 'scotland' && (num === '22' || num === '25')) return build({ key: 'csa1995', assumed: true });
  if (ctx.jurisdiction === 'northern-ireland') return { act: null, section: num, division, assumed: false };

  // A number whose subject the sentence names, in a text about children: the Children Act 1989's famous sections
  // ("enquiries under s.47" after a paragraph about the Children Act 2004).
  const subject = CA1989_SUBJECTS[num];
  if (subject && ctx.childrensSocialCare && division === 'section' && subject.test(sentenceOf())) return build({ key: 'ca1989', assumed: true });
  // "the Act" as the document defines it; the Act the document's title is about; the Act named most recently in
  // the paragraph.
  const defined = ctx.definitions.get('the act');
  if (defined && !defined.startsWith('generic:') && ACT_REFS[defined] && !ACT_REFS[defined]!.guidance) {
    return build({ key: defined, assumed: true, note: `The page does not name the Act here: assumed the ${ACT_REFS[defined]!.title}, which it calls “the Act”.` });
  }
  if (ctx.titleAct && ACT_REFS[ctx.titleAct] && !ACT_REFS[ctx.titleAct]!.guidance) {
    return build({ key: ctx.titleAct, assumed: true, note: `The page does not name the Act here: assumed the ${ACT_REFS[ctx.titleAct]!.title}, which its title names.` });
  }
  const para = paragraphAct(text, start, division === 'section');
  if (para) {
    const r = resolveMention(para, ctx, sentenceOf(), text, num, division);
    if (r.key !== null && ACT_REFS[r.key] && !ACT_REFS[r.key]!.guidance && hasSections(r.key)) {
      return build({ ...r, assumed: true, note: r.note ?? `The page does not name the Act here: assumed the ${ACT_REFS[r.key]!.title}, named earlier in the paragraph.` });
    }
  }

  // The section's subject and the page's subject: "withheld under section 29 because it relates to a police
  // investigation" on a page about records and the Data Protection Act.
  if (division === 'section') {
    const bySubject = subjectAct(text, num, division, sentenceOf(), ctx, 2);
    if (bySubject) return build({ ...bySubject, note: `The page does not name the Act here: ${bySubject.note}` });
  }
  // The Act the document is mostly about, when it is not the Children Act 1989 (a judgment on an adoption application).
  const main = division === 'section' ? mainAct(text) : undefined;
  if (main && !sectionAbsent(ACT_REFS[main]!.id, num)) {
    return build({ key: main, assumed: true, note: `The page does not name the Act here: assumed the ${ACT_REFS[main]!.title}, the Act it names most.` });
  }
  // Rule 4: keyword tie-breaks.
  const tie = TIE_BREAKS[num];
  if (tie) {
    const sentence = sentenceOf();
    for (const [re, key] of tie.switches) if (re.test(sentence)) return build({ key, assumed: true });
    if (tie.fallback) return build({ key: tie.fallback, assumed: true });
  }
  // Rule 5: Children Act 1989 fallback, only in a text about children's social care.
  // (A text that names other Acts and says nothing of children's social care is not assumed to mean it.)
  const childrens = ctx.childrensSocialCare || !namesAnAct(text);
  if (CA1989_FALLBACK.has(num) && childrens) return build({ key: 'ca1989', assumed: true });
  // A number the Children Act 1989 does not have, in a text about children's social care: the page's own.
  if (childrens && sectionAbsent(CA1989_ID, num)) return null;
  return { act: null, section: num, division, assumed: false };
}

/**
 * An Act named right after a reference: starting within the next 8 words (long titles, such as regulations with
 * commas and "(England)", may run on past them).
 */
function actAfter(text: string, end: number): ActMention | undefined {
  const [aFrom, aTo] = wordsAfter(text, end, 8);
  if (text.startsWith(' of th', end)) {
    const own = OF_THE_REGULATIONS.exec(text.slice(end, end + 40));
    if (own) return { start: end + own.index, end: end + own[0].length, key: own[1] ? `@regulations:${own[1]}` : '@regulations' };
  }
  let first = actMentions(text, aFrom, aTo)[0];
  // A title cut by the 8 words ("the Children Act 1989 Representations Procedure (England) Regulations 2006").
  if (!first || first.end === aTo || (first.end < aTo && TITLE_GOES_ON.test(text.slice(first.end, first.end + 120)))) {
    // A long title may run on past the 8 words.
    const [, longTo] = wordsAfter(text, end, 24, 240);
    if (longTo > aTo && TITLE_WORD.test(text.slice(aTo, longTo))) {
      first = actMentions(text, aFrom, longTo)[0] ?? first;
      // "the Children Act 1989" is a name of its own: the longer title may start after its "the".
      if (first && /^the /i.test(text.slice(first.start, first.start + 4))) {
        const inner = actMentions(text, first.start + 4, longTo)[0];
        if (inner && inner.start === first.start + 4 && inner.end > first.end) first = inner;
      }
    }
  }
  if (!first || first.start >= aTo || (first.end > aTo && first.end - first.start < 25)) return undefined;
  // Another reference between them takes the Act ("section 76 and the duty in section 1 of the 2002 Act").
  if (ANOTHER_REFERENCE.test(text.slice(end, first.start))) return undefined;
  return first;
}
/** An Act's name that is the start of a longer title ("Children Act 1989 Representations Procedure (England) Regulations"). */
const TITLE_GOES_ON = /^[ \t]+(?:[A-Z][a-z]+|\([A-Z][a-z]+\))(?:,?[ \t]+(?:[A-Z][a-z]+|\([A-Z][a-z]+\)|and|of)){0,8}[ \t]+(?:Regulations|Rules|Order)\b/;
const TITLE_WORD = /\b(?:Act|Regulations|Order|Rules)\b/;
const OF_THE_REGULATIONS = /^(?:\([^)]{1,12}\))*[ \t]+of (?:the|these) (?:(\d{4}) )?Regulations\b/;
/** Between an Act and a reference written after it: nothing but a comma, a bracket or "s." ("CA 1989, s 17"). */
const ACT_THEN_REFERENCE = /^[ \t]*[,(]?[ \t]*(?:(?:s\.?|ss\.?|[Ss]ections?)[ \t]?\d{1,3}[A-Z]{0,2}(?:\([0-9a-z]{1,4}\))*[ \t]*(?:,|and|or|&)[ \t]*)*(?:at|under)?[ \t]*$|^[ \t]+(?:has |have )?(?:added|inserted|amended|substituted|introduced|repealed)[ \t]+$/;
/** Instruments whose divisions are not sections: a bare "section N" is never theirs. */
function hasSections(key: string): boolean {
  const ref = ACT_REFS[key];
  return !!ref && !ref.convention && key !== 'gdpr' && !!ref.id && /^(?:ukpga|anaw|asp|ukla|nia)\//.test(ref.id);
}
const ANOTHER_REFERENCE = /\b(?:sections?|s\.|ss\.|regulations?|reg\.|articles?|art\.)[ \t]?\d/i;

/** What the sentence says when it means one of the Children Act 1989's best-known sections. */
const CA1989_SUBJECTS: Record<string, RegExp> = {
  '17': /\bin need\b|child is disabled|disabled child/i,
  '20': /accommodat|voluntar|misuse|section 20 agreement|consent/i,
  '32': /26.weeks?|twenty-six weeks|without delay|timetable for the child/i,
  '31': /care order|supervision order|threshold|care proceedings/i,
  '44': /emergency protection/i,
  '46': /police protection/i,
  '47': /enquir|investigat/i,
};

/** Characters looked back for the paragraph's last named Act. */
const PARAGRAPH_WINDOW = 1500;

/** The Act named most recently before `start` in its paragraph (back to the last line break). */
function paragraphAct(text: string, start: number, sectionsOnly = false): ActMention | undefined {
  const from = Math.max(0, start - PARAGRAPH_WINDOW);
  const br = text.lastIndexOf('\n', start - 1);
  const mentions = actMentions(text, Math.max(from, br + 1), start);
  // A bare "section N" is not the UK GDPR's or the Convention's (they have articles) nor a set of rules'.
  if (sectionsOnly) for (let i = mentions.length - 1; i >= 0; i--) if (!ACT_REFS[mentions[i]!.key] || hasSections(mentions[i]!.key)) return mentions[i];
  return sectionsOnly ? undefined : mentions[mentions.length - 1];
}
