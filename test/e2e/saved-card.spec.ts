// Saving from a mark's hover card: the card (closed shadow root, reached through CDP) has a "Save" button
// that opens the save dialog for the mark's range, with the event date taken from a date mark and the
// event suggested by a timescale that names its trigger.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { clickInShadow, hover, hoverCard, inShadow, marksDrawn } from './content-helpers';
import { highlighted, openSavedFixture, savedRecords } from './saved-helpers';

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

test('the hover card of a mark saves it: date pre-filled from a date mark, event suggested by a timescale', async ({ page, server, openExtensionPage }) => {
  const { panel: ext, url } = await openSavedFixture({ page, server, openExtensionPage }, 'card.html', 'card.html');
  await marksDrawn(page);

  // a date: the dialog opens for the mark's text with the event date set to it
  await hover(page, 'on 3 March 2025 with', 0, '3 March 2025');
  await expect.poll(() => hoverCard(page), { timeout: 3000 }).toMatchObject({ save: true });
  await clickInShadow(page, 'button.cl-save');
  await expect.poll(() => saveDialog(page)).toEqual({ quote: '3 March 2025', eventType: '', eventDate: '2025-03-03' });
  expect(await hoverCard(page)).toBeNull(); // the card made way for the dialog
  await clickInShadow(page, 'form.cls-dialog button[type="submit"]');
  await expect.poll(async () => (await savedRecords(ext)).length).toBe(1);
  const [first] = await savedRecords(ext);
  expect(first).toMatchObject({ eventDate: '2025-03-03', selectors: { quote: { exact: '3 March 2025' } } });
  await expect.poll(() => highlighted(page)).toEqual(['3 March 2025']);

  // a timescale that names its trigger: "within 15 working days of the strategy discussion"
  await page.mouse.move(5, 5);
  await hover(page, 'within 15 working days of', 0, '15 working days');
  await expect.poll(() => hoverCard(page).then((c) => c?.title), { timeout: 3000 }).toMatch(/15 working days/i);
  await clickInShadow(page, 'button.cl-save');
  await expect.poll(() => saveDialog(page)).toEqual({ quote: '15 working days', eventType: 'strategy-discussion-held', eventDate: '' });
  await clickInShadow(page, 'form.cls-dialog button[type="submit"]');
  await expect.poll(async () => (await savedRecords(ext)).length).toBe(2);
  const second = (await savedRecords(ext)).find((r) => r.selectors.quote.exact === '15 working days');
  expect(second).toMatchObject({ eventType: 'strategy-discussion-held' });
  expect(second!.eventDate).toBeUndefined();
  await expect.poll(async () => (await highlighted(page)).sort()).toEqual(['15 working days', '3 March 2025']);

  // a term that names an event suggests it too
  await page.mouse.move(5, 5);
  await hover(page, 'initial child protection conference');
  await expect.poll(() => hoverCard(page).then((c) => c?.save), { timeout: 3000 }).toBe(true);
  await clickInShadow(page, 'button.cl-save');
  await expect.poll(() => saveDialog(page).then((d) => d?.eventType)).toBe('icpc-held');
  await clickInShadow(page, 'form.cls-dialog button[type="button"]'); // Cancel: nothing saved
  await expect.poll(() => saveDialog(page)).toBeNull();
  expect(await savedRecords(ext)).toHaveLength(2);
});
