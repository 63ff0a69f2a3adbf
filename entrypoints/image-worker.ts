// /image-worker.js: the reader's image work off its main thread (src/ocr/image-worker.ts), started by
// src/ocr/image-work.ts as a Web Worker of the reader's page.
import { serveImageJobs } from '../src/ocr/image-worker';

export default defineUnlistedScript(() => serveImageJobs());
