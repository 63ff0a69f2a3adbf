// "Where CareLens reads": in "only sites I allow" mode a page of a site not allowed is not read at all (nothing of
// CareLens reaches it, and nothing leaves the machine: the network guard), and allowing the site from the toolbar
// button marks the open page without a reload.
//
// What this test cannot click: the browser's own permission prompt (a window of the browser, out of Playwright's
// reach). The test build has access to all sites from install (wxt.config.ts), so the toolbar button's real
// permissions.request for the site resolves at once without a prompt; everything after it (settings, registration,
// running the content script in the open tab) is the shipped code path.
import { test, expect, contentScriptRegistered } from './fixtures';
import { highlightSizes, marksDrawn } from './content-helpers';
import { NO_TRACE, PAGE_TRACES } from './privacy-helpers';

test('only sites I allow: a page not allowed is not read; allowing it from the toolbar marks it without a reload', async ({ page, server, serviceWorker, openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  await options.getByRole('radio', { name: /Only on the sites I allow/ }).check();
  await expect(options.getByText('None yet.')).toBeVisible();
  // the service worker takes the content script's registration back: nowhere is allowed yet
  await contentScriptRegistered(serviceWorker, false);

  const url = server.url('/pages/seed-001.html');
  await page.addInitScript(() => {
    (window as unknown as { __loadedAt: number }).__loadedAt = Date.now();
  });
  await page.goto(url);
  await page.waitForTimeout(1500); // (time for a content script to have started, were there one)
  expect(await page.evaluate(PAGE_TRACES), 'the page finds nothing of CareLens').toEqual(NO_TRACE);
  const tab = await serviceWorker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? null, url);
  // no content script answers in the tab
  const answer = await serviceWorker.evaluate(
    (id) => chrome.tabs.sendMessage(id!, { type: 'carelens:ping' }).then(() => 'answered', (e: Error) => e.message),
    tab,
  );
  expect(answer).toMatch(/Receiving end does not exist/);
  const loadedAt = await page.evaluate(() => (window as unknown as { __loadedAt: number }).__loadedAt);

  const popup = await openExtensionPage(`popup.html?tab=${tab}` as 'popup.html');
  await expect(popup.getByText('It has not read this page.')).toBeVisible();
  await expect(popup.getByRole('checkbox', { name: /On for/ })).toHaveCount(0);
  await popup.getByRole('button', { name: 'Let CareLens read 127.0.0.1' }).click();
  await expect(popup.getByRole('checkbox', { name: 'On for 127.0.0.1' })).toBeChecked();

  // marked in place: the same document (no reload), with marks
  await marksDrawn(page);
  expect(await page.evaluate(() => (window as unknown as { __loadedAt: number }).__loadedAt)).toBe(loadedAt);
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  const sizes = await highlightSizes(page);
  expect(sizes.section + sizes.term).toBeGreaterThan(10);
  const stored = await serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as { readOn: string; allowedSites: string[] });
  expect(stored).toMatchObject({ readOn: 'allowed', allowedSites: ['127.0.0.1'] });
  await contentScriptRegistered(serviceWorker, true);
  const registered = await serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts())[0]?.matches);
  expect(registered).toEqual(['*://127.0.0.1/*']);

  // back to everywhere for the other tests (the options page's own radio)
  // (checked once the browser answered the request for all sites: not at the click itself)
  await options.getByRole('radio', { name: /Everywhere/ }).click();
  await expect(options.getByRole('radio', { name: /Everywhere/ })).toBeChecked();
  await expect
    .poll(() => serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts())[0]?.matches?.slice().sort()))
    .toEqual(['file:///*', 'http://*/*', 'https://*/*']);
  await serviceWorker.evaluate(() => chrome.storage.local.remove('settings'));
});
