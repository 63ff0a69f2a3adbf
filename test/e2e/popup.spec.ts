// The popup: what is on this page, checking a letter's dates, the calculator (against the `deadline` command),
// the .ics export (parsed with ical.js) and accessibility (axe-core).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import type { Page, Worker } from '@playwright/test';
import { test, expect, ownPageTabId } from './fixtures';
import { card, marksDrawn } from './content-helpers';

async function tabIdOf(serviceWorker: Worker, url: string): Promise<number> {
  const id = await serviceWorker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    return tab?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab for ${url}`);
  return id;
}

/** The mark CareLens has made active (the one whose card is open), with where it is drawn; null when none. */
function activeMark(page: Page) {
  return page.evaluate(() => {
    const h = CSS.highlights.get('mark-active');
    const r = h ? ([...(h as unknown as Set<AbstractRange>)][0] as Range | undefined) : undefined;
    if (!r) return null;
    const b = r.getBoundingClientRect();
    return { text: r.toString(), top: b.top, bottom: b.bottom, viewport: innerHeight, scrollY };
  });
}

async function setNationStored(serviceWorker: Worker, nation: string) {
  await serviceWorker.evaluate(async (n) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), nation: n } });
  }, nation);
}

async function openPopupFor(page: Page, openExtensionPage: (p: 'popup.html' | `viewer.html${string}`) => Promise<Page>, serviceWorker: Worker, url: string) {
  await page.goto(url);
  const tab = await tabIdOf(serviceWorker, url);
  const popup = await openExtensionPage(`popup.html?tab=${tab}` as 'popup.html');
  return popup;
}

test.describe('checking a letter', () => {
  test.afterEach(async ({ serviceWorker }) => setNationStored(serviceWorker, 'england-and-wales'));

  test('lists what is on the page, pairs the two dates and finds the conference late by 2 working days', async ({ page, server, serviceWorker, openExtensionPage }) => {
    const popup = await openPopupFor(page, openExtensionPage, serviceWorker, server.url('/letters/late-conference.html'));
    // What is on this page: grouped, with counts.
    await expect(popup.getByRole('heading', { name: /^Terms \(\d+\)/ })).toBeVisible({ timeout: 15_000 });
    await expect(popup.getByRole('heading', { name: /^Sections of the law \(\d+\)/ })).toBeVisible();
    await expect(popup.getByRole('heading', { name: /^Dates \(3\)/ })).toBeVisible();
    await expect(popup.getByRole('button', { name: /Strategy discussion/ }).first()).toBeVisible();
    await expect(popup.getByRole('button', { name: /Section 47, Children Act 1989/ })).toBeVisible();

    await popup.getByRole('tab', { name: 'Check a letter' }).click();
    const icpc = popup.locator('li.pairing[data-rule="icpc-15wd"]');
    await expect(icpc).toContainText('Monday 7 April 2025');
    await expect(icpc).toContainText('Friday 2 May 2025');
    await expect(icpc).toContainText('Late by 2 working days');
    await expect(icpc).toContainText('Suggested by CareLens');
    await icpc.getByRole('button', { name: 'Yes, this is right' }).click();
    await expect(icpc).toContainText('You confirmed this pairing');

    // Scotland: Easter Monday is a working day there, so the deadline is a day earlier.
    await popup.getByLabel('Bank holidays of').first().selectOption('scotland');
    await expect(icpc).toContainText('Late by 3 working days');
    await popup.getByLabel('Bank holidays of').first().selectOption('england-and-wales');
    await expect(icpc).toContainText('Late by 2 working days');

    // The person can change what a date was: then nothing meets the rule.
    const may2 = popup.locator('ul.dates li[data-iso="2025-05-02"]');
    await may2.getByRole('combobox').selectOption('');
    await expect(popup.locator('li.pairing[data-rule="icpc-15wd"]')).toContainText('the letter gives no date for it yet');

    // Two dates picked by hand.
    const manual = popup.getByRole('region', { name: 'Pick two dates yourself' });
    await manual.getByLabel('Timescale').selectOption('icpc-15wd');
    await manual.getByLabel('Counted from').fill('2025-04-07');
    await manual.getByLabel(/Happened on/).fill('2025-05-01');
    await expect(popup.getByTestId('manual-verdict')).toContainText('Late by 1 working day');
  });

  test('says when a letter is on time, and the answer follows the nation', async ({ page, server, serviceWorker, openExtensionPage }) => {
    const popup = await openPopupFor(page, openExtensionPage, serviceWorker, server.url('/letters/on-time-conference.html'));
    await popup.getByRole('tab', { name: 'Check a letter' }).click();
    const icpc = popup.locator('li.pairing[data-rule="icpc-15wd"]');
    await expect(icpc).toContainText(/on time/i, { timeout: 15_000 });
    await expect(icpc).toContainText('1 working day before the deadline (Thursday 11 December 2025)');
    await popup.getByLabel('Bank holidays of').first().selectOption('scotland');
    // St Andrew's Day (substitute, Monday 1 December 2025) is a Scottish bank holiday.
    await expect(icpc).toContainText('2 working days before the deadline (Friday 12 December 2025)');
  });

  test('choosing an item scrolls the page to its mark and opens its card', async ({ page, server, serviceWorker, openExtensionPage }) => {
    const popup = await openPopupFor(page, openExtensionPage, serviceWorker, server.url('/letters/late-conference.html'));
    await marksDrawn(page);
    // The letter fits on one screen: push it below the fold so that revealing the mark has to scroll.
    await page.evaluate(() => {
      document.body.style.paddingTop = `${2 * innerHeight}px`;
      document.body.style.paddingBottom = `${2 * innerHeight}px`;
      scrollTo(0, 0);
    });
    expect(await activeMark(page)).toBeNull();
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await popup.getByRole('button', { name: /Section 47, Children Act 1989/ }).click({ timeout: 15_000 });
    // On the page: the card of that section is open, and its mark is the active one, on screen.
    await expect.poll(() => card(page).then((c) => c && { kind: c.kind, label: c.label }), { timeout: 5_000 }).toEqual({
      kind: 'section',
      label: expect.stringMatching(/Section 47.*Children Act 1989/),
    });
    const mark = (await activeMark(page))!;
    expect(mark.text).toBe('section 47');
    expect(mark.top).toBeGreaterThanOrEqual(0);
    expect(mark.bottom).toBeLessThanOrEqual(mark.viewport);
    expect(mark.scrollY).toBeGreaterThan(0);
    // The popup keeps working.
    await expect(popup.getByRole('heading', { level: 1 })).toContainText('CareLens');
  });
});

const SAMPLE = [
  { rule: 'icpc-15wd', from: '2025-04-07', nation: 'england-and-wales' },
  { rule: 'icpc-15wd', from: '2025-04-07', nation: 'scotland' },
  { rule: 'core-group-first', from: '2025-12-19', nation: 'england-and-wales' },
  { rule: 'rcpc-first', from: '2025-05-02', nation: 'england-and-wales' },
  { rule: 'assessment-45wd', from: '2025-07-21', nation: 'scotland' },
  { rule: 'complaint-stage1', from: '2025-12-22', nation: 'northern-ireland' },
  { rule: 'complaint-stage2', from: '2026-03-30', nation: 'england-and-wales' },
  { rule: 'sar-1-month', from: '2026-01-31', nation: 'england-and-wales' },
];

test('the calculator gives the same dates as the deadline command', async ({ openExtensionPage, serviceWorker }) => {
  const dir = mkdtempSync(join(tmpdir(), 'carelens-calc-'));
  const batch = join(dir, 'batch.json');
  writeFileSync(batch, JSON.stringify(SAMPLE));
  const cli = JSON.parse(
    execFileSync('npx', ['tsx', 'src/cli/main.ts', 'deadline', '--json', '--batch', batch], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
  ) as { rule: string; due: string }[];
  expect(cli).toHaveLength(SAMPLE.length);

  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('tab', { name: 'Calculator' }).click();
  for (const [i, s] of SAMPLE.entries()) {
    await popup.getByLabel('Bank holidays of').selectOption(s.nation);
    await popup.getByLabel(/^What must happen/).selectOption(s.rule);
    await popup.getByLabel('Date it happened').fill(s.from);
    await expect(popup.getByTestId('due'), `${s.rule} from ${s.from} (${s.nation})`).toHaveAttribute('data-due', cli[i]!.due);
  }
  await setNationStored(serviceWorker, 'england-and-wales');
});

test('the calculator shows both ends of a window: the case management hearing, day 12 to day 18 from issue', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('tab', { name: 'Calculator' }).click();
  await popup.getByLabel(/^What must happen/).selectOption('plo-cmh');
  await popup.getByLabel('Date it happened').fill('2026-03-02'); // issued Monday 2 March = day 1
  const result = popup.getByTestId('calc-result');
  await expect(popup.getByTestId('earliest')).toHaveAttribute('data-earliest', '2026-03-13');
  await expect(popup.getByTestId('due')).toHaveAttribute('data-due', '2026-03-19');
  await expect(result).toContainText('Window: not before Friday 13 March 2026 (day 12) and not later than Thursday 19 March 2026 (day 18)');
  await expect(result).toContainText('checked December 2026');
});

test('the calculator finds rules by plain names and shows the chain, today’s progress and its source', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('tab', { name: 'Calculator' }).click();
  for (const [query, rule] of [
    ['subject access request', 'sar-1-month'],
    ['complaint stage 1', 'complaint-stage1'],
    ['initial child protection conference', 'icpc-15wd'],
  ] as const) {
    await popup.getByLabel('Find the event or rule').fill(query);
    await expect(popup.getByLabel(/^What must happen/).locator(`option[value="${rule}"]`)).toHaveCount(1);
  }
  await popup.getByLabel('Find the event or rule').fill('strategy discussion');
  await popup.getByLabel(/^What must happen/).selectOption('icpc-15wd');
  await popup.getByLabel('Date it happened').fill('2025-04-07');
  const result = popup.getByTestId('calc-result');
  await expect(result).toContainText('Wednesday 30 April 2025');
  await expect(result).toContainText('Easter Monday');
  await expect(result).toContainText('Working Together to Safeguard Children 2018');
  await expect(result).toContainText('National statutory guidance (England)');
  await expect(popup.getByTestId('chain').locator('li[data-rule="core-group-first"]')).toHaveAttribute('data-due', '2025-05-15');
  await expect(popup.getByTestId('progress')).not.toBeEmpty();
});

test('the .ics file imports cleanly with one event per deadline', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('tab', { name: 'Calculator' }).click();
  await popup.getByLabel(/^What must happen/).selectOption('icpc-15wd');
  await popup.getByLabel('Date it happened').fill('2025-04-07');
  const steps = popup.getByTestId('chain').locator('li');
  await expect(steps.first()).toBeVisible();
  const dues = (await steps.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-due') ?? ''))).filter(Boolean);
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: /Add to calendar/ }).click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  const component = new ICAL.Component(ICAL.parse(text));
  const events = component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events).toHaveLength(dues.length);
  expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  expect(events.map((e) => e.startDate.toString()).sort()).toEqual([...dues].sort());
  expect(events.find((e) => e.startDate.toString() === '2025-04-30')?.summary).toContain('Initial child protection conference');
});

test('look anything up: a term by abbreviation, a section by number, a timescale by name', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await popup.getByRole('tab', { name: 'Look up' }).click();
  const box = popup.getByLabel('Look up a term, a section or a timescale');
  await box.fill('ICPC');
  await popup.getByRole('button', { name: /Initial child protection conference/ }).first().click();
  await expect(popup.locator('.explain').first()).toContainText('Your rights');
  await box.fill('section 47');
  await popup.getByRole('button', { name: /Section 47, Children Act 1989/ }).click();
  await expect(popup.locator('.explain').first()).toContainText('legislation.gov.uk');
  await box.fill('core group');
  await expect(popup.getByRole('button', { name: /^First core group meeting: within 10 working days/ })).toBeVisible();
});

test('the popup and the options page have no axe-core violations', async ({ page, server, serviceWorker, openExtensionPage }) => {
  const popup = await openPopupFor(page, openExtensionPage, serviceWorker, server.url('/letters/late-conference.html'));
  for (const tab of ['On this page', 'Check a letter', 'Calculator', 'Look up']) {
    await popup.getByRole('tab', { name: tab }).click();
    if (tab === 'Look up') await popup.getByLabel('Look up a term, a section or a timescale').fill('ICPC');
    await popup.waitForTimeout(300);
    const results = await new AxeBuilder({ page: popup }).analyze();
    expect(results.violations.map((v) => `${tab}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  const options = await openExtensionPage('options.html');
  await expect(options.getByRole('heading', { level: 1 })).toContainText('CareLens');
  const results = await new AxeBuilder({ page: options }).analyze();
  expect(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the popup lists what is in a PDF open in the viewer', async ({ openExtensionPage, server }) => {
  const viewerUrl = `viewer.html?file=${encodeURIComponent(server.url('/generated/letter.pdf'))}` as const;
  const viewer = await openExtensionPage(viewerUrl);
  await expect(viewer.locator('.textLayer').first()).toContainText('section 47', { timeout: 15_000 });
  const tab = await ownPageTabId(viewer);
  const popup = await openExtensionPage(`popup.html?tab=${tab}` as 'popup.html');
  await expect(popup.getByRole('button', { name: /Section 47, Children Act 1989/ })).toBeVisible({ timeout: 15_000 });
});
