// The reader's side of the image worker (image-worker.ts): one worker, started on first use, jobs answered
// in turn. Nothing here decodes, scales or encodes an image on the main thread.
import { browser } from 'wxt/browser';

/** The worker's script, built from entrypoints/image-worker.ts. */
const WORKER_PATH = '/image-worker.js';
export type ImageJob =
  | { kind: 'photo'; image: Blob; size: { width: number; height: number } | null }
  | { kind: 'scan'; bitmap: ImageBitmap; size: { width: number; height: number } };

export type ImageJobResult =
  | { jpeg: Uint8Array; width: number; height: number }
  | { png: Blob; width: number; height: number }
  | { damaged: true }
  | { error: string };

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, (result: ImageJobResult) => void>();

function imageWorker(): Worker {
  if (!worker) {
    worker = new Worker(browser.runtime.getURL(WORKER_PATH as '/viewer.html'));
    worker.onmessage = (event: MessageEvent<ImageJobResult & { id: number }>) => {
      const { id, ...result } = event.data;
      waiting.get(id)?.(result as ImageJobResult);
      waiting.delete(id);
    };
    worker.onerror = () => {
      for (const done of waiting.values()) done({ error: 'the image worker stopped' });
      waiting.clear();
      worker = undefined;
    };
  }
  return worker;
}

function run(job: ImageJob): Promise<ImageJobResult> {
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    imageWorker().postMessage({ id, ...job }, job.kind === 'scan' ? [job.bitmap] : []);
  });
}

/** A photo file as a JPEG of `size` (null: its own size); null when the browser cannot decode it (damaged). */
export async function photoAsJpeg(image: Blob, size: { width: number; height: number } | null): Promise<{ jpeg: Uint8Array; width: number; height: number } | null> {
  const result = await run({ kind: 'photo', image, size });
  if ('damaged' in result) return null;
  if ('error' in result) throw new Error(result.error);
  if (!('jpeg' in result)) throw new Error('the image worker answered with something else');
  return result;
}

/** A scan's bitmap (given over to the worker: it is closed here) as a PNG of `size` for the recogniser. */
export async function scanAsPng(bitmap: ImageBitmap, size: { width: number; height: number }): Promise<Blob> {
  const result = await run({ kind: 'scan', bitmap, size });
  if ('error' in result) throw new Error(result.error);
  if (!('png' in result)) throw new Error('the image worker answered with something else');
  return result.png;
}
