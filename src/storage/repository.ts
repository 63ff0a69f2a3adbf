// The repository the surfaces use: save, update with optimistic concurrency, delete with undo,
// list, search, clear and bulk import. Every write is one IndexedDB transaction, so a failure
// (quota, crash, closed tab) leaves the previous state whole.
import { mergeRecords, type MergeReport } from '../core/record/merge.ts';
import { validateHighlight, type SavedHighlight } from '../core/record/schema.ts';
import { normaliseUrl } from '../core/record/url.ts';
import { CareLensDB, type StoredHighlight } from './db.ts';
import { ConflictError, mapStorageError, NotFoundError, ValidationError } from './errors.ts';

/** Fields a user can edit. */
export type HighlightPatch = Partial<Pick<SavedHighlight, 'note' | 'eventType' | 'eventDate' | 'title' | 'status' | 'selectors' | 'pdfPage'>>;
const EDITABLE = ['note', 'eventType', 'eventDate', 'title', 'status', 'selectors', 'pdfPage'] as const;

export interface RepositoryOptions {
  /** Clock, for tests. */
  now?: () => Date;
  /** How long a deleted record can be restored (default 30 s); older tombstones are purged. */
  undoWindowMs?: number;
}

export interface ListOptions {
  order?: 'newest' | 'event-date';
}

export interface ImportReport extends MergeReport {
  /** Tombstones (deleted records) brought back because the import held a newer edit. */
  restored: string[];
}

function strip(r: StoredHighlight): SavedHighlight {
  const { deleted: _d, deletedAt: _a, ...rest } = r;
  void _d;
  void _a;
  return rest as SavedHighlight;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export class HighlightRepository {
  readonly db: CareLensDB;
  private readonly now: () => Date;
  readonly undoWindowMs: number;

  constructor(db: CareLensDB = new CareLensDB(), opts: RepositoryOptions = {}) {
    this.db = db;
    this.now = opts.now ?? (() => new Date());
    this.undoWindowMs = opts.undoWindowMs ?? 30_000;
  }

  private async run<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw mapStorageError(e);
    }
  }

  /** A timestamp strictly later than `after`, so two writes in one millisecond still order. */
  private stamp(after?: string): string {
    let t = this.now().getTime();
    if (after) t = Math.max(t, Date.parse(after) + 1);
    return new Date(t).toISOString();
  }

  /** Store a new record (validated; URL normalised). Saving an id that exists is an update of nothing: rejected. */
  async save(record: SavedHighlight): Promise<SavedHighlight> {
    const v = validateHighlight({ ...record, url: normaliseUrl(record.url) });
    if (!v.ok) throw new ValidationError(v.reason);
    return this.run(async () => {
      await this.db.transaction('rw', this.db.highlights, async () => {
        const cur = await this.db.highlights.get(v.record.id);
        if (cur && cur.deleted === 0) throw new ConflictError(v.record.id, ['id'], strip(cur));
        await this.db.highlights.put({ ...v.record, deleted: 0 });
      });
      return v.record;
    });
  }

  async get(id: string): Promise<SavedHighlight | undefined> {
    const r = await this.run(() => this.db.highlights.get(id));
    return r && r.deleted === 0 ? strip(r) : undefined;
  }

  /**
   * Apply an edit made to `base` (the record as the editor read it). If the stored record changed
   * since (another tab), edits to different fields are merged; edits to the same field with
   * different values raise ConflictError and nothing is written.
   */
  async update(id: string, patch: HighlightPatch, base: SavedHighlight | { updatedAt: string }): Promise<SavedHighlight> {
    return this.run(() =>
      this.db.transaction('rw', this.db.highlights, async () => {
        const cur = await this.db.highlights.get(id);
        if (!cur || cur.deleted === 1) throw new NotFoundError(id);
        const next: Record<string, unknown> = strip(cur);
        if (cur.updatedAt !== base.updatedAt) {
          if (!('id' in base)) throw new ConflictError(id, ['updatedAt'], strip(cur));
          const clashes = EDITABLE.filter(
            (k) => k in patch && !same(cur[k], base[k]) && !same(cur[k], patch[k]),
          );
          if (clashes.length) throw new ConflictError(id, [...clashes], strip(cur));
        }
        for (const k of EDITABLE) {
          if (!(k in patch)) continue;
          const v = patch[k];
          if (v === undefined || v === '') {
            if (k === 'note' || k === 'title') next[k] = '';
            else delete next[k];
          } else next[k] = v;
        }
        next.updatedAt = this.stamp(cur.updatedAt);
        const v = validateHighlight(next);
        if (!v.ok) throw new ValidationError(v.reason);
        await this.db.highlights.put({ ...v.record, deleted: 0 });
        return v.record;
      }),
    );
  }

  /** Soft delete; the returned `undo` restores it (within the undo window). */
  async delete(id: string): Promise<{ undo: () => Promise<SavedHighlight> }> {
    await this.run(() =>
      this.db.transaction('rw', this.db.highlights, async () => {
        const cur = await this.db.highlights.get(id);
        if (!cur || cur.deleted === 1) throw new NotFoundError(id);
        await this.db.highlights.put({ ...cur, deleted: 1, deletedAt: this.stamp() });
      }),
    );
    return { undo: () => this.restore(id) };
  }

  /** Bring back a deleted record, unchanged. */
  async restore(id: string): Promise<SavedHighlight> {
    return this.run(() =>
      this.db.transaction('rw', this.db.highlights, async () => {
        const cur = await this.db.highlights.get(id);
        if (!cur) throw new NotFoundError(id);
        const live: StoredHighlight = { ...cur, deleted: 0 };
        delete live.deletedAt;
        await this.db.highlights.put(live);
        return strip(live);
      }),
    );
  }

  /** Remove tombstones older than the undo window. Returns how many were removed. */
  async purgeDeleted(): Promise<number> {
    const cutoff = this.now().getTime() - this.undoWindowMs;
    return this.run(() =>
      this.db.highlights
        .where('deleted')
        .equals(1)
        .filter((r) => !r.deletedAt || Date.parse(r.deletedAt) <= cutoff)
        .delete(),
    );
  }

  /** Records deleted but still restorable. */
  async listDeleted(): Promise<SavedHighlight[]> {
    return (await this.run(() => this.db.highlights.where('deleted').equals(1).toArray())).map(strip);
  }

  private sort(list: SavedHighlight[], order: ListOptions['order'] = 'newest'): SavedHighlight[] {
    if (order === 'event-date') {
      return list.sort(
        (a, b) =>
          (a.eventDate ? 0 : 1) - (b.eventDate ? 0 : 1) ||
          (a.eventDate ?? '').localeCompare(b.eventDate ?? '') ||
          b.createdAt.localeCompare(a.createdAt),
      );
    }
    return list.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
  }

  async listAll(opts: ListOptions = {}): Promise<SavedHighlight[]> {
    const rows = await this.run(() => this.db.highlights.where('deleted').equals(0).toArray());
    return this.sort(rows.map(strip), opts.order);
  }

  /** Highlights for a page (the address is normalised first, as on save). */
  async listByUrl(url: string, opts: ListOptions = {}): Promise<SavedHighlight[]> {
    const rows = await this.run(() => this.db.highlights.where('url').equals(normaliseUrl(url)).toArray());
    return this.sort(rows.filter((r) => r.deleted === 0).map(strip), opts.order);
  }

  /** Highlights for a PDF wherever it was opened from (a downloaded copy finds its highlights). */
  async listByFingerprint(fingerprint: string, opts: ListOptions = {}): Promise<SavedHighlight[]> {
    const rows = await this.run(() => this.db.highlights.where('pdfFingerprint').equals(fingerprint).toArray());
    return this.sort(rows.filter((r) => r.deleted === 0).map(strip), opts.order);
  }

  /** Case-insensitive search over quote, note, title, address and event type; every word must match. */
  async search(query: string, opts: ListOptions = {}): Promise<SavedHighlight[]> {
    const words = query.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
    const all = await this.listAll(opts);
    if (!words.length) return all;
    return all.filter((r) => {
      const hay = [r.selectors.quote.exact, r.note, r.title, r.url, r.eventType ?? '', r.eventDate ?? '']
        .join('\n')
        .toLocaleLowerCase('en-GB');
      return words.every((w) => hay.includes(w));
    });
  }

  async count(): Promise<number> {
    return this.run(() => this.db.highlights.where('deleted').equals(0).count());
  }

  /** Delete everything (for "clear storage"; export first). */
  async clear(): Promise<void> {
    await this.run(() => this.db.highlights.clear());
  }

  /**
   * Merge validated records (from `importWebAnnotationJson`) by id in one transaction: new ones
   * are added, newer edits replace older ones, newer stored edits are kept, nothing is duplicated.
   * A deleted record comes back only if the import holds an edit made after the deletion.
   */
  async bulkImport(records: readonly SavedHighlight[]): Promise<ImportReport> {
    return this.run(() =>
      this.db.transaction('rw', this.db.highlights, async () => {
        const ids = [...new Set(records.map((r) => r.id))];
        const stored = (await this.db.highlights.bulkGet(ids)).filter((r): r is StoredHighlight => !!r);
        // A tombstone counts as an edit made when it was deleted.
        const existing = new Map(
          stored.map((r) => [r.id, r.deleted === 1 ? { ...strip(r), updatedAt: r.deletedAt ?? r.updatedAt } : strip(r)]),
        );
        const report = mergeRecords(existing, records);
        const tomb = new Set(stored.filter((r) => r.deleted === 1).map((r) => r.id));
        const restored = report.put.filter((r) => tomb.has(r.id)).map((r) => r.id);
        // Identical to a tombstone's content but not newer: stays deleted (reported as kept).
        await this.db.highlights.bulkPut(report.put.map((r) => ({ ...r, url: normaliseUrl(r.url), deleted: 0 as const })));
        return { ...report, restored };
      }),
    );
  }
}
