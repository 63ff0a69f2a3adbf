// Nothing for the page to read. A page's own scripts share the page with CareLens: they may see the marks on the
// page's own words, but never which passage the person saved there, nor its note; and where CareLens is switched
// off, nothing of it at all.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chromium } from '@playwright/test';
import type { Page, Worker } from '@playwright/test';
import { join } from 'node:path';
import { test, expect, contentScriptRegistered } from './fixtures';
import { chromiumArgs, extensionDir, findChromium, shippedExtensionDir } from './chromium';
import { marksDrawn } from './content-helpers';
import { NO_TRACE, PAGE_NAMES, PAGE_SNAPSHOT, PAGE_TRACES, PAGE_WATCH } from './privacy-helpers';
import { QUOTE, broker, highlighted, openSavedFixture, passageBoxes, saveSelectionViaMenuPath, savedFixturePage, savedRecords, selectText } from './saved-helpers';

const NOTE = 'private note: the social worker never called back';

/** A passage saved with a note on the fixture page at /saved/page.html, as the person saves it (the context menu's path). */
async function savePassage(fixtures: Parameters<typeof openSavedFixture>[0], serviceWorker: Worker): Promise<{ panel: Page; url: string }> {
  const { page } = fixtures;
  const { panel, url } = await openSavedFixture(fixtures, 'page.html');
  await marksDrawn(page);
  await selectText(page, QUOTE);
  await saveSelectionViaMenuPath(serviceWorker, url, { note: NOTE, eventType: 'strategy-discussion', eventDate: '2025-03-03', submit: true });
  await expect.poll(async () => (await savedRecords(panel)).length).toBe(1);
  return { panel, url };
}

test('a page script learns nothing of a passage saved on that page, or of its note', async ({ page, server, serviceWorker, openExtensionPage }) => {
  const { panel, url } = await savePassage({ page, server, openExtensionPage }, serviceWorker);

  /** The page loaded afresh, with a script of its own watching from the start; what it can read once CareLens is done. */
  const look = async (withPassage: boolean) => {
    const seen = await page.context().newPage();
    await seen.addInitScript(PAGE_WATCH);
    await seen.route(url, (route) => route.fulfill({ contentType: 'text/html', body: savedFixturePage('base.html') }));
    await seen.goto(url);
    await marksDrawn(seen);
    if (withPassage) {
      // drawn: boxes over the passage, in our closed shadow root (reached here through the DevTools protocol)
      await expect.poll(() => highlighted(seen)).toEqual([QUOTE]);
    } else {
      await seen.waitForTimeout(1500);
      expect(await passageBoxes(seen, 'saved')).toEqual([]);
    }
    await seen.evaluate(() => scrollTo(0, 0));
    await seen.waitForTimeout(300);
    const snapshot = (await seen.evaluate(PAGE_SNAPSHOT)) as Record<string, unknown>;
    await seen.close();
    return snapshot;
  };

  const saved = await look(true);
  expect(JSON.stringify(saved)).not.toContain('social worker never called back');
  expect(saved.seen, 'no selection event, no message, no layout shift').toEqual({ events: [], messages: ['{"type":"carelens:get-report"}', 'carelens'], shifts: [] });
  expect(saved.host, 'our one element: no attributes, a closed shadow root, no box').toMatchObject({ tag: 'UI-LAYER-HOST', attributes: 0, shadowRoot: null, children: 0 });

  // the same page without the passage: everything the page can read is the same
  const [record] = await savedRecords(panel);
  await broker(panel, 'delete', { id: record!.id });
  const without = await look(false);
  for (const key of Object.keys(saved)) expect(without[key], `${key}: the same with and without the saved passage`).toEqual(saved[key]);
});

test('on a page where CareLens is switched off, a page script finds no trace of it at all', async ({ page, server, serviceWorker, openExtensionPage }) => {
  const { panel, url } = await savePassage({ page, server, openExtensionPage }, serviceWorker);

  // switched off for the site: the content script is registered everywhere but there
  await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { disabledSites: ['127.0.0.1'] } }));
  await expect
    .poll(() => serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts())[0]?.excludeMatches))
    .toEqual(['*://127.0.0.1/*']);
  const off = await page.context().newPage();
  await off.addInitScript(PAGE_WATCH);
  await off.route(url, (route) => route.fulfill({ contentType: 'text/html', body: savedFixturePage('base.html') }));
  await off.goto(url);
  await off.waitForTimeout(1500);
  expect(await off.evaluate(PAGE_TRACES)).toEqual(NO_TRACE);
  const snapshot = (await off.evaluate(PAGE_SNAPSHOT)) as { highlights: unknown[]; host: unknown; seen: unknown; sheets: string[] };
  expect(snapshot.highlights).toEqual([]);
  expect(snapshot.host).toBeNull();
  expect(snapshot.sheets.join('\n')).not.toMatch(/highlight/);
  expect(snapshot.seen).toEqual({ events: [], messages: ['{"type":"carelens:get-report"}', 'carelens'], shifts: [] });
  await off.close();

  // and everywhere: no registration at all
  await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { enabled: false } }));
  await contentScriptRegistered(serviceWorker, false);
  await serviceWorker.evaluate(() => chrome.storage.local.remove('settings'));
  await contentScriptRegistered(serviceWorker, true);
  await broker(panel, 'clear');
});

test('the shipped build makes no timing marks (the test build does)', () => {
  const marks = /performance\.mark\(|carelens:drawn/;
  for (const file of ['content-script.js', 'page-ui.js']) {
    expect(readFileSync(join(shippedExtensionDir, file), 'utf8'), `shipped ${file}`).not.toMatch(marks);
  }
  expect(readFileSync(join(extensionDir, 'content-script.js'), 'utf8')).toMatch(marks);
});

test('the shipped build, reading a page: its scripts find the marks, under names that do not name CareLens, and nothing else of it', async ({ server }) => {
  const executablePath = findChromium();
  test.skip(!executablePath, 'no Chromium');
  // the build people install, with access to all sites granted as at first run ("everywhere"): the browser's own
  // prompt cannot be clicked here, so the grant is written into a copy of its manifest; the code is the shipped code
  const shipped = mkdtempSync(join(tmpdir(), 'carelens-shipped-ext-'));
  cpSync(shippedExtensionDir, shipped, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(shipped, 'manifest.json'), 'utf8')) as { host_permissions?: string[] };
  expect(manifest.host_permissions, 'the shipped build asks for no site at install').toBeUndefined();
  writeFileSync(join(shipped, 'manifest.json'), JSON.stringify({ ...manifest, host_permissions: ['<all_urls>'] }));
  const profile = mkdtempSync(join(tmpdir(), 'carelens-e2e-shipped-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executablePath!,
    headless: true,
    args: chromiumArgs().map((a) => a.replace(extensionDir, shipped)),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    await contentScriptRegistered(worker);
    const page = await context.newPage();
    await page.addInitScript(PAGE_WATCH);
    await page.goto(server.url('/saved/base.html'));
    // (no timing marks in this build: the page's own view says when the marks are there)
    await expect.poll(() => page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.values()].reduce((n, h) => n + h.size, 0)), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    const seen = (await page.evaluate(PAGE_NAMES)) as { highlights: string[]; tags: string[]; timeline: string[]; messages: string[]; events: string[]; markup: string };
    expect(seen.highlights.length, 'the marks are in the registry').toBeGreaterThan(0);
    expect(seen.tags.filter((t) => t.includes('-')), 'our one element').toHaveLength(1);
    expect(seen.messages).toEqual([]);
    expect(seen.events).toEqual([]);
    expect(JSON.stringify(seen), 'no name the page can read names the product').not.toMatch(/care\s*-?lens/i);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(shipped, { recursive: true, force: true });
  }
});
