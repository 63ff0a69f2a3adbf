// Glossary terms: one token trie built from every variant and abbreviation of the knowledge base.
// The text is tokenised once; at each token the trie is walked as far as it goes and the longest
// accepted form wins ("initial child protection conference", not "child protection conference").
// Tokens are normalised on both sides (case, apostrophes, regular plurals, a few irregular forms and
// common misspellings), so "children protection plans" finds "child protection plan".
import type { Match, Resume } from './types';
import { WordTrie, isWordCode, maskBit, ANY_NEXT, type Candidates, type WordTrieTables } from './prepass';

type TermMatch = Extract<Match, { kind: 'term' }>;

export interface TermEntry {
  id: string;
  variants: string[];
  abbreviations: string[];
}

/**
 * A term a tree node completes: [term id, rank (order of definition: the first entry wins a tie), exact tokens?].
 * Abbreviations carry their tokens: they must match the text's case exactly (a plural "s" is allowed).
 */
type Accept = [string, number, string[]?];

/**
 * The token tree as flat arrays, node 0 the root: as generated tables they are used as they are parsed, with
 * no object per node to build (a page's first scan runs that code before the JIT has compiled it).
 */
export interface TokenTree {
  /** Per node: how many children it has. */
  kidN: number[];
  /**
   * Every parent-child edge as a pair: parent * (token count + 1) + the child's token id, then the child. Read
   * into one Map: a lookup is then one built-in call, which matters while the code runs in the interpreter.
   */
  kids: number[];
  /** Per node: bit k set when a child token can start with letter k (a = 0); bit 26 for a digit. */
  mask: number[];
  /** Per node: punctuation a variant had before this token besides the usual gap characters, e.g. "(" or ",". */
  extra: string[];
  /** Per node: the terms it completes, or 0. */
  accept: (Accept[] | 0)[];
  /** Per token id: its node under the root (0: none). */
  first: number[];
}

/** A tree node while the matcher is built from entries. */
interface BuildNode {
  /** Children by token id (see WordTrie). */
  next: Map<number, BuildNode>;
  accept?: Accept[];
  extra?: string;
}

/** Irregular forms and common misspellings, and the token they stand for. */
export const IRREGULAR: Record<string, string> = {
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


export { isWordCode };

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

/**
 * A built TermMatcher as plain data (term-tables.generated.ts): building the tries from the glossary was the
 * largest part of every page's first scan, in code the JIT had not yet compiled. `input` is what they were
 * built from (termInput): tables for another glossary are never used.
 */
export interface TermTables {
  input: string;
  /** Normalised tokens, by id - 1. */
  tokens: string[];
  firstIds: number[];
  firstRaw: string[];
  tree: TokenTree;
  trie: WordTrieTables;
}

/** What the tables are built from, as one string. */
export function termInput(entries: TermEntry[]): string {
  return JSON.stringify(entries.map((e) => [e.id, e.variants, e.abbreviations]));
}

/** The matcher's parts, built from entries. */
function build(entries: TermEntry[]): Omit<TermTables, 'input' | 'trie'> & { trie: WordTrie } {
  const root: BuildNode = { next: new Map() };
  /** Normalised token -> id (ids start at 1). */
  const ids = new Map<string, number>();
  const firstIds = new Set<number>();
  const firstRaw = new Set<string>();
  const idOf = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size + 1));
    return id;
  };
  const add = (form: string, accept: Accept): void => {
    const toks = tokenize(form);
    if (!toks.length) return;
    firstRaw.add(toks[0]!.raw.toLowerCase());
    let node = root;
    toks.forEach((t, k) => {
      const id = idOf(normToken(t.raw));
      if (k === 0) firstIds.add(id);
      let next = node.next.get(id);
      if (!next) node.next.set(id, (next = { next: new Map() }));
      if (k > 0) {
        const gap = form.slice(toks[k - 1]!.end, t.start);
        for (const c of gap) if (GAP_CHARS.indexOf(c) < 0 && !(next.extra ?? '').includes(c)) next.extra = (next.extra ?? '') + c;
      }
      node = next;
    });
    (node.accept ??= []).push(accept);
  };
  entries.forEach((entry, rank) => {
    for (const v of entry.variants) add(stripQualifier(v), [entry.id, rank]);
    for (const a of entry.abbreviations) add(a, [entry.id, rank, tokenize(a).map((t) => t.raw)]);
  });

  // The character trie over every spelling of every token (with the detectors' keywords): every lower-cased,
  // apostrophe- and dot-free spelling whose normToken is a term token.
  const surfaces = new Map<string, number>();
  const irregularBy = new Map<string, string[]>();
  for (const [raw, norm] of Object.entries(IRREGULAR)) irregularBy.set(norm, [...(irregularBy.get(norm) ?? []), raw]);
  for (const [key, id] of ids) {
    const forms = [key, key + 's', key + 'es', ...(irregularBy.get(key) ?? [])];
    if (key.endsWith('y')) forms.push(key.slice(0, -1) + 'ies');
    for (const f of forms) if (normTokenUncached(f) === key && !surfaces.has(f)) surfaces.set(f, id);
  }
  // Which first characters each token id can be spelled with: a cheap test before a walk.
  const firstChars = new Map<number, number>();
  for (const [f, id] of surfaces) firstChars.set(id, (firstChars.get(id) ?? 0) | maskBit(f.charCodeAt(0)));

  // The tree, breadth-first.
  const stride = ids.size + 1;
  const tree: TokenTree = { kidN: [], kids: [], mask: [], extra: [], accept: [], first: new Array<number>(stride).fill(0) };
  const order: BuildNode[] = [root];
  for (let n = 0; n < order.length; n++) {
    const node = order[n]!;
    const kids = [...node.next].sort((x, y) => x[0] - y[0]);
    tree.kidN.push(kids.length);
    let mask = 0;
    for (const [id, child] of kids) {
      mask |= firstChars.get(id) ?? 0;
      tree.kids.push(n * stride + id, order.length);
      if (n === 0) tree.first[id] = order.length;
      order.push(child);
    }
    tree.mask.push(mask);
    tree.extra.push(node.extra ?? '');
    tree.accept.push(node.accept ?? 0);
  }
  // First tokens that need a next token: the prepass drops them when the next token cannot continue.
  const masks = new Uint32Array(ids.size + 1);
  for (const [id] of root.next) {
    const n = tree.first[id]!;
    masks[id] = tree.accept[n] !== 0 ? ANY_NEXT : tree.mask[n]!;
  }
  return { tokens: [...ids.keys()], firstIds: [...firstIds], firstRaw: [...firstRaw], tree, trie: new WordTrie(surfaces, firstIds, masks) };
}

export class TermMatcher {
  private tokens: string[];
  private firstIds: number[];
  private firstRaw: string[];
  private tree: TokenTree;
  private wordTrie: WordTrie;
  /** The tree's edges (see TokenTree.kids), and the multiplier of their keys. */
  private kids = new Map<number, number>();
  private stride: number;

  /** From entries, or from tables already checked against them (fromTables). */
  constructor(entries: TermEntry[], tables?: TermTables) {
    const b = tables ? { ...tables, trie: new WordTrie(tables.trie) } : build(entries);
    this.tokens = b.tokens;
    this.firstIds = b.firstIds;
    this.firstRaw = b.firstRaw;
    this.tree = b.tree;
    this.wordTrie = b.trie;
    this.stride = b.tokens.length + 1;
    const pairs = b.tree.kids;
    for (let k = 0; k < pairs.length; k += 2) this.kids.set(pairs[k]!, pairs[k + 1]!);
  }

  /** A matcher from tables, or null when they were built from other entries (then build: `new TermMatcher`). */
  static fromTables(entries: TermEntry[], t: TermTables): TermMatcher | null {
    return t.input === termInput(entries) ? new TermMatcher(entries, t) : null;
  }

  /** This matcher as plain data (see TermTables). */
  tables(entries: TermEntry[]): TermTables {
    return { input: termInput(entries), tokens: this.tokens, firstIds: this.firstIds, firstRaw: this.firstRaw, tree: this.tree, trie: this.wordTrie.tables() };
  }

  /**
   * The character trie over every spelling of every token (with the detectors' keywords): every
   * lower-cased, apostrophe- and dot-free spelling whose normToken is a term token.
   */
  trie(): WordTrie {
    return this.wordTrie;
  }

  /** The child of `node` for token `id`, or 0. */
  private child(node: number, id: number): number {
    return this.kids.get(node * this.stride + id) ?? 0;
  }

  scan(text: string, cand?: Candidates, state?: Resume): TermMatch[] {
    const trie = this.trie();
    const c = cand ?? trie.prepass(text);
    const out: TermMatch[] = [];
    const n = text.length;
    // Tokens of the current candidate: start, end, id.
    const bs: number[] = [];
    const be: number[] = [];
    const bk: number[] = [];
    let blen = 0;
    // The next token, if it starts within MAX_GAP characters of the previous one (never a long scan).
    const fill = (i: number): boolean => {
      while (blen <= i) {
        let p = be[blen - 1]!;
        const limit = Math.min(n, p + MAX_GAP + 1);
        while (p < limit && !isWordCode(text.charCodeAt(p))) p++;
        if (p >= limit) return false;
        trie.tokenAt(text, p);
        bs[blen] = p;
        be[blen] = trie.tokEnd;
        bk[blen] = trie.tokId;
        blen++;
      }
      return true;
    };
    const { accept, mask, extra, kidN, first } = this.tree;
    const stackNode: number[] = [];
    const stackJ: number[] = [];
    let lastEnd = state?.at ?? 0;
    const { termPos, termEnd, termId } = c;
    // One function, not a loop calling a function per candidate: V8 compiles this loop (on-stack) early on a
    // page's first scan, while a function called once per candidate ran in the interpreter for longer (Chromium).
    for (let t = 0; t < termPos.length; t++) {
      const pos = termPos[t]!;
      if (pos < lastEnd) continue;
      const firstNode = first[termId[t]!] ?? 0;
      if (firstNode === 0) continue;
      const firstEnd = termEnd[t]!;
      if (accept[firstNode] === 0) {
        // Most candidates ("in", "they", "what") die here: the next token cannot continue any term.
        let p = firstEnd;
        const limit = Math.min(n, p + MAX_GAP + 1);
        while (p < limit && !isWordCode(text.charCodeAt(p))) p++;
        if (p >= limit) continue;
        if ((mask[firstNode]! & maskBit(text.charCodeAt(p))) === 0 && text.charCodeAt(p - 1) !== 40) continue;
      }
      bs[0] = pos;
      be[0] = firstEnd;
      bk[0] = termId[t]!;
      blen = 1;
      const i = 0;
      let bestEnd = -1;
      let bestId = '';
      let openBracket = false;
      // Walk the trie; a bracketed acronym may be stepped over ("Child Protection (CP) Plan").
      stackNode[0] = firstNode;
      stackJ[0] = i;
      let sp = 1;
      // "(CP) Plan": a term that starts inside a bracket may step over the closing bracket once.
      const startsInBracket = text.charCodeAt(pos - 1) === 40 && text.charCodeAt(firstEnd) === 41;
      let steps = 0;
      while (sp > 0 && steps++ < 64) {
        sp--;
        const node = stackNode[sp]!;
        const j = stackJ[sp]!;
        const acc = accept[node]!;
        if (acc !== 0) {
          const id = this.accepts(acc, text, bs, be, i, j);
          if (id && j > bestEnd) {
            bestEnd = j;
            bestId = id;
            openBracket = startsInBracket && j > i;
          }
        }
        if (kidN[node] === 0 || !fill(j + 1)) continue;
        const curEnd = be[j]!;
        const nxStart = bs[j + 1]!;
        const nxEnd = be[j + 1]!;
        const child = bk[j + 1]! === 0 ? 0 : this.child(node, bk[j + 1]!);
        if (child !== 0) {
          if (gapOkAt(text, curEnd, nxStart, extra[child]) || (j === i && startsInBracket && gapOkAt(text, curEnd + 1, nxStart, extra[child], true))) {
            stackNode[sp] = child;
            stackJ[sp++] = j + 1;
          }
        }
        // Step over "(ACRONYM)".
        if (text.charCodeAt(nxStart - 1) === 40 && text.charCodeAt(nxEnd) === 41 && /^[ \t]*\($/.test(text.slice(curEnd, nxStart))) {
          if (ACRONYM.test(text.slice(nxStart, nxEnd)) && fill(j + 2)) {
            const afterId = bk[j + 2]!;
            const skipChild = afterId === 0 ? 0 : this.child(node, afterId);
            if (skipChild !== 0 && gapOkAt(text, nxEnd + 1, bs[j + 2]!, extra[skipChild])) {
              stackNode[sp] = skipChild;
              stackJ[sp++] = j + 2;
            }
          }
        }
      }
      if (bestEnd >= 0) {
        let start = pos;
        let end = be[bestEnd]!;
        const span = text.slice(start, end);
        // "(CP) Plan": keep the bracket that the term itself closes.
        if (openBracket) start--;
        // "(of support)": a bracket opened inside the term and closed right after it.
        else if (span.lastIndexOf('(') > span.lastIndexOf(')') && text.charCodeAt(end) === 41) end++;
        // "Child 'In Need'": close a quote the term opened.
        else if (/[ (]['‘"“]/.test(span) && /^['’"”]/.test(text.charAt(end)) && countQuotes(span) % 2 === 1) end++;
        out.push({ kind: 'term', start, end, text: text.slice(start, end), value: { id: bestId } });
        lastEnd = end;
      }
    }
    if (state) state.at = lastEnd;
    return out;
  }

  private firstRe?: RegExp;
  /** One regular expression over every form a term's first word can take (the bench's whole-grammar floor). */
  firstWords(): RegExp {
    if (this.firstRe) return this.firstRe;
    const forms = new Set<string>();
    for (const w of this.firstRaw) {
      forms.add(w);
      if (/[^aeiou]y$/.test(w) && w.length > 3) forms.add(w.slice(0, -1) + 'ies');
    }
    const firstIds = new Set(this.firstIds);
    for (const [raw, norm] of Object.entries(IRREGULAR)) if (firstIds.has(this.tokens.indexOf(norm) + 1)) forms.add(raw);
    const esc = [...forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    this.firstRe = new RegExp(`\\b(?:${esc.join('|')})(?:e?s|['’?]s|s['’])?(?![A-Za-z0-9])`, 'gi');
    return this.firstRe;
  }

  private accepts(list: Accept[], text: string, bs: number[], be: number[], from: number, to: number): string | undefined {
    let best: Accept | undefined;
    for (const a of list) {
      const exact = a[2];
      if (exact) {
        if (exact.length !== to - from + 1) continue;
        let ok = true;
        for (let k = 0; k < exact.length && ok; k++) {
          const raw = text.slice(bs[from + k]!, be[from + k]!);
          const want = exact[k]!;
          ok = raw === want || raw === want + 's' || raw === want + "'s" || raw === want + '’s';
        }
        if (!ok) continue;
      }
      if (!best || a[1] < best[1] || (best[2] && !exact && a[1] === best[1])) best = a;
    }
    return best?.[0];
  }
}
