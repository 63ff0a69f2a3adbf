// Word documents and photos of letters in CareLens's reader in Firefox (issue 20): a .docx chosen in the picker is
// shown as text with its marks and cards, every character as written; a photo of a letter is read on this machine
// (tesseract in its worker, the model from the extension) and its words marked over the picture. Nothing is fetched.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { card, hover, refusedByProxy, startFirefoxSession, until, type FirefoxSession } from './firefox';
import { docxOf, eastmoorLetter, scannedLetter } from '../fixtures/scans';

let session: FirefoxSession;
let dir: string;

beforeAll(async () => {
  session = await startFirefoxSession();
  dir = mkdtempSync(join(tmpdir(), 'carelens-ff-files-'));
});

afterAll(async () => {
  await session?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function choose(path: string) {
  const page = await session.openExtensionPage('viewer.html', 'input[type="file"]');
  await (await page.$('input[type="file"]'))!.uploadFile(path);
  return page;
}

test('a Word document opens as text: marks, a card, and every character as written', async () => {
  const file = join(dir, 'eastmoor.docx');
  const letter = { ...eastmoorLetter, pages: [[...eastmoorLetter.pages[0]!, 'Copied to Łukasz Wiśniewski and Zoë Dvořák – “for information”, fee £0.']] };
  writeFileSync(file, await docxOf(letter));
  const page = await choose(file);
  await page.waitForSelector('.page[data-page-number="1"][data-marks]', { timeout: 30_000 });
  const text = await page.$eval('.page[data-page-number="1"] .textLayer', (el) => el.textContent ?? '');
  expect(text).toContain('section 47 of the Children Act 1989');
  expect(text).toContain('Copied to Łukasz Wiśniewski and Zoë Dvořák – “for information”, fee £0.');
  await hover(page, 'section 47');
  const opened = await until(() => card(page), (c) => c !== null);
  expect(opened!.label).toMatch(/section 47/i);
  await page.close();
});

test('a photo of a letter is read on this machine and its words marked over the picture', async () => {
  const photo = (await scannedLetter(eastmoorLetter, 'photo')).images[0]!;
  const page = await choose(photo);
  // polled in short questions (one long wait outlasts the protocol's own timeout); what the reader says is kept for a failure
  const state = await until(
    () => page.evaluate(() => ({ read: !!document.querySelector('.page[data-page-number="1"][data-recognised][data-marks]'), says: [...document.querySelectorAll('[role="alert"], [data-testid="scan-notice"]')].map((e) => e.textContent).join(' | ') })),
    (s) => s.read || /could not|damaged/.test(s.says),
    240_000,
  ).catch((error: unknown) => ({ read: false, says: String(error) }));
  expect(state.says).not.toMatch(/could not|damaged/);
  expect(state.read).toBe(true);
  const text = await page.$eval('.page[data-page-number="1"] .textLayer', (el) => el.textContent ?? '');
  expect(text).toContain('section 47 of the Children Act 1989');
  expect(await page.$('.page[data-page-number="1"] canvas')).not.toBeNull();
  await hover(page, '47');
  const opened = await until(() => card(page), (c) => c !== null);
  expect(opened!.label).toMatch(/section 47/i);
  await page.close();
}, 300_000);

test('network guard: nothing left 127.0.0.1 while reading a Word document and a photo', () => {
  expect(session.guard.violations).toEqual([]);
  expect(refusedByProxy(session.guard)).toEqual([]);
});
