// Cheap, bounded context helpers shared by the detectors. Every lookup is limited to a fixed window
// around a match, so the total work stays linear in the size of the text.

import type { Resume } from './types';
import { firstIndexWhere } from '../sorted';

/** Most characters looked at on either side of a match when finding its sentence. */
export const SENTENCE_WINDOW = 400;

/** Every offset where `pattern` (a global expression matching one character) matches: a detector's fallback start list when no prepass gave one. */
export function startsMatching(text: string, pattern: RegExp): number[] {
  const out: number[] = [];
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text))) out.push(m.index);
  return out;
}

/**
 * A detector's candidate loop: runs the sticky expression `sticky` at each candidate start not inside the last
 * match (carried across pieces of a text in `state`), and hands each match to `read`. By default the scan resumes
 * after the match; `read` returns another offset to resume from instead (an earlier one to retry inside a
 * rejected match, a later one when it read on past the match). Where the expression does not match at a start,
 * `unmatched` may read something else there and likewise return where to resume.
 */
export function scanCandidates(
  text: string,
  sticky: RegExp,
  starts: number[],
  state: Resume | undefined,
  read: (m: RegExpExecArray) => number | void,
  unmatched?: (pos: number) => number | void,
): void {
  let resume = state?.at ?? 0;
  for (const pos of starts) {
    if (pos < resume) continue;
    sticky.lastIndex = pos;
    const m = sticky.exec(text);
    if (!m) {
      const next = unmatched?.(pos);
      if (next !== undefined) resume = next;
      continue;
    }
    resume = sticky.lastIndex;
    const next = read(m);
    if (next !== undefined) resume = next;
  }
  if (state) state.at = resume;
}

const isSentenceEnd = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c === 10 /* \n */) return true;
  if (c === 33 /* ! */ || c === 63 /* ? */ || c === 59 /* ; */) return true;
  if (c === 46 /* . */) {
    // "s.47", "e.g.", "1.5": a full stop followed by a non-space is not a sentence end.
    const next = text.charCodeAt(i + 1);
    return Number.isNaN(next) || next === 32 || next === 10 || next === 9 || next === 13 || next === 0xa0;
  }
  return false;
};

/** Bounds of the sentence (or line) around [start, end), at most SENTENCE_WINDOW characters either side. */
export function sentenceBounds(text: string, start: number, end: number, window = SENTENCE_WINDOW): [number, number] {
  let s = start;
  const minS = Math.max(0, start - window);
  while (s > minS && !isSentenceEnd(text, s - 1)) s--;
  let e = end;
  const maxE = Math.min(text.length, end + window);
  while (e < maxE && !isSentenceEnd(text, e)) e++;
  return [s, e];
}

/**
 * sentenceBounds for a run of queries in increasing order over one text, in amortised linear time: sentence
 * ends are found once, by a forward scan that never goes back, and kept in order (hostile text with no
 * sentence end, e.g. "sections 1 and sections 1 and ...", no longer costs two windows per match).
 */
export class SentenceCursor {
  private ends: number[] = [];
  /** Sentence ends are known for [from, scanned). */
  private from = 0;
  private scanned = 0;
  private lastStart = -1;

  constructor(private text: string) {}

  bounds(start: number, end: number, window = SENTENCE_WINDOW): [number, number] {
    const text = this.text;
    if (start < this.lastStart) return sentenceBounds(text, start, end, window);
    this.lastStart = start;
    const minS = Math.max(0, start - window);
    const maxE = Math.min(text.length, end + window);
    // Ends before minS - 1 are never asked for again: restart the record past a gap.
    if (this.scanned < minS - 1) {
      this.ends.length = 0;
      this.from = this.scanned = Math.max(0, minS - 1);
    }
    // Scan forward until an end at or after `end` is known, or the window is exhausted.
    const ends = this.ends;
    let last = ends.length ? ends[ends.length - 1]! : -1;
    while (last < end && this.scanned < maxE) {
      if (isSentenceEnd(text, this.scanned)) ends.push((last = this.scanned));
      this.scanned++;
    }
    // Largest end k < start (binary search), and the first end k >= end.
    let lo = firstIndexWhere(ends.length, (i) => ends[i]! >= start);
    const prev = lo > 0 ? ends[lo - 1]! : -1;
    const s = prev >= this.from && prev + 1 > minS ? prev + 1 : minS;
    while (lo < ends.length && ends[lo]! < end) lo++;
    const e = lo < ends.length && ends[lo]! < maxE ? ends[lo]! : maxE;
    return [s, e];
  }
}

/** The sentence around [start, end) as a string. */
export function sentenceAround(text: string, start: number, end: number, window = SENTENCE_WINDOW): string {
  const [s, e] = sentenceBounds(text, start, end, window);
  return text.slice(s, e);
}

/** `s` on one line: runs of whitespace as one space, none at either end. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The sentence around [start, end) on one line: as reports and cards show it. */
export function oneLineSentence(text: string, start: number, end: number): string {
  return oneLine(sentenceAround(text, start, end));
}

/** Up to `words` words after `pos`, stopping at a sentence end. Returns [from, to]. */
export function wordsAfter(text: string, pos: number, words: number, maxChars = 120): [number, number] {
  let i = pos;
  const max = Math.min(text.length, pos + maxChars);
  let count = 0;
  let inWord = false;
  while (i < max) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (isSentenceEnd(text, i) && c !== 46) break;
    if (c === 46 && isSentenceEnd(text, i)) break;
    const space = c === 32 || c === 9 || c === 0xa0 || c === 13;
    if (space) {
      if (inWord) {
        count++;
        inWord = false;
        if (count >= words) break;
      }
    } else inWord = true;
    i++;
  }
  return [pos, i];
}

export type Jurisdiction = 'england' | 'wales' | 'scotland' | 'northern-ireland';

/** (Scanner's sameContext, detect/index.ts, compares every field: a new one goes there too.) */
export interface DocContext {
  jurisdiction: Jurisdiction;
  /** Local authority procedures we know the timescales of (e.g. "cambridgeshire"). */
  locality?: 'cambridgeshire';
  /** Highest number N such that the document has its own numbered headings "1." to "N." (0 if none). */
  ownSections: number;
  /** Document's own definitions: "the 2014 Act" -> act key. */
  definitions: Map<string, string>;
  /** Date of the document (YYYY-MM-DD), when known. */
  documentDate?: string;
  /** The Act the document's title is about (act key), when its title names one. */
  titleAct?: string;
  /** The text is about children's social care: only then is an unnamed Act assumed to be the Children Act 1989. */
  childrensSocialCare: boolean;
}

/** Words that say a text is about children's social care. */
const CHILDRENS_SOCIAL_CARE =
  /children['’]?s? social care|children['’]?s services|child protection|social worker|looked[ -]after|care proceedings|care order|child(?:ren)? in need|safeguarding children|foster(?:ing| care| carers?)|special guardian|parental responsibility|family court|local authority/i;

/** Jurisdiction and locality signals in one expression: one pass over the document. */
const SIGNALS = new RegExp(
  [
    String.raw`(?<w>Wales|Welsh Government|Social Services and Well-?being|care and support plan|regional safeguarding board)`,
    String.raw`(?<s>Scotland|Scottish|Children['’]s Hearings?|Children['’]s Reporter|GIRFEC|CPPM|IRD)`,
    String.raw`(?<n>Northern Ireland|HSC Trusts?|Children Order|Children \((?:NI|Northern Ireland)\) Order|Gateway (?:Team|Service|team|service))`,
    String.raw`(?<e>England|English|Ofsted|Working Together)`,
    String.raw`(?<c>Cambridgeshire)`,
  ].join('|').replace(/^/, String.raw`\b(?:`) + String.raw`)\b`,
  'g',
);

const SIGNALS_Y = new RegExp(SIGNALS.source, 'y');
const HEADING_Y = /(\d{1,2})\.[ \t]+[A-Z]/y;

/** Where the signal and heading expressions are tried: the prepass's candidates, or everywhere. */
export interface ContextCandidates {
  signal: number[];
  heading: number[];
}

/** Jurisdiction and locality from the signal words, the document's definitions and its own numbered headings. */
export function documentContext(
  text: string,
  defineActs: (text: string) => Map<string, string>,
  cand?: ContextCandidates,
): DocContext {
  let w = 0;
  let sc = 0;
  let n = 0;
  let e = 0;
  let cambs = false;
  const count = (g: Record<string, string | undefined>) => {
    if (g.w !== undefined) w++;
    else if (g.s !== undefined) sc++;
    else if (g.n !== undefined) n++;
    else if (g.e !== undefined) e++;
    else cambs = true;
  };
  let m: RegExpExecArray | null;
  if (cand) {
    let resume = 0;
    for (const pos of cand.signal) {
      if (pos < resume) continue;
      SIGNALS_Y.lastIndex = pos;
      if (!(m = SIGNALS_Y.exec(text))) continue;
      resume = SIGNALS_Y.lastIndex;
      count(m.groups!);
    }
  } else {
    SIGNALS.lastIndex = 0;
    while ((m = SIGNALS.exec(text))) count(m.groups!);
  }
  let jurisdiction: Jurisdiction = 'england';
  const best = Math.max(w, sc, n);
  if (best >= 2 && best > e) jurisdiction = best === n ? 'northern-ireland' : best === w ? 'wales' : 'scotland';
  const ctx: DocContext = {
    jurisdiction,
    definitions: defineActs(text),
    ownSections: ownSectionCount(text, cand?.heading),
    childrensSocialCare: CHILDRENS_SOCIAL_CARE.test(text),
  };
  if (cambs) ctx.locality = 'cambridgeshire';
  return ctx;
}

const NUMBERED_HEADING = /^[ \t]*(\d{1,2})\.[ \t]+[A-Z]/gm;

/** The document's own numbered sections ("1. Principles of Planning" ... "8. Transfer in Conferences"). */
function ownSectionCount(text: string, headings?: number[]): number {
  const seen = new Set<number>();
  let m: RegExpExecArray | null;
  if (headings) {
    for (const pos of headings) {
      HEADING_Y.lastIndex = pos;
      if ((m = HEADING_Y.exec(text))) seen.add(Number(m[1]));
    }
  } else {
    NUMBERED_HEADING.lastIndex = 0;
    while ((m = NUMBERED_HEADING.exec(text))) seen.add(Number(m[1]));
  }
  let k = 0;
  while (seen.has(k + 1)) k++;
  return k >= 2 ? k : 0;
}
