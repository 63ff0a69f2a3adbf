// One linear pass over the text that finds where each detector could start, so no detector's
// regular expression has to walk the whole text. A character trie over lower-cased ASCII words,
// walked only at word starts, answers in one go: is this word a glossary term's first word (and
// which normalised token it is), a section keyword, a number word, a weekday or month, or a
// jurisdiction signal? Each detector then runs its own expression, sticky, at its candidate
// positions only, with the same results as a global search (the candidates are a superset of the
// positions where its expression can match).
//
// Word starts follow the regular expressions' `\b`: an ASCII letter or digit after a character
// that is not [A-Za-z0-9_]. Term starts must also not follow a letter (isWordCode).

/** Keyword classes stored on trie nodes. */
export const F_SECTION = 1; // exact letter run: section(s), s, ss, sec(s), article(s), art(s), part(s), schedule(s), sch, regulation(s), reg(s)
export const F_DURATION = 2; // letter run starts with a number word, "within" or "calendar" ("a calendar month")
export const F_DATE = 4; // exact letter run: weekday or month
export const F_THE = 8; // exact letter run "the" (date "the 12th": only when a digit follows)
export const F_SIGNAL = 16; // exact letter run: jurisdiction / locality signal word

const SECTION_WORDS = 'section sections s ss sec secs article articles art arts part parts schedule schedules sch regulation regulations reg regs';
const DURATION_WORDS =
  'within one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen ' +
  'twenty thirty forty fifty sixty seventy eighty ninety calendar calender';
const DATE_WORDS =
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
  'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december';
const SIGNAL_WORDS =
  'wales welsh social care regional scotland scottish children girfec cppm ird northern hsc gateway england english ofsted working cambridgeshire';

/** Bit of a token's first character in a next-token mask (a = bit 0 ... z = bit 25; bit 26 for a digit). */
export function maskBit(c: number): number {
  if (c >= 97 && c <= 122) return 1 << (c - 97);
  if (c >= 65 && c <= 90) return 1 << (c - 65);
  if (c >= 48 && c <= 57) return 1 << 26;
  return 0;
}
/** Mask of a first token that is a term on its own: any next token (or none) will do. */
export const ANY_NEXT = 0xffffffff;
/** Most characters between two tokens of one term (terms.ts MAX_GAP). */
const MAX_GAP = 6;

/** Trie alphabet: a-z then 0-9. */
const ALPHA = 36;
const CLASS = new Int8Array(128).fill(-1);
for (let c = 97; c <= 122; c++) CLASS[c] = c - 97;
for (let c = 65; c <= 90; c++) CLASS[c] = c - 65;
for (let c = 48; c <= 57; c++) CLASS[c] = 26 + c - 48;

/** Letters and digits (ASCII; anything from U+00C0 up to U+1FFF counts as a letter). */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7;
}

/** Characters normToken drops inside a token: apostrophes, backtick, full stop ("?" before a final "s" too). */
const isInnerJoin = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2018 || c === 96 || c === 46;


/**
 * A CharTrie as plain data (see term-tables.generated.ts). Nodes are numbered breadth-first and each node's
 * children in alphabet order, so the transitions, listed in that order, lead to nodes 1, 2, 3...: `edges` holds
 * each transition's index into `trans` (node * 36 + class). `exact`, `prefix` and `token` hold [node, value]
 * pairs of their non-zero entries.
 */
export interface CharTrieTables {
  edges: number[];
  exact: number[];
  prefix: number[];
  token: number[];
}

/** A character trie over [a-z0-9] in flat typed arrays. */
class CharTrie {
  /** Next node + 1, or 0 when there is none. */
  trans: Uint16Array;
  /** Flags of the word ending exactly at this node (letters only). */
  exact: Uint8Array;
  /** Flags of a word that has this node's word as a prefix. */
  prefix: Uint8Array;
  /** Token id of the normalised token spelled by this node (0: none). */
  token: Int32Array;

  constructor(wordsIn: Iterable<[string, number]>, flags: [string, number, boolean][] = []) {
    // Typed arrays sized for the worst case (one node per character), filled natively: building the trie is
    // part of every page's first scan, before the JIT has warmed up, so it avoids per-node pushes.
    const words = [...wordsIn];
    const flagWords = flags.map(([list, f, asPrefix]) => [list.split(' '), f, asPrefix] as const);
    let cap = 1;
    for (const [w] of words) cap += w.length;
    for (const [list] of flagWords) for (const w of list) cap += w.length;
    const trans = new Int32Array(cap * ALPHA).fill(-1);
    const exact = new Uint8Array(cap);
    const prefix = new Uint8Array(cap);
    const token = new Int32Array(cap);
    let nodes = 1;
    const insert = (word: string): number => {
      let node = 0;
      for (let k = 0; k < word.length; k++) {
        const c = word.charCodeAt(k);
        const cls = c < 128 ? CLASS[c]! : -1;
        if (cls < 0) throw new Error(`term token outside [a-z0-9]: ${word}`);
        let next = trans[node * ALPHA + cls]!;
        if (next < 0) trans[node * ALPHA + cls] = next = nodes++;
        node = next;
      }
      return node;
    };
    for (const [w, id] of words) token[insert(w)] = id;
    for (const [list, f, asPrefix] of flagWords) {
      for (const w of list) {
        const node = insert(w);
        if (asPrefix) prefix[node] = prefix[node]! | f;
        else exact[node] = exact[node]! | f;
      }
    }
    // Breadth-first numbering keeps the few levels every walk touches together in memory, and
    // 16-bit entries (next node + 1; 0 for none) keep the table small: the walks stay in cache.
    const count = nodes;
    if (count >= 0xffff) throw new Error('trie too large');
    const order = [0];
    const renum = new Int32Array(count).fill(-1);
    renum[0] = 0;
    for (let q = 0; q < order.length; q++) {
      const old = order[q]!;
      for (let k = 0; k < ALPHA; k++) {
        const next = trans[old * ALPHA + k]!;
        if (next >= 0 && renum[next]! < 0) {
          renum[next] = order.length;
          order.push(next);
        }
      }
    }
    this.trans = new Uint16Array(count * ALPHA);
    this.exact = new Uint8Array(count);
    this.prefix = new Uint8Array(count);
    this.token = new Int32Array(count);
    for (let old = 0; old < count; old++) {
      const nu = renum[old]!;
      this.exact[nu] = exact[old]!;
      this.prefix[nu] = prefix[old]!;
      this.token[nu] = token[old]!;
      for (let k = 0; k < ALPHA; k++) {
        const next = trans[old * ALPHA + k]!;
        this.trans[nu * ALPHA + k] = next >= 0 ? renum[next]! + 1 : 0;
      }
    }
  }

  tables(): CharTrieTables {
    const edges: number[] = [];
    for (let i = 0; i < this.trans.length; i++) if (this.trans[i]) edges.push(i);
    const pairs = (a: ArrayLike<number>) => {
      const out: number[] = [];
      for (let i = 0; i < a.length; i++) if (a[i]) out.push(i, a[i]!);
      return out;
    };
    return { edges, exact: pairs(this.exact), prefix: pairs(this.prefix), token: pairs(this.token) };
  }

  static fromTables(t: CharTrieTables): CharTrie {
    const trie = Object.create(CharTrie.prototype) as CharTrie;
    const count = t.edges.length + 1;
    const trans = (trie.trans = new Uint16Array(count * ALPHA));
    trie.exact = new Uint8Array(count);
    trie.prefix = new Uint8Array(count);
    trie.token = new Int32Array(count);
    const edges = t.edges;
    // The i-th transition leads to node i + 1 (stored + 1).
    for (let i = 0; i < edges.length; i++) trans[edges[i]!] = i + 2;
    unpair(trie.exact, t.exact);
    unpair(trie.prefix, t.prefix);
    unpair(trie.token, t.token);
    return trie;
  }
}

function unpair(into: Uint8Array | Int32Array, pairs: number[]): void {
  for (let i = 0; i < pairs.length; i += 2) into[pairs[i]!] = pairs[i + 1]!;
}

/** 1 for an ASCII letter or digit. */
const ALNUM = new Uint8Array(65536);
for (let c = 65; c <= 90; c++) ALNUM[c] = ALNUM[c + 32] = 1;
for (let c = 48; c <= 57; c++) ALNUM[c] = 1;
/** Run boundaries, reused between calls (grown as needed). */
let RUN_START = new Int32Array(0);
let RUN_END = new Int32Array(0);

/**
 * The runs of ASCII letters and digits in text[from, to), into RUN_START / RUN_END; their count. Without
 * branches (the text is read once, cheaply), and a function of its own: V8 compiles a small function's hot loop
 * much sooner than the same loop inside a large one, which matters on a page's first scan.
 */
function findRuns(text: string, from: number, to: number): number {
  if (RUN_START.length < ((to - from) >> 1) + 2) {
    RUN_START = new Int32Array(((to - from) >> 1) + 2);
    RUN_END = new Int32Array(((to - from) >> 1) + 2);
  }
  const runStart = RUN_START;
  const runEnd = RUN_END;
  let runs = 0;
  let ends = 0;
  let prevW = 0; // a piece never starts inside a run (see WordTrie.prepass)
  for (let i = from; i < to; i++) {
    const w = ALNUM[text.charCodeAt(i)]!;
    runStart[runs] = i;
    runs += w & (prevW ^ 1);
    runEnd[ends] = i;
    ends += prevW & (w ^ 1);
    prevW = w;
  }
  if (ends < runs) runEnd[ends++] = to;
  return runs;
}

export class WordTrie {
  /** Every spelling of every term token. */
  private vocab: CharTrie;
  /** Spellings of first tokens, with the detectors' keywords. */
  private firsts: CharTrie;
  /** The firsts trie after two letters (index 26 * first + second): node, or -1; and the prefix flags on the way. */
  private bigram = new Int32Array(26 * 26);
  private bigramFlags = new Uint8Array(26 * 26);
  /** Set by tokenAt: end of the token and its id (0 when not a term token). */
  tokEnd = 0;
  tokId = 0;

  /**
   * @param surfaces lower-case surface spellings (apostrophes and dots removed) -> token id
   * @param firstIds token ids that can start a term
   */
  /** Per first token id: first characters a next token may start with (ANY_NEXT when the token is a term alone). */
  private nextMask: Uint32Array;

  constructor(surfaces: Map<string, number>, firstIds: Set<number>, nextMask?: Uint32Array);
  constructor(tables: WordTrieTables);
  constructor(surfacesOrTables: Map<string, number> | WordTrieTables, firstIds?: Set<number>, nextMask?: Uint32Array) {
    if (!(surfacesOrTables instanceof Map)) {
      const t = surfacesOrTables;
      this.vocab = CharTrie.fromTables(t.vocab);
      this.firsts = CharTrie.fromTables(t.firsts);
      this.nextMask = Uint32Array.from(t.nextMask);
      this.buildBigrams();
      return;
    }
    const surfaces = surfacesOrTables;
    this.nextMask = nextMask ?? new Uint32Array(0);
    this.vocab = new CharTrie(surfaces);
    this.firsts = new CharTrie(
      [...surfaces].filter(([, id]) => firstIds!.has(id)),
      [
        [SECTION_WORDS, F_SECTION, false],
        [DURATION_WORDS, F_DURATION, true],
        [DATE_WORDS, F_DATE, false],
        ['the', F_THE, false],
        [SIGNAL_WORDS, F_SIGNAL, false],
      ],
    );
    this.buildBigrams();
  }

  /** The tries as plain data, for term-tables.generated.ts. */
  tables(): WordTrieTables {
    return { vocab: this.vocab.tables(), firsts: this.firsts.tables(), nextMask: [...this.nextMask] };
  }

  private buildBigrams(): void {
    const { trans, prefix } = this.firsts;
    for (let a = 0; a < 26; a++) {
      for (let b = 0; b < 26; b++) {
        const n1 = trans[a]! - 1;
        let flags = n1 >= 0 ? prefix[n1]! : 0;
        const n2 = n1 >= 0 ? trans[n1 * ALPHA + b]! - 1 : -1;
        if (n2 >= 0) flags |= prefix[n2]!;
        this.bigram[a * 26 + b] = n2;
        this.bigramFlags[a * 26 + b] = flags;
      }
    }
  }

  /**
   * The term token starting at p (text[p] is a word character): sets tokEnd (as tokenEnd in terms.ts)
   * and tokId (the id of its normalised form, 0 when no term has that token). No allocation.
   */
  tokenAt(text: string, p: number): void {
    this.walk(this.vocab, text, p, 0);
  }

  /** Walk `trie` from `node` over the token's characters from `e`; sets tokEnd and tokId. */
  private walk(trie: CharTrie, text: string, e: number, node: number): void {
    const n = text.length;
    const trans = trie.trans;
    while (e < n) {
      const c = text.charCodeAt(e);
      if (isWordCode(c)) {
        if (node >= 0) node = c < 128 ? trans[node * ALPHA + CLASS[c]!]! - 1 : -1;
        e++;
        continue;
      }
      if (isInnerJoin(c) && e + 1 < n && isWordCode(text.charCodeAt(e + 1))) {
        e++;
        continue;
      }
      if (c === 63 && e + 2 < n && text.charCodeAt(e + 1) === 115 && !isWordCode(text.charCodeAt(e + 2))) {
        e++;
        continue;
      }
      if (c === 63 && e + 2 === n && text.charCodeAt(e + 1) === 115) {
        e++;
        continue;
      }
      break;
    }
    this.tokEnd = e;
    this.tokId = node >= 0 ? trie.token[node]! : 0;
  }

  /**
   * Candidate positions for every detector, in one pass over text[from, to). The whole text stays visible
   * (look-behind and look-ahead read past the bounds), so the candidates of pieces cut between two runs of
   * letters and digits (text[to - 1] or text[to] not one) add up to those of the whole text.
   */
  prepass(text: string, from = 0, to = text.length): Candidates {
    const out: Candidates = {
      termPos: [], termEnd: [], termId: [], section: [], duration: [], date: [], signal: [], heading: [],
    };
    // 1. Runs of ASCII letters and digits.
    const runs = findRuns(text, from, to);
    // 2. Each run: what could start there. The rarer cases are functions of their own, so that this loop,
    // small, is compiled early on a page's first scan (see findRuns).
    const runStart = RUN_START;
    const runEnd = RUN_END;
    const n = text.length;
    const firsts = this.firsts;
    const trans = firsts.trans;
    const exactF = firsts.exact;
    const prefixF = firsts.prefix;
    const bigram = this.bigram;
    const bigramFlags = this.bigramFlags;
    const { termPos, termEnd, termId, duration, date } = out;
    for (let r = 0; r < runs; r++) {
      const start = runStart[r]!;
      const end = runEnd[r]!;
      const k0 = text.charCodeAt(start);
      const prev = start > 0 ? text.charCodeAt(start - 1) : 32;
      if (k0 <= 57) this.digitRun(text, start, prev, out);
      else if (prev === 95) {
        // After "_" there is no `\b`: only a numeric date (which needs none) can start in this run.
      } else {
        // Letters: walk the trie of first words and keywords while it has a path.
        let node = 0;
        let flags = 0;
        let e = start;
        // (c | 32) - 97 is 0..25 exactly for an ASCII letter (NaN past the end gives neither).
        let lc = (k0 | 32) - 97;
        const l1 = (text.charCodeAt(start + 1) | 32) - 97;
        if (l1 >= 0 && l1 < 26) {
          // Two letters at once (most walks end within them).
          const b = lc * 26 + l1;
          node = bigram[b]!;
          flags = bigramFlags[b]!;
          e = start + 2;
          lc = node >= 0 ? (text.charCodeAt(e) | 32) - 97 : -1;
        }
        while (node >= 0 && lc >= 0 && lc < 26) {
          node = trans[node * ALPHA + lc]! - 1;
          e++;
          if (node < 0) break;
          flags |= prefixF[node]!;
          lc = (text.charCodeAt(e) | 32) - 97;
        }
        if (node >= 0) {
          if (!(lc >= 0 && lc < 26)) flags |= exactF[node]!;
          if (flags !== 0) this.keyword(text, start, e, flags, out);
          if (prev < 128 || !isWordCode(prev)) {
            const after = e < n ? text.charCodeAt(e) : 32;
            if (after < 128 && ALNUM[after] === 0 && after !== 39 && after !== 46 && after !== 63 && after !== 96 && after !== 95) {
              // The usual case: the token ends with its letters.
              const id = firsts.token[node]!;
              if (id !== 0 && this.canContinue(text, id, e)) {
                termPos.push(start);
                termEnd.push(e);
                termId.push(id);
              }
            } else this.termTrigger(text, e, node, out, start);
          }
        } else if (flags & F_DURATION) duration.push(start);
      }
      // Numeric dates may start inside a run ("1224/06/2019"): the last 1, 2 or 4 digits before a separator.
      if (end < n && end - start >= 2) {
        const sep = text.charCodeAt(end);
        if (sep === 47 || sep === 46 || sep === 45) innerDates(text, start, end, date);
      }
    }
    return out;
  }

  /** A run that starts with a digit (at `start`, after `prev`). */
  private digitRun(text: string, start: number, prev: number, out: Candidates): void {
    if (prev === 95) {
      // After "_" there is no `\b`: only a numeric date (which needs none) can start in this run.
      out.date.push(start);
      return;
    }
    // A number: durations and dates; a numbered heading when only blanks precede it on its line.
    out.duration.push(start);
    out.date.push(start);
    let b = start - 1;
    let d = 10;
    while (b >= 0) {
      d = text.charCodeAt(b);
      if (d !== 32 && d !== 9) break;
      b--;
    }
    if (b < 0 || d === 10 || d === 13 || d === 0x2028 || d === 0x2029) out.heading.push(start);
    if (this.digitFirst && (prev < 128 || !isWordCode(prev))) this.termTrigger(text, start, 0, out);
  }

  /** A keyword's candidates (`flags`: its classes) for the word at [start, e). */
  private keyword(text: string, start: number, e: number, flags: number, out: Candidates): void {
    if (flags & F_SECTION) out.section.push(start);
    if (flags & F_DURATION) out.duration.push(start);
    if (flags & F_DATE) out.date.push(start);
    else if (flags & F_THE) {
      // "the 12th": only when blanks then a digit follow.
      const n = text.length;
      let p = e;
      while (p < n && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
      const d = text.charCodeAt(p);
      if (p > e && d >= 48 && d <= 57) out.date.push(start);
    }
    if (flags & F_SIGNAL) out.signal.push(start);
  }

  /**
   * Can the first token `id` ending at `end` start a term? A token that is a term alone always can; otherwise the
   * next token (within MAX_GAP characters) must start with a character some continuation starts with, or sit
   * in brackets (a bracketed acronym may be stepped over).
   */
  private canContinue(text: string, id: number, end: number): boolean {
    const mask = id < this.nextMask.length ? this.nextMask[id]! : ANY_NEXT;
    if (mask === ANY_NEXT) return true;
    let p = end;
    const limit = Math.min(text.length, p + MAX_GAP + 1);
    while (p < limit && !isWordCode(text.charCodeAt(p))) p++;
    if (p >= limit) return false;
    return (mask & maskBit(text.charCodeAt(p))) !== 0 || text.charCodeAt(p - 1) === 40;
  }

  /** Some term starts with a digit. */
  private digitFirst = false;

  /** Finish the first-word walk from `e` (trie node `node`); record a term candidate at `start` if it is a first token. */
  private termTrigger(text: string, e: number, node: number, out: Candidates, start = e): void {
    this.walk(this.firsts, text, e, node);
    if (this.tokId !== 0 && this.canContinue(text, this.tokId, this.tokEnd)) {
      out.termPos.push(start);
      out.termEnd.push(this.tokEnd);
      out.termId.push(this.tokId);
    }
  }
}

/** Numeric dates inside the run [start, end) that a separator ("/", ".", "-") follows: its last 4, 2 or 1 digits. */
function innerDates(text: string, start: number, end: number, date: number[]): void {
  let digits = 0;
  while (digits < 4 && end - digits - 1 >= start) {
    const d = text.charCodeAt(end - digits - 1);
    if (d < 48 || d > 57) break;
    digits++;
  }
  if (digits === 4 && end - 4 > start) date.push(end - 4);
  if (digits >= 2 && end - 2 > start) date.push(end - 2);
  if (digits >= 1 && end - 1 > start) date.push(end - 1);
}

/** A WordTrie as plain data (the bigram tables are rebuilt: they are small and cheap). */
export interface WordTrieTables {
  vocab: CharTrieTables;
  firsts: CharTrieTables;
  nextMask: number[];
}

/** Candidate start positions per detector, each in increasing order. */
export interface Candidates {
  /** Term first tokens: start, end and token id. */
  termPos: number[];
  termEnd: number[];
  termId: number[];
  section: number[];
  duration: number[];
  date: number[];
  signal: number[];
  /** Numbers with only blanks before them on their line. */
  heading: number[];
}
