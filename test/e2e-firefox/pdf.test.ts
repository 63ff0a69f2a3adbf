// PDFs in Firefox: a PDF from a website (127.0.0.1), linked directly or through a server's redirect, opens in
// CareLens's reader in the same tab, through the webRequest redirect (src/platform), with its marks and cards; a
// local PDF opens through the picker and by dropping it on the reader; a file:// address says how to open it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { generatedPdf } from '../fixtures/pdfs';
import { dropFileOnMain } from '../e2e/in-page';
import { card, extensionOrigin, highlightSizes, openCardOver, refusedByProxy, startFirefoxSession, tabIdOf, until, type FirefoxSession } from './firefox';

let session: FirefoxSession;

beforeAll(async () => {
  session = await startFirefoxSession();
});

afterAll(async () => {
  await session?.close();
});

async function firstPageMarked(page: Page): Promise<void> {
  await page.waitForSelector('.page[data-page-number="1"][data-marks]', { timeout: 30_000 });
}

/**
 * Opens `url` in a new tab and waits until that same tab shows CareLens's reader. Firefox moves the tab to the
 * extension's process when the redirect lands, and puppeteer's page keeps the old address (page.url()), so the tab is
 * asked where it is (it answers from the reader itself).
 */
async function openInTab(url: string): Promise<Page> {
  const tab = await session.newPage();
  void tab.goto(url).catch(() => undefined); // the navigation is redirected to the extension
  await until(() => tab.evaluate(() => location.href), (href) => href.startsWith(`${extensionOrigin}/viewer.html`), 20_000);
  return tab;
}

test('a PDF link that reaches its file through a redirect opens in the reader in the same tab, with its marks and cards', async () => {
  const pdfUrl = session.server.url('/generated/letter.pdf');
  const tab = await openInTab(session.server.url('/redirect?to=/generated/letter.pdf'));
  // The reader is given the address the PDF was served from (after the server's redirect), as it would be in Chrome.
  expect(await tab.evaluate(() => location.href)).toBe(`${extensionOrigin}/viewer.html?file=${encodeURIComponent(pdfUrl)}`);
  await firstPageMarked(tab);
  expect(await tab.$eval('.page[data-page-number="1"] .textLayer', (el) => el.textContent ?? '')).toContain('enquiries under section 47');
  const sizes = await highlightSizes(tab);
  expect(sizes.section).toBeGreaterThan(0);
  expect(sizes.date).toBeGreaterThan(0);
  const opened = await openCardOver(tab, 'section 47');
  expect(opened.label).toMatch(/section 47/i);
  await tab.close();
});

test('a PDF served from 127.0.0.1 opens in the reader (redirected), which lists its marks to the popup', async () => {
  const pdfUrl = session.server.url('/generated/letter.pdf');
  const tab = await openInTab(pdfUrl);
  expect(await tab.evaluate(() => location.href)).toBe(`${extensionOrigin}/viewer.html?file=${encodeURIComponent(pdfUrl)}`);
  await firstPageMarked(tab);
  const probe = await session.openExtensionPage('options.html', 'h1');
  const viewerTab = await tabIdOf(probe, await tab.evaluate(() => location.href));
  await probe.close();
  const popup = await session.openExtensionPage(`popup.html?tab=${viewerTab}`, 'h2, h3');
  const listed = await until(
    () => popup.evaluate(() => ({ headings: [...document.querySelectorAll('h2, h3')].map((h) => h.textContent ?? ''), buttons: [...document.querySelectorAll('button')].map((b) => b.textContent ?? '') })),
    (l) => l.buttons.some((b) => /Section 47, Children Act 1989/.test(b)),
    30_000,
  );
  expect(listed.headings.some((h) => /^Terms \(\d+\)/.test(h))).toBe(true);
  expect(listed.headings.some((h) => /^Dates \(\d+\)/.test(h))).toBe(true);
  await popup.close();
  await tab.close();
});

test('in the reader, a PDF from 127.0.0.1 has its marks and "section 47" opens its card', async () => {
  const pdfUrl = session.server.url('/generated/letter.pdf');
  const page = await session.openExtensionPage(`viewer.html?file=${encodeURIComponent(pdfUrl)}`, '.page[data-page-number="1"][data-marks]');
  const text = await page.$eval('.page[data-page-number="1"] .textLayer', (el) => el.textContent ?? '');
  expect(text).toContain('enquiries under section 47');
  const sizes = await highlightSizes(page);
  expect(sizes.section).toBeGreaterThan(0);
  expect(sizes.term).toBeGreaterThan(0);
  expect(sizes.date).toBeGreaterThan(0);
  const opened = await openCardOver(page, 'section 47');
  expect(opened.label).toMatch(/section 47/i);
  expect(opened.links.some((href) => href.startsWith('https://www.legislation.gov.uk/ukpga/1989/41/section/47'))).toBe(true);
  await page.close();
});

test('a local PDF opens through the picker and by dropping it on the reader', async () => {
  const picker = await session.openExtensionPage('viewer.html', 'input[type="file"]');
  const input = await picker.$('input[type="file"]');
  const dir = mkdtempSync(join(tmpdir(), 'carelens-ff-pdf-'));
  const file = join(dir, 'letter.pdf');
  writeFileSync(file, (await generatedPdf('letter'))!);
  await input!.uploadFile(file);
  await firstPageMarked(picker);
  expect(await picker.$eval('.viewer-file', (el) => el.textContent)).toBe('letter.pdf');
  rmSync(dir, { recursive: true, force: true });
  await picker.close();

  const dropped = await session.openExtensionPage('viewer.html', 'main');
  const bytes = [...((await generatedPdf('guidance'))!)];
  await dropped.evaluate(dropFileOnMain, [bytes, 'guidance.pdf'] as [number[], string]);
  await firstPageMarked(dropped);
  expect(await dropped.$eval('.viewer-file', (el) => el.textContent)).toBe('guidance.pdf');
  await dropped.close();
});

test('a file:// address says how to open the file in Firefox', async () => {
  const page = await session.openExtensionPage(`viewer.html?file=${encodeURIComponent('file:///home/parent/Downloads/letter.pdf')}`, '[role="status"]');
  const status = await until(() => page.$eval('[role="status"]', (el) => el.textContent ?? ''), (t) => t.includes('Firefox'));
  expect(status).toContain('Choose the file below or drop it here');
  await page.close();
});

test('network guard: nothing left 127.0.0.1 while reading PDFs', () => {
  expect(session.guard.violations).toEqual([]);
  expect(refusedByProxy(session.guard)).toEqual([]);
});
