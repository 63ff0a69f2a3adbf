// The screenshots `npm start -- --headless --screenshot DIR` writes: what a new user would see.
import type { BrowserContext } from '@playwright/test';
import type { FixtureServer } from '../../test/e2e/server';

export interface Demo {
  context: BrowserContext;
  server: FixtureServer;
  extensionId: string;
}

export interface Shot {
  name: string;
  take(demo: Demo, file: string): Promise<void>;
}

export const shots: Shot[] = [
  {
    name: 'demo-page',
    async take({ context, server }, file) {
      const page = await context.newPage();
      await page.goto(server.url('/demo/index.html'));
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500); // marks are drawn at idle time
      await page.screenshot({ path: file });
      await page.close();
    },
  },
  {
    name: 'letter-pdf',
    async take({ context, server, extensionId }, file) {
      const page = await context.newPage();
      const pdf = encodeURIComponent(server.url('/generated/letter.pdf'));
      await page.goto(`chrome-extension://${extensionId}/viewer.html?file=${pdf}`);
      await page.locator('.textLayer span').first().waitFor();
      await page.screenshot({ path: file });
      await page.close();
    },
  },
  {
    // The popup on a fictional council letter, at a popup's size, showing the letter check.
    name: 'popup-letter-check',
    async take({ context, server, extensionId }, file) {
      const page = await context.newPage();
      const url = server.url('/letters/late-conference.html');
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 440, height: 900 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      const tabId = await popup.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? null, url);
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      await popup.getByRole('tab', { name: 'Check a letter' }).click();
      await popup.locator('li.pairing').first().waitFor({ timeout: 10_000 });
      await popup.screenshot({ path: file, fullPage: true });
      await popup.close();
      await page.close();
    },
  },
];
