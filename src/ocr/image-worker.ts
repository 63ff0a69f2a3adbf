// The reader's image work, in a worker of its own (/image-worker.js, entrypoints/image-worker.ts) so the
// reader's main thread stays free while a letter is read: decoding a photo, scaling it, painting it on paper
// white and encoding it (JPEG for the PDF that shows it, PNG for the recogniser), all on an OffscreenCanvas
// here. Messages: see ImageJob in image-work.ts.
import type { ImageJob, ImageJobResult } from './image-work';

export function serveImageJobs(): void {
  self.onmessage = (event: MessageEvent<ImageJob & { id: number }>) => void answer(event);
}

async function answer(event: MessageEvent<ImageJob & { id: number }>) {
  const { id, ...job } = event.data;
  let result: ImageJobResult;
  try {
    result = job.kind === 'photo' ? await photo(job.image, job.size) : await scan(job.bitmap, job.size);
  } catch (error) {
    result = { error: error instanceof Error ? error.message : String(error) };
  }
  const transfer = 'jpeg' in result ? [result.jpeg.buffer] : [];
  (self as unknown as Worker).postMessage({ id, ...result }, transfer as Transferable[]);
};

/** A photo (a JPEG, PNG or WebP file) as a JPEG of `size`, transparent parts on white paper, turned upright as the camera recorded it. */
async function photo(image: Blob, size: { width: number; height: number } | null): Promise<ImageJobResult> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(image, size ? { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'high' } : {});
  } catch {
    return { damaged: true };
  }
  const { width, height } = bitmap; // (paint closes the bitmap)
  const blob = await paint(bitmap, 'image/jpeg');
  return { jpeg: new Uint8Array(await blob.arrayBuffer()), width, height };
}

/** A page's scan (the bitmap pdf.js decoded) as a PNG of `size`, for the recogniser. */
async function scan(bitmap: ImageBitmap, size: { width: number; height: number }): Promise<ImageJobResult> {
  let scaled = bitmap;
  if (size.width !== bitmap.width || size.height !== bitmap.height) {
    scaled = await createImageBitmap(bitmap, { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'high' });
    bitmap.close();
  }
  return { png: await paint(scaled, 'image/png'), width: size.width, height: size.height };
}

async function paint(bitmap: ImageBitmap, type: 'image/jpeg' | 'image/png'): Promise<Blob> {
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, bitmap.width, bitmap.height);
    context.drawImage(bitmap, 0, 0);
    return await canvas.convertToBlob(type === 'image/jpeg' ? { type, quality: 0.92 } : { type });
  } finally {
    bitmap.close();
  }
}
