// scan(text): one pass over a flat string, returning every term, section reference, duration and
// date, ordered by start, non-overlapping within each kind. Pure: no DOM, no browser API.
import type { Match, MatchKind, ScanOptions } from './types';
import { documentContext, type DocContext } from './context';
import { documentDefinitions, titleAct } from './act-names';
import { findSections } from './sections';
import { findDurations } from './durations';
import { findDates } from './dates';
import { TermMatcher } from './terms';
import type { Candidates } from './prepass';
import { TERM_TABLES } from './term-tables.generated';
import { TERM_ENTRIES, definedAcronymUses, settle, settledForms, withFormerName } from './term-entries';
import { insideInstrumentTitle } from './act-names';
import { firstIndexWhere } from '../sorted';

export type { Match, MatchKind, ScanOptions } from './types';
export type { DocContext } from './context';
export { TermMatcher } from './terms';
export { htmlToText } from '../text/html';

let defaultMatcher: TermMatcher | undefined;
/**
 * The term matcher over the knowledge base: from the tables generated at build time (npm run gen:terms), or
 * built on first use when they are stale.
 */
export function termMatcher(): TermMatcher {
  return (defaultMatcher ??=
    TermMatcher.fromTables(TERM_ENTRIES, TERM_TABLES) ?? new TermMatcher(TERM_ENTRIES));
}

const ALL: MatchKind[] = ['term', 'section', 'duration', 'date'];

/**
 * Merge the per-kind lists (each ordered by start, starts distinct) into one list ordered by start,
 * then kind (section, term, duration, date).
 */
function merge(lists: Match[][]): Match[] {
  const out: Match[] = [];
  const at = lists.map(() => 0);
  let total = 0;
  for (const l of lists) total += l.length;
  while (out.length < total) {
    let best = -1;
    let bm: Match | undefined;
    for (let k = 0; k < lists.length; k++) {
      const m = lists[k]![at[k]!];
      if (m === undefined) continue;
      // Starts are distinct within a list; on a tie across lists the earlier list (kind order) wins.
      if (bm === undefined || m.start < bm.start) {
        best = k;
        bm = m;
      }
    }
    out.push(bm!);
    at[best]!++;
  }
  return out;
}

/** A letter or digit of the prepass's runs (pieces of the prepass are cut between runs). */
const isRunCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Characters of the prepass read per step of Scanner.prepare. */
const PREPASS_PIECE = 32_768;
/** Text an open scanner keeps past its prepass cut (more than a candidate's look-ahead past a line break). */
const APPEND_LOOKAHEAD = 64;
/**
 * Text scanAhead leaves unscanned before the end of what has arrived: more than any detector reads past the place it
 * starts (a sentence around a match is at most SENTENCE_WINDOW characters either side of it), so its matches are
 * those of a scan with the whole text in view.
 */
const AHEAD_MARGIN = 4096;
/**
 * scanAhead scans again when the text has grown by this factor since it last did: each time it joins the text so far
 * into one string and works the document context out from it, so growing by a factor keeps that work within a few
 * times the text's length; the rest (at most a third) is scanned after the last part.
 */
const AHEAD_GROWTH = 1.5;

/** First index of `list` (increasing) whose value is >= x, searching from `lo`. */
function lowerBound(list: number[], x: number, lo = 0): number {
  return firstIndexWhere(list.length, (i) => list[i]! >= x, lo);
}

/**
 * One document, scanned in pieces with one document context. `prepare` reads the whole text once (the
 * prepass's candidates, then the context: jurisdiction, the document's own definitions and headings), in
 * steps that stop when `timeUp()` says so; `scanTo` then finds the matches starting in the next stretch of
 * the text, with the whole text visible. Scanning in pieces gives the same matches as `scan` on the whole.
 */
export class Scanner {
  private kinds: Set<MatchKind>;
  private readonly matcher = termMatcher();
  private cand: Candidates | null = null;
  private prepassAt = 0;
  private ctx: DocContext | undefined;
  private ready = false;
  /** Scanned up to (exclusive). */
  at = 0;
  /** Next unread candidate of each list. */
  private ci = { term: 0, section: 0, duration: 0, date: 0 };
  /** Each detector's resume point, and the end of the last match kept per kind. */
  private resume = { term: { at: 0 }, section: { at: 0 }, duration: { at: 0 }, date: { at: 0 } };
  private lastEnd = { term: -1, section: -1, duration: -1, date: -1 };

  /** Arriving text not yet through the prepass (from `prepassAt`), while the scanner is open. */
  private pending = '';
  /** The short forms the text settles (term-entries.ts), for the text they were read from. */
  private settled: Set<string> | undefined;
  private received: string[] | null = null;

  /**
   * scanAhead's guesses: the document context it scanned with (that of the text received so far, taken again as the
   * text grows), the length of text that context was taken from, and the kinds and document date it scanned for.
   */
  private ahead: { ctx: DocContext | undefined; settled: Set<string>; from: number; kinds: Set<MatchKind>; documentDate?: string } | null = null;
  /** After prepare: the matches scanAhead returned stand (see scanAhead). */
  aheadKept = false;

  constructor(
    public text: string,
    private options: ScanOptions = {},
  ) {
    this.kinds = new Set(options.kinds ?? ALL);
  }

  /**
   * A scanner whose text arrives in parts (`append`, then `close`): the prepass reads each part as it comes, so
   * little is left to do when the last one arrives. The matches are those of `scan` on the parts joined.
   */
  static open(options: ScanOptions = {}): Scanner {
    const scanner = new Scanner('', options);
    scanner.received = [];
    return scanner;
  }

  /** The next part of the text (open scanners only). */
  append(part: string): void {
    if (!this.received) throw new Error('Scanner.append: the text is closed');
    if (!part) return;
    this.received.push(part);
    this.pending += part;
    // Through the prepass up to a line break with some text after it: a candidate's look-ahead stops at the
    // break (at most MAX_GAP + 1 characters past a word), and the next stretch starts on it, so no word or
    // heading is cut and nothing reads past the text received.
    const cut = this.pending.lastIndexOf('\n', this.pending.length - APPEND_LOOKAHEAD - 1);
    if (cut <= 0) return;
    this.addCandidates(this.matcher.trie().prepass(this.pending, 0, cut), this.prepassAt);
    this.prepassAt += cut;
    this.pending = this.pending.slice(cut);
  }

  /**
   * While the text is still arriving: the matches that can be found in it already, with the document context of the
   * text so far (the context depends on the whole document: its nation, its own definitions and headings). They are
   * handed out once, here; after `close` and `prepare`, `aheadKept` says whether they stand (the whole text gave the
   * same context, and the same kinds and document date were asked for): then `scanTo` goes on after them, else it
   * starts again from the beginning. `restarted`: the context changed as the text grew, and the matches of earlier
   * calls are void (this call's are found anew from the beginning).
   */
  scanAhead(): { matches: Match[]; restarted: boolean } {
    const received = this.received;
    const to = this.prepassAt - AHEAD_MARGIN;
    const length = this.prepassAt + this.pending.length;
    if (!received || to <= this.at || (this.ahead && length < this.ahead.from * AHEAD_GROWTH)) return { matches: [], restarted: false };
    const text = received.length === 1 ? received[0]! : received.join('');
    received.length = 0;
    received.push(text);
    this.text = text;
    const ctx = this.contextOf(text);
    const settled = settledForms(text);
    const restarted = !!this.ahead && (!sameContext(ctx, this.ahead.ctx) || !sameSet(settled, this.ahead.settled));
    if (restarted) this.rewind();
    this.settled = settled;
    this.ahead = { ctx, settled, from: text.length, kinds: this.kinds, documentDate: this.options.documentDate };
    this.ctx = ctx;
    return { matches: this.detect(to), restarted };
  }

  /** Back to the beginning: nothing scanned yet (the prepass's candidates stay). */
  private rewind(): void {
    this.at = 0;
    this.ci = { term: 0, section: 0, duration: 0, date: 0 };
    this.resume = { term: { at: 0 }, section: { at: 0 }, duration: { at: 0 }, date: { at: 0 } };
    this.lastEnd = { term: -1, section: -1, duration: -1, date: -1 };
  }

  /** The document context of `text` (with the prepass's candidates), when the kinds need one. */
  private contextOf(text: string): DocContext | undefined {
    if (!this.kinds.has('section') && !this.kinds.has('duration')) return undefined;
    const ctx = documentContext(text, documentDefinitions, this.cand ?? undefined);
    if (this.options.documentDate) ctx.documentDate = this.options.documentDate;
    const title = titleAct(text);
    if (title) ctx.titleAct = title;
    return ctx;
  }

  /** No more parts: the text is whole; `options` (kinds, document date) may be given now. */
  close(options?: ScanOptions): void {
    if (!this.received) return;
    this.text = this.received.length === 1 ? this.received[0]! : this.received.join('');
    this.received = null;
    this.pending = '';
    if (options) {
      this.options = { ...this.options, ...options };
      this.kinds = new Set(this.options.kinds ?? ALL);
    }
  }

  private addCandidates(part: Candidates, offset: number): void {
    if (!this.cand && offset === 0) {
      this.cand = part;
      return;
    }
    this.cand ??= { termPos: [], termEnd: [], termId: [], section: [], duration: [], date: [], signal: [], heading: [] };
    const into = this.cand as unknown as Record<string, number[]>;
    for (const [k, list] of Object.entries(part) as [string, number[]][]) {
      const to = into[k]!;
      const add = k === 'termId' ? 0 : offset; // token ids, not positions
      for (let i = 0; i < list.length; i++) to.push(list[i]! + add);
    }
  }

  /** The document context (after prepare): computed once for the whole text. */
  get context(): DocContext | undefined {
    return this.ctx;
  }

  get prepared(): boolean {
    return this.ready;
  }

  get done(): boolean {
    return this.ready && this.at >= this.text.length;
  }

  /** Reads the whole text for candidates and context; true when ready. Without `timeUp`, in one go. */
  prepare(timeUp?: () => boolean): boolean {
    if (this.ready) return true;
    if (this.received) return false; // open: the rest of the text is still to come
    const { text } = this;
    const n = text.length;
    const trie = this.matcher.trie();
    if (!timeUp) {
      if (this.prepassAt === 0) {
        this.cand = trie.prepass(text);
        this.prepassAt = n;
      }
    }
    while (this.prepassAt < n) {
      let to = Math.min(n, this.prepassAt + PREPASS_PIECE);
      while (to < n && isRunCode(text.charCodeAt(to - 1)) && isRunCode(text.charCodeAt(to))) to++;
      this.addCandidates(trie.prepass(text, this.prepassAt, to), 0);
      this.prepassAt = to;
      if (timeUp?.()) return false;
    }
    this.cand ??= trie.prepass(text);
    this.ctx = this.contextOf(text);
    this.settled = settledForms(text);
    const ahead = this.ahead;
    if (ahead) {
      this.ahead = null;
      this.aheadKept =
        sameKinds(ahead.kinds, this.kinds) &&
        ahead.documentDate === this.options.documentDate &&
        sameContext(ahead.ctx, this.ctx) &&
        sameSet(ahead.settled, this.settled);
      if (!this.aheadKept) this.rewind();
    }
    this.ready = true;
    return true;
  }

  /**
   * The matches whose detectors start in [at, to) (the previous call's end up to `to`), ordered by start, then
   * kind. Calls continue one another; prepare() first.
   */
  scanTo(to: number): Match[] {
    if (this.received) throw new Error('Scanner.scanTo: the text is still open');
    if (!this.ready) this.prepare();
    return this.detect(to);
  }

  /** scanTo's work, on the text and context in hand (scanAhead: the text so far, its context). */
  private detect(to: number): Match[] {
    const { text, kinds, ctx } = this;
    const cand = this.cand!;
    to = Math.min(to, text.length);
    if (to <= this.at) return [];
    const take = (list: number[], key: 'term' | 'section' | 'duration' | 'date'): [number, number] => {
      const a = this.ci[key];
      const b = lowerBound(list, to, a);
      this.ci[key] = b;
      return [a, b];
    };
    const keep = <T extends Match>(list: T[], key: MatchKind): T[] => {
      const out: T[] = [];
      let lastEnd = this.lastEnd[key];
      for (const m of list) {
        if (m.start >= lastEnd && m.end > m.start) {
          out.push(m);
          lastEnd = m.end;
        }
      }
      this.lastEnd[key] = lastEnd;
      return out;
    };
    const whole = this.at === 0 && to === text.length;
    const part = (list: number[], key: 'term' | 'section' | 'duration' | 'date'): number[] => {
      const [a, b] = take(list, key);
      return whole ? list : list.slice(a, b);
    };
    // In the order of ties: section, term, duration, date.
    const lists: Match[][] = [];
    if (kinds.has('section')) lists.push(keep(findSections(text, ctx!, part(cand.section, 'section'), this.resume.section), 'section'));
    if (kinds.has('term')) {
      const [a, b] = take(cand.termPos, 'term');
      const sub = whole
        ? cand
        : { ...cand, termPos: cand.termPos.slice(a, b), termEnd: cand.termEnd.slice(a, b), termId: cand.termId.slice(a, b) };
      const settled = (this.settled ??= settledForms(text));
      const from = this.at;
      const found = this.matcher.scan(text, sub, this.resume.term).filter((m) => !insideInstrumentTitle(text, m.start, m.end)).flatMap((m) => settle(m, settled));
      const terms = withDefinedAcronyms(found, definedAcronymUses(text, settled, from, to)).map(withFormerName);
      lists.push(keep(terms, 'term'));
    }
    if (kinds.has('duration')) lists.push(keep(findDurations(text, ctx!, part(cand.duration, 'duration'), this.resume.duration), 'duration'));
    if (kinds.has('date')) lists.push(keep(findDates(text, this.options.documentDate, part(cand.date, 'date'), this.resume.date), 'date'));
    this.at = to;
    return merge(lists);
  }
}

/** The matcher's terms with the document's defined acronyms where the matcher found nothing, ordered by start. */
function withDefinedAcronyms<T extends { start: number; end: number }>(found: T[], uses: T[]): T[] {
  if (uses.length === 0) return found;
  const free = uses.filter((u) => !found.some((m) => m.start < u.end && u.start < m.end));
  return [...found, ...free].sort((a, b) => a.start - b.start);
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((k) => b.has(k));
}

function sameKinds(a: Set<MatchKind>, b: Set<MatchKind>): boolean {
  return a.size === b.size && [...a].every((k) => b.has(k));
}

/** Would the detectors read the text the same way with either context? */
function sameContext(a: DocContext | undefined, b: DocContext | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.jurisdiction !== b.jurisdiction || a.locality !== b.locality || a.ownSections !== b.ownSections) return false;
  if (a.documentDate !== b.documentDate || a.definitions.size !== b.definitions.size) return false;
  if (a.titleAct !== b.titleAct || a.childrensSocialCare !== b.childrensSocialCare) return false;
  for (const [alias, key] of a.definitions) if (b.definitions.get(alias) !== key) return false;
  return true;
}

/** A scanner over the whole text (see Scanner): one document context, scanned in pieces. */
export function createScanner(text: string, options: ScanOptions = {}): Scanner {
  return new Scanner(text, options);
}

export function scan(text: string, options: ScanOptions = {}): Match[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const scanner = new Scanner(text, options);
  scanner.prepare();
  return scanner.scanTo(text.length);
}
