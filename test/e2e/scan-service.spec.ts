// Pages are scanned by the service worker (src/background/scan-service.ts): the content script sends the text
// and paints what comes back. The worker may be stopped at any time (the browser does so when it is idle):
// the next scan wakes it and marks still come.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, needSeeds } from './fixtures';
import { card, highlightSizes, hover, marksDrawn, sendToTab, type Sizes } from './content-helpers';
import type { FixtureServer } from './server';

const generated = join(dirname(fileURLToPath(import.meta.url)), '../generated');

test('after the service worker was stopped, new content on an open page is still marked', async ({ page, server, browserContext }) => {
  needSeeds();
  await page.goto(server.url('/pages/spa.html'));
  await page.waitForFunction(() => performance.getEntriesByName('carelens:start').length > 0);
  await page.waitForTimeout(300);
  // stop every service worker (ours included) through the DevTools protocol, as the browser does when idle
  const cdp = await browserContext.newCDPSession(page);
  const status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { scriptURL: string; runningStatus: string }[] }) => {
    for (const v of e.versions) if (v.scriptURL.startsWith('chrome-extension://')) status.set(v.scriptURL, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => [...status.values()], { timeout: 5000 }).toContain('running');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => [...status.values()], { timeout: 5000 }).toEqual(['stopped']);
  await cdp.send('ServiceWorker.disable');
  await page.evaluate(() => (window as unknown as { spa: { go(v: string): void } }).spa.go('assessment'));
  await expect.poll(() => highlightSizes(page).then((s) => s.section), { timeout: 10_000 }).toBe(1);
});

const copies = 16;

/** Opens seed 001's page 16 times over (1.3 MB of text, about 6,000 marks), served at /long-001.html, once its marks are drawn; returns its address. */
async function openLongPage(page: import('@playwright/test').Page, server: FixtureServer): Promise<string> {
  const one = readFileSync(join(generated, 'pages/seed-001.html'), 'utf8');
  const [head, rest] = one.split('<body>');
  const [body, tail] = rest!.split('</body>');
  await page.route('**/long-001.html', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: `${head}<body>${Array(copies).fill(body).join('\n')}</body>${tail}` }),
  );
  const url = server.url('/long-001.html');
  await page.goto(url);
  await marksDrawn(page);
  return url;
}

const marksFound = (page: import('@playwright/test').Page) =>
  page.evaluate(() => ((performance.getEntriesByName('carelens:drawn')[0] as PerformanceMark).detail as { marks: number }).marks);

const total = (s: Sizes) => s.term + s.section + s.duration + s.date;

test('a long page is sent in pieces and marked to its end', async ({ page, server }) => {
  needSeeds();
  await page.goto(server.url('/pages/seed-001.html'));
  await marksDrawn(page);
  const single = await marksFound(page);
  expect(total(await highlightSizes(page))).toBe(single); // a page of a few hundred marks has them all painted
  await openLongPage(page, server);
  const report = await page.evaluate(() => {
    const scanned = performance.getEntriesByName('carelens:scanned')[0] as PerformanceMark;
    const d = scanned.detail as { chars: number; pieces: number; largest: number; answers: number };
    return { chars: d.chars, pieces: d.pieces, largest: d.largest, answers: d.answers };
  });
  expect(report.chars).toBeGreaterThan(1_000_000);
  // sent as it is read, about 262,144 characters a message (each serialised in a short task: a 5 MB string at
  // once blocks the page), and answered in stretches of at most 524,288 characters (what the worker found while the
  // pieces came, then the rest)
  expect(report.largest).toBeLessThanOrEqual(262_144 * 1.5);
  expect(report.pieces).toBeGreaterThanOrEqual(Math.floor(report.chars / (262_144 * 1.5)));
  expect(report.pieces).toBeLessThanOrEqual(Math.ceil(report.chars / 262_144) + 1);
  expect(report.answers).toBeGreaterThanOrEqual(Math.ceil(report.chars / 524_288));
  expect(report.answers).toBeLessThanOrEqual(report.pieces + Math.ceil(report.chars / 524_288));
  expect(await marksFound(page)).toBe(single * copies);
});

test('on a page with thousands of marks, the marks around the view are painted, and they follow scrolling', async ({ page, server }) => {
  needSeeds();
  await openLongPage(page, server);
  const found = await marksFound(page);
  expect(found).toBeGreaterThan(5000);
  // registered ranges and where they are, from the page's side of the shared highlight registry
  const painted = () =>
    page.evaluate(() => {
      const tops: number[] = [];
      for (const name of ['term', 'section', 'duration', 'date']) {
        const h = (CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights.get(`mark-${name}`);
        for (const r of h ?? []) {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          tops.push(live.getBoundingClientRect().top + scrollY);
        }
      }
      return { count: tops.length, min: Math.min(...tops), max: Math.max(...tops), viewTop: scrollY, viewBottom: scrollY + innerHeight, pageBottom: document.documentElement.scrollHeight };
    });
  const atTop = await painted();
  expect(atTop.count).toBeGreaterThan(50);
  expect(atTop.count).toBeLessThan(found / 3);
  expect(atTop.min).toBeLessThan(atTop.viewBottom); // the marks in view are painted
  expect(atTop.max).toBeLessThan(atTop.pageBottom / 3); // the end of the page is not
  // halfway down, then a little further: the little scroll leaves the highlights as they are (each change costs
  // a frame that places them all again)
  const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect.poll(async () => (await painted()).min > atTop.viewBottom, { timeout: 2000 }).toBe(true);
  const half = await painted();
  expect(half.min).toBeLessThan(half.viewTop);
  expect(half.max).toBeGreaterThan(half.viewBottom);
  await page.evaluate(() => scrollBy(0, 150));
  await frames();
  expect(await painted()).toMatchObject({ count: half.count, min: half.min, max: half.max });
  // at the end of the page: its marks are painted, those at the top no longer
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(async () => {
    const p = await painted();
    return p.max > p.viewTop && p.min > atTop.viewBottom;
  }, { timeout: 2000 }).toBe(true);
  // and a mark there opens its card
  const occurrences = await page.evaluate(() => document.body.textContent!.split('section 47').length - 1);
  await hover(page, 'section 47', occurrences - 1);
  await expect.poll(() => card(page).then((c) => c?.text ?? ''), { timeout: 3000 }).toContain('Children Act 1989');
});

test('a long page that changes: new text in view is painted; cut below 1,500 marks, every mark is painted again', async ({ page, server, serviceWorker }) => {
  needSeeds();
  const url = await openLongPage(page, server);
  const reported = async () => ((await sendToTab(serviceWorker, url, { type: 'carelens:get-report' })) as { matches: unknown[] }).matches.length;
  expect(await reported()).toBeGreaterThan(5000);
  expect(total(await highlightSizes(page))).toBeLessThan(1500); // a window of them
  const paintedIn = (selector: string) =>
    page.evaluate((sel) => {
      const el = document.querySelector(sel);
      let n = 0;
      for (const name of ['term', 'section', 'duration', 'date']) {
        const h = (CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights.get(`mark-${name}`);
        for (const r of h ?? []) if (el?.contains(r.startContainer)) n++;
      }
      return n;
    }, selector);
  // a paragraph added at the top, in view, among thousands of marks
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'added';
    p.textContent = 'The council starts a section 47 enquiry; the conference follows within 15 working days.';
    document.body.prepend(p);
    scrollTo(0, 0);
  });
  await expect.poll(() => paintedIn('#added'), { timeout: 3000 }).toBeGreaterThanOrEqual(2);
  // most of the page removed: a few hundred marks are left, and every one of them is painted
  await page.evaluate(() => document.body.replaceChildren(...[...document.body.children].slice(0, 60)));
  await expect
    .poll(async () => {
      const marks = await reported();
      return marks > 0 && marks < 1500 && total(await highlightSizes(page)) === marks;
    }, { timeout: 5000 })
    .toBe(true);
  expect(await paintedIn('#added')).toBeGreaterThanOrEqual(2);
});
