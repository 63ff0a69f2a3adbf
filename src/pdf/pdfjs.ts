// pdf.js set up for extension pages: the worker is bundled with the extension (no fake-worker fallback,
// nothing fetched from outside), and fonts, character maps and decoders are served from the extension itself.
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

const assetBase = '/pdfjs/';

export type PdfSource = { url: string } | { data: Uint8Array };

export function openPdf(source: PdfSource, password?: string) {
  return pdfjs.getDocument({
    ...source,
    password,
    standardFontDataUrl: `${assetBase}standard_fonts/`,
    cMapUrl: `${assetBase}cmaps/`,
    cMapPacked: true,
    wasmUrl: `${assetBase}wasm/`,
    iccUrl: `${assetBase}iccs/`,
    isEvalSupported: false,
    enableXfa: false,
  });
}

export { pdfjs };
