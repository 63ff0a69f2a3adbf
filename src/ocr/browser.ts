// The recogniser in the extension's pages: tesseract.js runs in its own Web Worker (never on the page's main
// thread), with the worker script, the WebAssembly core and the English model all served from the extension
// itself (bundled at build time, see wxt.config.ts): nothing is fetched from anywhere else, no image leaves
// the machine. The same model and settings as in Node (src/ocr/settings.ts).
import { browser } from 'wxt/browser';
import type { RecognisedPage } from '../core/text/ocr-text';
import { recognisedPageOf, type TesseractData } from './tesseract-result';
import { RECOGNISER_PARAMETERS, RECOGNISE_OPTIONS } from './settings';

export const OCR_ASSETS = '/tesseract';
/** Without 'wasm-unsafe-eval' in the extension pages' CSP, createWorker neither resolves nor rejects. */
const START_TIMEOUT_MS = 60_000;

type Worker = Awaited<ReturnType<typeof import('tesseract.js').createWorker>>;

export class RecogniserError extends Error {
  constructor(
    message: string,
    readonly reason: 'start' | 'image' | 'stopped',
  ) {
    super(message);
  }
}

export class BrowserRecogniser {
  private worker: Promise<Worker> | undefined;
  private stopped = false;

  private start(): Promise<Worker> {
    return (this.worker ??= (async () => {
      const { createWorker } = await import('tesseract.js');
      const url = (path: string) => browser.runtime.getURL(`${OCR_ASSETS}/${path}` as '/viewer.html');
      const creating = createWorker('eng', 1, {
        workerPath: url('worker.min.js'),
        corePath: url('core'),
        langPath: url('lang'),
        workerBlobURL: false,
        cacheMethod: 'none',
        gzip: true,
        errorHandler: () => {},
      });
      let timer = 0;
      const timeout = new Promise<never>((_, reject) => {
        timer = self.setTimeout(() => reject(new RecogniserError('the text recogniser did not start', 'start')), START_TIMEOUT_MS);
      });
      try {
        const worker = await Promise.race([creating, timeout]);
        await worker.setParameters(RECOGNISER_PARAMETERS);
        return worker;
      } finally {
        clearTimeout(timer);
      }
    })());
  }

  /** Reads one page image (PNG or JPEG blob) of `width` x `height` pixels; the words' boxes are in the image straightened by the page's `rotation`. */
  async recognise(image: Blob, width: number, height: number): Promise<RecognisedPage> {
    if (this.stopped) throw new RecogniserError('reading stopped', 'stopped');
    const worker = await this.start();
    let data: TesseractData;
    try {
      ({ data } = await worker.recognize(image, RECOGNISE_OPTIONS, { text: false, blocks: true }));
    } catch (error) {
      if (this.stopped) throw new RecogniserError('reading stopped', 'stopped');
      throw new RecogniserError(`the image could not be read (${error instanceof Error ? error.message : String(error)})`, 'image');
    }
    return recognisedPageOf(data, width, height, { straightened: true });
  }

  /** Stops the worker at once (a page being read is abandoned). */
  async stop(): Promise<void> {
    this.stopped = true;
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await (await worker.catch(() => null))?.terminate();
  }
}
