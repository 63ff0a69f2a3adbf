// Accessibility of the hover card (axe-core). The card lives in a closed shadow root, out of axe's reach: the test
// copies the open card as the user sees it (its markup and its styles) into an open shadow root on a blank page and
// audits that, for each kind of card, on a light and a dark page.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, needSeeds } from './fixtures';
import { card, hover, inShadow, marksDrawn } from './content-helpers';

/** The open card's markup and every style its shadow root uses. */
function openCardCopy(page: Page): Promise<{ html: string; css: string } | null> {
  return inShadow<{ html: string; css: string }>(
    page,
    `function () {
      const el = this.querySelector('[role="dialog"]');
      if (!el) return null;
      const sheets = [...this.adoptedStyleSheets, ...[...this.querySelectorAll('style')].map((s) => s.sheet).filter(Boolean)];
      const css = sheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\\n')).join('\\n');
      return { html: this.innerHTML, css };
    }`,
  );
}

const cases = [
  { page: '/pages/seed-002.html', text: 'section 47', kind: 'section' },
  { page: '/pages/seed-001.html', text: '15 working days of a strategy discussion', part: '15 working days', kind: 'duration' },
  { page: '/pages/seed-000.html', text: 'child in need', kind: 'term' },
  { page: '/pages/seed-000.html', text: '3 Mar 2019', kind: 'date' },
  { page: '/pages/seed-002-dark.html', text: 'section 47', kind: 'section' },
];

for (const c of cases) {
  test(`the ${c.kind} card on ${c.page} has no serious accessibility violations`, async ({ page, server, browserContext }) => {
    needSeeds();
    await page.goto(server.url(c.page));
    await marksDrawn(page);
    await hover(page, c.text, 0, c.part);
    await expect.poll(() => card(page).then((x) => x?.kind), { timeout: 5000 }).toBe(c.kind);
    const copy = (await openCardCopy(page))!;
    expect(copy.html).toContain('role="dialog"');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const audit = await browserContext.newPage();
    await audit.setContent(`<!doctype html><html lang="en-GB"><head><title>card</title></head><body style="background:${background}"><main><div id="host"></div></main></body></html>`);
    await audit.evaluate(({ html, css }) => {
      const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
      root.innerHTML = `<style>${css}</style>${html}`;
    }, copy);
    const results = await new AxeBuilder({ page: audit }).include('#host').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // the audit saw the card
    expect(results.passes.length + results.violations.length).toBeGreaterThan(5);
    await audit.close();
  });
}
