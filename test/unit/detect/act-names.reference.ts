// The act-name matcher as it was (one regular expression over every alias), kept as the tests' oracle: the
// atom matcher in src/core/detect/act-names.ts must find the same mentions.
// How Acts are named in documents: the recognition grammar for rule 1 of acts.md §5, built from the
// knowledge base (src/core/knowledge/acts.ts: every act's title and aliases, ACT_ALIASES), so there is
// one list of names. Here only: the short keys the resolution rules use, and how an alias becomes a pattern.
import type { ActAlias } from '../../../src/core/knowledge/acts';
import { ACT_ALIASES } from '../../../src/core/detect/act-names';
// the key each alias resolves to comes from the matcher's module: the oracle is for the patterns and the matching
import { aliasKey } from '../../../src/core/detect/act-names';


const AP = "['’]";
const REGEX_SPECIAL = '.*+?^${}()|[]\\';
const escapeRe = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An alias as a pattern. Spelling slack as documents write names: "Children's" also as "Childrens"/"Children";
 * in word phrases, "Care Planning, Placement" without the comma, "Well-being" as "Wellbeing"; in codes,
 * "C.A. 1989" as "CA 1989"/"CA1989". A final year may be written ", 1989" or "(1989)". An alias without a
 * year may carry its act's year, and is not followed by another ("the Children Act" is not "the Children Act 2004").
 */
function aliasPattern(a: ActAlias): string {
  const words = (t: string): string => {
    let out = '';
    for (let k = 0; k < t.length; k++) {
      const c = t[k]!;
      const next = t[k + 1] ?? '';
      if ((c === "'" || c === '’') && next === 's' && !/[A-Za-z0-9]/.test(t[k + 2] ?? '')) {
        out += `(?:${AP}?s)?`;
        k++;
      } else if (c === "'" || c === '’') out += AP;
      else if (!a.caseSensitive && c === ',' && next === ' ') out += ',?';
      else if (!a.caseSensitive && c === '-' && /[A-Za-z]/.test(t[k - 1] ?? '') && /[A-Za-z]/.test(next)) out += '-?';
      else if (a.caseSensitive && c === '.') out += '\\.?';
      else out += REGEX_SPECIAL.includes(c) ? `\\${c}` : c; // (one character: no expression per character)
    }
    return out;
  };
  const yearEnd = /^(.*\D) ((?:1[89]|20)\d\d)$/.exec(a.alias);
  if (yearEnd) return `${words(yearEnd[1]!)}${a.caseSensitive ? ' ?' : ',? \\(?'}${yearEnd[2]}${a.caseSensitive ? '' : '\\)?'}`;
  if (!/[A-Za-z]$/.test(a.alias)) return words(a.alias);
  const own = /\b((?:1[89]|20)\d\d)\b/.exec(a.title)?.[1];
  const otherYear = '(?!,? \\(?(?:1[89]|20)\\d\\d)';
  return own ? `${words(a.alias)}(?:,? \\(?${own}\\)?|${otherYear})` : `${words(a.alias)}${otherYear}`;
}

/** [pattern source, act key], longest alias first. */
export const NAMED: [string, string][] = [];
/** Abbreviations and codes: case-sensitive. */
export const ABBREVIATIONS: [string, string][] = [];
/** The alias each entry of NAMED / ABBREVIATIONS was made from. */
const NAMED_ALIASES: string[] = [];
const ABBR_ALIASES: string[] = [];
{
  const seen = new Set<string>();
  for (const a of ACT_ALIASES) {
    const src = aliasPattern(a);
    const list = a.caseSensitive ? ABBREVIATIONS : NAMED;
    const dedupe = (a.caseSensitive ? 'cs:' : 'ci:') + (a.caseSensitive ? src : src.toLowerCase());
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    list.push([src, aliasKey(a)]);
    (a.caseSensitive ? ABBR_ALIASES : NAMED_ALIASES).push(a.alias);
  }
}

// Two regexes, one case-insensitive, one case-sensitive, without groups (hundreds of named groups make every
// match costly); which alias matched is found afterwards, only for the few matches.
// No `u` flag: the expressions are compiled on every page the content script reads, and a case-insensitive
// Unicode alternation of hundreds of names costs several times as much to compile. Word edges are letters and
// digits of Latin scripts (the documents are English), which is what \p{L}\p{N} meant for them.
const WORD = 'A-Za-z0-9\\u00C0-\\u024F';
const LETTER = 'A-Za-z\\u00C0-\\u024F';
const alternation = (list: [string, string][]) => list.map(([src]) => `(?:${src})`).join('|');
const NAMED_RE = new RegExp(`(?<![${WORD}])(?:${alternation(NAMED)})(?![${WORD}])`, 'gi');
const ABBR_RE = new RegExp(`(?<![${WORD}])(?:${alternation(ABBREVIATIONS)})(?![${WORD}])`, 'g');
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

/** Alternatives by the lower-cased first character of their alias (the alternation tries them in list order). */
function byFirstChar(list: [string, string][], aliases: string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  list.forEach((_, i) => {
    const c = aliases[i]!.charAt(0).toLowerCase();
    out.set(c, [...(out.get(c) ?? []), i]);
  });
  return out;
}
const NAMED_FIRST = byFirstChar(NAMED, NAMED_ALIASES);
const ABBR_FIRST = byFirstChar(ABBREVIATIONS, ABBR_ALIASES);

/**
 * Per first character, one expression over that character's alternatives, each in a capturing group, anchored
 * at both ends: the first group that takes part names the alternative. Compiled on first use, one per
 * character (not one per alias: compiling hundreds of expressions was most of a page's first scan).
 */
function groupRe(list: [string, string][], first: Map<string, number[]>, cache: Map<string, RegExp>, c: string, flags: string): RegExp | undefined {
  let re = cache.get(c);
  if (re) return re;
  const idx = first.get(c);
  if (!idx) return undefined;
  re = new RegExp(`^(?:${idx.map((i) => `(${list[i]![0]})`).join('|')})$`, flags);
  cache.set(c, re);
  return re;
}
const NAMED_GROUPS = new Map<string, RegExp>();
const ABBR_GROUPS = new Map<string, RegExp>();

/** The key of the first alternative (the one the alternation chose) that matches the `len` characters at `at`. */
function keyAt(text: string, at: number, len: number, list: [string, string][], first: Map<string, number[]>): string | undefined {
  // The same names recur through a document: remember them (the key depends on the matched text only).
  const memoKey = (list === NAMED ? 'n' : 'a') + text.slice(at, at + len);
  if (KEY_MEMO.has(memoKey)) return KEY_MEMO.get(memoKey);
  let found: string | undefined;
  const probe = text.slice(at, at + len);
  const c = probe.charAt(0).toLowerCase();
  const re = list === NAMED ? groupRe(list, first, NAMED_GROUPS, c, 'i') : groupRe(list, first, ABBR_GROUPS, c, '');
  const m = re?.exec(probe);
  if (m) {
    const idx = first.get(c)!;
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        found = list[idx[g - 1]!]![1];
        break;
      }
    }
  }
  if (KEY_MEMO.size > 1000) KEY_MEMO.clear();
  KEY_MEMO.set(memoKey, found);
  return found;
}
const KEY_MEMO = new Map<string, string | undefined>();

/**
 * Cheap tests before the expressions run on a slice: each alias contains its longest word (or starts with its
 * first two characters, for codes); a generic title contains Act, Regulations, Order or Rules.
 */
/** Words too common in these documents to be a useful prefilter. */
const COMMON_WORDS = new Set(['children', 'child', 'protection', 'safeguarding', 'safeguard', 'care', 'social', 'young', 'people', 'information', 'sharing', 'court', 'orders', 'proceedings', 'pre', 'the', 'and', 'for', 'in', 'of', 'to']);
const PREFILTER_WORDS = ['act', 'regulation', 'regs', 'order', 'rules', 'convention', 'together', 'keeping'];
const MAYBE_NAMED = new RegExp(
  [
    ...new Set([
      ...PREFILTER_WORDS,
      ...ACT_ALIASES.filter((a) => !a.caseSensitive && !PREFILTER_WORDS.some((w) => a.alias.toLowerCase().includes(w))).map(
        (a) => {
          const words = a.alias.toLowerCase().split(/[^a-z0-9]+/).sort((x, y) => y.length - x.length);
          return words.find((w) => !COMMON_WORDS.has(w)) ?? words[0]!;
        },
      ),
    ]),
  ]
    .map(escapeRe)
    .join('|'),
  'i',
);
const MAYBE_ABBR = new RegExp([...new Set(ACT_ALIASES.filter((a) => a.caseSensitive).map((a) => a.alias.slice(0, 2)))].map(escapeRe).join('|'));

/** All act mentions in text[from, to), in order of start. */
export function actMentions(text: string, from: number, to: number): ActMention[] {
  const slice = text.slice(from, to);
  const out: ActMention[] = [];
  const named = MAYBE_NAMED.test(slice);
  if (!named && !MAYBE_ABBR.test(slice)) return out;
  for (const [re, list, first] of [
    [NAMED_RE, NAMED, NAMED_FIRST],
    [ABBR_RE, ABBREVIATIONS, ABBR_FIRST],
  ] as const) {
    if (re === NAMED_RE && !named) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) {
      const key = keyAt(slice, m.index, m[0].length, list, first);
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
