// How Acts are named in documents: the recognition grammar for rule 1 of acts.md §5, built from the
// knowledge base (src/core/knowledge/acts.ts: every act's title and aliases, ACT_ALIASES), so there is
// one list of names. Here only: the short keys the resolution rules use, and how an alias becomes a pattern.
import { ACTS, ACT_ALIASES as KB_ALIASES, type ActAlias } from '../knowledge/acts';
import { UK_INSTRUMENTS, YEARLESS_NAMES } from '../knowledge/uk-acts';

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

/** Short keys for the instruments the resolution rules (sections.ts) name. */
const KEYS: Record<string, string> = {
  'Children Act 1989': 'ca1989',
  'Children Act 2004': 'ca2004',
  'Children and Families Act 2014': 'cfa2014',
  'Children and Social Work Act 2017': 'cswa2017',
  'Adoption and Children Act 2002': 'aca2002',
  'Human Rights Act 1998': 'hra1998',
  'Data Protection Act 2018': 'dpa2018',
  'UK GDPR': 'gdpr',
  'Chronically Sick and Disabled Persons Act 1970': 'csdpa1970',
  'Local Authority Social Services Act 1970': 'lassa1970',
  'Local Government Act 1974': 'lga1974',
  'Education Act 2002': 'ea2002',
  'Care Act 2014': 'careact2014',
  'Equality Act 2010': 'eqa2010',
  'Police and Criminal Evidence Act 1984': 'pace1984',
  'Social Services and Well-being (Wales) Act 2014': 'sswba2014',
  'Children (Scotland) Act 1995': 'csa1995',
  'Children (Northern Ireland) Order 1995': 'nio1995',
};

/** Every instrument of the knowledge base, by key (the title when the rules do not name it), plus the Convention. */
export const ACT_REFS: Record<string, ActRef> = {};
for (const act of ACTS) {
  const key = KEYS[act.title] ?? act.title;
  ACT_REFS[key] = { key, title: act.title, ...(act.id ? { id: act.id } : {}), ...(act.kind === 'guidance' ? { guidance: true } : {}) };
}
// The wider table of UK Acts and SIs: recognised and linked, keyed by title.
for (const u of UK_INSTRUMENTS) ACT_REFS[u.title] ??= { key: u.title, title: u.title, id: u.id };
// The Convention is scheduled to the HRA: its articles link to HRA Schedule 1.
ACT_REFS.echr = { key: 'echr', title: 'Human Rights Act 1998', id: 'ukpga/1998/42', convention: true };
const KEY_BY_TITLE = new Map(ACTS.map((a) => [a.title, KEYS[a.title] ?? a.title]));
/** The ACT_REFS key of an instrument's title. */
export const keyOfTitle = (title: string): string => KEY_BY_TITLE.get(title) ?? title;

/**
 * Every name the matcher knows: the knowledge base's aliases, then the wider table's titles and codes, and names
 * without a year (several Acts share some: "the Data Protection Act" is the 1998 or the 2018 Act). Longest first.
 */
export const ACT_ALIASES: ActAlias[] = (() => {
  const seen = new Set(KB_ALIASES.map((a) => (a.caseSensitive ? a.alias : a.alias.toLowerCase())));
  const out = [...KB_ALIASES];
  const add = (a: ActAlias) => {
    const k = a.caseSensitive ? a.alias : a.alias.toLowerCase();
    if (seen.has(k)) {
      // A yearless name of several Acts overrides the knowledge base's single reading of it.
      if (!a.ambiguous) return;
      const at = out.findIndex((x) => (x.caseSensitive ? x.alias : x.alias.toLowerCase()) === k);
      out[at] = a;
      return;
    }
    seen.add(k);
    out.push(a);
  };
  // "the Act" names an Act only with its capital: "the act complained of" is ordinary English.
  const theAct = out.findIndex((x) => x.alias === 'the Act');
  if (theAct >= 0) {
    out[theAct] = { ...out[theAct]!, caseSensitive: true };
    add({ ...out[theAct]!, alias: 'The Act' });
  }
  for (const u of UK_INSTRUMENTS) {
    add({ alias: u.title, title: u.title, caseSensitive: false });
    if (u.title.includes("'")) add({ alias: u.title.replace(/'/g, '’'), title: u.title, caseSensitive: false });
    for (const c of u.codes ?? []) add({ alias: c, title: u.title, caseSensitive: true });
  }
  for (const [name, candidates] of Object.entries(YEARLESS_NAMES)) {
    const several = candidates.length > 1;
    // A name several Acts share is never followed by a year (the title without one: "the Education Act 2002" is that Act).
    const a: ActAlias = { alias: name, title: several ? name : candidates[0]!, caseSensitive: false, ...(several ? { ambiguous: true, candidates } : {}) };
    add(a);
    add({ ...a, alias: `the ${name}` });
    if (name === 'Data Protection Act') add({ ...a, alias: 'DPA', caseSensitive: true });
  }
  return out.sort((a, b) => b.alias.length - a.alias.length || (a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0));
})();

/** Key of a yearless name shared by several Acts: "@name:Data Protection Act". */
export const NAME_KEY = '@name:';

/** HRA aliases that name the Convention itself ("ECHR", "the Convention", "Convention rights"). */
const CONVENTION_ALIAS = /Convention|ECHR/;

/** The key an alias resolves to: ambiguous aliases ("the 2014 Act", "CA 2014", "the Act") are resolved later. */
export function aliasKey(a: ActAlias): string {
  if (a.ambiguous && a.candidates && a.candidates.length > 1 && !/\d{4}/.test(a.alias) && YEARLESS_NAMES[a.alias.replace(/^the /, '')] ) {
    return NAME_KEY + a.alias.replace(/^the /, '');
  }
  if (a.ambiguous && a.alias === 'DPA') return `${NAME_KEY}Data Protection Act`;
  if (a.ambiguous) {
    const year = /\b(\d{4})\b/.exec(a.alias)?.[1];
    return year ? `@${year}` : '@act';
  }
  const key = KEY_BY_TITLE.get(a.title) ?? a.title;
  return key === 'hra1998' && CONVENTION_ALIAS.test(a.alias) ? 'echr' : key;
}

/**
 * An alias as a sequence of atoms (the recognition grammar as data): matched by `matchAtoms` below with the
 * semantics of the regular expression `atomsSource` writes for it. One regular expression over every alias,
 * case-insensitive, was most of a page's first scan: compiling it, then compiling it again to machine code.
 */
interface Atom {
  kind: number;
  /** The character (as written in the alias) and the other one it stands for (its other case, ’ for '). */
  a: number;
  b: number;
  /** YEAR_OR_NOT: the year's atoms. */
  alt: Atom[] | null;
}
/** One character: a or b. */
const LIT = 0;
/** An optional character, taken when it can be. */
const OPT = 1;
/** A possessive "'s" (a: "s", b: "S" in case-insensitive aliases), the apostrophe optional, the whole optional. */
const POSS = 2;
/** Not followed by another year: (?!,? \(?(?:1[89]|20)\d\d). */
const NOT_YEAR = 3;
/** The act's own year (`alt`) or no year at all; last. */
const YEAR_OR_NOT = 4;

const APOS = 39;
const RSQUO = 0x2019;
const NOT_YEAR_SRC = '(?!,? \\(?(?:1[89]|20)\\d\\d)';
const REGEX_SPECIAL = '.*+?^${}()|[]\\';
const escapeRe = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * An alias as atoms. Spelling slack as documents write names: "Children's" also as "Childrens"/"Children";
 * in word phrases, "Care Planning, Placement" without the comma, "Well-being" as "Wellbeing"; in codes,
 * "C.A. 1989" as "CA 1989"/"CA1989". A final year may be written ", 1989" or "(1989)". An alias without a
 * year may carry its act's year, and is not followed by another ("the Children Act" is not "the Children Act 2004").
 */
function aliasAtoms(a: ActAlias): Atom[] {
  const ci = !a.caseSensitive;
  const out: Atom[] = [];
  const atom = (kind: number, ch: number, other = ch, alt: Atom[] | null = null) => ({ kind, a: ch, b: other, alt });
  /** A character of the alias; letters match either case in case-insensitive aliases. */
  const char = (kind: number, ch: number) => atom(kind, ch, ci && isLetter(ch) ? ch ^ 32 : ch);
  const words = (t: string, into: Atom[]) => {
    for (let k = 0; k < t.length; k++) {
      const c = t[k]!;
      const next = t[k + 1] ?? '';
      if ((c === "'" || c === '’') && next === 's' && !/[A-Za-z0-9]/.test(t[k + 2] ?? '')) {
        into.push(atom(POSS, 115, ci ? 83 : 115));
        k++;
      } else if (c === "'" || c === '’') into.push(atom(LIT, APOS, RSQUO));
      else if (ci && c === ',' && next === ' ') into.push(char(OPT, 44));
      else if (ci && c === '-' && /[A-Za-z]/.test(t[k - 1] ?? '') && /[A-Za-z]/.test(next)) into.push(char(OPT, 45));
      else if (!ci && c === '.') into.push(char(OPT, 46));
      else into.push(char(LIT, c.charCodeAt(0)));
    }
  };
  /** ",? \(?1989\)?" */
  const year = (y: string): Atom[] => {
    const at = [char(OPT, 44), char(LIT, 32), char(OPT, 40)];
    words(y, at);
    at.push(char(OPT, 41));
    return at;
  };
  const yearEnd = /^(.*\D) ((?:1[89]|20)\d\d)$/.exec(a.alias);
  if (yearEnd) {
    words(yearEnd[1]!, out);
    if (ci) out.push(...year(yearEnd[2]!));
    else {
      out.push(char(OPT, 32));
      words(yearEnd[2]!, out);
    }
    return out;
  }
  words(a.alias, out);
  if (!/[A-Za-z]$/.test(a.alias)) return out;
  const own = /\b((?:1[89]|20)\d\d)\b/.exec(a.title)?.[1];
  out.push(own ? atom(YEAR_OR_NOT, 0, 0, year(own)) : atom(NOT_YEAR, 0));
  return out;
}

/** The regular expression the atoms stand for (the tests compare the matcher with it). */
export function atomsSource(atoms: Atom[]): string {
  let out = '';
  for (const t of atoms) {
    const c = String.fromCharCode(t.a);
    const ch = t.a === APOS && t.b === RSQUO ? "['’]" : REGEX_SPECIAL.includes(c) ? `\\${c}` : c;
    if (t.kind === LIT) out += ch;
    else if (t.kind === OPT) out += `${ch}?`;
    else if (t.kind === POSS) out += "(?:['’]?s)?";
    else if (t.kind === NOT_YEAR) out += NOT_YEAR_SRC;
    else out += `(?:${atomsSource(t.alt!)}|${NOT_YEAR_SRC})`;
  }
  return out;
}

/**
 * An alias of the matcher. Its atoms and key are made on first need: most aliases are never tried on a page, and
 * making them all was a good part of loading the detector.
 */
class Alias {
  private madeAtoms?: Atom[];
  private madeKey?: string;
  private madePrefix?: string;
  constructor(readonly alias: ActAlias) {}
  get atoms(): Atom[] {
    return (this.madeAtoms ??= aliasAtoms(this.alias));
  }
  get key(): string {
    return (this.madeKey ??= aliasKey(this.alias));
  }
  /**
   * The start of the alias that a match must spell as it is (case aside, lower-cased in case-insensitive aliases):
   * up to its first apostrophe, comma, hyphen or full stop, or its final year. A cheap test before the atoms.
   */
  get prefix(): string {
    if (this.madePrefix === undefined) {
      const a = this.alias;
      let p = /^(.*\D) ((?:1[89]|20)\d\d)$/.exec(a.alias)?.[1] ?? a.alias;
      const special = p.search(/['’,.-]/);
      if (special >= 0) p = p.slice(0, special);
      this.madePrefix = a.caseSensitive ? p : p.toLowerCase();
    }
    return this.madePrefix;
  }
}
// Aliases with the same pattern as an earlier one stay in the lists: the earlier one always matches first.
/** Word phrases (case-insensitive), longest alias first. */
const NAMED: Alias[] = [];
/** Abbreviations and codes: case-sensitive. */
const ABBREVIATIONS: Alias[] = [];
for (const a of ACT_ALIASES) (a.caseSensitive ? ABBREVIATIONS : NAMED).push(new Alias(a));

/** The aliases as regular expression sources with their keys, in the matcher's order, without duplicates (for the tests). */
export function aliasSources(): { named: [string, string][]; abbreviations: [string, string][] } {
  const seen = new Set<string>();
  const list = (l: Alias[], cs: boolean) => {
    const out: [string, string][] = [];
    for (const x of l) {
      const src = atomsSource(x.atoms);
      const dedupe = cs ? `cs:${src}` : `ci:${src.toLowerCase()}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      out.push([src, x.key]);
    }
    return out;
  };
  return { named: list(NAMED, false), abbreviations: list(ABBREVIATIONS, true) };
}

const isAlnum = (c: number) => isLetter(c) || (c >= 48 && c <= 57);

/** Aliases by the character code (ASCII) their first atom accepts; lists keep the aliases' order. */
function byFirstCode(list: Alias[]): (Alias[] | undefined)[] {
  const out: (Alias[] | undefined)[] = new Array(128).fill(undefined);
  for (const x of list) {
    let a = x.alias.alias.charCodeAt(0);
    let b = !x.alias.caseSensitive && isLetter(a) ? a ^ 32 : a;
    if (!isAlnum(a)) ({ a, b } = x.atoms[0]!); // (not so far: aliases start with an ASCII letter or digit)
    (out[a] ??= []).push(x);
    if (b !== a) (out[b] ??= []).push(x);
  }
  return out;
}
const NAMED_FIRST = byFirstCode(NAMED);
const ABBR_FIRST = byFirstCode(ABBREVIATIONS);
/** The aliases that can start with two given characters, by both (made on first need). */
const NAMED_PAIRS = new Map<number, Alias[]>();
const ABBR_PAIRS = new Map<number, Alias[]>();

/**
 * The aliases of first[c1] that may go on with c2 (-1: none), in order. Read from the alias's second character
 * (no atoms needed): a plain one must be c2 (either case, case-insensitive); punctuation or a space (an optional
 * character, a possessive, a year's spacing) keeps the alias in.
 */
function pairList(first: (Alias[] | undefined)[], pairs: Map<number, Alias[]>, c1: number, c2: number): Alias[] {
  const key = (c1 << 16) | (c2 & 0xffff);
  let list = pairs.get(key);
  if (list === undefined) {
    list = first[c1]!.filter(({ alias: a }) => {
      const c = a.alias.charCodeAt(1);
      if (c !== c || !isAlnum(c) || c === c2) return true;
      return !a.caseSensitive && isLetter(c) && (c ^ 32) === c2;
    });
    pairs.set(key, list);
  }
  return list;
}

// Word edges are letters and digits of Latin scripts (the documents are English): [A-Za-z0-9\u00C0-\u024F].
// Case-insensitive, a class also takes the characters whose upper case is one of its members' (a few
// U+0250 and above, e.g. "ɓ"); the small expression answers for those rare characters.
const WORD_CI = /[A-Za-z0-9\u00C0-\u024F]/i;
function isWord(c: number, ci: boolean): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xc0 && c <= 0x24f) return true;
  return ci && WORD_CI.test(String.fromCharCode(c));
}

/** A year at p: ",? \(?(?:1[89]|20)\d\d" within text[.., to). */
function yearAt(text: string, p: number, to: number): boolean {
  if (p < to && text.charCodeAt(p) === 44) p++;
  if (p >= to || text.charCodeAt(p) !== 32) return false;
  p++;
  if (p < to && text.charCodeAt(p) === 40) p++;
  if (p + 4 > to) return false;
  const c0 = text.charCodeAt(p);
  const c1 = text.charCodeAt(p + 1);
  if (!((c0 === 49 && (c1 === 56 || c1 === 57)) || (c0 === 50 && c1 === 48))) return false;
  const c2 = text.charCodeAt(p + 2);
  const c3 = text.charCodeAt(p + 3);
  return c2 >= 48 && c2 <= 57 && c3 >= 48 && c3 <= 57;
}

/**
 * The end of the first match of atoms[i..] at p in text[.., to), in the order a regular expression tries
 * (optional parts taken first, the own year before none), followed by no word character; -1 if none.
 * `exactEnd` >= 0: the match must end there instead, whatever follows (an expression anchored with ^ and $).
 */
function matchAtoms(atoms: Atom[], i: number, text: string, p: number, to: number, ci: boolean, exactEnd: number): number {
  for (; i < atoms.length; i++) {
    const t = atoms[i]!;
    const c = p < to ? text.charCodeAt(p) : -1;
    const kind = t.kind;
    if (kind === LIT) {
      if (c !== t.a && c !== t.b) return -1;
      p++;
    } else if (kind === OPT) {
      if (c === t.a || c === t.b) {
        const e = matchAtoms(atoms, i + 1, text, p + 1, to, ci, exactEnd);
        if (e >= 0) return e;
      }
    } else if (kind === POSS) {
      if ((c === APOS || c === RSQUO) && p + 1 < to) {
        const s = text.charCodeAt(p + 1);
        if (s === t.a || s === t.b) {
          const e = matchAtoms(atoms, i + 1, text, p + 2, to, ci, exactEnd);
          if (e >= 0) return e;
        }
      }
      if (c === t.a || c === t.b) {
        const e = matchAtoms(atoms, i + 1, text, p + 1, to, ci, exactEnd);
        if (e >= 0) return e;
      }
    } else if (kind === NOT_YEAR) {
      if (yearAt(text, p, to)) return -1;
    } else {
      const e = matchAtoms(t.alt!, 0, text, p, to, ci, exactEnd);
      if (e >= 0) return e;
      if (yearAt(text, p, to)) return -1;
    }
  }
  if (exactEnd >= 0) return p === exactEnd ? p : -1;
  return p < to && isWord(text.charCodeAt(p), ci) ? -1 : p;
}

/** Every alias of `first` in text[from, to): leftmost, then the first alias in order, as one alternation would. */
function findAliases(first: (Alias[] | undefined)[], pairs: Map<number, Alias[]>, ci: boolean, text: string, from: number, to: number, out: ActMention[]): void {
  // The slice lower-cased once, for the aliases' prefixes; when lower case changes its length (a few non-ASCII
  // characters, never part of a match: the aliases are ASCII), the text ahead of each start is lower-cased instead.
  let low = ci ? text.slice(from, to).toLowerCase() : '';
  const whole = low.length === to - from;
  let p = from;
  /** Does the text at p (at `at` in `low`), up to `limit`, start with x's prefix (see Alias.prefix)? */
  const startsLike = (x: Alias, at: number, limit: number): boolean =>
    p + x.prefix.length <= limit && (ci ? low.startsWith(x.prefix, at) : text.startsWith(x.prefix, p));
  while (p < to) {
    const c = text.charCodeAt(p);
    if (c < 128 && first[c] !== undefined && (p === from || !isWord(text.charCodeAt(p - 1), ci))) {
      const cands = pairList(first, pairs, c, p + 1 < to ? text.charCodeAt(p + 1) : -1);
      if (ci && !whole) low = text.slice(p, Math.min(to, p + LONGEST)).toLowerCase();
      const at = whole ? p - from : 0;
      let end = -1;
      let k = 0;
      for (; k < cands.length; k++) {
        const x = cands[k]!;
        if (!startsLike(x, at, to)) continue;
        if ((end = matchAtoms(x.atoms, 0, text, p, to, ci, -1)) >= 0) break;
      }
      if (end >= 0) {
        // The key is that of the first alias that spells the matched text, whatever follows it (an alias
        // followed by a year gives way to a later one in the search, not here).
        let key = cands[k]!.key;
        for (let j = 0; j < k; j++) {
          const x = cands[j]!;
          if (!startsLike(x, at, end)) continue;
          if (matchAtoms(x.atoms, 0, text, p, end, ci, end) >= 0) {
            key = x.key;
            break;
          }
        }
        out.push({ start: p, end, key });
        p = end;
        continue;
      }
    }
    p++;
  }
}
/** Characters of the longest alias. */
const LONGEST = Math.max(...ACT_ALIASES.map((a) => a.alias.length));

const WORD = 'A-Za-z0-9\\u00C0-\\u024F';
const LETTER = 'A-Za-z\\u00C0-\\u024F';
// A generic "Some Words Act 1990" title not in the table.
const GENERIC_RE = new RegExp(
  `(?<![${WORD}])((?:the )?(?:[A-Z][${LETTER}'’-]*(?: (?:and|of|for|on|in|\\([A-Z][${LETTER} ]{0,30}\\)|[A-Z][${LETTER}'’,-]*)){0,8}) (?:Act|Regulations|Order|Rules) (?:1[89]|20)\\d\\d)(?![${WORD}])`,
  'g',
);

export interface ActMention {
  start: number;
  end: number;
  /** Key into ACT_REFS, or "@2014" / "@2002" / "@act" (resolve from definitions), or "generic". */
  key: string;
  /** Title text for generic mentions. */
  title?: string;
}

/** Words too common in these documents to be a useful prefilter. */
const COMMON_WORDS = new Set(['children', 'child', 'protection', 'safeguarding', 'safeguard', 'care', 'social', 'young', 'people', 'information', 'sharing', 'court', 'orders', 'proceedings', 'pre', 'the', 'and', 'for', 'in', 'of', 'to']);
const PREFILTER_WORDS = ['act', 'regulation', 'regs', 'order', 'rules', 'convention', 'together', 'keeping'];
/**
 * Cheap tests before the aliases are tried on a slice: each alias contains its longest word (or starts with its
 * first two characters, for codes); a generic title contains Act, Regulations, Order or Rules. Made on first
 * need (a page without section references never needs them).
 */
let prefilter: { named: RegExp; abbr: RegExp } | undefined;
function prefilters(): { named: RegExp; abbr: RegExp } {
  if (prefilter) return prefilter;
  const words = new Set(PREFILTER_WORDS);
  for (const a of ACT_ALIASES) {
    if (a.caseSensitive || PREFILTER_WORDS.some((w) => a.alias.toLowerCase().includes(w))) continue;
    const ws = a.alias.toLowerCase().split(/[^a-z0-9]+/).sort((x, y) => y.length - x.length);
    words.add(ws.find((w) => !COMMON_WORDS.has(w)) ?? ws[0]!);
  }
  const codes = new Set(ACT_ALIASES.filter((a) => a.caseSensitive).map((a) => a.alias.slice(0, 2)));
  return (prefilter = {
    named: new RegExp([...words].map(escapeRe).join('|'), 'i'),
    abbr: new RegExp([...codes].map(escapeRe).join('|')),
  });
}

/** All act mentions in text[from, to), in order of start. */
export function actMentions(text: string, from: number, to: number): ActMention[] {
  const slice = text.slice(from, to);
  const out: ActMention[] = [];
  const maybe = prefilters();
  const named = maybe.named.test(slice);
  if (!named && !maybe.abbr.test(slice)) return out;
  if (named) findAliases(NAMED_FIRST, NAMED_PAIRS, true, text, from, to, out);
  findAliases(ABBR_FIRST, ABBR_PAIRS, false, text, from, to, out);
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

const DEFINITION_RE = /\(\s*(?:[“"‘']|hereafter |hereinafter )?\s*(the (?:\d{4} )?(?:Act|Regulations|Order))\s*[”"’']?\s*\)/gi;

const DEFINITION_Y = new RegExp(DEFINITION_RE.source, 'iy');

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
  // '"the Act" means the Children and Social Work Act 2017' (instruments define their terms this way).
  if (text.includes('means')) {
    MEANS_RE.lastIndex = 0;
    while ((m = MEANS_RE.exec(text))) {
      const at = m.index + m[0].length;
      const next = actMentions(text, at, Math.min(text.length, at + 160))[0];
      const alias = m[1]!.toLowerCase();
      if (next && next.start - at <= 4 && !next.key.startsWith('@') && !defs.has(alias)) defs.set(alias, next.key === 'generic' ? `generic:${next.title}` : next.key);
    }
  }
  return defs;
}
const MEANS_RE = /[“"‘']\s*(the (?:\d{4} )?(?:Act|Regulations|Order))\s*[”"’']\s+means\s+/gi;

/** Characters at the start of a document read as its title. */
const TITLE_SPAN = 240;

/**
 * The Act the document's title is about: the first Act named in its first lines (up to a blank line, within
 * TITLE_SPAN characters), when the title names one by its name (not "the Act").
 */
export function titleAct(text: string): string | undefined {
  let to = Math.min(text.length, TITLE_SPAN);
  const blank = text.slice(0, to).search(/\n[ \t]*\n/);
  if (blank > 0) to = blank;
  const first = actMentions(text, 0, to).find((m) => !m.key.startsWith('@') && m.key !== 'generic');
  return first?.key;
}

const TITLE_TAIL = /\b(?:Act|Regulations|Order|Rules)\b/;

/**
 * Is [start, end) some words inside the title of an Act or statutory instrument ("Care Planning" in "the Care
 * Planning, Placement and Case Review (England) Regulations 2010")? A title's words are not glossary terms. A term
 * that is the whole name ("Human Rights Act" in "Human Rights Act 1998") is not inside one.
 */
export function insideInstrumentTitle(text: string, start: number, end: number): boolean {
  const after = text.slice(end, Math.min(text.length, end + 120));
  if (!TITLE_TAIL.test(after)) return false;
  for (const m of actMentions(text, Math.max(0, start - 120), Math.min(text.length, end + 120))) {
    if (m.start > start || m.end < end) continue;
    const name = text.slice(m.start, m.end).replace(/,? \(?(?:1[89]|20)\d\d\)?$/, '').replace(/^the /i, '');
    if (name.length > end - start) return true;
  }
  return false;
}
