// Pre-filling the save dialog from the selected text: the first date in it (read by the detector,
// so "3rd March 2025" and "03/03/2025" both work, day first as in the UK).
import { findDates } from '../../core/detect/dates';
import type { Match } from '../../core/detect/types';
import { termById } from '../../core/knowledge/terms';
import { EVENTS, timescaleById } from '../../core/knowledge/timescales';

// (the date detector alone, not scan(): the page's card and save dialog then need none of the other detectors)
export function dateInText(text: string, documentDate?: string): string | undefined {
  return findDates(text, documentDate)[0]?.value.iso;
}

export const EVENT_OPTIONS = EVENTS.map((e) => ({ id: e.id, name: e.name }));

const EVENT_IDS = new Set(EVENTS.map((e) => e.id));

function words(s: string): string[] {
  return s.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** The event whose name begins with the term's name ("Strategy discussion" -> "Strategy discussion held"; "Section 47 enquiry" -> "Section 47 enquiries started"). */
function eventNamedBy(name: string): string | undefined {
  const t = words(name);
  if (!t.length) return undefined;
  const stem = (w: string) => (w.length > 5 ? w.slice(0, w.length - 2) : w);
  const hit = EVENTS.find((e) => {
    const ev = words(e.name);
    return ev.length > t.length && t.every((w, i) => (i === t.length - 1 ? ev[i]!.startsWith(stem(w)) : ev[i] === w));
  });
  return hit?.id;
}

/**
 * What the save dialog starts with when a mark is saved from its hover card: the date itself for a
 * date; for a timescale that names its rule, the event that starts its clock ("within 15 working days
 * of the strategy discussion" -> strategy discussion held); for a term that names an event, that event.
 */
export function prefillFromMatch(match: Match): { eventDate?: string; eventType?: string } {
  if (match.kind === 'date') return { eventDate: match.value.iso };
  if (match.kind === 'duration' && match.value.ruleId) {
    const trigger = timescaleById(match.value.ruleId)?.triggerEvent;
    return trigger && EVENT_IDS.has(trigger) ? { eventType: trigger } : {};
  }
  if (match.kind === 'term') {
    // the words on the page, then the term's names ("Strategy discussion / strategy meeting"), then its id
    const term = termById(match.value.id);
    const names = [match.text, ...(term ? term.name.split(/\s*[/(]\s*/) : []), match.value.id.replace(/-/g, ' ')];
    for (const name of names) {
      const id = eventNamedBy(name);
      if (id) return { eventType: id };
    }
    return {};
  }
  return {};
}
