// Pages are scanned by the service worker (src/background/scan-service.ts): the content script sends the text
// and paints what comes back. The worker may be stopped at any time (the browser does so when it is idle):
// the next scan wakes it and marks still come.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { highlightSizes, marksDrawn } from './content-helpers';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures');

test('after the service worker was stopped, new content on an open page is still marked', async ({ page, server, browserContext }) => {
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

test('a long page is sent in pieces and marked to its end', async ({ page, server }) => {
  const one = readFileSync(join(fixtures, 'pages/seed-001.html'), 'utf8');
  const [head, rest] = one.split('<body>');
  const [body, tail] = rest!.split('</body>');
  const copies = 16;
  await page.route('**/long-001.html', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: `${head}<body>${Array(copies).fill(body).join('\n')}</body>${tail}` }),
  );
  await page.goto(server.url('/pages/seed-001.html'));
  await marksDrawn(page);
  const single = await highlightSizes(page);
  await page.goto(server.url('/long-001.html'));
  await marksDrawn(page);
  const report = await page.evaluate(() => {
    const scanned = performance.getEntriesByName('carelens:scanned')[0] as PerformanceMark;
    const d = scanned.detail as { chars: number; pieces: number; largest: number; answers: number };
    return { chars: d.chars, pieces: d.pieces, largest: d.largest, answers: d.answers };
  });
  expect(report.chars).toBeGreaterThan(1_000_000);
  // sent as it is read, about 262,144 characters a message (each serialised in a short task: a 5 MB string at
  // once blocks the page), and answered in stretches of 524,288 characters
  expect(report.largest).toBeLessThanOrEqual(262_144 * 1.5);
  expect(report.pieces).toBeGreaterThanOrEqual(Math.floor(report.chars / (262_144 * 1.5)));
  expect(report.pieces).toBeLessThanOrEqual(Math.ceil(report.chars / 262_144) + 1);
  expect(report.answers).toBe(Math.ceil(report.chars / 524_288));
  const sizes = await highlightSizes(page);
  for (const kind of ['term', 'section', 'duration', 'date'] as const) expect(sizes[kind], kind).toBe(single[kind] * copies);
});
