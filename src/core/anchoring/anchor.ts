// Describe a passage of a flat string as selectors, and find it again after the text changed.
//
// Order of attempts (DESIGN.md, "Saved highlights"):
//   1. position: the saved offsets still hold the quote, and its context agrees;
//   2. exact quote: every verbatim occurrence, ranked by context then nearness to the old place;
//   3. fuzzy: approximate matches of the quote (approx-string-match, Myers' bit-parallel
//      algorithm), each scored on quote, prefix, suffix and position.
// Every step is conservative: a placement we are not sure of is reported as 'fuzzy' (the user
// confirms it) or 'orphan' (listed, never drawn) rather than drawn silently in the wrong place.
import search from 'approx-string-match';
import { contextSimilarity, editDistance } from './similarity.ts';
import type { AnchorOptions, AnchorResult, Selectors, TextPosition, TextQuote } from './types.ts';

/** Characters of context saved on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/** Characters of the longer context saved on each side (`prefixLong`, `suffixLong`). */
export const CONTEXT_LONG_LENGTH = 256;

/** Long-context agreement needed to pick one copy of a quote over others with the same short context. */
const LONG_TRUSTED = 0.8;
/** ... and the lead it must have over every other copy (and over the passage's old home). */
const LONG_MARGIN = 0.2;
/** Long-context agreement below which a verbatim copy is not trusted without confirmation. */
const LONG_CONTRADICTS = 0.6;
/** Another place whose long context is within this of the chosen one's makes a verbatim copy doubtful. */
const LONG_RIVAL_MARGIN = 0.05;
/** Most copies whose long context is compared (each comparison is a 256 x 320 edit-distance table). */
const MAX_LONG_COMPARED = 16;

/** Context agreement needed to trust a verbatim quote found away from its saved position. */
const CONTEXT_TRUSTED = 0.55;
/** Below this context agreement a short verbatim quote is probably a different occurrence. */
const CONTEXT_UNRELATED = 0.3;
/** Two copies in familiar surroundings: the better context must lead by this much to decide alone. */
const CLEAR_CONTEXT_MARGIN = 0.25;
/** Context of another copy nearer the old place that makes a verbatim match ambiguous (unrelated text scores < 0.4 in 99.9% of cases). */
const CONTEXT_NEARER_RIVAL = 0.4;
/** A verbatim quote at least this long, unique in the text, is offered for confirmation even with new context. */
const LONG_QUOTE = 40;
/** When one quote occurs more often than this, only candidates whose neighbouring characters agree are scored. */
const MAX_SCORED_OCCURRENCES = 64;
/** Cap on errors passed to the approximate search (keeps long quotes fast). */
const MAX_ERRORS = 64;

export interface DescribedSelectors extends Selectors {
  position: TextPosition;
}

/** Selectors for `text.slice(start, end)`: the quote with 32 characters of context each side, and its offsets. */
export function describe(text: string, start: number, end: number): DescribedSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`describe: bad range [${start}, ${end}) for a text of length ${text.length}`);
  }
  const quote: TextQuote = {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, Math.min(text.length, end + CONTEXT_LENGTH)),
  };
  if (start > CONTEXT_LENGTH) quote.prefixLong = text.slice(Math.max(0, start - CONTEXT_LONG_LENGTH), start);
  if (text.length - end > CONTEXT_LENGTH) quote.suffixLong = text.slice(end, Math.min(text.length, end + CONTEXT_LONG_LENGTH));
  return { quote, position: { start, end } };
}

/**
 * Agreement of the long context (256 characters each side) at [start, end), or undefined when the
 * selectors have none (older records, other tools' annotations): then nothing is decided by it.
 */
function longContext(text: string, quote: TextQuote, start: number, end: number): number | undefined {
  if (quote.prefixLong === undefined && quote.suffixLong === undefined) return undefined;
  const pre = quote.prefixLong ?? quote.prefix;
  const suf = quote.suffixLong ?? quote.suffix;
  const p = longSide(pre, text, Math.max(0, start - pre.length - (pre.length >> 2) - 2), start, start === 0);
  const s = longSide(suf, text, end, Math.min(text.length, end + suf.length + (suf.length >> 2) + 2), end === text.length);
  const wp = Math.max(pre.length, 8);
  const ws = Math.max(suf.length, 8);
  return (p * wp + s * ws) / (wp + ws);
}

/**
 * Similarity of a long saved context to the text in [from, to): 1 - (fewest errors of the context
 * anywhere in that window) / its length, or 0.5 when below 0.6. Bit-parallel (approx-string-match), so a 256-character
 * context costs a few thousand word operations, not a 256 x 320 table.
 */
function longSide(pattern: string, text: string, from: number, to: number, atEdge: boolean): number {
  if (pattern.length === 0) return atEdge ? 1 : 0.5;
  if (to - from >= pattern.length && (text.startsWith(pattern, to - pattern.length) || text.startsWith(pattern, from))) return 1;
  const window = text.slice(from, to);
  if (window.length === 0) return 0;
  // Agreement below 60% is all "different" to the callers (LONG_CONTRADICTS): bound the errors there
  // (a looser bound makes nearly every window position a match, each traced back: slow).
  const bound = Math.floor(pattern.length * 0.4);
  let fewest = bound + 1;
  for (const m of search(window, pattern, bound)) if (m.errors < fewest) fewest = m.errors;
  return fewest > bound ? 0.5 : 1 - fewest / pattern.length;
}

/**
 * Among copies of a quote, the one the long context singles out: it agrees closely (LONG_TRUSTED)
 * and leads every other copy, and every place where the passage's old surroundings still stand
 * around something else (its home, if it was changed or removed), by LONG_MARGIN. Undefined when
 * there is no long context or it does not decide (a block repeated whole stays ambiguous).
 */
function pickByLongContext(text: string, quote: TextQuote, cands: readonly Candidate[]): Candidate | undefined {
  if (quote.prefixLong === undefined && quote.suffixLong === undefined) return undefined;
  if (cands.length === 0 || cands.length > MAX_LONG_COMPARED) return undefined;
  const scored = cands.map((c) => ({ c, long: longContext(text, quote, c.start, c.end)! }));
  scored.sort((a, b) => b.long - a.long);
  const best = scored[0]!;
  if (best.long < LONG_TRUSTED) return undefined;
  for (const o of scored.slice(1)) {
    if (!overlaps(o.c, best.c) && o.long > best.long - LONG_MARGIN) return undefined;
  }
  const homes = findHomes(text, quote, best.c);
  if (homes.length > MAX_LONG_COMPARED) return undefined;
  for (const h of homes) {
    if (longContext(text, quote, h.start, h.end)! > best.long - LONG_MARGIN) return undefined;
  }
  return best.c;
}

/** All start offsets of `needle` in `text` (overlapping occurrences included). */
export function findAll(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  let i = text.indexOf(needle);
  while (i !== -1) {
    out.push(i);
    i = text.indexOf(needle, i + 1);
  }
  return out;
}

interface Candidate {
  start: number;
  end: number;
  quote: number; // similarity of the quote itself, 1 for verbatim
  prefix: number;
  suffix: number;
  context: number;
  position: number;
  score: number;
}

function positionSimilarity(textLength: number, start: number, hint: number | undefined): number {
  if (hint === undefined) return 0.5;
  return 1 - Math.min(1, Math.abs(start - hint) / Math.max(textLength, 1));
}

function distance(c: { start: number }, hint: number | undefined): number {
  return hint === undefined ? 0 : Math.abs(c.start - hint);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function scoreCandidate(
  text: string,
  quote: TextQuote,
  start: number,
  end: number,
  quoteSim: number,
  hint: number | undefined,
): Candidate {
  const ctx = contextSimilarity(text, start, end, quote.prefix, quote.suffix);
  const position = positionSimilarity(text.length, start, hint);
  const score = 0.55 * quoteSim + 0.4 * ctx.combined + 0.05 * position;
  return { start, end, quote: quoteSim, prefix: ctx.prefix, suffix: ctx.suffix, context: ctx.combined, position, score };
}

function placed(status: AnchorResult['status'], c: Candidate, reason?: string): AnchorResult {
  const r: AnchorResult = { status, start: c.start, end: c.end, score: round(c.score) };
  if (reason) r.reason = reason;
  return r;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Step 1: the saved offsets. */
function tryPosition(text: string, sel: Selectors): AnchorResult | undefined {
  const pos = sel.position;
  if (!pos) return undefined;
  const { exact, prefix, suffix } = sel.quote;
  if (pos.end - pos.start !== exact.length || pos.start < 0 || pos.end > text.length) return undefined;
  if (!text.startsWith(exact, pos.start)) return undefined;
  const ctx = contextSimilarity(text, pos.start, pos.end, prefix, suffix);
  if (ctx.combined < CONTEXT_TRUSTED) return undefined; // same words, different surroundings: search properly
  return { status: 'exact-position', start: pos.start, end: pos.end, score: round(0.6 + 0.4 * ctx.combined) };
}

/** Cheap pre-filter for very common quotes: do the characters touching the quote agree on either side? */
function neighboursAgree(text: string, start: number, end: number, quote: TextQuote): boolean {
  const k = 4;
  const p = quote.prefix.slice(-k);
  const s = quote.suffix.slice(0, k);
  return (p.length > 0 && text.slice(Math.max(0, start - p.length), start) === p) ||
    (s.length > 0 && text.slice(end, end + s.length) === s);
}

/**
 * The passage's old home: the saved prefix and suffix still side by side, around something other
 * than `away`. Evidence that a verbatim copy found elsewhere is a twin (pages do repeat blocks) and
 * the passage itself was changed or removed. All such places, in text order.
 */
function findHomes(text: string, quote: TextQuote, away: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const pt = quote.prefix.slice(-16);
  const sh = quote.suffix.slice(0, 16);
  if (pt.length < 8 || sh.length < 8) return out;
  const len = quote.exact.length;
  const maxGap = Math.ceil(len * 1.5) + 8;
  for (let i = text.indexOf(pt); i !== -1; i = text.indexOf(pt, i + 1)) {
    const start = i + pt.length;
    if (start === away.start) continue;
    const q = text.indexOf(sh, start);
    if (q === -1 || q - start > maxGap) continue;
    if (overlaps({ start, end: Math.max(q, start + 1) }, away)) continue;
    out.push({ start, end: q });
  }
  return out;
}

/** The home (see findHomes) nearest the old place. */
function findHome(
  text: string,
  quote: TextQuote,
  hint: number | undefined,
  away: { start: number; end: number },
): { start: number; end: number } | undefined {
  let best: { start: number; end: number } | undefined;
  for (const h of findHomes(text, quote, away)) {
    if (!best || (hint !== undefined && Math.abs(h.start - hint) < Math.abs(best.start - hint))) best = h;
  }
  return best;
}

/** Step 2: verbatim occurrences. Returns undefined when there are none. */
function tryExact(
  text: string,
  sel: Selectors,
  hint: number | undefined,
  occurrences: number[],
  opts: AnchorOptions,
): AnchorResult | undefined {
  if (occurrences.length === 0) return undefined;
  const { quote } = sel;
  const len = quote.exact.length;
  let starts = occurrences;
  if (starts.length > MAX_SCORED_OCCURRENCES) {
    starts = starts.filter((s) => neighboursAgree(text, s, s + len, quote));
    if (starts.length === 0) return { status: 'orphan', reason: 'too-common' };
  }
  const cands = starts.map((s) => scoreCandidate(text, quote, s, s + len, 1, hint));
  const trusted = cands.filter((c) => c.context >= CONTEXT_TRUSTED);

  if (trusted.length > 0) {
    // Best by context, and nearest to the old place (ties on context go to the nearer).
    const byContext = [...trusted].sort((a, b) => b.context - a.context || distance(a, hint) - distance(b, hint));
    const best = byContext[0]!;
    const others = trusted.filter((c) => !overlaps(c, best));
    if (others.length === 0) {
      // An occurrence nearer the old place, in surroundings that are changed but not unrelated:
      // the passage may be there with its neighbours edited, and this one a copy.
      const nearer = cands.find(
        (c) => !overlaps(c, best) && c.context >= CONTEXT_NEARER_RIVAL && distance(c, hint) < distance(best, hint),
      );
      // If the passage's old surroundings are still somewhere, wrapped around something else, this
      // one is a twin (pages repeat blocks) and the passage itself was changed or removed.
      const home = nearer ? undefined : findHome(text, quote, hint, best);
      if (nearer || home) {
        // Unless the long context says this copy is the passage and the others are not.
        const pick = pickByLongContext(text, quote, cands.filter((c) => c === best || c.context >= CONTEXT_NEARER_RIVAL));
        if (pick === best) return placed('exact-quote', best);
      }
      if (nearer) return placed('fuzzy', nearer, 'ambiguous');
      // A home nearer the old place than this copy says the copy is a twin; a home farther away is
      // more likely a near-copy elsewhere on the page and this the passage, but shifts mislead: flag it.
      if (!home) return placed('exact-quote', best);
      if (hint === undefined || distance(best, hint) <= Math.abs(home.start - hint)) {
        return placed('fuzzy', best, 'near-twin-elsewhere');
      }
      const found = text.slice(home.start, home.end);
      const ratio = opts.maxErrorRatio ?? 0.2;
      const sim = found.length ? 1 - editDistance(quote.exact, found) / Math.max(len, found.length) : 0;
      if (sim >= 1 - ratio) {
        const c = scoreCandidate(text, quote, home.start, home.end, sim, hint);
        return placed('fuzzy', c, 'changed-twin-elsewhere');
      }
      return { status: 'orphan', score: round(best.score), reason: 'removed-twin-elsewhere' };
    }
    const nearest = [...trusted].sort((a, b) => distance(a, hint) - distance(b, hint) || b.context - a.context)[0]!;
    const second = others.sort((a, b) => b.context - a.context)[0]!;
    // Copies with the same short context: 256 characters of context may tell them apart.
    const pick = pickByLongContext(text, quote, cands.filter((c) => c.context >= CONTEXT_NEARER_RIVAL));
    if (pick && pick.context >= CONTEXT_TRUSTED) return placed('exact-quote', pick);
    if (hint !== undefined && (nearest === best || nearest.context >= best.context - 0.02)) {
      // Context and nearness agree. Trust it when no other copy has nearly the same context, or
      // when this one is right by the old place and the other copies are far off.
      const rivalDist = Math.min(...others.filter((c) => !overlaps(c, nearest)).map((c) => distance(c, hint)));
      if (second.context < nearest.context - CLEAR_CONTEXT_MARGIN) return placed('exact-quote', nearest);
      if (distance(nearest, hint) <= 64 && rivalDist >= 8 * Math.max(distance(nearest, hint), 8)) {
        return placed('exact-quote', nearest);
      }
      return placed('fuzzy', nearest, 'ambiguous');
    }
    if (hint === undefined && second.context < best.context - CLEAR_CONTEXT_MARGIN) return placed('exact-quote', best);
    // Context points one way, the old position another (or copies are alike): ask the user.
    return placed('fuzzy', best.context - nearest.context >= 0.1 ? best : nearest, 'ambiguous');
  }

  // The words are here but their surroundings changed (neighbouring words edited on both sides).
  const best = [...cands].sort((a, b) => b.score - a.score)[0]!;
  // The long context may still agree where the 32 characters next to the quote were edited.
  const pick = pickByLongContext(text, quote, cands);
  if (pick && pick.context >= CONTEXT_UNRELATED) return placed('exact-quote', pick);
  const rival = cands.find((c) => !overlaps(c, best) && c.context >= best.context - 0.1);
  if (rival) return { status: 'orphan', score: round(best.score), reason: 'ambiguous-context-changed' };
  if (cands.length === 1 && len >= LONG_QUOTE && best.context >= CONTEXT_UNRELATED && !findHome(text, quote, hint, best)) {
    // A long quote found once, in surroundings that still resemble the old ones, and no sign of
    // its old home anywhere else: the same passage with its neighbours edited.
    return placed('exact-quote', best);
  }
  if (len >= LONG_QUOTE || best.context >= CONTEXT_UNRELATED) return placed('fuzzy', best, 'context-changed');
  return { status: 'orphan', score: round(best.score), reason: 'context-changed' };
}

/**
 * A verbatim copy placed without the long context's help must not contradict it: surroundings
 * (256 characters) that clearly differ, or another place (another copy, or the passage's old
 * surroundings wrapped around something else) whose surroundings agree as well or better, say this
 * may be a copy of the passage elsewhere on the page (the passage itself changed or gone): the
 * user confirms it.
 */
function checkLongContext(text: string, quote: TextQuote, r: AnchorResult | undefined, occurrences: number[]): AnchorResult | undefined {
  if (!r || r.status !== 'exact-quote') return r;
  const here = { start: r.start!, end: r.end! };
  const long = longContext(text, quote, here.start, here.end);
  if (long === undefined) return r;
  if (long < LONG_CONTRADICTS) return { ...r, status: 'fuzzy', reason: 'long-context-differs' };
  const len = quote.exact.length;
  const others = [
    ...(occurrences.length <= MAX_LONG_COMPARED ? occurrences.map((s) => ({ start: s, end: s + len })) : []),
    ...findHomes(text, quote, here),
  ].filter((o) => !overlaps(o, here));
  if (others.length > MAX_LONG_COMPARED) return r;
  for (const o of others) {
    if (longContext(text, quote, o.start, o.end)! >= long - LONG_RIVAL_MARGIN) return { ...r, status: 'fuzzy', reason: 'long-context-rival' };
  }
  return r;
}

/** Step 3: approximate matches of the quote. */
function tryFuzzy(text: string, sel: Selectors, hint: number | undefined, opts: AnchorOptions): AnchorResult {
  const { quote } = sel;
  const len = quote.exact.length;
  const ratio = opts.maxErrorRatio ?? 0.2;
  const minScore = opts.minFuzzyScore ?? 0.8;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(len * ratio));
  if (maxErrors < 1) return { status: 'orphan', reason: 'not-found' };

  const evaluate = (from: number, to: number): Candidate[] => {
    const slice = from === 0 && to === text.length ? text : text.slice(from, to);
    return search(slice, quote.exact, maxErrors).map((m) =>
      scoreCandidate(text, quote, from + m.start, from + m.end, 1 - m.errors / len, hint),
    );
  };
  const accept = (c: Candidate): boolean =>
    c.context >= 0.6 && Math.max(c.prefix, c.suffix) >= 0.75 && c.score >= minScore;

  const decide = (cands: Candidate[]): AnchorResult | undefined => {
    if (cands.length === 0) return undefined;
    cands.sort((a, b) => b.score - a.score || distance(a, hint) - distance(b, hint));
    const best = cands[0]!;
    if (!accept(best)) return undefined;
    const rival = cands.find((c) => !overlaps(c, best) && c.score >= best.score - 0.05);
    if (rival) return { status: 'orphan', score: round(best.score), reason: 'ambiguous' };
    return placed('fuzzy', best, 'changed');
  };

  // Near the old place first: the search only reports the fewest-error matches, so a distant
  // near-copy could otherwise hide the real passage, which may carry one more error.
  let bestSeen: Candidate | undefined;
  if (hint !== undefined) {
    const reach = Math.max(2000, len * 4);
    const from = Math.max(0, hint - reach);
    const to = Math.min(text.length, hint + len + reach);
    if (from > 0 || to < text.length) {
      const local = evaluate(from, to);
      const d = decide(local);
      if (d && d.status === 'fuzzy') {
        // Check no equally good match exists anywhere else in the text.
        const global = evaluate(0, text.length);
        const chosen = local.find((c) => c.start === d.start && c.end === d.end)!;
        const rival = global.find((c) => !overlaps(c, chosen) && c.score >= chosen.score - 0.05);
        if (!rival) return d;
        return { status: 'orphan', score: d.score, reason: 'ambiguous' };
      }
      for (const c of local) if (!bestSeen || c.score > bestSeen.score) bestSeen = c;
    }
  }
  const global = evaluate(0, text.length);
  const d = decide(global);
  if (d) return d;
  for (const c of global) if (!bestSeen || c.score > bestSeen.score) bestSeen = c;
  const r: AnchorResult = { status: 'orphan', reason: bestSeen ? 'weak-match' : 'not-found' };
  if (bestSeen) r.score = round(bestSeen.score);
  return r;
}

function anchorWith(
  text: string,
  sel: Selectors,
  opts: AnchorOptions,
  occurrencesOf: (exact: string) => number[],
): AnchorResult {
  const exact = sel.quote?.exact ?? '';
  if (!exact) return { status: 'orphan', reason: 'empty-quote' };
  const hint = opts.hint ?? sel.position?.start;
  return (
    tryPosition(text, sel) ??
    checkLongContext(text, sel.quote, tryExact(text, sel, hint, occurrencesOf(exact), opts), occurrencesOf(exact)) ??
    tryFuzzy(text, sel, hint, opts)
  );
}

/** Find one saved passage in `text`. */
export function anchor(text: string, selectors: Selectors, opts: AnchorOptions = {}): AnchorResult {
  return anchorWith(text, selectors, opts, (exact) => findAll(text, exact));
}

/**
 * Find many saved passages in one text (a page with hundreds of highlights). Verbatim quotes are
 * looked up once per distinct quote; only passages with no verbatim occurrence are fuzzy-searched.
 * Results are in the order of `selectorsList`.
 */
export function anchorMany(text: string, selectorsList: readonly Selectors[], opts: AnchorOptions = {}): AnchorResult[] {
  const cache = new Map<string, number[]>();
  const occurrencesOf = (exact: string): number[] => {
    let hit = cache.get(exact);
    if (!hit) {
      hit = findAll(text, exact);
      cache.set(exact, hit);
    }
    return hit;
  };
  const results: AnchorResult[] = new Array(selectorsList.length);
  const pending: number[] = [];
  // Walk the passages in their saved order: an edit above a passage usually shifts its
  // neighbours by the same amount, so the shifts just seen predict where the next one is.
  const order = selectorsList.map((_, i) => i);
  order.sort((a, b) => (selectorsList[a]!.position?.start ?? 0) - (selectorsList[b]!.position?.start ?? 0));
  const shifts: number[] = []; // most recent first, distinct, at most 4
  const remember = (shift: number) => {
    const at = shifts.indexOf(shift);
    if (at === 0) return;
    if (at > 0) shifts.splice(at, 1);
    shifts.unshift(shift);
    if (shifts.length > 4) shifts.pop();
  };
  for (const i of order) {
    const sel = selectorsList[i]!;
    const exact = sel.quote?.exact ?? '';
    if (!exact) {
      results[i] = { status: 'orphan', reason: 'empty-quote' };
      continue;
    }
    const hint = opts.hint ?? sel.position?.start;
    let r = tryPosition(text, sel) ?? (sel.position ? tryShifts(text, sel, sel.position, shifts) : undefined);
    r ??= checkLongContext(text, sel.quote, tryExact(text, sel, hint, occurrencesOf(exact), opts), occurrencesOf(exact));
    if (r) {
      results[i] = r;
      if (r.status !== 'fuzzy' && r.status !== 'orphan' && sel.position) remember(r.start! - sel.position.start);
    } else pending.push(i);
  }
  // Passages with no verbatim match, in saved order. Where a neighbour was placed (verbatim, or
  // fuzzy just before), its shift predicts this one's place: a close match found in a small window
  // there is placed (still 'fuzzy', for the user to confirm) without searching the whole text for
  // rivals, which costs about a millisecond per passage on a long page.
  let lastShift: number | undefined;
  let pendingAt = 0;
  const known: { at: number; shift: number }[] = []; // verbatim placements, in saved order
  for (const i of order) {
    const r = results[i];
    const p = selectorsList[i]!.position;
    if (r && p && (r.status === 'exact-position' || r.status === 'exact-quote')) known.push({ at: p.start, shift: r.start! - p.start });
  }
  let k = 0;
  for (const i of order) {
    if (pendingAt < pending.length && results[i] === undefined) pendingAt++;
    else continue;
    const sel = selectorsList[i]!;
    const pos = sel.position;
    let r: AnchorResult | undefined;
    if (pos && opts.hint === undefined) {
      while (k < known.length && known[k]!.at <= pos.start) lastShift = known[k++]!.shift;
      if (lastShift !== undefined) r = tryFuzzyNear(text, sel, pos.start + lastShift, opts);
    }
    r ??= tryFuzzy(text, sel, opts.hint ?? pos?.start, opts);
    results[i] = r;
    if (pos && r.status === 'fuzzy' && r.reason === 'changed' && (r.score ?? 0) >= NEAR_SCORE) lastShift = r.start! - pos.start;
  }
  return results;
}

/** Fuzzy placements this good carry their shift on to the next passage. */
const NEAR_SCORE = 0.9;
/** Characters either side of the predicted place searched by tryFuzzyNear. */
const NEAR_REACH = 256;

/**
 * A close match of a changed passage in a small window around the place its neighbours predict.
 * Placed as 'fuzzy' only when it scores well and no other match in the window comes close;
 * otherwise undefined (the full search decides).
 */
function tryFuzzyNear(text: string, sel: Selectors, expected: number, opts: AnchorOptions): AnchorResult | undefined {
  const { quote } = sel;
  const len = quote.exact.length;
  const ratio = opts.maxErrorRatio ?? 0.2;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(len * ratio));
  if (maxErrors < 1) return undefined;
  const from = Math.max(0, expected - NEAR_REACH);
  const to = Math.min(text.length, expected + len + NEAR_REACH);
  if (to - from < len) return undefined;
  const cands = search(text.slice(from, to), quote.exact, maxErrors).map((m) =>
    scoreCandidate(text, quote, from + m.start, from + m.end, 1 - m.errors / len, expected),
  );
  if (cands.length === 0) return undefined;
  cands.sort((a, b) => b.score - a.score || distance(a, expected) - distance(b, expected));
  const best = cands[0]!;
  if (best.score < NEAR_SCORE || best.context < 0.75 || best.quote < 1 - ratio) return undefined;
  if (cands.some((c) => !overlaps(c, best) && c.score >= best.score - 0.1)) return undefined;
  return placed('fuzzy', best, 'changed');
}

/**
 * The saved offsets moved by a shift seen on a neighbouring passage: accept the quote there only
 * when its whole context agrees closely (otherwise the full search decides).
 */
function tryShifts(text: string, sel: Selectors, pos: TextPosition, shifts: number[]): AnchorResult | undefined {
  const { exact, prefix, suffix } = sel.quote;
  for (const shift of shifts) {
    if (shift === 0) continue;
    const start = pos.start + shift;
    if (start < 0 || start + exact.length > text.length || !text.startsWith(exact, start)) continue;
    const ctx = contextSimilarity(text, start, start + exact.length, prefix, suffix);
    if (ctx.combined >= 0.9) {
      return { status: 'exact-quote', start, end: start + exact.length, score: round(0.6 + 0.4 * ctx.combined) };
    }
  }
  return undefined;
}
