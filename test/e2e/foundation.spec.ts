import { test, expect } from './fixtures';

test('the content script runs on a page served from 127.0.0.1', async ({ page, server, serviceWorker }) => {
  const url = server.url('/demo/index.html');
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Strategy discussions/);
  const reply = await serviceWorker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    if (!tab?.id) return null;
    for (let attempt = 0; attempt < 50; attempt++) {
      try {
        return await chrome.tabs.sendMessage(tab.id, { type: 'carelens:ping' }, { frameId: 0 });
      } catch {
        await new Promise((done) => setTimeout(done, 100)); // content script not injected yet
      }
    }
    return null;
  }, url);
  expect(reply).toMatchObject({ url, frame: 'top', title: expect.stringContaining('Northbridge') });
});

test('the popup, side panel and options pages render', async ({ openExtensionPage }) => {
  for (const path of ['popup.html', 'sidepanel.html', 'options.html'] as const) {
    const page = await openExtensionPage(path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('CareLens');
  }
});

test('the viewer renders page 1 of a generated PDF with its bundled worker and a text layer', async ({
  openExtensionPage,
  server,
}) => {
  const consoleLines: string[] = [];
  const workerUrls: string[] = [];
  const page = await openExtensionPage(`viewer.html?file=${encodeURIComponent(server.url('/generated/letter.pdf'))}`);
  page.on('console', (message) => consoleLines.push(message.text()));
  page.on('worker', (worker) => workerUrls.push(worker.url()));
  await page.reload(); // listeners are now attached from the very start
  const textLayer = page.locator('.page[data-page-number="1"] .textLayer');
  await expect(textLayer).toContainText('make enquiries under section 47', { timeout: 15_000 });
  await expect(page.getByText('1 page')).toBeVisible();
  const painted = await page.locator('.page canvas').evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d')!;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark++;
    return dark;
  });
  expect(painted, 'dark pixels drawn on the page canvas').toBeGreaterThan(1000);
  expect(workerUrls.some((url) => /^chrome-extension:\/\/.+pdf\.worker/.test(url))).toBe(true);
  expect(consoleLines.filter((line) => /fake worker/i.test(line))).toEqual([]);
});

test('the viewer says clearly when a PDF cannot be loaded', async ({ openExtensionPage, server }) => {
  const page = await openExtensionPage(`viewer.html?file=${encodeURIComponent(server.url('/generated/missing.pdf'))}`);
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await expect(page.getByRole('link', { name: 'Open the original file' })).toBeVisible();
});

test('the network guard catches a request to a host other than 127.0.0.1', async ({
  openExtensionPage,
  guard,
  networkGuardChecked,
}) => {
  const page = await openExtensionPage('popup.html');
  const body = await page.evaluate(() =>
    fetch('http://guard-check.example/').then(
      (response) => response.text(),
      () => 'no response',
    ),
  );
  expect(body).not.toContain('Example Domain');
  expect(guard.violations).toContain('guard-check.example');
  expect(guard.refused).toContain('guard-check.example');
  networkGuardChecked.expectViolations = true;
});
