// Handing the files the person dropped on the popup over to the viewer tab (a PDF, a Word document, or several
// photos that are the pages of one letter, kept in the order dropped). The popup closes as soon as the new tab
// takes focus, so it cannot pass the bytes by message: it puts the file in the extension's own IndexedDB (the popup
// and the viewer share the extension origin), opens `viewer.html?handoff=<key>`, and the viewer takes the file out
// again (read once, then deleted). Nothing leaves the machine and nothing stays behind; a file not collected
// within HANDOFF_TTL_MS is cleared by the next handoff.
const DB_NAME = 'carelens-handoff';
const STORE = 'files';
export const HANDOFF_TTL_MS = 10 * 60_000;

interface HandedFile {
  file: Blob;
  name: string;
  type: string;
}

interface HandoffEntry {
  files: HandedFile[];
  at: number;
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await openDb();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request ? request.result : undefined);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Keeps `files` (in order) for the viewer; returns the key to put in `viewer.html?handoff=`. */
export async function putHandoff(files: readonly File[]): Promise<string> {
  const key = crypto.randomUUID();
  const now = Date.now();
  await run('readwrite', (store) => {
    // Files never collected (a viewer tab closed while loading) do not stay on the machine.
    const cursor = store.openCursor();
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) return;
      if (now - (c.value as HandoffEntry).at > HANDOFF_TTL_MS) c.delete();
      c.continue();
    };
    const entry: HandoffEntry = { files: files.map((file) => ({ file, name: file.name, type: file.type })), at: now };
    store.put(entry, key);
  });
  return key;
}

/** Takes the files kept under `key` (and deletes them), in the order given; empty when there are none. */
export async function takeHandoff(key: string): Promise<File[]> {
  const entry = await run<HandoffEntry | undefined>('readonly', (store) => store.get(key) as IDBRequest<HandoffEntry | undefined>);
  await run('readwrite', (store) => void store.delete(key));
  return (entry?.files ?? []).map((f) => new File([f.file], f.name, { type: f.type }));
}
