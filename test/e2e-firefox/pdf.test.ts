// PDFs in Firefox: a local PDF opens in CareLens's reader through the picker and by dropping it on the reader, with
// its marks; a file:// address says how to open it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { generatedPdf } from '../fixtures/pdfs';
import { refusedByProxy, startFirefoxSession, until, type FirefoxSession } from './firefox';

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
  await dropped.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], 'guidance.pdf', { type: 'application/pdf' }));
    const target = document.querySelector('main')!;
    target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, bytes);
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
