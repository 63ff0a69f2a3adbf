// Small edit-distance helpers for comparing short strings (quote context, 32 characters).
// The quote itself is searched with approx-string-match; these only score candidates.

/**
 * Edit distance between `pattern` and the best-matching *prefix* of `window`: the pattern must be
 * used whole, the window may be cut short at its end. Used with the window reversed for prefixes.
 */
export function anchoredDistance(pattern: string, window: string): number {
  if (pattern.length === 0) return 0;
  if (window.length === 0) return pattern.length;
  const row = lastDistanceRow(pattern, window);
  let best = pattern.length;
  for (let j = 0; j <= window.length; j++) if (row[j]! < best) best = row[j]!;
  return best;
}

/**
 * The last row of the Levenshtein table of `a` against `b`: entry j is the distance between all of `a`
 * and the first j characters of `b`.
 */
function lastDistanceRow(a: string, b: string): Uint32Array {
  const m = a.length;
  const n = b.length;
  let prev = new Uint32Array(n + 1);
  let cur = new Uint32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const ac = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const sub = prev[j - 1]! + (b.charCodeAt(j - 1) === ac ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev;
}

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

/** Slack allowed for insertions when comparing context. */
function slack(len: number): number {
  return Math.ceil(len / 4) + 2;
}

/**
 * Similarity in [0, 1] between a saved prefix and the text ending at `start`.
 * An empty saved prefix means the passage began the text: 1 if it still does, else 0.5 (no evidence).
 */
export function prefixSimilarity(text: string, start: number, prefix: string): number {
  if (prefix.length === 0) return start === 0 ? 1 : 0.5;
  if (start >= prefix.length && text.startsWith(prefix, start - prefix.length)) return 1;
  const from = Math.max(0, start - prefix.length - slack(prefix.length));
  const window = text.slice(from, start);
  const d = anchoredDistance(reverse(prefix), reverse(window));
  return Math.max(0, 1 - d / prefix.length);
}

/** Similarity in [0, 1] between a saved suffix and the text starting at `end`. */
export function suffixSimilarity(text: string, end: number, suffix: string): number {
  if (suffix.length === 0) return end === text.length ? 1 : 0.5;
  if (text.startsWith(suffix, end)) return 1;
  const window = text.slice(end, end + suffix.length + slack(suffix.length));
  const d = anchoredDistance(suffix, window);
  return Math.max(0, 1 - d / suffix.length);
}

/** Context agreement: prefix and suffix similarity weighted by how much context was saved. */
export function contextSimilarity(
  text: string,
  start: number,
  end: number,
  prefix: string,
  suffix: string,
): { prefix: number; suffix: number; combined: number } {
  const p = prefixSimilarity(text, start, prefix);
  const s = suffixSimilarity(text, end, suffix);
  const wp = Math.max(prefix.length, 8);
  const ws = Math.max(suffix.length, 8);
  return { prefix: p, suffix: s, combined: (p * wp + s * ws) / (wp + ws) };
}

/** Plain Levenshtein distance (for occasional whole-quote comparisons). */
export function editDistance(a: string, b: string): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  return lastDistanceRow(a, b)[b.length]!;
}
