// Look anything up: terms, sections of acts and timescales by name, abbreviation or number. Pure data lookups.
import { TERMS, ACTS, TIMESCALES, legislationUrl } from '../../core/knowledge';
import type { Act, Term, Timescale } from '../../core/knowledge';

export type LookupResult =
  | { kind: 'term'; key: string; label: string; term: Term }
  | { kind: 'section'; key: string; label: string; act: Act; number: string; title: string; summary?: string; url?: string }
  | { kind: 'act'; key: string; label: string; act: Act }
  | { kind: 'timescale'; key: string; label: string; rule: Timescale };

const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

function sectionResults(number: string, actWords: string): LookupResult[] {
  const out: LookupResult[] = [];
  const wanted = norm(actWords);
  for (const act of ACTS) {
    const entry = act.sections?.[number];
    if (!entry) continue;
    if (wanted && !norm(act.title).includes(wanted) && !act.aliases.some((a) => norm(a) === wanted || norm(a).includes(wanted))) continue;
    const division = act.division ?? 'section';
    const url = act.id ? legislationUrl(act.id, division, number) : undefined;
    const word = division === 'regulation' ? 'Regulation' : division === 'article' ? 'Article' : 'Section';
    out.push({
      kind: 'section',
      key: `section:${act.title}:${number}`,
      label: `${word} ${number}, ${act.title}: ${entry.title}`,
      act,
      number,
      title: entry.title,
      ...(entry.summary ? { summary: entry.summary } : {}),
      ...(url ? { url } : {}),
    });
  }
  // The Children Act 1989 first: it is what a bare "section 47" means in this field.
  return out.sort((a, b) => Number(b.kind === 'section' && b.act.id === 'ukpga/1989/41') - Number(a.kind === 'section' && a.act.id === 'ukpga/1989/41'));
}

/** Up to `limit` results, best first. */
export function lookup(query: string, limit = 12): LookupResult[] {
  const q = norm(query);
  if (q.length < 2) return [];
  const out: LookupResult[] = [];
  const section = /^(?:s\.?|sec\.?|section|reg\.?|regulation|art\.?|article)\s*(\d+[a-z]{0,3})\b\s*(?:of\s+(?:the\s+)?)?(.*)$/i.exec(query.trim());
  if (section) out.push(...sectionResults(section[1]!.toUpperCase().replace(/^(\d+)([A-Z]*)$/, (_, n: string, l: string) => n + l), section[2] ?? ''));

  const scored: { score: number; r: LookupResult }[] = [];
  for (const term of TERMS) {
    let score = 0;
    if (term.abbreviations.some((a) => a.toLowerCase() === q)) score = 100;
    else if (norm(term.name) === q || term.variants.some((v) => norm(v) === q)) score = 90;
    else if (norm(term.name).startsWith(q)) score = 70;
    else if (norm(term.name).includes(q) || term.variants.some((v) => norm(v).includes(q))) score = 50;
    if (score) scored.push({ score, r: { kind: 'term', key: `term:${term.id}`, label: term.name, term } });
  }
  for (const rule of TIMESCALES) {
    if (rule.scope.kind === 'community-claim') continue;
    let score = 0;
    const name = norm(rule.name);
    if (rule.id === q) score = 95;
    else if (name === q) score = 85;
    else if (name.startsWith(q)) score = 60;
    else if (name.includes(q) || rule.id.includes(q.replace(/ /g, '-'))) score = 40;
    else if (norm(rule.trigger).includes(q)) score = 20;
    if (score) scored.push({ score, r: { kind: 'timescale', key: `timescale:${rule.id}`, label: `${rule.name}: ${rule.byWhen}`, rule } });
  }
  for (const act of ACTS) {
    let score = 0;
    if (norm(act.title) === q || act.aliases.some((a) => norm(a) === q)) score = 80;
    else if (norm(act.title).includes(q)) score = 45;
    if (score) scored.push({ score, r: { kind: 'act', key: `act:${act.title}`, label: act.title, act } });
  }
  scored.sort((a, b) => b.score - a.score || a.r.label.localeCompare(b.r.label));
  for (const { r } of scored) if (!out.some((o) => o.key === r.key)) out.push(r);
  return out.slice(0, limit);
}
