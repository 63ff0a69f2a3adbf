import { test, expect } from './fixtures';

test('the options page saves nation, kinds, profile, PDF redirect and lists sites switched off', async ({ openExtensionPage, serviceWorker }) => {
  await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { disabledSites: ['www.example.gov.uk', 'council.example'] } }));
  const options = await openExtensionPage('options.html');
  await expect(options.getByRole('heading', { level: 1 })).toContainText('CareLens');
  await options.getByRole('radio', { name: 'Scotland' }).check();
  await options.getByRole('checkbox', { name: /^Dates/ }).uncheck();
  await options.getByRole('radio', { name: /Cambridgeshire/ }).check();
  await options.getByRole('checkbox', { name: /Open PDFs/ }).uncheck();
  await options.getByRole('button', { name: 'Switch CareLens back on for www.example.gov.uk' }).click();
  await expect(options.getByText('www.example.gov.uk')).toHaveCount(0);
  await expect(options.getByText('council.example')).toBeVisible();
  await expect(options.getByText(/does not give legal advice/)).toBeVisible();
  await expect(options.getByText(/Family Rights Group/)).toBeVisible();
  const stored = await serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
  expect(stored).toMatchObject({
    nation: 'scotland',
    profile: 'cambridgeshire',
    openPdfsInViewer: false,
    disabledSites: ['council.example'],
    kinds: { term: true, section: true, duration: true, date: false },
  });
  await serviceWorker.evaluate(() => chrome.storage.local.remove('settings'));
});

test('the popup switches CareLens off for the site it was opened on', async ({ page, server, serviceWorker, openExtensionPage }) => {
  const url = server.url('/letters/on-time-conference.html');
  await page.goto(url);
  const tab = await serviceWorker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? null, url);
  const popup = await openExtensionPage(`popup.html?tab=${tab}` as 'popup.html');
  const toggle = popup.getByRole('checkbox', { name: 'On for 127.0.0.1' });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect.poll(async () => serviceWorker.evaluate(async () => ((await chrome.storage.local.get("settings")).settings as { disabledSites?: string[] } | undefined)?.disabledSites)).toEqual(['127.0.0.1']);
  await toggle.check();
  await expect.poll(async () => serviceWorker.evaluate(async () => ((await chrome.storage.local.get("settings")).settings as { disabledSites?: string[] } | undefined)?.disabledSites)).toEqual([]);
  await expect(popup.getByRole('link', { name: /^Options/ })).toBeVisible();
});
