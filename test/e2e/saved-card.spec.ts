// Saving from a mark's hover card: the card (closed shadow root, reached through CDP) has a "Save" button
// that opens the save dialog for the mark's range, with the event date taken from a date mark and the
// event suggested by a timescale that names its trigger.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { inShadow, marksDrawn, pointOf } from './content-helpers';
import { broker, highlighted, serveVariants } from './saved-helpers';

interface Rec {
  eventType?: string;
  eventDate?: string;
  note: string;
  selectors: { quote: { exact: string }; position: { start: number; end: number } };
}

async function hover(page: Page, text: string, part?: string) {
  const p = await pointOf(page, text, 0, part);
  await page.mouse.move(p.x - 1, p.y);
  await page.mouse.move(p.x, p.y);
}

/** Title of the open hover card and whether it offers "Save". */
function hoverCard(page: Page) {
  return inShadow<{ title: string; save: boolean } | null>(
    page,
    `function () {
      const el = this.querySelector('.cl-card');
      return el ? { title: el.getAttribute('aria-label'), save: !!el.querySelector('button.cl-save') } : null;
    }`,
  );
}

/** The save dialog's fields, or null. */
function saveDialog(page: Page) {
  return inShadow<{ quote: string; eventType: string; eventDate: string } | null>(
    page,
    `function () {
      const f = this.querySelector('form.cls-dialog');
      return f ? { quote: f.querySelector('.cls-quote').textContent, eventType: f.querySelector('#cls-event').value, eventDate: f.querySelector('#cls-date').value } : null;
    }`,
  );
}

function click(page: Page, selector: string) {
  return inShadow(page, `function (s) { const b = this.querySelector(s); if (!b) throw new Error('no ' + s); b.click(); return true; }`, selector);
}

test('the hover card of a mark saves it: date pre-filled from a date mark, event suggested by a timescale', async ({ page, server, openExtensionPage }) => {
  const ext = await openExtensionPage('sidepanel.html');
  await broker(ext, 'clear');
  const url = server.url('/saved/card.html');
  await serveVariants(page, url, 'card.html');
  await page.goto(url);
  await marksDrawn(page);

  // a date: the dialog opens for the mark's text with the event date set to it
  await hover(page, 'on 3 March 2025 with', '3 March 2025');
  await expect.poll(() => hoverCard(page), { timeout: 3000 }).toMatchObject({ save: true });
  await click(page, 'button.cl-save');
  await expect.poll(() => saveDialog(page)).toEqual({ quote: '3 March 2025', eventType: '', eventDate: '2025-03-03' });
  expect(await hoverCard(page)).toBeNull(); // the card made way for the dialog
  await click(page, 'form.cls-dialog button[type="submit"]');
  await expect.poll(async () => (await broker<Rec[]>(ext, 'list-all')).length).toBe(1);
  const [first] = await broker<Rec[]>(ext, 'list-all');
  expect(first).toMatchObject({ eventDate: '2025-03-03', selectors: { quote: { exact: '3 March 2025' } } });
  await expect.poll(() => highlighted(page)).toEqual(['3 March 2025']);

  // a timescale that names its trigger: "within 15 working days of the strategy discussion"
  await page.mouse.move(5, 5);
  await hover(page, 'within 15 working days of', '15 working days');
  await expect.poll(() => hoverCard(page).then((c) => c?.title), { timeout: 3000 }).toMatch(/15 working days/i);
  await click(page, 'button.cl-save');
  await expect.poll(() => saveDialog(page)).toEqual({ quote: '15 working days', eventType: 'strategy-discussion-held', eventDate: '' });
  await click(page, 'form.cls-dialog button[type="submit"]');
  await expect.poll(async () => (await broker<Rec[]>(ext, 'list-all')).length).toBe(2);
  const second = (await broker<Rec[]>(ext, 'list-all')).find((r) => r.selectors.quote.exact === '15 working days');
  expect(second).toMatchObject({ eventType: 'strategy-discussion-held' });
  expect(second!.eventDate).toBeUndefined();
  await expect.poll(async () => (await highlighted(page)).sort()).toEqual(['15 working days', '3 March 2025']);

  // a term that names an event suggests it too
  await page.mouse.move(5, 5);
  await hover(page, 'initial child protection conference');
  await expect.poll(() => hoverCard(page).then((c) => c?.save), { timeout: 3000 }).toBe(true);
  await click(page, 'button.cl-save');
  await expect.poll(() => saveDialog(page).then((d) => d?.eventType)).toBe('icpc-held');
  await click(page, 'form.cls-dialog button[type="button"]'); // Cancel: nothing saved
  await expect.poll(() => saveDialog(page)).toBeNull();
  expect(await broker<Rec[]>(ext, 'list-all')).toHaveLength(2);
});
