// The chronology: dated events by date, each with the deadlines it starts (the deadline engine's
// chain), counted from what actually happened where the record holds it, and whether that was on time.
import { chain, formatDate } from '../../core/deadlines';
import type { ChainStep } from '../../core/deadlines';
import type { CalendarEvent } from '../../core/export/ics';
import { eventName } from '../../core/export/labels';
import type { SavedHighlight } from '../../core/record/schema';

export interface ChronologyStep {
  rule: string;
  name: string;
  due?: string;
  dueText?: string;
  actual?: string;
  verdict?: 'on time' | 'late';
  message?: string;
  note?: string;
}

export interface ChronologyEntry {
  record: SavedHighlight;
  date: string;
  dateText: string;
  event: string;
  steps: ChronologyStep[];
}

function safeFormat(iso: string): string {
  try {
    return formatDate(iso);
  } catch {
    return iso;
  }
}

/** Earliest recorded date of each event type: what actually happened. */
function actualDates(records: readonly SavedHighlight[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of records) {
    if (!r.eventType || !r.eventDate) continue;
    if (!out[r.eventType] || r.eventDate < out[r.eventType]!) out[r.eventType] = r.eventDate;
  }
  return out;
}

export function buildChronology(records: readonly SavedHighlight[]): ChronologyEntry[] {
  const dated = records.filter((r) => r.eventDate).sort((a, b) => a.eventDate!.localeCompare(b.eventDate!) || a.createdAt.localeCompare(b.createdAt));
  const actual = actualDates(records);
  return dated.map((record) => {
    const entry: ChronologyEntry = {
      record,
      date: record.eventDate!,
      dateText: safeFormat(record.eventDate!),
      event: record.eventType ? eventName(record.eventType) : 'Dated passage',
      steps: [],
    };
    if (record.eventType) {
      // only what follows this event: later events count as "what actually happened"
      const later: Record<string, string> = {};
      for (const [k, v] of Object.entries(actual)) if (k !== record.eventType && v >= record.eventDate!) later[k] = v;
      try {
        const answer = chain(record.eventType, record.eventDate!, { actual: later, repeats: 1 });
        entry.steps = answer.steps.map(toStep);
      } catch {
        entry.steps = [];
      }
    }
    return entry;
  });
}

function toStep(s: ChainStep): ChronologyStep {
  const out: ChronologyStep = { rule: s.rule, name: s.name };
  if (s.answer) {
    out.due = s.answer.due;
    out.dueText = s.answer.dueText;
  }
  if (s.note) out.note = s.note;
  if (s.actual) out.actual = s.actual;
  if (s.check) {
    out.verdict = s.check.onTime ? 'on time' : 'late';
    out.message = s.check.message;
  }
  return out;
}

/**
 * iCalendar events: one per deadline in the chronology (stable UIDs, so re-importing updates). The same
 * deadline reached from two events (the first core group after the conference, both from the strategy
 * discussion's chain and from the conference itself) is one event, filed under the earliest record.
 */
export function deadlineEvents(entries: readonly ChronologyEntry[]): CalendarEvent[] {
  const out: CalendarEvent[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    for (const s of e.steps) {
      if (!s.due) continue;
      const uid = `${e.record.id}-${s.rule}@carelens`;
      const key = `${s.rule}|${s.due}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ uid, date: s.due, summary: s.name, description: `After: ${e.event} on ${e.dateText}. ${e.record.title || e.record.url}` });
    }
  }
  return out;
}
