// The term matcher's entries: the knowledge base's terms with the extra forms people write (term-forms.ts).
import { TERMS } from '../knowledge/terms';
import { EXTRA_FORMS, SETTLED_FORMS } from '../knowledge/term-forms';
import type { TermEntry } from './terms';
import type { Match } from './types';

export const TERM_ENTRIES: TermEntry[] = (TERMS as TermEntry[]).map((t) => {
  const extra = EXTRA_FORMS[t.id];
  if (!extra) return t;
  const has = new Set(t.variants.map((v) => v.toLowerCase()));
  return {
    ...t,
    variants: [...t.variants, ...(extra.variants ?? []).filter((v) => !has.has(v.toLowerCase()))],
    abbreviations: [...t.abbreviations, ...(extra.abbreviations ?? []).filter((a) => !t.abbreviations.includes(a))],
  };
});

type TermMatch = Extract<Match, { kind: 'term' }>;

const SETTLED = new Map(SETTLED_FORMS.map((f) => [`${f.id}|${f.form}`, f.settledBy]));

/** Which settled forms the document settles (by the text as a whole): keys "id|form". */
export function settledForms(text: string): Set<string> {
  const out = new Set<string>();
  for (const [key, re] of SETTLED) if (re.test(text)) out.add(key);
  return out;
}

/** Is this match a short form the document does not settle? */
export function unsettled(m: TermMatch, settled: Set<string>): boolean {
  const key = `${m.value.id}|${m.text.toLowerCase()}`;
  return SETTLED.has(key) && !settled.has(key);
}
