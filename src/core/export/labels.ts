// Plain names for event ids, from the timescale knowledge base; unknown ids are shown as they are.
import { EVENTS } from '../knowledge/timescales.ts';

let names: Map<string, string> | undefined;

export function eventName(id: string): string {
  names ??= new Map(EVENTS.map((e) => [e.id, e.name]));
  return names.get(id) ?? id;
}
