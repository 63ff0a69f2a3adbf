// A cheap test run before any heavier work: could this text hold anything CareLens marks on a
// children's social care page? Linear time: one pass over the words against a set built once from
// the knowledge base (for each term variant its most distinctive word, which must occur for the
// variant to occur), plus a few short patterns. No big alternation regex (that costs ~N x variants).
import { TERMS } from '../core/knowledge/terms';

let keyWords: Set<string> | undefined;
let abbreviations: Set<string> | undefined;
const PATTERNS = /\b(?:sections?|regulations?|articles?|s\.?)\s?\d|\bAct\s+(?:19|20)\d\d|\bworking\s+days?\b/i;

function build(): void {
  keyWords = new Set();
  abbreviations = new Set();
  for (const t of TERMS) {
    for (const v of t.variants) {
      const words = v.toLowerCase().match(/[a-z]+/g) ?? [];
      const key = words.reduce((best, w) => (w.length > best.length ? w : best), '');
      if (key) keyWords.add(key);
    }
    for (const a of t.abbreviations) for (const w of a.match(/[A-Za-z]+/g) ?? []) abbreviations.add(w);
  }
}

/** True when the text has at least one word or pattern from the domain. */
export function looksRelevant(text: string): boolean {
  if (!keyWords) build();
  if (PATTERNS.test(text)) return true;
  const re = /[A-Za-z]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = m[0];
    if (abbreviations!.has(w) || keyWords!.has(w.toLowerCase())) return true;
  }
  return false;
}

/** Same test over a long text in pieces (each bounded), so one call never runs long. */
export function relevantInPieces(text: string, piece = 65_536): () => boolean | undefined {
  let at = 0;
  return () => {
    if (at >= text.length) return false;
    const end = Math.min(text.length, at + piece);
    const hit = looksRelevant(text.slice(Math.max(0, at - 64), end));
    at = end;
    return hit ? true : at >= text.length ? false : undefined;
  };
}
