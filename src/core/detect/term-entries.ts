// The term matcher's entries: the knowledge base's terms with the extra forms people write (term-forms.ts).
import { TERMS } from '../knowledge/terms';
import { EXTRA_FORMS, FORMER_NAMES, SETTLED_FORMS } from '../knowledge/term-forms';
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
const FORMER = new Map(FORMER_NAMES.map((f) => [`${f.id}|${f.form}`, f.status]));

/** A term's full names and variants, lower-cased, to the term's id: what a defined acronym's full name is read against. */
const ID_BY_NAME = new Map<string, string>();
for (const [i, t] of TERM_ENTRIES.entries()) for (const v of [TERMS[i]!.name, ...t.variants]) if (!ID_BY_NAME.has(v.toLowerCase())) ID_BY_NAME.set(v.toLowerCase(), t.id);

/**
 * What the document settles: the settled forms (keys "id|form", by the text as a whole) and the acronyms it defines
 * (keys "=ACR|id|at": the acronym, its term, where its definition ends). Strings, so that two readings of a growing
 * text compare as sets.
 */
export function settledForms(text: string): Set<string> {
  const out = new Set<string>();
  const byForm = new Map<string, string[]>();
  for (const [key, re] of SETTLED) {
    if (!re.test(text)) continue;
    const form = key.slice(key.indexOf('|') + 1);
    byForm.set(form, [...(byForm.get(form) ?? []), key]);
  }
  // A form that the text settles for two terms ("CAO" where both orders are named) is settled for neither.
  for (const keys of byForm.values()) if (keys.length === 1) out.add(keys[0]!);
  for (const d of definedAcronyms(text)) out.add(`=${d.acronym}|${d.id}|${d.at}`);
  return out;
}

/** The terms each settled form may mean ("cao": both orders). */
const IDS_OF_FORM = new Map<string, string[]>();
for (const f of SETTLED_FORMS) IDS_OF_FORM.set(f.form, [...(IDS_OF_FORM.get(f.form) ?? []), f.id]);

/**
 * The match as the document settles it: unchanged, moved to the other term the form means where the document
 * settles that one ("CAO" on a page naming only the child assessment order), or nothing where it settles none.
 */
export function settle(m: TermMatch, settled: Set<string>): TermMatch[] {
  const form = m.text.toLowerCase();
  const key = `${m.value.id}|${form}`;
  if (!SETTLED.has(key) || settled.has(key)) return [m];
  const other = IDS_OF_FORM.get(form)!.find((id) => settled.has(`${id}|${form}`));
  return other ? [{ ...m, value: { ...m.value, id: other } }] : [];
}

/** The match, saying so when its text is an older or wrong name of the term. */
export function withFormerName(m: TermMatch): TermMatch {
  const status = FORMER.get(`${m.value.id}|${m.text.toLowerCase()}`);
  return status ? { ...m, value: { ...m.value, formerName: status } } : m;
}

// "Family Network Meeting (FNM)", 'the Local Authority Designated Officer ("LADO")': the acronym in brackets, quoted or
// not, right after the words it stands for.
const DEFINITION = /\(\s*["“”'‘’]?([A-Z][A-Za-z&]{1,7})["“”'‘’]?\s*\)/g;
const MINOR_WORD = /^(?:of|and|the|for|a|an|in|to|on|&)$/i;

/** The acronyms the text defines with the full name of a term, in order of definition (the first one of each). */
export function definedAcronyms(text: string): { acronym: string; id: string; at: number }[] {
  const out: { acronym: string; id: string; at: number }[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(DEFINITION)) {
    const acronym = m[1]!;
    const letters = acronym.replace(/[^A-Z]/g, '');
    if (letters.length < 2 || seen.has(acronym)) continue;
    const before = text.slice(Math.max(0, m.index! - 120), m.index!);
    const words = before.match(/[A-Za-z’'&-]+/g) ?? [];
    const id = fullNameOf(words, letters);
    if (!id) continue;
    seen.add(acronym);
    out.push({ acronym, id, at: m.index! + m[0].length });
  }
  return out;
}

/** The term whose full name the last words spell with the acronym's letters as initials (minor words free). */
function fullNameOf(words: string[], letters: string): string | undefined {
  let need = letters.length;
  for (let i = words.length - 1; i >= 0 && words.length - i <= letters.length * 2 + 2; i--) {
    const word = words[i]!;
    if (MINOR_WORD.test(word)) continue;
    const initials = word.split('-').filter(Boolean).map((w) => w[0]!.toUpperCase()).join('');
    if (need < initials.length || letters.slice(need - initials.length, need) !== initials) return undefined;
    need -= initials.length;
    if (need === 0) return ID_BY_NAME.get(words.slice(i).join(' ').toLowerCase());
  }
  return undefined;
}

/** The bare uses, starting in [from, to), of the acronyms the settled set says the text defines, after each definition. */
export function definedAcronymUses(text: string, settled: Set<string>, from: number, to: number): TermMatch[] {
  const out: TermMatch[] = [];
  for (const key of settled) {
    if (key[0] !== '=') continue;
    const [acronym, id, at] = key.slice(1).split('|') as [string, string, string];
    const re = new RegExp(`(?<![A-Za-z0-9])${acronym.replace(/&/g, '\\&')}s?(?![A-Za-z0-9])`, 'g');
    re.lastIndex = Math.max(from, Number(at));
    for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
      out.push({ kind: 'term', start: m.index, end: m.index + m[0].length, text: m[0], value: { id } });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
