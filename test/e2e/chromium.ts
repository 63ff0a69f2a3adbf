// Finding Chromium and the arguments that load CareLens into it, shared by the e2e tests and `npm start`.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

// The tests and the bench load the test build (npm run build:test: the shipped code plus timing marks, see
// wxt.config.ts). CARELENS_EXTENSION_DIR lets a run test a build kept elsewhere (e.g. a copy while another build is
// under way).
export const extensionDir = resolve(process.env.CARELENS_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../.output/chrome-mv3-test'));
/** The build people install (npm run build): no timing marks. */
export const shippedExtensionDir = resolve(import.meta.dirname, '../../.output/chrome-mv3');

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return candidates.find((path) => existsSync(path)) ?? null;
}

export function chromiumArgs(options: { proxyUrl?: string } = {}): string[] {
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--no-first-run',
    '--no-default-browser-check',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (options.proxyUrl) args.push(`--proxy-server=${options.proxyUrl}`);
  return args;
}
