// The case record beyond saving: storage full, "Open at passage", the chronology with deadlines and
// on time / late, the iCalendar export, and "Accept" of a moved passage in the page and in the side panel.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { test, expect } from './fixtures';
import { clickInShadow, inShadow } from './content-helpers';
import { QUOTE, broker, highlighted, openSavedFixture, openSaveDialogByKeyboard, passageBoxes, savedRecords, saveText } from './saved-helpers';

test('storage full: the dialog says so, the note typed stays, nothing saved before is lost, and saving again works once there is room', async ({
  page,
  server,
  serviceWorker,
  openExtensionPage,
}) => {
  const { panel: ext, url } = await openSavedFixture({ page, server, openExtensionPage }, 'quota.html');
  await saveText(page, serviceWorker, url, QUOTE, { note: 'saved before the disk filled' });
  await expect.poll(async () => (await savedRecords(ext)).length).toBe(1);

  // Simulated in the test, not in the product: the background's IndexedDB refuses every write the way a
  // full disk does (a QuotaExceededError DOMException). No test hook exists in the shipped code.
  await serviceWorker.evaluate(() => {
    const g = globalThis as unknown as { __carelensQuota?: [unknown, unknown] };
    g.__carelensQuota = [IDBObjectStore.prototype.put, IDBObjectStore.prototype.add];
    const full = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = full as never;
    IDBObjectStore.prototype.add = full as never;
  });
  const text = 'The referral was received from the school on 24 February 2025';
  await openSaveDialogByKeyboard(page, text);
  await page.keyboard.type('typed while the disk was full');
  await page.keyboard.press('Control+Enter');
  const dialog = () =>
    inShadow<{ error: string | null; note: string; busy: boolean } | null>(
      page,
      `function () {
        const f = this.querySelector('form.cls-dialog');
        return f ? { error: f.querySelector('[role="alert"]')?.textContent ?? null, note: f.querySelector('#cls-note').value, busy: f.querySelector('button[type="submit"]').disabled } : null;
      }`,
    );
  await expect.poll(() => dialog().then((d) => d?.error)).toMatch(/no more room for CareLens data.*Everything saved before is safe/);
  expect(await dialog()).toMatchObject({ note: 'typed while the disk was full', busy: false });
  const after = await savedRecords(ext);
  expect(after).toHaveLength(1);
  expect(after[0]!.note).toBe('saved before the disk filled');

  // room again: the same dialog saves, once
  await serviceWorker.evaluate(() => {
    const g = globalThis as unknown as { __carelensQuota: [never, never] };
    [IDBObjectStore.prototype.put, IDBObjectStore.prototype.add] = g.__carelensQuota;
  });
  await clickInShadow(page, 'form.cls-dialog button[type="submit"]');
  await expect.poll(async () => (await savedRecords(ext)).length).toBe(2);
  await expect.poll(() => dialog()).toBeNull();
  expect((await savedRecords(ext)).map((r) => r.note).sort()).toEqual(['saved before the disk filled', 'typed while the disk was full']);
});

test('"Open at passage" in the side panel opens the page, scrolls the passage into view and flashes it', async ({
  page,
  server,
  serviceWorker,
  openExtensionPage,
  browserContext,
}) => {
  const { panel, url } = await openSavedFixture({ page, server, openExtensionPage }, 'long.html', 'long.html');
  const passage = 'the review conference on 9 June 2025 decided the plan should continue.';
  await saveText(page, serviceWorker, url, passage);
  await expect.poll(async () => (await savedRecords(panel)).length).toBe(1);
  await page.close();

  await panel.reload();
  const [opened] = await Promise.all([
    browserContext.waitForEvent('page'),
    panel.locator('article[data-id]').getByRole('button', { name: 'Open at passage' }).click(),
  ]);
  await expect(opened).toHaveURL(url);
  // the flash's boxes (in our closed shadow root), in view before anything here scrolls
  await expect.poll(async () => ((await passageBoxes(opened, 'flash')) ?? [])[0]?.length ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
  const boxes = (await passageBoxes(opened, 'flash'))![0]!;
  const view = await opened.evaluate(() => ({ height: innerHeight, scrolled: scrollY }));
  expect(view.scrolled).toBeGreaterThan(0);
  expect(boxes[0]!.t).toBeGreaterThanOrEqual(0);
  expect(boxes[boxes.length - 1]!.b).toBeLessThanOrEqual(view.height);
  expect(await highlighted(opened, 'carelens-saved-flash')).toEqual([passage]);
  expect(await highlighted(opened)).toEqual([passage]);
});

test('chronology lists events by date with the deadlines each starts and on time / late; the iCalendar export has one VEVENT per deadline', async ({
  page,
  server,
  serviceWorker,
  openExtensionPage,
}) => {
  const { panel, url } = await openSavedFixture({ page, server, openExtensionPage }, 'chronology.html');
  // saved out of date order on purpose
  await saveText(page, serviceWorker, url, 'An initial child protection conference followed.', { eventType: 'icpc-held', eventDate: '2025-03-27' });
  await saveText(page, serviceWorker, url, QUOTE, { eventType: 'strategy-discussion-held' }); // date from the text: 3 March 2025
  await saveText(page, serviceWorker, url, 'The referral was received from the school on 24 February 2025', { eventType: 'referral-received' });
  await saveText(page, serviceWorker, url, 'The report was shared two days before it.', { note: 'undated' });
  await expect.poll(async () => (await savedRecords(panel)).length).toBe(4);

  await panel.reload();
  await panel.getByRole('button', { name: 'Chronology' }).click();
  const items = panel.locator('ol.cr-chrono > li');
  await expect(items).toHaveCount(3); // the undated passage is not an event
  await expect(items.locator('h2')).toHaveText([
    'Monday 24 February 2025: Referral received',
    'Monday 3 March 2025: Strategy discussion held',
    'Thursday 27 March 2025: Initial child protection conference held',
  ]);
  // worked by hand (England and Wales): day 0 is the event; Good Friday 18 and Easter Monday 21 April 2025 are not working days
  const referral = items.nth(0).locator('.cr-steps');
  await expect(referral).toContainText('Decision on a referral: due Tuesday 25 February 2025');
  await expect(referral).toContainText('Child and family assessment: due Wednesday 30 April 2025');
  const strategy = items.nth(1).locator('.cr-steps');
  // 15 working days after Monday 3 March is Monday 24 March; the conference was on Thursday 27th: late by 3
  await expect(strategy).toContainText('Initial child protection conference: due Monday 24 March 2025');
  await expect(strategy.locator('.cr-late')).toContainText('late (Late by 3 working days');
  const icpc = items.nth(2).locator('.cr-steps');
  await expect(icpc).toContainText('First core group meeting: due Thursday 10 April 2025');
  await expect(icpc).toContainText('First review child protection conference: due Friday 27 June 2025');

  // on time: the conference moved to the 24th
  const icpcRec = (await savedRecords(panel)).find((r) => r.eventType === 'icpc-held')!;
  await broker(panel, 'update', { id: icpcRec.id, patch: { eventDate: '2025-03-24' }, base: icpcRec });
  await panel.reload();
  await panel.getByRole('button', { name: 'Chronology' }).click();
  await expect(panel.locator('ol.cr-chrono > li').nth(1).locator('.cr-ontime')).toContainText('on time');
  await expect(panel.locator('ol.cr-chrono > li').nth(1).locator('.cr-late')).toHaveCount(0);

  // iCalendar: one VEVENT per deadline (the first core group is reached from two events: listed once), all-day, right dates
  await panel.getByRole('button', { name: 'Export and import' }).click();
  const [dl] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Deadlines (iCalendar)', exact: true }).click()]);
  const ics = readFileSync((await dl.path())!, 'utf8');
  const cal = new ICAL.Component(ICAL.parse(ics));
  const events = cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { summary: e.summary, start: e.startDate.toString(), end: e.endDate.toString(), allDay: e.startDate.isDate, uid: e.uid };
  });
  const byDate = events.map((e) => `${e.start} ${e.summary}`).sort();
  expect(byDate).toEqual([
    '2025-02-25 Decision on a referral',
    '2025-03-24 Initial child protection conference',
    '2025-04-07 First core group meeting',
    '2025-04-30 Child and family assessment',
    '2025-06-24 First review child protection conference',
    '2025-12-24 Later review child protection conferences',
  ]);
  for (const e of events) {
    expect(e.allDay).toBe(true);
    expect(new Date(e.end).getTime() - new Date(e.start).getTime()).toBe(86_400_000);
  }
  expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
});

test('"Accept" of a moved passage: in the page it is filed under the new text at once; in the side panel on the next visit', async ({
  page,
  server,
  serviceWorker,
  openExtensionPage,
}) => {
  const { panel, url, serve } = await openSavedFixture({ page, server, openExtensionPage }, 'accept.html');
  const changed = QUOTE.replace('with police', 'with the police');
  await saveText(page, serviceWorker, url, QUOTE, { note: 'accept me' });
  await expect.poll(() => highlighted(page)).toEqual([QUOTE]);

  // in the page: the "moved, please confirm" list in CareLens's own layer
  serve('quote-changed.html');
  await page.reload();
  await expect.poll(() => highlighted(page, 'carelens-saved-moved')).toEqual([changed]);
  await expect.poll(async () => (await savedRecords(panel))[0]!.status).toBe('moved');
  await expect
    .poll(() => inShadow<string>(page, `function () { return this.querySelector('.cls-moved')?.textContent ?? ''; }`))
    .toContain('please confirm');
  await inShadow(page, `function () { [...this.querySelectorAll('.cls-moved button')].find((b) => b.textContent === 'Accept new place').click(); return true; }`);
  await expect.poll(async () => (await savedRecords(panel))[0]!.selectors.quote.exact).toBe(changed);
  const accepted = (await savedRecords(panel))[0]!;
  expect(accepted.status).toBeUndefined();
  expect(accepted.note).toBe('accept me');
  await expect.poll(() => highlighted(page)).toEqual([changed]);
  expect(await highlighted(page, 'carelens-saved-moved')).toEqual([]);
  expect(await inShadow(page, `function () { return !!this.querySelector('.cls-moved'); }`)).toBe(false);
  await page.reload();
  await expect.poll(() => highlighted(page)).toEqual([changed]);
  expect(await highlighted(page, 'carelens-saved-moved')).toEqual([]);

  // in the side panel: back to the first wording, so the passage moves again
  serve('base.html');
  await page.reload();
  await expect.poll(async () => (await savedRecords(panel))[0]!.status).toBe('moved');
  await panel.reload();
  const item = panel.locator('article[data-id]');
  await expect(item).toHaveAttribute('data-status', 'moved');
  await item.getByRole('button', { name: 'Accept' }).click();
  await expect(panel.getByRole('status')).toContainText('Accepted');
  // the open page hears of the change, places the passage and files it under where it is now
  await expect.poll(async () => (await savedRecords(panel))[0]!.selectors.quote.exact, { timeout: 10_000 }).toBe(QUOTE);
  await expect.poll(async () => (await savedRecords(panel))[0]!.status).toBeUndefined();
  await expect.poll(() => highlighted(page)).toEqual([QUOTE]);
  await expect(item).not.toHaveAttribute('data-status', 'moved');
  expect(await savedRecords(panel)).toHaveLength(1);
});
