// The keyboard in Firefox: the page's own Alt+Shift+L opens the next mark's card with focus in it and Escape gives
// focus back; the browser's shortcuts (manifest `commands`: next-mark and save-selection) reach the page through the
// background, on a web page and in CareLens's PDF reader.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { selectFirst } from '../e2e/in-page';
import { card, fireCommand, inShadow, refusedByProxy, startFirefoxSession, until, type FirefoxSession } from './firefox';

const NEXT_MARK = { key: 'L', modifiers: 'alt,shift' };
const SAVE_SELECTION = { key: 'S', modifiers: 'alt,shift' };

let session: FirefoxSession;

beforeAll(async () => {
  session = await startFirefoxSession();
});

afterAll(async () => {
  await session?.close();
});

/** Whether the open card holds the focus (the focused element is inside CareLens's closed shadow root). */
function cardFocused(page: Page): Promise<boolean | null> {
  return inShadow<boolean>(page, 'function () { const el = this.querySelector(\'[role="dialog"]\'); return !!el && el.contains(this.activeElement); }');
}

async function press(page: Page, key: string, modifiers: string[]): Promise<void> {
  for (const m of modifiers) await page.keyboard.down(m as 'Alt');
  await page.keyboard.press(key as 'L');
  for (const m of [...modifiers].reverse()) await page.keyboard.up(m as 'Alt');
}

test("in the page, Alt+Shift+L opens the next mark's card with the focus in it; Escape closes it and gives the focus back", async () => {
  const page = await session.openMarkedPage('/demo/index.html');
  await page.evaluate(() => [...document.querySelectorAll('a')].find((a) => a.textContent === 'Section 47 enquiries')!.focus());
  await until(
    async () => {
      await press(page, 'L', ['Alt', 'Shift']);
      return cardFocused(page);
    },
    (focused) => focused === true,
  );
  expect((await card(page))!.label).toMatch(/^CareLens: /);
  await page.keyboard.press('Escape');
  await until(() => card(page), (c) => c === null);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Section 47 enquiries');
  await page.close();
});

test("the browser's next-mark shortcut steps through the page's marks, one card after another", async () => {
  const page = await session.openMarkedPage('/letters/late-conference.html');
  await page.bringToFront();
  expect(await fireCommand(session.browser, NEXT_MARK)).toBe('fired');
  const first = await until(() => card(page), (c) => c !== null);
  expect(await cardFocused(page)).toBe(true);
  expect(await fireCommand(session.browser, NEXT_MARK)).toBe('fired');
  // The card quotes the marked words and their line: the next mark's card quotes another place.
  const second = await until(() => card(page), (c) => c !== null && c.text !== first!.text);
  expect(second!.label).toMatch(/^CareLens: /);
  await page.keyboard.press('Escape');
  await until(() => card(page), (c) => c === null);
  await page.close();
});

test("the browser's save shortcut opens the save dialog for the selected passage", async () => {
  const page = await session.openMarkedPage('/saved/base.html');
  await page.bringToFront();
  await page.evaluate(selectFirst, 'the strategy discussion was held on 3 March 2025 with police and health.');
  expect(await fireCommand(session.browser, SAVE_SELECTION)).toBe('fired');
  const quote = await until(
    () => inShadow<string | null>(page, 'function () { const form = this.querySelector("form.cls-dialog"); return form ? form.textContent : null; }'),
    (text) => typeof text === 'string',
  );
  expect(quote).toContain('the strategy discussion was held on 3 March 2025');
  await page.keyboard.press('Escape');
  await until(() => inShadow<boolean>(page, 'function () { return !!this.querySelector("form.cls-dialog"); }'), (open) => open === false);
  await page.close();
});

test("in CareLens's PDF reader, the browser's next-mark shortcut opens a mark's card", async () => {
  const pdfUrl = session.server.url('/generated/letter.pdf');
  const page = await session.openExtensionPage(`viewer.html?file=${encodeURIComponent(pdfUrl)}`, '.page[data-page-number="1"][data-marks]');
  await page.bringToFront();
  expect(await fireCommand(session.browser, NEXT_MARK)).toBe('fired');
  const opened = await until(() => card(page), (c) => c !== null);
  expect(opened!.label).toMatch(/^CareLens: /);
  await page.close();
});

test('network guard: nothing left 127.0.0.1 while using the keyboard', () => {
  expect(session.guard.violations).toEqual([]);
  expect(refusedByProxy(session.guard)).toEqual([]);
});
