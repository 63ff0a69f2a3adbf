// Helpers for the saved-highlight e2e tests: serve variants of one fixture page at one address,
// select a passage, and drive a save through the same message the context menu item sends.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inShadow } from './content-helpers';
import { passageBoxesInShadow, selectFirst } from './in-page';
import type { Page, Worker } from '@playwright/test';
import { expect, type ExtensionPage } from './fixtures';
import type { FixtureServer } from './server';
import { madePage } from '../fixtures/made-pages';

const dir = resolve(import.meta.dirname, '../fixtures/saved');
export const QUOTE = 'the strategy discussion was held on 3 March 2025 with police and health.';

/** A saved-passage fixture page by its name: made from a template (test/fixtures/made-pages.ts) or a file in test/fixtures/saved. */
export function savedFixturePage(name: string): string {
  return madePage(`/saved/${name}`) ?? readFileSync(resolve(dir, name), 'utf8');
}

/** Serve the fixture page `name` (savedFixturePage) whenever `url` is loaded in `page`; returns a setter. */
export async function serveVariants(page: Page, url: string, first = 'base.html'): Promise<(name: string) => void> {
  let current = first;
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: savedFixturePage(current) }));
  return (name: string) => {
    current = name;
  };
}

/** A saved passage as the background broker lists it (the fields the tests look at). */
export interface SavedRecord {
  id: string;
  url: string;
  note: string;
  status?: string;
  eventType?: string;
  eventDate?: string;
  pdfFingerprint?: string;
  pdfPage?: number;
  selectors: { quote: { exact: string }; position: { start: number; end: number } };
}

/** Every saved passage, from an extension page. */
export function savedRecords(ext: Page): Promise<SavedRecord[]> {
  return broker<SavedRecord[]>(ext, 'list-all');
}

/** The side panel, open on an empty record (what earlier tests saved is cleared). */
export async function openEmptyRecord(openExtensionPage: (path: ExtensionPage) => Promise<Page>): Promise<Page> {
  const panel = await openExtensionPage('sidepanel.html');
  await broker(panel, 'clear');
  return panel;
}

/**
 * A saved-passage test's starting point: the side panel open (`panel`) on an empty record, and the fixture page
 * `first` served at /saved/`address` (each test its own address, so no passage saved by another test is found there)
 * and opened in `page`. `serve` changes which fixture page the address serves.
 */
export async function openSavedFixture(
  { page, server, openExtensionPage }: { page: Page; server: FixtureServer; openExtensionPage: (path: ExtensionPage) => Promise<Page> },
  address: string,
  first = 'base.html',
): Promise<{ panel: Page; url: string; serve: (name: string) => void }> {
  const panel = await openEmptyRecord(openExtensionPage);
  const url = server.url(`/saved/${address}`);
  const serve = await serveVariants(page, url, first);
  await page.goto(url);
  return { panel, url, serve };
}

/**
 * Selects `text` and opens the save dialog with the keyboard (Alt+Shift+S) until the dialog, in CareLens's closed
 * shadow root, has the focus. The browser owns the command shortcut when it can; headless automation delivers the
 * keys to the page, where the content script handles the same shortcut.
 */
export async function openSaveDialogByKeyboard(page: Page, text: string): Promise<void> {
  await selectText(page, text);
  await expect
    .poll(async () => {
      await page.keyboard.press('Alt+Shift+S');
      return page.evaluate(() => document.activeElement?.tagName.toLowerCase());
    })
    .toBe('ui-layer-host');
}

/** Select the first occurrence of `text` in the page (it must sit inside one text node). */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate(selectFirst, text);
}

/**
 * Send SAVE_SELECTION to the page's tab from the service worker: the exact message the "Save to
 * CareLens" context menu item and the keyboard command send (headless Chromium cannot open a context
 * menu). `submit` saves with the given fields without showing the dialog.
 */
export async function saveSelectionViaMenuPath(
  serviceWorker: Worker,
  pageUrl: string,
  fields: { note?: string; eventType?: string; eventDate?: string; submit?: boolean },
): Promise<void> {
  const ok = await serviceWorker.evaluate(
    async ({ pageUrl, fields }) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      if (!tab?.id) return 'no tab';
      for (let attempt = 0; attempt < 50; attempt++) {
        try {
          await chrome.tabs.sendMessage(tab.id, { type: 'carelens:saved-save-selection', source: 'test', ...fields }, { frameId: 0 });
          return 'sent';
        } catch {
          await new Promise((done) => setTimeout(done, 100));
        }
      }
      return 'content script not answering';
    },
    { pageUrl, fields },
  );
  expect(ok).toBe('sent');
}

/** Selects `text` on the page and saves it through the menu's path with `fields`, without the dialog. */
export async function saveText(
  page: Page,
  serviceWorker: Worker,
  pageUrl: string,
  text: string,
  fields: { note?: string; eventType?: string; eventDate?: string } = {},
): Promise<void> {
  await selectText(page, text);
  await saveSelectionViaMenuPath(serviceWorker, pageUrl, { ...fields, submit: true });
}

type PassageState = 'saved' | 'moved' | 'flash';
const STATE: Record<string, PassageState> = { 'carelens-saved': 'saved', 'carelens-saved-moved': 'moved', 'carelens-saved-flash': 'flash' };
type Rect = { l: number; t: number; r: number; b: number };

/** On web pages: the boxes drawn for each saved passage in our closed shadow root (viewport coordinates). */
export function passageBoxes(page: Page, state: PassageState): Promise<Rect[][] | null> {
  return inShadow<Rect[][]>(
    page,
    passageBoxesInShadow,
    state,
  );
}

/** The page's text under a passage's boxes: from the first box's left edge to the last box's right edge. */
async function textUnder(page: Page, boxes: Rect[]): Promise<string | null> {
  return page.evaluate((boxes) => {
    const first = boxes[0]!;
    const last = boxes[boxes.length - 1]!;
    if (first.t < 0 || last.b > innerHeight) return null;
    const a = document.caretRangeFromPoint(first.l + 1, (first.t + first.b) / 2);
    const b = document.caretRangeFromPoint(last.r - 1, (last.t + last.b) / 2);
    if (!a || !b) return null;
    const range = document.createRange();
    range.setStart(a.startContainer, a.startOffset);
    range.setEnd(b.startContainer, b.startOffset);
    return range.toString();
  }, boxes);
}

/**
 * The texts saved passages are drawn over. Web pages: read from where the boxes in our closed shadow root are, as
 * the page's text under them (scrolled into view when needed); the PDF viewer (an extension page): its highlights.
 */
export async function highlighted(page: Page, name = 'carelens-saved'): Promise<string[]> {
  if (page.url().startsWith('chrome-extension://')) {
    return page.evaluate((n) => {
      const h = CSS.highlights.get(n);
      return h ? [...(h as unknown as Set<AbstractRange>)].map((r) => (r instanceof Range ? r.toString() : '')) : [];
    }, name);
  }
  const texts: string[] = [];
  const groups = (await passageBoxes(page, STATE[name]!)) ?? [];
  for (let i = 0; i < groups.length; i++) {
    let boxes = groups[i]!;
    if (!boxes.length) continue;
    let text = await textUnder(page, boxes);
    if (text === null) {
      await page.evaluate((y) => scrollBy(0, y - innerHeight / 2), boxes[0]!.t);
      await page.waitForTimeout(100); // (the boxes follow the scroll at the next frame)
      boxes = ((await passageBoxes(page, STATE[name]!)) ?? [])[i] ?? [];
      text = boxes.length ? await textUnder(page, boxes) : null;
    }
    texts.push(text ?? '');
  }
  return texts;
}

/** Where the first saved passage is drawn (page coordinates), for "drawn in the same place". */
export async function highlightBox(page: Page, name = 'carelens-saved'): Promise<{ x: number; y: number; text: string } | null> {
  if (page.url().startsWith('chrome-extension://')) {
    return page.evaluate((n) => {
      const h = CSS.highlights.get(n);
      const r = h ? ([...(h as unknown as Set<AbstractRange>)][0] as Range | undefined) : undefined;
      if (!r) return null;
      const b = r.getBoundingClientRect();
      return { x: Math.round(b.left + scrollX), y: Math.round(b.top + scrollY), text: r.toString() };
    }, name);
  }
  const text = (await highlighted(page, name))[0];
  const first = ((await passageBoxes(page, STATE[name]!)) ?? [])[0]?.[0];
  if (text === undefined || !first) return null;
  const scroll = await page.evaluate(() => ({ x: scrollX, y: scrollY }));
  return { x: Math.round(first.l + scroll.x), y: Math.round(first.t + scroll.y), text };
}

/** Ask the background broker something from an extension page. */
export async function broker<T>(ext: Page, op: string, body: Record<string, unknown> = {}): Promise<T> {
  const reply = (await ext.evaluate(([op, body]) => chrome.runtime.sendMessage({ type: 'carelens:saved', op, ...body }), [op, body] as const)) as
    | { ok: true; value: T }
    | { ok: false; error: { message: string } };
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
}
