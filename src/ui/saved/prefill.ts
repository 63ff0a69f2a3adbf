// Pre-filling the save dialog from the selected text: the first date in it (read by the detector,
// so "3rd March 2025" and "03/03/2025" both work, day first as in the UK).
import { scan } from '../../core/detect';
import { EVENTS } from '../../core/knowledge/timescales';

export function dateInText(text: string, documentDate?: string): string | undefined {
  const m = scan(text, { kinds: ['date'], ...(documentDate ? { documentDate } : {}) }).find((x) => x.kind === 'date');
  return m && m.kind === 'date' ? m.value.iso : undefined;
}

export const EVENT_OPTIONS = EVENTS.map((e) => ({ id: e.id, name: e.name }));
