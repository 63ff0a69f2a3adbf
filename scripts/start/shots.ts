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
  ...(['light', 'dark'] as const).map(
    (theme): Shot => ({
      name: `hover-card-${theme}`,
      async take({ context, server }, file) {
        const page = await context.newPage();
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(server.url(theme === 'light' ? '/demo/index.html' : '/pages/seed-002-dark.html'));
        await page.waitForFunction(() => performance.getEntriesByName('carelens:drawn').length > 0, null, { timeout: 15_000 });
        const target = theme === 'light' ? ['15 working days of the strategy discussion', '15 working days'] : ['section 47', 'section 47'];
        const point = await page.evaluate(([text, part]) => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const at = (n as Text).data.indexOf(text!);
            if (at < 0) continue;
            const from = at + text!.indexOf(part!);
            const r = document.createRange();
            r.setStart(n, from);
            r.setEnd(n, from + part!.length);
            (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
            const rect = r.getClientRects()[0]!;
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          }
          return null;
        }, target);
        if (point) {
          await page.mouse.move(point.x - 2, point.y);
          await page.mouse.move(point.x, point.y);
          await page.waitForTimeout(700); // the card opens after a short delay
        }
        await page.screenshot({ path: file });
        await page.close();
      },
    }),
  ),
];
