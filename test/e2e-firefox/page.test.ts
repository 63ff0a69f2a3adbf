// CareLens in Firefox on web pages: marks and the card, the popup, the options, nothing changed in the page but the one host,
// and the network guard (nothing leaves 127.0.0.1).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { recordPageMutations } from '../e2e/in-page';
import { card, highlightSizes, marksDrawn, openCardOver, refusedByProxy, startFirefoxSession, tabIdOf, until, type FirefoxSession } from './firefox';

let session: FirefoxSession;

beforeAll(async () => {
  session = await startFirefoxSession();
});

afterAll(async () => {
  await session?.close();
});

test('marks are drawn on a page and hovering "section 47" opens its card with the legislation.gov.uk link', async () => {
  const page = await session.openMarkedPage('/letters/late-conference.html');
  const sizes = await highlightSizes(page);
  expect(sizes.section).toBeGreaterThan(0);
  expect(sizes.term).toBeGreaterThan(0);
  expect(sizes.date).toBeGreaterThan(0);
  const opened = await openCardOver(page, 'section 47');
  expect(opened.label).toContain('Section 47');
  expect(opened.links).toContain('https://www.legislation.gov.uk/ukpga/1989/41/section/47');
  await page.close();
});

test('no page node changes except the one shadow host, whose shadow root is closed', async () => {
  const page = await session.newPage();
  await page.evaluateOnNewDocument(recordPageMutations);
  await page.goto(session.server.url('/pages/seed-001.html'));
  await marksDrawn(page);
  await openCardOver(page, 'section 47');
  await page.keyboard.press('Escape');
  await new Promise((done) => setTimeout(done, 300));
  const { records, same, hostAttrs, shadowRoot } = await page.evaluate(() => {
    const w = window as unknown as { __records: string[]; __before: string };
    const host = document.querySelector('ui-layer-host');
    const after = document.documentElement.outerHTML.replace(/<ui-layer-host><\/ui-layer-host>/, '');
    return { records: w.__records, same: after === w.__before, hostAttrs: host?.attributes.length ?? -1, shadowRoot: host?.shadowRoot ?? null };
  });
  expect(records).toEqual(['childList HTML  +[UI-LAYER-HOST] -[]']);
  expect(same, 'page markup unchanged apart from our host').toBe(true);
  expect(hostAttrs).toBe(0);
  expect(shadowRoot, 'page scripts cannot reach into the card').toBeNull();
  await page.close();
});

test("the popup lists the page's marks", async () => {
  const page = await session.newPage();
  const url = session.server.url('/letters/late-conference.html');
  await page.goto(url);
  await marksDrawn(page);
  const probe = await session.openExtensionPage('popup.html', 'body');
  const tab = await tabIdOf(probe, url);
  await probe.close();
  const popup = await session.openExtensionPage(`popup.html?tab=${tab}`, 'h2, h3');
  const listed = await until(
    () => popup.evaluate(() => ({ headings: [...document.querySelectorAll('h2, h3')].map((h) => h.textContent ?? ''), buttons: [...document.querySelectorAll('button')].map((b) => b.textContent ?? '') })),
    (l) => l.headings.some((h) => /^Dates \(\d+\)/.test(h)),
  );
  expect(listed.headings.some((h) => /^Terms \(\d+\)/.test(h))).toBe(true);
  expect(listed.headings.some((h) => /^Sections of the law \(\d+\)/.test(h))).toBe(true);
  expect(listed.headings).toContain('Dates (3)');
  expect(listed.buttons.some((b) => /Section 47, Children Act 1989/.test(b))).toBe(true);
  await popup.close();
  await page.close();
});

test('options: switching off a kind of mark (Dates) is kept and the next page has no date marks', async () => {
  const options = await session.openExtensionPage('options.html', 'h1');
  const toggleDates = () =>
    options.evaluate(() => {
      const label = [...document.querySelectorAll('label')].find((l) => (l.textContent ?? '').trim().startsWith('Dates'));
      const box = label?.querySelector('input[type="checkbox"]') as HTMLInputElement | null;
      if (!box) throw new Error('no Dates checkbox');
      box.click();
      return box.checked;
    });
  expect(await toggleDates()).toBe(false);
  const page = await session.openMarkedPage('/letters/late-conference.html');
  const sizes = await until(() => highlightSizes(page), (s) => s.term > 0);
  expect(sizes.date).toBe(0);
  expect(sizes.section).toBeGreaterThan(0);
  expect(await toggleDates()).toBe(true);
  await page.close();
  await options.close();
});

test('network guard: nothing CareLens or its pages did reached a host other than 127.0.0.1', async () => {
  expect(session.guard.violations, 'requests pages made off 127.0.0.1').toEqual([]);
  // The proxy sees every non-loopback connection the whole browser tried, the extension's background included.
  expect(refusedByProxy(session.guard), 'connections refused by the proxy').toEqual([]);
});

test('network guard: a request off 127.0.0.1 is caught (the guard can fail)', async () => {
  const page = await session.newPage();
  await page.goto(session.server.url('/pages/plain.html'));
  await page.evaluate(() => fetch('http://guard-check.invalid/').catch(() => undefined));
  await until(async () => session.guard.violations.slice(), (v) => v.includes('guard-check.invalid'));
  await until(async () => refusedByProxy(session.guard), (r) => r.some((h) => h.includes('guard-check.invalid')));
  session.guard.violations.length = 0;
  session.guard.refused.length = 0;
  await page.close();
});
