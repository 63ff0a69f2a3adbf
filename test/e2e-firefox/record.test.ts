// The case record in Firefox's own sidebar (sidebar_action, opened as View → Sidebar → CareLens opens it), not the
// page opened in a tab: passages saved on a page are listed there and stay listed after the page and the sidebar
// reload; the sidebar's exports land as files in the downloads folder (Web Annotation JSON, CSV, Markdown,
// iCalendar), and the JSON file imported into an emptied record gives the same passages back.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { parseCsv } from '../../src/core/export/csv';
import { selectFirst } from '../e2e/in-page';
import { SIDEBAR_ID, extensionOrigin, inBrowserWindow, marksDrawn, refusedByProxy, startFirefoxSession, tabIdOf, until, type FirefoxSession } from './firefox';

const downloads = mkdtempSync(join(tmpdir(), 'carelens-ff-downloads-'));
let session: FirefoxSession;
/** One of CareLens's pages in a tab: from it the tests reach the sidebar's page (extension.getViews) and the background. */
let ext: Page;

beforeAll(async () => {
  session = await startFirefoxSession({ downloadDir: downloads });
  ext = await session.openExtensionPage('options.html', 'h1');
});

afterAll(async () => {
  await session?.close();
  rmSync(downloads, { recursive: true, force: true });
});

/** Opens CareLens in Firefox's sidebar, as its View → Sidebar menu item does; returns the page the sidebar shows. */
async function openSidebar(): Promise<string> {
  return inBrowserWindow<string>(
    session.browser,
    `SidebarController.show(${JSON.stringify(SIDEBAR_ID)}).then(() => {
      if (!SidebarController.isOpen || SidebarController.currentID !== ${JSON.stringify(SIDEBAR_ID)}) return 'not open';
      const inner = SidebarController.browser.contentDocument.querySelector('browser');
      return inner ? inner.currentURI.spec : 'no page';
    })`,
  );
}

/** Runs `fn` on the sidebar's document (the one sidebar view of CareLens), from the extension page. */
function inSidebar<T, A = undefined>(fn: (doc: Document, arg: A) => T | Promise<T>, arg?: A): Promise<T> {
  return ext.evaluate(
    async (source, arg) => {
      // Firefox's extension.getViews also knows its sidebar's page (the type has only Chrome's view kinds).
      const getViews = browser.extension.getViews as unknown as (filter: { type: string }) => { document: Document }[];
      const [view] = getViews({ type: 'sidebar' });
      if (!view) throw new Error('no sidebar');
      return new Function('doc', 'arg', `return (${source})(doc, arg);`)(view.document, arg);
    },
    fn.toString(),
    arg as never,
  ) as Promise<T>;
}

const listed = () => inSidebar((doc) => [...doc.querySelectorAll('article[data-id]')].map((a) => a.textContent ?? ''));

function clickInSidebar(name: string): Promise<boolean> {
  return inSidebar((doc, name) => {
    const button = [...doc.querySelectorAll('button')].find((b) => (b.textContent ?? '').trim() === name);
    button?.click();
    return !!button;
  }, name);
}

async function saveOnPage(page: Page, text: string, fields: { note?: string; eventType?: string }): Promise<void> {
  await page.evaluate(selectFirst, text);
  const tab = await tabIdOf(ext, page.url());
  // What "Save to CareLens" (the context menu and the shortcut) sends the page; `submit` saves without the dialog.
  await ext.evaluate((tab, fields) => browser.tabs.sendMessage(tab, { type: 'carelens:saved-save-selection', source: 'test', submit: true, ...fields }, { frameId: 0 }), tab, fields);
}

/** The file Firefox saved in the downloads folder under a name starting with `prefix` (complete, not a .part). */
async function downloaded(prefix: string, extension: string): Promise<string> {
  const name = await until(
    async () => readdirSync(downloads).find((f) => f.startsWith(prefix) && f.endsWith(extension) && !existsSync(join(downloads, `${f}.part`))) ?? null,
    (found) => found !== null && readFileSync(join(downloads, found)).length > 0,
  );
  return readFileSync(join(downloads, name!), 'utf8');
}

test('passages saved on a page are listed in the sidebar, and still after the page and the sidebar reload', async () => {
  expect(await openSidebar()).toBe(`${extensionOrigin}/sidepanel.html`);
  await ext.evaluate(() => browser.runtime.sendMessage({ type: 'carelens:saved', op: 'clear' }));
  await until(listed, (items) => items.length === 0);

  const page = await session.newPage();
  await page.goto(session.server.url('/saved/base.html'));
  await marksDrawn(page);
  await saveOnPage(page, 'the strategy discussion was held on 3 March 2025 with police and health.', { note: 'Not invited, "again"', eventType: 'strategy-discussion-held' });
  await saveOnPage(page, 'The referral was received from the school on 24 February 2025', { eventType: 'referral-received' });
  await saveOnPage(page, 'An initial child protection conference followed.', { note: 'no date on this one' });
  const items = await until(listed, (items) => items.length === 3);
  expect(items.some((t) => t.includes('the strategy discussion was held on 3 March 2025') && t.includes('Not invited, "again"'))).toBe(true);

  await page.reload();
  await marksDrawn(page);
  await inSidebar((doc) => doc.defaultView!.location.reload());
  const again = await until(listed, (items) => items.length === 3);
  expect(again.some((t) => t.includes('no date on this one'))).toBe(true);
  await page.close();
});

test("the sidebar's exports are files in the downloads folder, and the JSON file brings the same record back", async () => {
  await until(listed, (items) => items.length === 3);
  const before = (await ext.evaluate(() => browser.runtime.sendMessage({ type: 'carelens:saved', op: 'list-all' }))) as { value: { selectors: unknown; note: string }[] };

  expect(await clickInSidebar('Export and import')).toBe(true);
  expect(await clickInSidebar('Web Annotation JSON')).toBe(true);
  const json = await downloaded('carelens-case-record-', '.json');
  expect(JSON.parse(json)).toMatchObject({ type: 'AnnotationCollection', total: 3 });
  expect(await clickInSidebar('CSV')).toBe(true);
  const csv = await downloaded('carelens-case-record-', '.csv');
  expect(await clickInSidebar('Markdown chronology')).toBe(true);
  const md = await downloaded('carelens-chronology-', '.md');
  expect(await clickInSidebar('Deadlines (iCalendar)')).toBe(true);
  const ics = await downloaded('carelens-deadlines-', '.ics');

  const [header, ...rows] = parseCsv(csv).filter((row) => row.some(Boolean));
  expect(header!.slice(0, 3)).toEqual(['event_date', 'event_type', 'event']);
  expect(rows).toHaveLength(3);
  const csvEvents = rows.filter((row) => row[0]).map((row) => `${row[0]} ${row[2]}`);
  expect(csvEvents).toEqual(['2025-02-24 Referral received', '2025-03-03 Strategy discussion held']);
  expect([...md.matchAll(/^### (\d{4}-\d{2}-\d{2}): (.+)$/gm)].map((m) => `${m[1]} ${m[2]}`)).toEqual(csvEvents);
  expect(md).toContain('no date on this one');
  expect(ics).toContain('BEGIN:VEVENT');

  // Emptied, then the exported file chosen in the sidebar's import field: the same passages again.
  await ext.evaluate(() => browser.runtime.sendMessage({ type: 'carelens:saved', op: 'clear' }));
  expect(await clickInSidebar('Saved passages')).toBe(true);
  await until(listed, (items) => items.length === 0);
  expect(await clickInSidebar('Export and import')).toBe(true);
  const status = await inSidebar((doc, text) => {
    const win = doc.defaultView as Window & typeof globalThis;
    const input = [...doc.querySelectorAll<HTMLInputElement>('input[type="file"]')].find((el) => el.labels?.[0]?.textContent?.includes('Web Annotation JSON file'));
    if (!input) return 'no import field';
    const files = new win.DataTransfer();
    files.items.add(new win.File([text], 'record.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new win.Event('change', { bubbles: true }));
    return 'chosen';
  }, json);
  expect(status).toBe('chosen');
  await until(() => inSidebar((doc) => [...doc.querySelectorAll('[role="status"]')].map((el) => el.textContent).join(' ')), (text) => text.includes('3 added'));
  const after = (await ext.evaluate(() => browser.runtime.sendMessage({ type: 'carelens:saved', op: 'list-all' }))) as typeof before;
  expect(after.value).toEqual(before.value);
  expect(await clickInSidebar('Saved passages')).toBe(true);
  expect(await until(listed, (items) => items.length === 3)).toHaveLength(3);
});

test('network guard: nothing left 127.0.0.1 while saving and exporting', () => {
  expect(session.guard.violations).toEqual([]);
  expect(refusedByProxy(session.guard)).toEqual([]);
});
