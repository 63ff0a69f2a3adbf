import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { browserManifest } from './src/platform/manifest';

const pdfjsAssets = ['standard_fonts', 'cmaps', 'wasm', 'iccs'];
// The text recogniser for scans and photos (src/ocr/browser.ts): its worker, the LSTM-only WebAssembly cores (the
// worker picks relaxed SIMD, SIMD or plain by what the browser supports) and the English "best_int" model.
const ocrAssets: [from: string, to: string][] = [
  ['node_modules/tesseract.js/dist/worker.min.js', 'tesseract/worker.min.js'],
  ...['relaxedsimd-lstm', 'simd-lstm', 'lstm'].map((core): [string, string] => [`node_modules/tesseract.js-core/tesseract-core-${core}.wasm.js`, `tesseract/core/tesseract-core-${core}.wasm.js`]),
  ['node_modules/@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz', 'tesseract/lang/eng.traineddata.gz'],
];

// Two builds per browser (`-b firefox --mv3` for Firefox, .output/firefox-mv3*): `wxt build` is the one people
// install; `wxt build --mode test` (npm run build:test, written to .output/chrome-mv3-test) is the one the end-to-end tests and the bench load: the same code, with timing marks
// (src/timing.ts) that the shipped build leaves out, because a page's scripts can read them.
// See README "Permissions" for why each permission is asked for.
// WXT takes the mode as NODE_ENV when none is set, and React would then be built for development (jsxDEV, a second
// React inside /page-ui.js; a development React does not draw the card in Firefox's content scripts): the test build
// is a production build. This is the one switch: Vite reads it for JSX and the HTML pages, and the
// 'vite:build:extendConfig' hook below passes it on to the scripts built on their own (content scripts, /page-react.js),
// for which WXT would define process.env.NODE_ENV as the mode.
if (process.env.NODE_ENV === 'test') process.env.NODE_ENV = 'production';
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: (env) => ({ define: { __CARELENS_TIMING__: JSON.stringify(env.mode === 'test') } }),
  manifest: ({ browser, mode }) => ({
    name: 'CareLens',
    description:
      "Explains children's social care pages and letters: terms, sections of the law, timescales and deadlines.",
    permissions: ['storage', 'contextMenus', 'scripting', 'activeTab', ...browserManifest[browser === 'firefox' ? 'firefox' : 'chrome'].permissions],
    // The viewer must be reachable from a redirected web navigation (a PDF link on a site).
    web_accessible_resources: [{ resources: ['viewer.html'], matches: ['<all_urls>'] }],
    // Access to sites is asked for when the person chooses where CareLens reads (first run, options, the toolbar
    // button): all of them, or one site at a time (src/background/reading.ts). The test build has access to all sites
    // from the start, as if "everywhere" had been chosen: the browser's own permission prompt is a window Playwright
    // cannot click, and a site asked for within what was granted at install is granted without one.
    optional_host_permissions: ['<all_urls>'],
    ...(mode === 'test' ? { host_permissions: ['<all_urls>'] } : {}),
    content_security_policy: {
      // pdf.js decodes some images, and the text recogniser reads scans, with WebAssembly; nothing is ever loaded
      // from outside the extension.
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    },
    commands: {
      'next-mark': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Go to the next CareLens mark and open its card',
      },
      'save-selection': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the selected text to your CareLens case record',
      },
    },
    ...browserManifest[browser === 'firefox' ? 'firefox' : 'chrome'].extra,
  }),
  hooks: {
    // /page-ui.js uses the React that /page-react.js puts on the isolated world's global (src/content/page-react/),
    // so a page's first card runs two shorter tasks, not one long one.
    'vite:build:extendConfig': (entrypoints, config) => {
      config.define = { ...config.define, 'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV) };
      if (!entrypoints.some((e) => e.name === 'page-ui')) return;
      if (entrypoints.some((e) => e.name !== 'page-ui')) throw new Error('page-ui must be built on its own');
      const shim = (file: string) => resolve('src/content/page-react', file);
      const aliases = [
        { find: /^react$/, replacement: shim('react.ts') },
        { find: /^react\/jsx-runtime$/, replacement: shim('jsx-runtime.ts') },
        { find: /^react-dom$/, replacement: shim('react-dom.ts') },
        { find: /^react-dom\/client$/, replacement: shim('react-dom-client.ts') },
      ];
      config.resolve ??= {};
      const existing = config.resolve.alias;
      const list = Array.isArray(existing) ? existing : Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve.alias = [...aliases, ...list];
    },
    // pdf.js fetches its fonts, character maps and decoders at run time: ship them inside the extension.
    'build:publicAssets': (_wxt, files) => {
      for (const dir of pdfjsAssets) {
        for (const file of readdirSync(resolve('node_modules/pdfjs-dist', dir))) {
          files.push({ absoluteSrc: resolve('node_modules/pdfjs-dist', dir, file), relativeDest: `pdfjs/${dir}/${file}` });
        }
      }
      for (const [from, to] of ocrAssets) files.push({ absoluteSrc: resolve(from), relativeDest: to });
      // the marks' styles, registered with the content script (src/background/reading.ts)
      files.push({ absoluteSrc: resolve('src/content/highlights.css'), relativeDest: 'marks.css' });
    },
  },
  webExt: { disabled: true },
  // npm run zip: .output/carelens-<version>-chrome.zip and -firefox.zip for the stores, and -sources.zip, the source
  // package Mozilla's review asks for (bundled code): what `npm ci && npm run build:firefox` needs, no tests.
  zip: {
    excludeSources: ['test/**', 'test-results/**', 'playwright-report/**', 'playwright.config.ts', 'vitest*.config.ts', '.output/**'],
  },
});
