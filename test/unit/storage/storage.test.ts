import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportWebAnnotationJson, importWebAnnotationJson } from '../../../src/core/record/index.ts';
import {
  CareLensDB,
  ConflictError,
  HighlightRepository,
  NotFoundError,
  SCHEMA_V1,
  StorageQuotaError,
  ValidationError,
} from '../../../src/storage/index.ts';
import { sampleRecords } from '../record/fixtures.ts';

let indexedDB: IDBFactory;
let clock: number;
const deps = () => ({ indexedDB, IDBKeyRange });
function repo(name = 'carelens') {
  return new HighlightRepository(new CareLensDB(name, deps()), { now: () => new Date(clock), undoWindowMs: 10_000 });
}

beforeEach(() => {
  indexedDB = new IDBFactory();
  clock = Date.parse('2024-03-10T12:00:00.000Z');
});

/** One saved record, read by two tabs before either edits it. */
async function oneRecordOpenInTwoTabs() {
  const r = repo();
  const a = sampleRecords()[0]!;
  await r.save(a);
  return { r, a, tab1: (await r.get(a.id))!, tab2: (await r.get(a.id))! };
}

describe('HighlightRepository', () => {
  it('saves, gets, lists by url and by PDF fingerprint, newest first or by event date', async () => {
    const r = repo();
    for (const rec of sampleRecords()) await r.save(rec);
    const [a, b, c] = sampleRecords();
    expect(await r.get(a!.id)).toEqual(a);
    const byUrl = await r.listByUrl('https://www.proceduresonline.com/cambs/p_plan_review.html?id=7&utm_medium=email#x');
    expect(byUrl.map((x) => x.id)).toEqual([a!.id, b!.id]);
    expect((await r.listByUrl(a!.url, { order: 'event-date' })).map((x) => x.id)).toEqual([b!.id, a!.id]);
    expect((await r.listByFingerprint(c!.pdfFingerprint!)).map((x) => x.id)).toEqual([c!.id]);
    expect((await r.listAll()).map((x) => x.id)).toEqual([c!.id, a!.id, b!.id]);
  });

  it('rejects invalid records and duplicate ids', async () => {
    const r = repo();
    const [a] = sampleRecords();
    await expect(r.save({ ...a!, eventDate: '2024-02-31' })).rejects.toBeInstanceOf(ValidationError);
    await r.save(a!);
    await expect(r.save(a!)).rejects.toBeInstanceOf(ConflictError);
    expect(await r.count()).toBe(1);
  });

  it('search matches quote, note, title and event, every word', async () => {
    const r = repo();
    for (const rec of sampleRecords()) await r.save(rec);
    expect((await r.search('icpc writing')).map((x) => x.note)).toEqual(['Ask when the ICPC is, in writing.']);
    expect(await r.search('single assessment')).toHaveLength(1);
    expect(await r.search('letter')).toHaveLength(1);
    expect(await r.search('nothing-like-this')).toHaveLength(0);
  });

  it('two tabs editing different fields: both edits kept', async () => {
    const { r, a, tab1, tab2 } = await oneRecordOpenInTwoTabs();
    clock += 1000;
    await r.update(a!.id, { note: 'note from tab 1' }, tab1);
    const after = await r.update(a!.id, { eventDate: '2024-03-06' }, tab2); // same millisecond clock is fine
    expect(after.note).toBe('note from tab 1');
    expect(after.eventDate).toBe('2024-03-06');
    expect(Date.parse(after.updatedAt)).toBeGreaterThan(Date.parse(a!.updatedAt));
  });

  it('two tabs editing the same field: the second gets a ConflictError, the first edit survives', async () => {
    const { r, a, tab1, tab2 } = await oneRecordOpenInTwoTabs();
    await r.update(a!.id, { note: 'tab 1' }, tab1);
    const err = await r.update(a!.id, { note: 'tab 2' }, tab2).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect(err.fields).toEqual(['note']);
    expect(err.current.note).toBe('tab 1');
    expect((await r.get(a!.id))!.note).toBe('tab 1');
    // Updating with only an updatedAt that is stale is refused too.
    await expect(r.update(a!.id, { note: 'x' }, { updatedAt: a!.updatedAt })).rejects.toBeInstanceOf(ConflictError);
    // Writes in the same millisecond still order.
    const cur = (await r.get(a!.id))!;
    const u1 = await r.update(a!.id, { title: 'T1' }, cur);
    const u2 = await r.update(a!.id, { title: 'T2' }, u1);
    expect(u2.updatedAt > u1.updatedAt).toBe(true);
  });

  it('update validates and can clear optional fields', async () => {
    const r = repo();
    const [a] = sampleRecords();
    await r.save(a!);
    await expect(r.update(a!.id, { eventDate: 'tomorrow' }, a!)).rejects.toBeInstanceOf(ValidationError);
    const u = await r.update(a!.id, { eventType: undefined, eventDate: undefined, note: '' }, a!);
    expect(u.eventType).toBeUndefined();
    expect(u.eventDate).toBeUndefined();
    expect(u.note).toBe('');
    const nf = await r.update('00000000-0000-4000-8000-000000000000', { note: 'x' }, a!).catch((e) => e);
    expect(nf).toBeInstanceOf(NotFoundError);
  });

  it('delete with undo; tombstones purged after the undo window', async () => {
    const r = repo();
    const [a, b] = sampleRecords();
    await r.save(a!);
    await r.save(b!);
    const { undo } = await r.delete(a!.id);
    expect(await r.get(a!.id)).toBeUndefined();
    expect((await r.listAll()).map((x) => x.id)).toEqual([b!.id]);
    expect((await r.listDeleted()).map((x) => x.id)).toEqual([a!.id]);
    expect(await undo()).toEqual(a);
    expect(await r.get(a!.id)).toEqual(a);
    await r.delete(a!.id);
    clock += 5_000;
    expect(await r.purgeDeleted()).toBe(0);
    clock += 10_000;
    expect(await r.purgeDeleted()).toBe(1);
    expect(await r.listDeleted()).toEqual([]);
  });

  it('export JSON, clear, import: identical records; importing again changes nothing', async () => {
    const r = repo();
    for (const rec of sampleRecords()) await r.save(rec);
    const before = await r.listAll();
    const file = exportWebAnnotationJson(before);
    await r.clear();
    expect(await r.count()).toBe(0);
    const parsed = importWebAnnotationJson(file);
    const rep = await r.bulkImport(parsed.records);
    expect(rep.added).toHaveLength(3);
    expect(await r.listAll()).toEqual(before);
    const again = await r.bulkImport(parsed.records);
    expect(again.unchanged).toHaveLength(3);
    expect(again.put).toHaveLength(0);
    expect(await r.count()).toBe(3);
  });

  it('import never overwrites a newer edit and does not resurrect what was deleted after the export', async () => {
    const r = repo();
    const [a, b] = sampleRecords();
    await r.save(a!);
    await r.save(b!);
    const file = importWebAnnotationJson(exportWebAnnotationJson([a!, b!])).records;
    clock = Date.parse('2024-03-20T00:00:00.000Z');
    await r.update(a!.id, { note: 'edited after export' }, a!);
    await r.delete(b!.id);
    const rep = await r.bulkImport(file);
    expect(rep.keptNewer.sort()).toEqual([a!.id, b!.id].sort());
    expect((await r.get(a!.id))!.note).toBe('edited after export');
    expect(await r.get(b!.id)).toBeUndefined();
    // A newer edit from elsewhere does bring a deleted record back.
    const newer = { ...b!, note: 'edited on the other computer', updatedAt: '2024-03-25T00:00:00.000Z' };
    const rep2 = await r.bulkImport([newer]);
    expect(rep2.restored).toEqual([b!.id]);
    expect((await r.get(b!.id))!.note).toBe('edited on the other computer');
  });

  it('quota exceeded: a typed error with a clear message, nothing lost', async () => {
    const db = new CareLensDB('carelens', deps());
    const r = new HighlightRepository(db, { now: () => new Date(clock) });
    const [a, b, c] = sampleRecords();
    let full = false;
    db.use({
      stack: 'dbcore',
      name: 'quota',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          return {
            ...t,
            mutate: (req) => (full ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : t.mutate(req)),
          };
        },
      }),
    });
    await r.save(a!);
    full = true;
    const err = await r.save(b!).catch((e) => e);
    expect(err).toBeInstanceOf(StorageQuotaError);
    expect(err.message).toMatch(/no more room/);
    expect(err.message).toMatch(/Everything saved before is safe/);
    await expect(r.update(a!.id, { note: 'x' }, a!)).rejects.toBeInstanceOf(StorageQuotaError);
    await expect(r.bulkImport([b!, c!])).rejects.toBeInstanceOf(StorageQuotaError);
    full = false;
    expect(await r.listAll()).toEqual([a]);
  });
});

describe('schema migration v1 -> v2', () => {
  it('opens a v1 database with data and keeps every record', async () => {
    const v1 = new Dexie('carelens', deps());
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    const records = sampleRecords().map((r) => ({ ...r, url: `${r.url}${r.url.includes('?') ? '&' : '?'}utm_source=newsletter#section` }));
    // 50 more, to be sure nothing is dropped in bulk
    for (let i = 0; i < 50; i++) {
      records.push({ ...sampleRecords()[0]!, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` });
    }
    await v1.table('highlights').bulkAdd(records);
    v1.close();

    const db = new CareLensDB('carelens', deps());
    await db.open();
    expect(db.verno).toBe(2);
    const r = new HighlightRepository(db);
    const all = await r.listAll();
    expect(all).toHaveLength(records.length);
    const byId = new Map(all.map((x) => [x.id, x]));
    for (const old of records) {
      const now = byId.get(old.id)!;
      expect(now).toBeDefined();
      expect({ ...now, url: undefined }).toEqual({ ...old, url: undefined });
      expect(now.url).not.toContain('utm_source');
      expect(now.url).not.toContain('#');
    }
    // v2 indexes work on migrated data
    expect(await db.highlights.where('eventDate').equals('2024-03-05').count()).toBe(51);
    expect(await db.highlights.where('deleted').equals(0).count()).toBe(records.length);
    db.close();
  });
});
