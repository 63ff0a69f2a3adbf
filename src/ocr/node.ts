// The recogniser in Node (the `scan` command and the tests): tesseract.js with the English model shipped in
// @tesseract.js-data/eng, read from node_modules: nothing is fetched. The same model and settings as the
// extension (src/ocr/settings.ts), so a file reads the same in both.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { RecognisedPage } from '../core/text/ocr-text';
import { recognisedPageOf, type TesseractData } from './tesseract-result';
import { RECOGNISER_PARAMETERS, RECOGNISE_OPTIONS, MODEL_FOLDER } from './settings';

type Worker = Awaited<ReturnType<typeof import('tesseract.js').createWorker>>;

export class RecogniseError extends Error {}

/** One tesseract worker for the whole run, started on first use. */
export class NodeRecogniser {
  private worker: Promise<Worker> | undefined;

  private start(): Promise<Worker> {
    return (this.worker ??= (async () => {
      const { createWorker } = await import('tesseract.js');
      const require = createRequire(import.meta.url);
      const langPath = join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), MODEL_FOLDER);
      // errorHandler: without one, tesseract.js throws a failed job's error where no one can catch it
      // (the job's promise is rejected as well, which is where it is handled).
      const worker = await createWorker('eng', 1, { langPath, gzip: true, cacheMethod: 'none', errorHandler: () => {} });
      await worker.setParameters(RECOGNISER_PARAMETERS);
      return worker;
    })());
  }

  /** Reads one image (PNG, JPEG, WebP or PNM bytes) of `width` x `height` pixels. */
  async recognise(image: Uint8Array, width: number, height: number): Promise<RecognisedPage> {
    const worker = await this.start();
    let data: TesseractData;
    try {
      ({ data } = await worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength), RECOGNISE_OPTIONS, { text: false, blocks: true }));
    } catch (error) {
      throw new RecogniseError(`the image could not be read (${error instanceof Error ? error.message : String(error)})`);
    }
    return recognisedPageOf(data, width, height);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await (await worker).terminate();
  }
}

/** Raw pixels (1, 3 or 4 bytes a pixel) as a PNM file, which the recogniser reads without a decoder. */
export function pnmOf(pixels: Uint8Array | Uint8ClampedArray, width: number, height: number): Uint8Array {
  const channels = pixels.length / (width * height);
  const grey = channels === 1;
  const header = new TextEncoder().encode(`${grey ? 'P5' : 'P6'}\n${width} ${height}\n255\n`);
  const out = new Uint8Array(header.length + width * height * (grey ? 1 : 3));
  out.set(header);
  if (grey || channels === 3) out.set(pixels.subarray(0, width * height * (grey ? 1 : 3)), header.length);
  else {
    for (let i = 0, o = header.length; i < width * height; i++, o += 3) {
      out[o] = pixels[i * channels]!;
      out[o + 1] = pixels[i * channels + 1]!;
      out[o + 2] = pixels[i * channels + 2]!;
    }
  }
  return out;
}
