// The Firefox end-to-end harness: Firefox ESR driven over WebDriver BiDi (puppeteer-core), CareLens's Firefox build
// installed as a temporary add-on at a fixed address, the fixture pages on 127.0.0.1 and the same network guard as
// the Chromium suite (a proxy that refuses every host but loopback, and every request a page makes, checked).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page, type Target } from 'puppeteer-core';
import { GECKO_ID } from '../../src/platform/manifest';
import { outsideHost, startNetworkGuard, type NetworkGuard } from '../e2e/network-guard';
import { startFixtureServer, type FixtureServer } from '../e2e/server';
import { assertTestBuildCurrent } from '../e2e/test-build';

/** The Firefox test build (npm run build:test: the shipped code plus the timing marks the tests wait for). */
export const firefoxExtensionDir = resolve(
  process.env.CARELENS_FIREFOX_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../.output/firefox-mv3-test'),
);

/** The extension's address in these tests, fixed through the `extensions.webextensions.uuids` preference. */
export const EXTENSION_UUID = '4f1c2b7e-8d53-4a8e-9c61-2a7b0e5d9f13';
export const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;

const candidates = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return candidates.find((path) => existsSync(path)) ?? null;
}

/**
 * Preferences that load CareLens at a fixed address, save downloads to `downloadDir` without asking and, with a
 * proxy, send every non-loopback request to it.
 */
export function firefoxPrefs(proxyUrl?: string, downloadDir?: string): Record<string, unknown> {
  const prefs: Record<string, unknown> = {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    // Firefox's own PDF viewer stays in place when CareLens's redirect is off; the tests expect CareLens's reader.
    'browser.shell.checkDefaultBrowser': false,
  };
  if (downloadDir) {
    Object.assign(prefs, {
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    });
  }
  if (proxyUrl) {
    const { hostname, port } = new URL(proxyUrl);
    Object.assign(prefs, {
      'network.proxy.type': 1,
      'network.proxy.http': hostname,
      'network.proxy.http_port': Number(port),
      'network.proxy.ssl': hostname,
      'network.proxy.ssl_port': Number(port),
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      // Loopback is never proxied (Firefox's default, said here because the tests rely on it).
      'network.proxy.allow_hijacking_localhost': false,
    });
  }
  return prefs;
}

export async function launchFirefox(options: { proxyUrl?: string; headless?: boolean; downloadDir?: string } = {}): Promise<Browser> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found: install it (apt-get install firefox-esr) or set FIREFOX_PATH.');
  // A build kept elsewhere (CARELENS_FIREFOX_EXTENSION_DIR) is taken as it is; the usual one must be current.
  if (!process.env.CARELENS_FIREFOX_EXTENSION_DIR) assertTestBuildCurrent(firefoxExtensionDir);
  else if (!existsSync(resolve(firefoxExtensionDir, 'manifest.json'))) throw new Error(`No Firefox build at ${firefoxExtensionDir}`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    // Lets the tests open and script CareLens's own pages (moz-extension://).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs(options.proxyUrl, options.downloadDir),
    defaultViewport: { width: 1280, height: 900 },
  });
  await browser.installExtension(firefoxExtensionDir);
  return browser;
}

/**
 * Firefox's own services (remote settings, blocklists): the browser's traffic, not CareLens's, which only ever talks
 * to the page's host. Everything else the proxy refuses counts against CareLens.
 */
const FIREFOX_OWN_HOSTS = /(^|\.)(mozilla\.(com|net|org)|firefox\.com)(:\d+)?$/;

/** What the proxy refused that was not Firefox's own traffic: the extension's background included. */
export function refusedByProxy(guard: NetworkGuard): string[] {
  return guard.refused.filter((host) => !FIREFOX_OWN_HOSTS.test(host));
}

export interface FirefoxSession {
  browser: Browser;
  server: FixtureServer;
  guard: NetworkGuard;
  /** A new tab (every tab's requests are watched by the guard). */
  newPage(): Promise<Page>;
  /** A new tab showing the fixture page at `path` (as served: "/letters/late-conference.html"), once CareLens has drawn its marks. */
  openMarkedPage(path: string): Promise<Page>;
  /** Opens one of CareLens's pages (popup.html, sidepanel.html, viewer.html?file=...) in a new tab. */
  openExtensionPage(path: string, ready: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startFirefoxSession(options: { downloadDir?: string } = {}): Promise<FirefoxSession> {
  const server = await startFixtureServer();
  const guard = await startNetworkGuard();
  const browser = await launchFirefox({ proxyUrl: guard.proxyUrl, downloadDir: options.downloadDir });
  const onRequest = (request: HTTPRequest) => {
    const host = outsideHost(request.url());
    if (host) guard.violations.push(host);
  };
  // Every tab, including the ones Firefox makes when a navigation moves to an extension page (a redirect to the viewer).
  const watch = (page: Page | null) => page?.on('request', onRequest);
  for (const page of await browser.pages()) watch(page);
  browser.on('targetcreated', (target: Target) => void target.page().then(watch, () => undefined));
  const newPage = () => browser.newPage();
  return {
    browser,
    server,
    guard,
    newPage,
    async openMarkedPage(path) {
      const page = await newPage();
      await page.goto(server.url(path));
      await marksDrawn(page);
      return page;
    },
    async openExtensionPage(path, ready) {
      const page = await newPage();
      // Firefox may not report a navigation to an extension page as finished: wait for the page's own content.
      void page.goto(`${extensionOrigin}/${path}`).catch(() => undefined);
      // (and ask again when the question crosses the page's own start-up)
      await until(() => page.$(ready).then((el) => el !== null), (found) => found, 20_000);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      await guard.close();
    },
  };
}

/** Waits until CareLens has drawn its first marks (the content script's performance mark). */
export async function marksDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('carelens:drawn').length > 0, { timeout: 20_000 });
}

export type Sizes = Record<'term' | 'section' | 'duration' | 'date', number>;

export function highlightSizes(page: Page): Promise<Sizes> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const name of ['term', 'section', 'duration', 'date']) {
      out[name] = (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get(`mark-${name}`)?.size ?? 0;
    }
    return out as Sizes;
  });
}

/** Moves the pointer onto the first occurrence of `text` on the page, so that its card opens. */
export async function hover(page: Page, text: string): Promise<void> {
  const point = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(needle);
      if (at < 0) continue;
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + needle.length);
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`text not found: ${text}`);
  await page.mouse.move(point.x - 1, point.y);
  await page.mouse.move(point.x, point.y);
}

interface BidiHandle {
  remoteValue(): { value?: { shadowRoot?: { sharedId?: string } } };
  realm: { realm: { callFunction(fn: string, awaitPromise: boolean, options: Record<string, unknown>): Promise<BidiResult> } };
  dispose(): Promise<void>;
}
type BidiResult = { type: 'success'; result: { type: string; value?: unknown } } | { type: 'exception'; exceptionDetails: { text?: string } };

/**
 * Runs `fn` (a function's source) with `this` = CareLens's CLOSED shadow root, which page scripts cannot reach:
 * WebDriver BiDi names a host's shadow root whatever its mode. Returns fn's result through JSON; null when there
 * is no host yet.
 */
export async function inShadow<T>(page: Page, fn: string, arg?: unknown): Promise<T | null> {
  const host = (await page.evaluateHandle(() => document.querySelector('ui-layer-host'))) as unknown as BidiHandle;
  try {
    const shadowId = host.remoteValue().value?.shadowRoot?.sharedId;
    if (!shadowId) return null;
    const result = await host.realm.realm.callFunction(
      `async function (arg) { const fn = (${fn}); return JSON.stringify((await fn.call(this, JSON.parse(arg))) ?? null); }`,
      true,
      { this: { sharedId: shadowId }, arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }] },
    );
    if (result.type === 'exception') throw new Error(`in shadow: ${result.exceptionDetails.text ?? 'exception'}`);
    return JSON.parse(String(result.result.value)) as T;
  } finally {
    await host.dispose().catch(() => undefined);
  }
}

export interface CardState {
  label: string | null;
  text: string;
  links: string[];
}

/** The open card, or null. */
export function card(page: Page): Promise<CardState | null> {
  return inShadow<CardState | null>(
    page,
    `function () {
      const el = this.querySelector('[role="dialog"]');
      return el ? { label: el.getAttribute('aria-label'), text: el.textContent, links: [...el.querySelectorAll('a')].map((a) => a.href) } : null;
    }`,
  ).then((v) => v ?? null);
}

/** Hovers `text` on the page and waits for its card to open. */
export async function openCardOver(page: Page, text: string): Promise<CardState> {
  await hover(page, text);
  return (await until(() => card(page), (c) => c !== null))!;
}

/** Polls `read` until `accept` holds (or throws with the last value after `timeout` ms). */
export async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    last = await read().catch(() => undefined as T);
    if (last !== undefined && accept(last)) return last;
    if (Date.now() > end) throw new Error(`gave up waiting; last value: ${JSON.stringify(last)}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** The id of the tab showing `url`, asked from one of CareLens's pages (it has host access to every site). */
export function tabIdOf(ext: Page, url: string): Promise<number> {
  return until(
    // Firefox's match patterns have no port, so every tab is listed and compared.
    () => ext.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id ?? null, url),
    (id) => typeof id === 'number',
  ) as Promise<number>;
}

interface BidiConnection {
  send(method: string, params: unknown): Promise<{ result: unknown }>;
}

/**
 * Runs `expression` in Firefox's own browser window (browser.xhtml, privileged: what the menus and the toolbar run),
 * reached over WebDriver BiDi's chrome scope, which `--remote-allow-system-access` opens. Returns its value (JSON).
 */
export async function inBrowserWindow<T>(browser: Browser, expression: string): Promise<T> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string; url: string }[] };
  const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no browser window');
  const reply = (
    await connection.send('script.evaluate', {
      expression: `(async () => JSON.stringify((await (async () => ${expression})()) ?? null))()`,
      target: { context: window.context },
      awaitPromise: true,
    })
  ).result as BidiResult;
  if (reply.type === 'exception') throw new Error(`in the browser window: ${reply.exceptionDetails.text ?? 'exception'}`);
  return JSON.parse(String(reply.result.value)) as T;
}

/** CareLens's sidebar's id in Firefox's SidebarController (what View → Sidebar → CareLens opens). */
export const SIDEBAR_ID = `${GECKO_ID.replace(/[{}]/g, '_')}-sidebar-action`;

/**
 * Fires one of CareLens's keyboard commands (manifest `commands`) as Firefox does for its shortcut: the key element
 * Firefox made for it in the browser window's keyset runs its command, and Firefox tells the background. (Keys sent
 * over WebDriver BiDi go to the page, never to the browser window, which is where the shortcut lives.)
 */
export function fireCommand(browser: Browser, shortcut: { key: string; modifiers: string }): Promise<string> {
  return inBrowserWindow<string>(
    browser,
    `(() => {
      const keyset = document.getElementById(${JSON.stringify(`ext-keyset-id-${GECKO_ID.replace(/[{}]/g, '_')}`)});
      const key = keyset && [...keyset.children].find((k) => k.getAttribute('key') === ${JSON.stringify(shortcut.key)} && k.getAttribute('modifiers') === ${JSON.stringify(shortcut.modifiers)});
      if (!key) return 'no key';
      key.doCommand();
      return 'fired';
    })()`,
  );
}
