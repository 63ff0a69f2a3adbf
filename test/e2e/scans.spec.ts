// Scanned and photographed letters and Word documents in the reader (issue 20), in Chromium: a scanned
// (image-only) letter PDF from 127.0.0.1, a photo opened from the popup's button and a .docx each show marks,
// a working card, and the popup's letter check with the same pairings as the text version of the same letter.
// Bad input each gets its own message, and nothing hangs. Fixtures are made by code (test/fixtures/scans.ts).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { test, expect, ownPageTabId } from './fixtures';
import { card, hover } from './content-helpers';
import { dropFiles } from './drop';
import { CACHE_DIR, docxOf, eastmoorLetter, fivePageLetter, imagesToPdf, scannedLetter, zipOfSomethingElse } from '../fixtures/scans';

// OCR takes a few seconds a page (longer on a busy machine).
test.setTimeout(240_000);
const READ_TIMEOUT = 180_000;

const files = new Map<string, { type: string; bytes: Uint8Array }>();
let server: Server;
let origin = '';

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const scan = await scannedLetter(eastmoorLetter, 'scan');
  const photo = await scannedLetter(eastmoorLetter, 'photo');
  files.set('/eastmoor-text.pdf', { type: 'application/pdf', bytes: readFileSync(scan.textPdf) });
  files.set('/eastmoor-scan.pdf', { type: 'application/pdf', bytes: readFileSync(scan.scannedPdf) });
  files.set('/eastmoor-photo.jpg', { type: 'image/jpeg', bytes: readFileSync(photo.images[0]!) });
  files.set('/eastmoor.docx', { type: 'application/octet-stream', bytes: await docxOf(eastmoorLetter) });
  files.set('/archive.docx', { type: 'application/octet-stream', bytes: await zipOfSomethingElse() });
  const blank = execFileSync('convert', ['-size', '1240x1754', 'xc:white', 'png:-']);
  files.set('/blank-scan.pdf', { type: 'application/pdf', bytes: await imagesToPdf([blank]) });
  const small = execFileSync('convert', ['-size', '200x280', 'xc:white', '-fill', 'black', '-draw', 'rectangle 20,20 180,30', 'png:-']);
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(small);
  for (let i = 0; i < 300; i++) doc.addPage([595.28, 841.89]).drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  files.set('/300-pages.pdf', { type: 'application/pdf', bytes: await doc.save() });
  const huge = join(CACHE_DIR, 'huge-40mp.jpg');
  execFileSync('convert', ['-size', '7800x5200', 'xc:white', '-quality', '60', huge]);
  files.set('/huge.jpg', { type: 'image/jpeg', bytes: readFileSync(huge) });
  files.set('/five-page-scan.pdf', { type: 'application/pdf', bytes: readFileSync((await scannedLetter(fivePageLetter, 'scan')).scannedPdf) });
  const fivePhotos = await scannedLetter(fivePageLetter, 'photo');
  files.set('/five-page-photo-1.jpg', { type: 'image/jpeg', bytes: readFileSync(fivePhotos.images[0]!) });
  files.set('/five-page-photo-2.jpg', { type: 'image/jpeg', bytes: readFileSync(fivePhotos.images[1]!) });
  files.set('/cut-off.jpg', { type: 'image/jpeg', bytes: readFileSync(photo.images[0]!).subarray(0, 3000) });
  server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    response.writeHead(file ? 200 : 404, { 'content-type': file?.type ?? 'text/plain' });
    response.end(file ? Buffer.from(file.bytes) : 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((done) => server?.close(done));
});

const viewerFor = (url: string) => `viewer.html?file=${encodeURIComponent(url)}` as const;

/** The popup's "Check a letter" for the viewer tab `viewer`: each pairing's rule, verdict and what it pairs. */
async function letterCheck(viewer: Page, openExtensionPage: (path: 'popup.html') => Promise<Page>) {
  const tab = await ownPageTabId(viewer);
  const popup = await openExtensionPage(`popup.html?tab=${tab}` as 'popup.html');
  await popup.getByRole('tab', { name: 'Check a letter' }).click();
  await expect(popup.locator('li.pairing').first()).toBeVisible({ timeout: 20_000 });
  const pairings = await popup.locator('li.pairing').evaluateAll((items) =>
    items.map((li) => ({ rule: (li as HTMLElement).dataset.rule, status: (li as HTMLElement).dataset.status, what: li.querySelector('p')?.textContent })),
  );
  const letterDate = await popup.locator('[data-letter-date]').getAttribute('data-letter-date');
  await popup.close();
  return { pairings, letterDate };
}

async function textVersionCheck(openExtensionPage: (path: 'popup.html' | `viewer.html${string}`) => Promise<Page>) {
  const viewer = await openExtensionPage(viewerFor(`${origin}/eastmoor-text.pdf`));
  await expect(viewer.locator('.page[data-page-number="1"][data-marks]')).toBeVisible({ timeout: 30_000 });
  await expect(viewer.getByText(/\d+ marks/)).toBeVisible({ timeout: 30_000 });
  const check = await letterCheck(viewer, openExtensionPage);
  await viewer.close();
  expect(check.pairings).toContainEqual(expect.objectContaining({ rule: 'icpc-15wd', status: 'on-time' }));
  return check;
}

/** Waits until page 1 was read from the scan and marked, then checks the section's card says where its text came from. */
async function readAndMarked(viewer: Page) {
  await expect(viewer.locator('.page[data-page-number="1"][data-recognised][data-marks]')).toBeVisible({ timeout: READ_TIMEOUT });
  await expect(viewer.getByTestId('recognised-text')).toContainText('read from the');
  await expect(viewer.locator('.page[data-page-number="1"] .textLayer')).toContainText('section 47 of the Children Act 1989');
  await expect(viewer.getByText(/\d+ marks/)).toBeVisible({ timeout: 30_000 });
  // each recognised word is a span of its own: point at the section's number
  await hover(viewer, '47');
  await expect.poll(() => card(viewer), { timeout: 10_000 }).not.toBeNull();
  const open = (await card(viewer))!;
  expect(open.kind).toBe('section');
  expect(open.text).toMatch(/Children Act 1989/);
  expect(open.text).toMatch(/Read from the scan/);
}

async function redirectRulesReady(serviceWorker: Worker) {
  await expect.poll(() => serviceWorker.evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).length + (await chrome.declarativeNetRequest.getSessionRules()).length), { timeout: 10_000 }).toBeGreaterThan(0);
}

test('a scanned letter PDF from 127.0.0.1 is read in the reader: marks, a card, and the letter check of the text version', async ({
  page,
  extensionId,
  serviceWorker,
  openExtensionPage,
}) => {
  const expected = await textVersionCheck(openExtensionPage);
  await redirectRulesReady(serviceWorker).catch(() => undefined);
  await page.goto(`${origin}/eastmoor-scan.pdf`).catch(() => undefined);
  await expect(page).toHaveURL(new RegExp(`^chrome-extension://${extensionId}/viewer\\.html`), { timeout: 15_000 });
  await expect(page.getByTestId('scan-notice')).toContainText(/Reading page 1 of 1 from the scan…|read from the scan/, { timeout: 60_000 });
  await readAndMarked(page);
  expect(await letterCheck(page, openExtensionPage)).toEqual(expected);
});

test('a photo of the letter opened from the popup’s button is read, marked and checked like the text version', async ({ openExtensionPage, context }) => {
  const expected = await textVersionCheck(openExtensionPage);
  const popup = await openExtensionPage('popup.html');
  const [viewer] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: 'Open a PDF from your computer' }).click()]);
  await viewer.getByLabel('Choose a PDF file').setInputFiles({ name: 'eastmoor-photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(files.get('/eastmoor-photo.jpg')!.bytes) });
  await expect(viewer.locator('.viewer-file')).toHaveText('eastmoor-photo.jpg', { timeout: 15_000 });
  await readAndMarked(viewer);
  // the photo itself is shown under the marks
  await expect(viewer.locator('.page[data-page-number="1"] canvas')).toBeVisible();
  await expect(viewer.getByTestId('recognised-text')).toContainText('from the photo');
  expect(await letterCheck(viewer, openExtensionPage)).toEqual(expected);
});

/** How dark the picture shown under `box` is (0 black, 1 white), from a screenshot of the viewer. */
async function darkness(viewer: Page, box: { x: number; y: number; width: number; height: number }): Promise<number> {
  const shot = await viewer.screenshot({ clip: box });
  return Number(execFileSync('convert', ['png:-', '-colorspace', 'Gray', '-format', '%[fx:mean]', 'info:'], { input: shot }).toString());
}

test('several photos dropped on the popup become one letter, in order, each shown straightened under its words', async ({ openExtensionPage, context }) => {
  const popup = await openExtensionPage('popup.html');
  const photo = (n: number) => ({ name: `letter-page-${n}.jpg`, type: 'image/jpeg', bytes: files.get(`/five-page-photo-${n}.jpg`)!.bytes });
  const [viewer] = await Promise.all([context.waitForEvent('page'), dropFiles(popup, '[data-testid="pdf-drop"]', [photo(1), photo(2)])]);
  await expect(viewer.locator('.viewer-file')).toHaveText('letter-page-1.jpg and 1 more', { timeout: 30_000 });
  await expect(viewer.locator('.page')).toHaveCount(2, { timeout: 60_000 });
  await readAndMarked(viewer);
  await viewer.locator('.page[data-page-number="2"]').scrollIntoViewIfNeeded();
  await expect(viewer.locator('.page[data-page-number="2"][data-recognised] .textLayer')).toContainText('Page 2: what happens next', { timeout: READ_TIMEOUT });
  await viewer.locator('.page[data-page-number="1"]').scrollIntoViewIfNeeded();
  // The photo was taken 1.6 degrees anticlockwise: it is shown turned back by as much.
  const canvas = viewer.locator('.page[data-page-number="1"] canvas');
  const turned = Number(await canvas.getAttribute('data-straightened'));
  expect(turned).toBeGreaterThan(1.2);
  expect(turned).toBeLessThan(2);
  // The words at the right end of long lines (where a tilt moves them most) lie on their ink in the picture shown,
  // and the gaps between lines are paper.
  const ends = await viewer.locator('.page[data-page-number="1"] .textLayer span').evaluateAll((spans) => {
    const rects = spans.filter((s) => (s.textContent ?? '').trim().length >= 4).map((s) => s.getBoundingClientRect());
    const right = Math.max(...rects.map((r) => r.right));
    return rects.filter((r) => r.right > right - 60).slice(0, 4).map((r) => ({ x: r.left, y: r.top, width: r.width, height: r.height }));
  });
  expect(ends.length).toBeGreaterThan(1);
  for (const box of ends) {
    const gapBelow = { ...box, y: box.y + box.height * 1.02, height: Math.max(2, box.height * 0.25) };
    expect(await darkness(viewer, box)).toBeLessThan((await darkness(viewer, gapBelow)) - 0.04);
  }
});

test('a Word document opens in the reader as text, with marks, a card and the same letter check', async ({ openExtensionPage }) => {
  const expected = await textVersionCheck(openExtensionPage);
  const viewer = await openExtensionPage('viewer.html?pick=1');
  await viewer.getByLabel('Choose a PDF file').setInputFiles({ name: 'eastmoor.docx', mimeType: '', buffer: Buffer.from(files.get('/eastmoor.docx')!.bytes) });
  await expect(viewer.locator('.page[data-page-number="1"][data-marks]')).toBeVisible({ timeout: 30_000 });
  await expect(viewer.locator('.page[data-page-number="1"] .textLayer')).toContainText('section 47 of the Children Act 1989');
  await expect(viewer.getByTestId('scan-notice')).toHaveCount(0);
  await hover(viewer, 'section 47');
  await expect.poll(() => card(viewer), { timeout: 10_000 }).not.toBeNull();
  expect((await card(viewer))!.kind).toBe('section');
  expect(await letterCheck(viewer, openExtensionPage)).toEqual(expected);

  // Every character comes through as written, beyond the few a standard PDF font has.
  const names = await docxOf({ name: 'names', pages: [['Dear Łukasz Wiśniewski and Ioana Ștefănescu,', 'Zoë’s review – on 3 March 2026 – costs £0: “bring a friend”, Dvořák wrote.']] });
  const second = await openExtensionPage('viewer.html?pick=1');
  await second.getByLabel('Choose a PDF file').setInputFiles({ name: 'names.docx', mimeType: '', buffer: Buffer.from(names) });
  const layer = second.locator('.page[data-page-number="1"] .textLayer');
  await expect(layer).toContainText('Dear Łukasz Wiśniewski and Ioana Ștefănescu,', { timeout: 30_000 });
  await expect(layer).toContainText('Zoë’s review – on 3 March 2026 – costs £0: “bring a friend”, Dvořák wrote.');
});

test('bad input: each gets its own message and nothing hangs', async ({ openExtensionPage }) => {
  const pick = async (name: string, path = `/${name}`) => {
    const viewer = await openExtensionPage('viewer.html?pick=1');
    await viewer.getByLabel('Choose a PDF file').setInputFiles({ name, mimeType: '', buffer: Buffer.from(files.get(path)!.bytes) });
    return viewer;
  };
  const cutOff = await pick('cut-off.jpg');
  await expect(cutOff.getByRole('alert')).toContainText('cut-off.jpg: the JPEG image is damaged', { timeout: 30_000 });
  const archive = await pick('archive.docx');
  await expect(archive.getByRole('alert')).toContainText('this is a zip archive but not a Word document', { timeout: 30_000 });
  const huge = await pick('huge.jpg');
  await expect(huge.getByText('huge.jpg is a 40.6-megapixel photo: CareLens read it at 12 megapixels')).toBeVisible({ timeout: 60_000 });
  await expect(huge.getByTestId('unreadable')).toContainText('Nothing could be read on page 1', { timeout: READ_TIMEOUT });
  const blank = await openExtensionPage(viewerFor(`${origin}/blank-scan.pdf`));
  await expect(blank.getByTestId('unreadable')).toContainText('Nothing could be read on page 1', { timeout: READ_TIMEOUT });
  const many = await openExtensionPage(viewerFor(`${origin}/300-pages.pdf`));
  await expect(many.getByTestId('scan-notice')).toContainText('This PDF has 300 scanned pages, too many to read all at once', { timeout: 60_000 });
  // it reads the page in view, not all 300
  await expect(many.getByTestId('scan-notice')).toContainText(/Reading page 1 of 300|read from the scan|Nothing could be read/, { timeout: READ_TIMEOUT });
  const notFile = await openExtensionPage('viewer.html?pick=1');
  await notFile.getByLabel('Choose a PDF file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(notFile.getByRole('alert')).toContainText('notes.txt is not a PDF, a photo or scan of a letter');
});

test('reading a scan shows its progress from the page in view and stops on Cancel', async ({ openExtensionPage }) => {
  const viewer = await openExtensionPage(`${viewerFor(`${origin}/five-page-scan.pdf`)}#page=3` as `viewer.html${string}`);
  // the page in view is read first
  await expect(viewer.getByTestId('scan-notice')).toContainText('Reading page 3 of 5 from the scan…', { timeout: 60_000 });
  await viewer.getByRole('button', { name: 'Cancel' }).click();
  await expect(viewer.getByTestId('scan-notice')).toContainText(/Reading stopped\. \d of \d scanned pages were read/);
  await expect(viewer.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  await viewer.waitForTimeout(1_000);
  await expect(viewer.getByTestId('scan-notice')).not.toContainText('Reading page');
});
