// Saved highlights in the PDF viewer: save a passage, reload -> drawn in the same place; the same PDF at
// another address (a downloaded copy) finds it by the document's fingerprint.
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { clickInShadow, hover, hoverCard } from './content-helpers';
import { highlightBox, highlighted, openEmptyRecord, savedRecords } from './saved-helpers';

function viewerUrl(extensionId: string, pdfUrl: string): string {
  return `chrome-extension://${extensionId}/viewer.html?file=${encodeURIComponent(pdfUrl)}`;
}

async function textRead(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('carelens:pdf-all-scanned').length > 0, null, { timeout: 20_000 });
  await expect(page.locator('.page[data-page-number="1"][data-rendered="true"]')).toBeVisible({ timeout: 20_000 });
}

/** Selects the whole text-layer line that contains `needle`; returns the line's text. */
async function selectLine(page: Page, needle: string): Promise<string> {
  return page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.querySelector('.textLayer')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n as Text;
      if (!t.data.includes(needle)) continue;
      const range = document.createRange();
      range.setStart(t, 0);
      range.setEnd(t, t.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return t.data.trim();
    }
    throw new Error(`not in one text-layer line: ${needle}`);
  }, needle);
}

/** The message the context menu and keyboard command send to a viewer tab (runtime broadcast naming the tab). */
async function saveInViewer(serviceWorker: Worker, viewer: Page, fields: Record<string, unknown>) {
  const tabId = await viewer.evaluate(() => chrome.tabs.getCurrent().then((t) => t!.id!));
  await serviceWorker.evaluate(
    ({ tabId, fields }) => chrome.runtime.sendMessage({ type: 'carelens:saved-save-selection', source: 'test', tabId, ...fields }),
    { tabId, fields },
  );
}

test('PDF: save a passage in the viewer, reload -> drawn in the same place; a copy at another address finds it by fingerprint', async ({
  page,
  server,
  extensionId,
  serviceWorker,
  openExtensionPage,
}) => {
  const panel = await openEmptyRecord(openExtensionPage);
  const pdfUrl = server.url('/generated/letter.pdf');
  await page.goto(viewerUrl(extensionId, pdfUrl));
  await textRead(page);
  const line = await selectLine(page, 'strategy discussion was held');
  await saveInViewer(serviceWorker, page, { note: 'the strategy discussion', submit: true });
  await expect.poll(() => highlighted(page)).toEqual([line]);
  const [rec] = await savedRecords(panel);
  expect(rec!.selectors.quote.exact).toBe(line);
  expect(rec).toMatchObject({ url: pdfUrl, note: 'the strategy discussion', pdfPage: 1 });
  expect(rec!.pdfFingerprint).toMatch(/^[A-Za-z0-9_-]{4,}$/);
  expect(await page.evaluate(() => document.querySelector('.carelens-saved-ui')?.textContent)).toContain('Saved');
  const before = await highlightBox(page);

  await page.reload();
  await textRead(page);
  await expect.poll(() => highlighted(page)).toEqual([line]);
  expect(await highlightBox(page)).toEqual(before);

  // the same bytes at another address: found by the PDF's fingerprint, drawn in the same place
  const copy = server.url('/generated/letter-copy.pdf');
  await page.goto(viewerUrl(extensionId, copy));
  await textRead(page);
  await expect.poll(() => highlighted(page)).toEqual([line]);
  expect(await highlightBox(page)).toEqual(before);
  expect(await savedRecords(panel)).toHaveLength(1);
});

test('PDF: the hover card of a date mark in the viewer saves it with the date pre-filled and the page number', async ({ page, server, extensionId, openExtensionPage }) => {
  const panel = await openEmptyRecord(openExtensionPage);
  await page.goto(viewerUrl(extensionId, server.url('/generated/letter.pdf')));
  await textRead(page);
  await expect(page.locator('.page[data-page-number="1"][data-marks]')).toBeVisible({ timeout: 20_000 });
  await hover(page, '27 March 2026');
  await expect.poll(() => hoverCard(page), { timeout: 5000 }).toMatchObject({ save: true });
  await clickInShadow(page, '.cl-card button.cl-save');
  const dialog = page.locator('form.cls-dialog');
  await expect(dialog.locator('.cls-quote')).toHaveText('Friday 27 March 2026');
  await expect(dialog.getByLabel('Date it happened (optional)')).toHaveValue('2026-03-27');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(async () => (await savedRecords(panel)).length).toBe(1);
  const [rec] = await savedRecords(panel);
  expect(rec).toMatchObject({ eventDate: '2026-03-27', pdfPage: 1, selectors: { quote: { exact: 'Friday 27 March 2026' } } });
  await expect.poll(() => highlighted(page)).toEqual(['Friday 27 March 2026']);
});
