// The e2e harness: fixture pages on 127.0.0.1, Chromium with the built extension, and the network guard.
import { test as base, expect, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findChromium } from './chromium';
import { assertTestBuildCurrent } from './test-build';
import { startNetworkGuard, type NetworkGuard } from './network-guard';
import { startFixtureServer, type FixtureServer } from './server';
import { NO_SEEDS, seedsAvailable } from '../seeds';

export type ExtensionPage = 'popup.html' | 'sidepanel.html' | 'options.html' | `viewer.html${string}`;

interface WorkerFixtures {
  server: FixtureServer;
  guard: NetworkGuard;
  browserContext: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

interface TestFixtures {
  /** Opens popup.html, sidepanel.html, options.html or viewer.html?file=... as a tab. */
  openExtensionPage(path: ExtensionPage): Promise<Page>;
  /** Set by the guard's own test after it has checked the violation it provoked. */
  networkGuardChecked: { expectViolations: boolean };
}

/** A worker fixture for a service the tests share (the fixture server, the network guard): started once per worker, closed at its end. */
function startedOncePerWorker<T extends { close(): Promise<void> }>(start: () => Promise<T>): [(args: object, use: (service: T) => Promise<void>) => Promise<void>, { scope: 'worker' }] {
  return [
    async ({}, use: (service: T) => Promise<void>) => {
      const service = await start();
      await use(service);
      await service.close();
    },
    { scope: 'worker' },
  ];
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: startedOncePerWorker(startFixtureServer),
  guard: startedOncePerWorker(startNetworkGuard),
  browserContext: [
    async ({ guard }, use) => {
      const executablePath = findChromium();
      if (!executablePath) throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROME_PATH.');
      assertTestBuildCurrent();
      const userDataDir = mkdtempSync(join(tmpdir(), 'carelens-e2e-'));
      const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath,
        headless: true,
        args: chromiumArgs({ proxyUrl: guard.proxyUrl }),
        viewport: { width: 1280, height: 900 },
      });
      guard.watch(context);
      await use(context);
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  serviceWorker: [
    async ({ browserContext }, use) => {
      const worker = browserContext.serviceWorkers()[0] ?? (await browserContext.waitForEvent('serviceworker', { timeout: 15_000 }));
      await contentScriptRegistered(worker);
      await use(worker);
    },
    { scope: 'worker' },
  ],
  extensionId: [
    async ({ serviceWorker }, use) => {
      await use(new URL(serviceWorker.url()).host);
    },
    { scope: 'worker' },
  ],
  networkGuardChecked: async ({ guard }, use) => {
    const state = { expectViolations: false };
    guard.violations.length = 0;
    await use(state);
    if (!state.expectViolations) {
      expect(guard.violations, 'requests to hosts other than 127.0.0.1 (privacy promise)').toEqual([]);
    }
    guard.violations.length = 0;
  },
  context: async ({ browserContext }, use) => {
    await use(browserContext);
  },
  // Every page waits for the service worker to have registered the content script: a spec that asks only for a page
  // (the first of a run) would otherwise open it before CareLens reads any page.
  page: async ({ browserContext, serviceWorker: _worker, networkGuardChecked: _ }, use) => {
    const page = await browserContext.newPage();
    await use(page);
    await page.close();
  },
  openExtensionPage: async ({ browserContext, extensionId, networkGuardChecked: _ }, use) => {
    const opened: Page[] = [];
    await use(async (path) => {
      const page = await browserContext.newPage();
      opened.push(page);
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
    for (const page of opened) await page.close();
  },
});

export { expect };

/** The content script is registered by the service worker when it starts (src/background/reading.ts): pages opened before would not be read. */
export async function contentScriptRegistered(worker: Worker, registered = true): Promise<void> {
  await expect
    .poll(() => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length > 0), { timeout: 10_000 })
    .toBe(registered);
}

/**
 * The id of the tab showing one of our own pages (the viewer), asked in the page itself: from Chromium 150 the
 * extension is not told the address of its own pages' tabs (no "tabs" permission), so tabs.query({ url }) finds none.
 */
export async function ownPageTabId(page: Page): Promise<number> {
  const id = (await page.evaluate(async () => (await chrome.tabs.getCurrent())?.id ?? null)) as number | null;
  if (id === null) throw new Error(`no tab for ${page.url()}`);
  return id;
}

/** Skips the calling test where the seed documents are absent (its page is made from them at test time). */
export function needSeeds(): void {
  test.skip(!seedsAvailable, NO_SEEDS);
}
