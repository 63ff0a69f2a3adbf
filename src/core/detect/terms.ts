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
export function normToken(raw: string): string {
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
    // Tokens are produced lazily into a small ring so long texts do not allocate one array of every token.
    TOKEN_RE.lastIndex = 0;
    const buf: { raw: string; start: number; end: number; key: string }[] = [];
    let done = false;
    const fill = (i: number): boolean => {
      while (buf.length <= i && !done) {
        const m = TOKEN_RE.exec(text);
        if (!m) {
          done = true;
          break;
        }
        buf.push({ raw: m[0], start: m.index, end: m.index + m[0].length, key: normToken(m[0]) });
      }
      return buf.length > i;
    };
    let i = 0;
    while (fill(i)) {
      const first = buf[i]!;
      let bestEnd = -1;
      let bestId = '';
      let openBracket = false;
      const firstNode = root.next.get(first.key);
      // Walk the trie; a bracketed acronym may be stepped over ("Child Protection (CP) Plan").
      const stack: [Node, number][] = firstNode ? [[firstNode, i]] : [];
      // "(CP) Plan": a term that starts inside a bracket may step over the closing bracket once.
      const startsInBracket = text.charCodeAt(first.start - 1) === 40 && text.charCodeAt(first.end) === 41;
      let steps = 0;
      while (stack.length && steps++ < 64) {
        const [node, j] = stack.pop()!;
        if (node.accept) {
          const id = this.accepts(node.accept, buf, i, j);
          if (id && j > bestEnd) {
            bestEnd = j;
            bestId = id;
            openBracket = startsInBracket && j > i;
          }
        }
        if (!fill(j + 1)) continue;
        const cur = buf[j]!;
        const nx = buf[j + 1]!;
        const gap = text.slice(cur.end, nx.start);
        const child = node.next.get(nx.key);
        if (child && (gapOk(gap, child.extra) || (j === i && startsInBracket && gap.charCodeAt(0) === 41 && gapOk(gap.slice(1) || ' ', child.extra)))) {
          stack.push([child, j + 1]);
        }
        // Step over "(ACRONYM)".
        if (/^[ \t]*\($/.test(gap) && ACRONYM.test(nx.raw) && text.charCodeAt(nx.end) === 41 && fill(j + 2)) {
          const after = buf[j + 2]!;
          const gap2 = text.slice(nx.end + 1, after.start);
          const skipChild = node.next.get(after.key);
          if (skipChild && gapOk(gap2, skipChild.extra)) stack.push([skipChild, j + 2]);
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
        i = bestEnd + 1;
      } else i++;
      // Drop consumed tokens from the front of the buffer now and then.
      if (i > 1024) {
        buf.splice(0, i);
        i = 0;
      }
    }
    return out;
  }

  private accepts(list: Accept[], buf: { raw: string }[], from: number, to: number): string | undefined {
    let best: Accept | undefined;
    for (const a of list) {
      if (a.exact) {
        if (a.exact.length !== to - from + 1) continue;
        let ok = true;
        for (let k = 0; k < a.exact.length && ok; k++) {
          const raw = buf[from + k]!.raw;
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
