// Glossary terms: one token trie built from every variant and abbreviation of the knowledge base.
// The text is tokenised once; at each token the trie is walked as far as it goes and the longest
// accepted form wins ("initial child protection conference", not "child protection conference").
// Tokens are normalised on both sides (case, apostrophes, regular plurals, a few irregular forms and
// common misspellings), so "children protection plans" finds "child protection plan".
import type { Match } from './types';

type TermMatch = Extract<Match, { kind: 'term' }>;

export interface TermEntry {
  id: string;
  variants: string[];
  abbreviations: string[];
}

interface Accept {
  id: string;
  /** Abbreviations must match the text's case exactly (a plural "s" is allowed). */
  exact?: string[];
  /** Order of definition: the first entry wins a tie. */
  rank: number;
}

interface Node {
  next: Map<string, Node>;
  accept?: Accept[];
  /** Punctuation a variant had before this token besides the usual gap characters, e.g. "(" or ",". */
  extra?: string;
}

const IRREGULAR: Record<string, string> = {
  children: 'child',
  childrens: 'child',
  childs: 'child',
  enquiries: 'enquiry',
  enquires: 'enquiry',
  enquirys: 'enquiry',
  inquiries: 'enquiry',
  inquiry: 'enquiry',
  inquires: 'enquiry',
  people: 'person',
  peoples: 'person',
  persons: 'person',
  stepping: 'step',
  stepped: 'step',
  steps: 'step',
  carers: 'carer',
  women: 'woman',
  men: 'man',
  authorties: 'authority',
  authorites: 'authority',
};

/** Normalise one token: lower case, no apostrophes or dots, singular. Same function for text and terms. */
const NORM_CACHE = new Map<string, string>();

/** Normalise one token: lower case, no apostrophes or dots, singular. Same function for text and terms. */
export function normToken(raw: string): string {
  let v = NORM_CACHE.get(raw);
  if (v === undefined) {
    v = normTokenUncached(raw);
    if (NORM_CACHE.size > 50_000) NORM_CACHE.clear();
    NORM_CACHE.set(raw, v);
  }
  return v;
}

function normTokenUncached(raw: string): string {
  let t = raw.toLowerCase();
  if (/['’‘`.?]/.test(t)) t = t.replace(/['’‘`.?]/g, '');
  const irr = IRREGULAR[t];
  if (irr) return irr;
  const n = t.length;
  if (n > 4 && t.endsWith('ies')) return t.slice(0, -3) + 'y';
  if (n > 4 && t.endsWith('sses')) return t.slice(0, -2);
  if (n > 3 && t.charCodeAt(n - 1) === 115 /* s */) {
    const p = t.charCodeAt(n - 2);
    if (p !== 115 && p !== 117 /* u */ && p !== 105 /* i */) return t.slice(0, -1);
  }
  return t;
}

// A token: letters/digits, with inner apostrophes, dots ("M.A.S.H", "s.47") or a "?" standing for an apostrophe ("children?s").
const TOKEN_RE = /[\p{L}\p{N}]+(?:(?:['’‘`.]|\?(?=s(?![\p{L}\p{N}])))[\p{L}\p{N}]+)*/gu;
/** What may separate two words of one term: spaces, hyphens, quotes, "&" and "/". Never a newline or a full stop. */
const GAP_CHARS = ' \t\u00a0-–—\'"‘’“”&/';
const MAX_GAP = 6;

/** gapOk over text[a, b) without copying it; `loose` accepts an empty gap (after a skipped bracket). */
function gapOkAt(text: string, a: number, b: number, extra: string | undefined, loose = false): boolean {
  const len = b - a;
  if (len > MAX_GAP || (len <= 0 && !loose) || len < 0) return false;
  for (let k = a; k < b; k++) {
    const c = text[k]!;
    if (GAP_CHARS.indexOf(c) < 0 && (extra === undefined || extra.indexOf(c) < 0)) return false;
  }
  return true;
}

/** End of the token starting at p: letters/digits with inner apostrophes or dots, or "?" for an apostrophe before "s". */
function tokenEnd(text: string, p: number): number {
  const n = text.length;
  let e = p;
  while (e < n) {
    const c = text.charCodeAt(e);
    if (isWordCode(c)) {
      e++;
      continue;
    }
    if ((c === 39 || c === 0x2019 || c === 0x2018 || c === 96 || c === 46) && e + 1 < n && isWordCode(text.charCodeAt(e + 1))) {
      e++;
      continue;
    }
    if (c === 63 && text.charCodeAt(e + 1) === 115 && !isWordCode(text.charCodeAt(e + 2))) {
      e++;
      continue;
    }
    break;
  }
  return e;
}

function gapOk(gap: string, extra: string | undefined): boolean {
  if (gap.length === 0 || gap.length > MAX_GAP) return false;
  for (let k = 0; k < gap.length; k++) {
    const c = gap[k]!;
    if (GAP_CHARS.indexOf(c) < 0 && (extra === undefined || extra.indexOf(c) < 0)) return false;
  }
  return true;
}

/**
 * Descriptive qualifiers are not part of a term: "likely to suffer significant harm" is marked as
 * "significant harm", "the child's wishes and feelings" as "wishes and feelings".
 */
const QUALIFIER = /^(?:(?:suffering|suffered|is suffering) or (?:is )?likely to suffer |likely to suffer |at risk of |risk of |subject to (?:a |an )?|person with |the |(?:the )?(?:child|children|young person)['’]?s (?=wishes))/i;

export function stripQualifier(form: string): string {
  const stripped = form.replace(QUALIFIER, '');
  return stripped.length >= 3 ? stripped : form;
}

/** "(CIN)", "(CP)": an acronym in brackets that may sit inside a longer term ("Children in Need (CIN) Plan"). */
const ACRONYM = /^[A-Z][A-Za-z&.]{0,6}$/;


/** Letters and digits (ASCII; anything from U+00C0 up to U+1FFF counts as a letter). */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7;
}

function countQuotes(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s[k]!;
    // An apostrophe between two letters ("child's") is not a quote.
    if ((c === "'" || c === '’') && /\p{L}/u.test(s[k - 1] ?? '') && /\p{L}/u.test(s[k + 1] ?? '')) continue;
    if ("'‘’\"“”".includes(c)) n++;
  }
  return n;
}

function tokenize(s: string): { raw: string; start: number; end: number }[] {
  const out: { raw: string; start: number; end: number }[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(s))) out.push({ raw: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

export class TermMatcher {
  private root: Node = { next: new Map() };

  constructor(entries: TermEntry[]) {
    entries.forEach((entry, rank) => {
      for (const v of entry.variants) this.add(stripQualifier(v), { id: entry.id, rank });
      for (const a of entry.abbreviations) {
        const toks = tokenize(a).map((t) => t.raw);
        this.add(a, { id: entry.id, rank, exact: toks });
      }
    });

  }

  private add(form: string, accept: Accept): void {
    const toks = tokenize(form);
    if (!toks.length) return;
    const first = toks[0]!.raw;
    this.firstRaw.add(first.toLowerCase());
    let node = this.root;
    toks.forEach((t, k) => {
      const key = normToken(t.raw);
      let next = node.next.get(key);
      if (!next) node.next.set(key, (next = { next: new Map() }));
      if (k > 0) {
        const gap = form.slice(toks[k - 1]!.end, t.start);
        for (const c of gap) if (GAP_CHARS.indexOf(c) < 0 && !(next.extra ?? '').includes(c)) next.extra = (next.extra ?? '') + c;
      }
      node = next;
    });
    (node.accept ??= []).push(accept);
  }

  scan(text: string): TermMatch[] {
    const out: TermMatch[] = [];
    const root = this.root;
    const n = text.length;
    type Tok = { start: number; end: number; key: string };
    let buf: Tok[] = [];
    // The next token, if it starts within MAX_GAP characters of the previous one (never a long scan).
    const fill = (i: number): boolean => {
      while (buf.length <= i) {
        let p = buf[buf.length - 1]!.end;
        const limit = Math.min(n, p + MAX_GAP + 1);
        while (p < limit && !isWordCode(text.charCodeAt(p))) p++;
        if (p >= limit) return false;
        const e = tokenEnd(text, p);
        buf.push({ start: p, end: e, key: normToken(text.slice(p, e)) });
      }
      return true;
    };
    let lastEnd = 0;
    const firstRe = this.firstWords();
    firstRe.lastIndex = 0;
    let fm: RegExpExecArray | null;
    while ((fm = firstRe.exec(text))) {
      const pos = fm.index;
      if (pos < lastEnd) {
        firstRe.lastIndex = lastEnd;
        continue;
      }
      if (pos > 0 && isWordCode(text.charCodeAt(pos - 1))) continue;
      const firstEnd = tokenEnd(text, pos);
      const firstNode = root.next.get(normToken(text.slice(pos, firstEnd)));
      if (!firstNode) continue;
      const first: Tok = { start: pos, end: firstEnd, key: '' };
      buf = [first];
      const i = 0;
      let bestEnd = -1;
      let bestId = '';
      let openBracket = false;
      // Walk the trie; a bracketed acronym may be stepped over ("Child Protection (CP) Plan").
      const stack: [Node, number][] = [[firstNode, i]];
      // "(CP) Plan": a term that starts inside a bracket may step over the closing bracket once.
      const startsInBracket = text.charCodeAt(first.start - 1) === 40 && text.charCodeAt(first.end) === 41;
      let steps = 0;
      while (stack.length && steps++ < 64) {
        const [node, j] = stack.pop()!;
        if (node.accept) {
          const id = this.accepts(node.accept, text, buf, i, j);
          if (id && j > bestEnd) {
            bestEnd = j;
            bestId = id;
            openBracket = startsInBracket && j > i;
          }
        }
        if (node.next.size === 0 || !fill(j + 1)) continue;
        const cur = buf[j]!;
        const nx = buf[j + 1]!;
        const child = node.next.get(nx.key);
        if (child) {
          if (gapOkAt(text, cur.end, nx.start, child.extra)) stack.push([child, j + 1]);
          else if (j === i && startsInBracket && gapOkAt(text, cur.end + 1, nx.start, child.extra, true)) stack.push([child, j + 1]);
        }
        // Step over "(ACRONYM)".
        if (text.charCodeAt(nx.start - 1) === 40 && text.charCodeAt(nx.end) === 41 && /^[ \t]*\($/.test(text.slice(cur.end, nx.start))) {
          if (ACRONYM.test(text.slice(nx.start, nx.end)) && fill(j + 2)) {
            const after = buf[j + 2]!;
            const skipChild = node.next.get(after.key);
            if (skipChild && gapOkAt(text, nx.end + 1, after.start, skipChild.extra)) stack.push([skipChild, j + 2]);
          }
        }
      }
      if (bestEnd >= 0) {
        let start = first.start;
        let end = buf[bestEnd]!.end;
        const span = text.slice(start, end);
        // "(CP) Plan": keep the bracket that the term itself closes.
        if (openBracket) start--;
        // "(of support)": a bracket opened inside the term and closed right after it.
        else if (span.lastIndexOf('(') > span.lastIndexOf(')') && text.charCodeAt(end) === 41) end++;
        // "Child 'In Need'": close a quote the term opened.
        else if (/[ (]['‘"“]/.test(span) && /^['’"”]/.test(text.charAt(end)) && countQuotes(span) % 2 === 1) end++;
        out.push({ kind: 'term', start, end, text: text.slice(start, end), value: { id: bestId } });
        lastEnd = end;
        firstRe.lastIndex = Math.max(firstRe.lastIndex, end);
      }
    }
    return out;
  }

  private firstRe?: RegExp;
  /** One regular expression over every form a term's first word can take: the prefilter. */
  private firstWords(): RegExp {
    if (this.firstRe) return this.firstRe;
    const forms = new Set<string>();
    for (const w of this.firstRaw) {
      forms.add(w);
      if (/[^aeiou]y$/.test(w) && w.length > 3) forms.add(w.slice(0, -1) + 'ies');
    }
    for (const [raw, norm] of Object.entries(IRREGULAR)) if (this.root.next.has(norm)) forms.add(raw);
    const esc = [...forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    this.firstRe = new RegExp(`\\b(?:${esc.join('|')})(?:e?s|['’?]s|s['’])?(?![A-Za-z0-9])`, 'gi');
    return this.firstRe;
  }

  private firstRaw = new Set<string>();

  private accepts(list: Accept[], text: string, buf: { start: number; end: number }[], from: number, to: number): string | undefined {
    let best: Accept | undefined;
    for (const a of list) {
      if (a.exact) {
        if (a.exact.length !== to - from + 1) continue;
        let ok = true;
        for (let k = 0; k < a.exact.length && ok; k++) {
          const raw = text.slice(buf[from + k]!.start, buf[from + k]!.end);
          const want = a.exact[k]!;
          ok = raw === want || raw === want + 's' || raw === want + "'s" || raw === want + '’s';
        }
        if (!ok) continue;
      }
      if (!best || a.rank < best.rank || (best.exact && !a.exact && a.rank === best.rank)) best = a;
    }
    return best?.id;
  }
}
