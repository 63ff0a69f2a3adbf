// A cheap test run before any heavier work: does this text contain anything CareLens could mark
// on a children's social care page? Built once from the knowledge base's own words.
import { TERMS } from '../core/knowledge/terms';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let domain: RegExp | undefined;
let abbreviations: RegExp | undefined;

function build(): void {
  const phrases = new Set<string>(['section \\d', 'sections? \\d', 's\\.? ?\\d+[a-z]{0,2}\\b', 'act (?:19|20)\\d\\d', 'working days?', 'regulation \\d', 'article \\d']);
  for (const t of TERMS) for (const v of t.variants) phrases.add(escape(v.toLowerCase()).replace(/ /g, '\\s+'));
  domain = new RegExp(`\\b(?:${[...phrases].join('|')})`, 'i');
  const abbrevs = TERMS.flatMap((t) => t.abbreviations).filter((a) => a.length > 1);
  abbreviations = new RegExp(`\\b(?:${abbrevs.map(escape).join('|')})\\b`);
}

/** True when the text has at least one word or pattern from the domain. */
export function looksRelevant(text: string): boolean {
  if (!domain) build();
  return domain!.test(text) || abbreviations!.test(text);
}

/** Same test over a long text in pieces (each bounded), so one call never runs long; returns a generator step. */
export function relevantInPieces(text: string, piece = 262_144): () => boolean | undefined {
  let at = 0;
  return () => {
    if (at >= text.length) return false;
    const end = Math.min(text.length, at + piece);
    const hit = looksRelevant(text.slice(Math.max(0, at - 64), end));
    at = end;
    return hit ? true : at >= text.length ? false : undefined;
  };
}
