// npm start -- --browser firefox: the demo in Firefox ESR with CareLens's Firefox build installed (test/e2e-firefox
// harness: puppeteer-core over WebDriver BiDi). With --screenshot, what a new user would see in Firefox.
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { extensionOrigin, hover, launchFirefox, marksDrawn } from '../../test/e2e-firefox/firefox';
import type { FixtureServer } from '../../test/e2e/server';

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function extensionPage(browser: Browser, path: string, ready: string) {
  const page = await browser.newPage();
  void page.goto(`${extensionOrigin}/${path}`).catch(() => undefined);
  for (let i = 0; i < 100 && !(await page.$(ready).catch(() => null)); i++) await pause(200);
  return page;
}

/** Writes the Firefox screenshots into `dir`, returning the files written. */
export async function firefoxShots(browser: Browser, server: FixtureServer, dir: string): Promise<string[]> {
  const files: string[] = [];
  const page = await browser.newPage();
  await page.goto(server.url('/demo/index.html'));
  await marksDrawn(page);
  files.push(join(dir, 'firefox-demo-page.png'));
  await page.screenshot({ path: files.at(-1) as `${string}.png` });
  await hover(page, 'section 47');
  await pause(1500);
  files.push(join(dir, 'firefox-card.png'));
  await page.screenshot({ path: files.at(-1) as `${string}.png` });
  const reader = await extensionPage(browser, `viewer.html?file=${encodeURIComponent(server.url('/generated/letter.pdf'))}`, '.page[data-page-number="1"][data-marks]');
  files.push(join(dir, 'firefox-letter-pdf.png'));
  await reader.screenshot({ path: files.at(-1) as `${string}.png` });
  const sidebar = await extensionPage(browser, 'sidepanel.html', 'main, body > div');
  await pause(500);
  files.push(join(dir, 'firefox-sidebar.png'));
  await sidebar.screenshot({ path: files.at(-1) as `${string}.png` });
  return files;
}

/** Opens the demo in Firefox; headless with screenshots, or a window until it is closed. */
export async function startFirefox(server: FixtureServer, options: { headless: boolean; screenshotDir: string | null }): Promise<void> {
  const browser = await launchFirefox({ headless: options.headless });
  if (options.screenshotDir) for (const file of await firefoxShots(browser, server, options.screenshotDir)) console.log(`wrote ${file}`);
  if (options.headless) {
    await browser.close();
    return;
  }
  const page = await browser.newPage();
  await page.goto(server.url('/demo/index.html'));
  console.log(`CareLens is loaded in Firefox. Demo page: ${server.url('/demo/index.html')}. Close the browser window to stop.`);
  await new Promise<void>((done) => browser.on('disconnected', () => done()));
}
