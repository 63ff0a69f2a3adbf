// Merge imported records into existing ones by id, never overwriting a newer edit and never
// creating a second copy of a record.
import type { SavedHighlight } from './schema.ts';

export interface MergeReport {
  /** Records to write (new ones and ones the import makes newer). */
  put: SavedHighlight[];
  added: string[];
  updated: string[];
  /** Identical to what is stored already. */
  unchanged: string[];
  /** The stored copy was edited more recently (or at the same moment, differently): kept. */
  keptNewer: string[];
  /** The same id appeared more than once in the import: the newest copy was used. */
  duplicateInImport: { index: number; id: string }[];
}

function sameRecord(a: SavedHighlight, b: SavedHighlight): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** Key order and absent optional fields must not make equal records look different. */
export function canonical(r: SavedHighlight): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(r).sort()) {
    const v = (r as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = k === 'selectors' ? { quote: r.selectors.quote, position: r.selectors.position } : v;
  }
  return out;
}

function newer(a: SavedHighlight, b: SavedHighlight): number {
  return Date.parse(a.updatedAt) - Date.parse(b.updatedAt);
}

export function mergeRecords(
  existing: Iterable<SavedHighlight> | ReadonlyMap<string, SavedHighlight>,
  incoming: readonly SavedHighlight[],
): MergeReport {
  const have = existing instanceof Map ? (existing as ReadonlyMap<string, SavedHighlight>) : new Map([...(existing as Iterable<SavedHighlight>)].map((r) => [r.id, r]));
  const report: MergeReport = { put: [], added: [], updated: [], unchanged: [], keptNewer: [], duplicateInImport: [] };
  // Collapse repeats inside the import first: the newest copy of each id wins.
  const byId = new Map<string, SavedHighlight>();
  incoming.forEach((r, index) => {
    const prev = byId.get(r.id);
    if (prev) {
      report.duplicateInImport.push({ index, id: r.id });
      if (newer(r, prev) > 0) byId.set(r.id, r);
    } else byId.set(r.id, r);
  });
  for (const [id, r] of byId) {
    const cur = have.get(id);
    if (!cur) {
      report.put.push(r);
      report.added.push(id);
    } else if (sameRecord(cur, r)) {
      report.unchanged.push(id);
    } else if (newer(r, cur) > 0) {
      report.put.push(r);
      report.updated.push(id);
    } else {
      report.keptNewer.push(id);
    }
  }
  return report;
}
