// Saving in Firefox: a passage saved on a page with the keyboard (Alt+Shift+S, a note, Ctrl+Enter) is listed in the
// sidebar's case record and is drawn again, and still listed, after a reload.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { passageBoxesInShadow, selectFirst } from '../e2e/in-page';
import { inShadow, refusedByProxy, startFirefoxSession, until, type FirefoxSession } from './firefox';

const QUOTE = 'the strategy discussion was held on 3 March 2025 with police and health.';

let session: FirefoxSession;

beforeAll(async () => {
  session = await startFirefoxSession();
});

afterAll(async () => {
  await session?.close();
});

/**
 * The page's text under each saved passage's boxes. Saved passages are drawn in CareLens's closed shadow root (out of
 * the page scripts' reach, src/content/saved/overlay.ts), so their boxes are read there and the text under them from
 * the page, from the first box's left edge to the last box's right edge.
 */
async function savedHighlights(page: Page): Promise<string[]> {
  type Rect = { l: number; t: number; r: number; b: number };
  const groups =
    (await inShadow<Rect[][]>(
      page,
      passageBoxesInShadow,
      'saved',
    )) ?? [];
  return page.evaluate((groups: Rect[][]) => {
    const at = (x: number, y: number) => document.caretPositionFromPoint(x, y);
    return groups
      .filter((boxes) => boxes.length > 0)
      .map((boxes) => {
        const first = boxes[0]!;
        const last = boxes[boxes.length - 1]!;
        const a = at(first.l + 1, (first.t + first.b) / 2);
        const b = at(last.r - 1, (last.t + last.b) / 2);
        if (!a || !b) return '';
        const range = document.createRange();
        range.setStart(a.offsetNode, a.offset);
        range.setEnd(b.offsetNode, b.offset);
        return range.toString();
      });
  }, groups);
}

function listedInRecord(panel: Page): Promise<string[]> {
  return panel.evaluate(() => [...document.querySelectorAll('article[data-id]')].map((a) => a.textContent ?? ''));
}

test('a passage saved on a page is listed in the sidebar and survives a reload', async () => {
  const page = await session.openMarkedPage('/saved/base.html');
  await page.evaluate(selectFirst, QUOTE);
  // The content script's own Alt+Shift+S (automation delivers the keys to the page): the save dialog takes focus.
  await until(
    async () => {
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press('S');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
      return inShadow<boolean>(page, 'function () { return !!this.querySelector("form.cls-dialog"); }');
    },
    (open) => open === true,
  );
  await page.keyboard.type('saved in Firefox');
  await page.keyboard.down('Control');
  await page.keyboard.press('Enter');
  await page.keyboard.up('Control');
  await until(() => savedHighlights(page), (h) => h.length === 1);
  expect(await savedHighlights(page)).toEqual([QUOTE]);

  // The sidebar shows sidepanel.html (sidebar_action); opened here as a tab, the same page.
  const panel = await session.openExtensionPage('sidepanel.html', 'main, body > div');
  const listed = await until(() => listedInRecord(panel), (items) => items.length === 1);
  expect(listed[0]).toContain(QUOTE);
  expect(listed[0]).toContain('saved in Firefox');

  await page.reload();
  await until(() => savedHighlights(page), (h) => h.length === 1);
  expect(await savedHighlights(page)).toEqual([QUOTE]);
  void panel.reload().catch(() => undefined);
  const again = await until(() => listedInRecord(panel), (items) => items.length === 1);
  expect(again[0]).toContain('saved in Firefox');
  await panel.close();
  await page.close();
});

test('network guard: nothing left 127.0.0.1 while saving', () => {
  expect(session.guard.violations).toEqual([]);
  expect(refusedByProxy(session.guard)).toEqual([]);
});
