// Handing a PDF the person dropped on the popup over to the viewer tab. The popup closes as soon as the new tab
// takes focus, so it cannot pass the bytes by message: it puts the file in the extension's own IndexedDB (the popup
// and the viewer share the extension origin), opens `viewer.html?handoff=<key>`, and the viewer takes the file out
// again (read once, then deleted). Nothing leaves the machine and nothing stays behind; a file not collected
// within HANDOFF_TTL_MS is cleared by the next handoff.
const DB_NAME = 'carelens-handoff';
const STORE = 'files';
export const HANDOFF_TTL_MS = 10 * 60_000;

interface HandoffEntry {
  file: Blob;
  name: string;
  type: string;
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

/** Keeps `file` for the viewer; returns the key to put in `viewer.html?handoff=`. */
export async function putHandoff(file: File): Promise<string> {
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
    const entry: HandoffEntry = { file, name: file.name, type: file.type || 'application/pdf', at: now };
    store.put(entry, key);
  });
  return key;
}

/** Takes the file kept under `key` (and deletes it); undefined when there is none. */
export async function takeHandoff(key: string): Promise<File | undefined> {
  const entry = await run<HandoffEntry | undefined>('readonly', (store) => store.get(key) as IDBRequest<HandoffEntry | undefined>);
  await run('readwrite', (store) => void store.delete(key));
  if (!entry) return undefined;
  return new File([entry.file], entry.name, { type: entry.type });
}
