// The CareLens database (IndexedDB through Dexie), in the extension's own origin. No WXT or
// `browser` APIs here, so it runs in Node tests over fake-indexeddb.
//
// Versions:
//   v1  highlights: id, url, pdfFingerprint, createdAt. Records as first designed: the page address
//       as the browser gave it, no soft delete.
//   v2  + eventDate, eventType, updatedAt, deleted indexes; every record gains `deleted: 0` (soft
//       delete with undo) and its URL normalised (tracking parameters and fragment dropped).
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import { normaliseUrl } from '../core/record/url.ts';
import type { SavedHighlight } from '../core/record/schema.ts';

export const DB_NAME = 'carelens';

/** A record as stored: the saved highlight plus bookkeeping that never leaves the database. */
export type StoredHighlight = SavedHighlight & {
  /** 0 = live, 1 = deleted (kept as a tombstone so delete can be undone). Numbers, because IndexedDB cannot index booleans. */
  deleted: 0 | 1;
  /** When it was deleted (ISO), for purging old tombstones. */
  deletedAt?: string;
};

export const SCHEMA_V1 = { highlights: 'id, url, pdfFingerprint, createdAt' };
export const SCHEMA_V2 = { highlights: 'id, url, pdfFingerprint, createdAt, updatedAt, eventDate, eventType, deleted' };

export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('highlights')
    .toCollection()
    .modify((r: Record<string, unknown>) => {
      if (r.deleted !== 1) r.deleted = 0;
      if (typeof r.url === 'string') r.url = normaliseUrl(r.url);
    });
}

export class CareLensDB extends Dexie {
  highlights!: EntityTable<StoredHighlight, 'id'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  }
}
