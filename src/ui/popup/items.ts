// Groups a page's matches into the items the popup lists: one line per distinct thing, with every place it occurs.
import type { ReportedMatch } from '../../protocol/page';
import type { MatchKind } from '../../core/detect/types';
import { termById, actById, timescaleById } from '../../core/knowledge';
import { longDate } from '../../core/letter';
import { firstSentence } from '../explain/Explain';

export interface PageItem {
  key: string;
  kind: MatchKind;
  label: string;
  /** One line of explanation. */
  line: string;
  /** Page indexes of every occurrence, in page order. */
  indexes: number[];
  first: ReportedMatch;
}

export const KIND_HEADINGS: Record<MatchKind, string> = {
  duration: 'Timescales',
  section: 'Sections of the law',
  term: 'Terms',
  date: 'Dates',
};

const UNIT_WORDS: Record<string, [string, string]> = {
  working_day: ['working day', 'working days'],
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
  hour: ['hour', 'hours'],
};

function describe(m: ReportedMatch): { key: string; label: string; line: string } {
  switch (m.kind) {
    case 'term': {
      const t = termById(m.value.id);
      return { key: `term:${m.value.id}`, label: t?.name ?? m.text, line: t ? firstSentence(t.explanation.what) : '' };
    }
    case 'section': {
      const v = m.value;
      const act = v.actId ? actById(v.actId) : undefined;
      const entry = act?.sections?.[v.section];
      const word = v.division === 'regulation' ? 'Regulation' : v.division === 'article' ? 'Article' : v.division === 'part' ? 'Part' : v.division === 'schedule' ? 'Schedule' : 'Section';
      const label = `${word} ${v.section}${v.subsection ?? ''}${v.act ? `, ${v.act}` : ''}`;
      const assumed = v.assumed && v.act ? ` (the act was not named here: CareLens assumed the ${v.act})` : '';
      const line = entry ? entry.title + assumed : v.act ? `No summary of this provision yet${assumed}.` : 'The act was not named.';
      return { key: `section:${v.act ?? '?'}:${v.section}${v.subsection ?? ''}`, label, line };
    }
    case 'duration': {
      const v = m.value;
      const rule = v.ruleId ? timescaleById(v.ruleId) : undefined;
      const [one, many] = UNIT_WORDS[v.unit] ?? [v.unit, v.unit];
      const amount = `${v.amount}${v.max ? `–${v.max}` : ''} ${v.amount === 1 && !v.max ? one : many}`;
      let line = rule ? `${rule.name}: ${rule.byWhen} (${rule.scope.label})` : 'A length of time; the sentence does not say which rule it is.';
      if (v.conflict) line += ` Note: the authoritative figure is ${v.conflict.expected}.`;
      return { key: `duration:${v.ruleId ?? ''}:${m.text.toLowerCase()}`, label: amount, line };
    }
    case 'date':
      return { key: `date:${m.value.iso}`, label: longDate(m.value.iso), line: m.sentence.length > 140 ? m.sentence.slice(0, 137) + '…' : m.sentence };
  }
}

export function groupItems(matches: readonly ReportedMatch[]): Record<MatchKind, PageItem[]> {
  const groups: Record<MatchKind, PageItem[]> = { duration: [], section: [], term: [], date: [] };
  const byKey = new Map<string, PageItem>();
  for (const m of matches) {
    const d = describe(m);
    const existing = byKey.get(d.key);
    if (existing) {
      existing.indexes.push(m.index);
      continue;
    }
    const item: PageItem = { ...d, kind: m.kind, indexes: [m.index], first: m };
    byKey.set(d.key, item);
    groups[m.kind].push(item);
  }
  return groups;
}
