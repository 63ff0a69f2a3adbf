// The content script on web pages: marks drawn with CSS highlights, the hover card (closed shadow root,
// reached through CDP), keyboard, no page mutation, single-page apps, frames, settings.
import type { Worker } from '@playwright/test';
import { test, expect, needSeeds } from './fixtures';
import { card, highlightSizes, hover, marksDrawn, sendToTab, setField, inShadow } from './content-helpers';
import { recordPageMutations } from './in-page';

// The extension loads asynchronously when the browser starts: make sure it is up before the first page.
test.beforeEach(async ({ serviceWorker }) => {
  expect(serviceWorker.url()).toContain('chrome-extension://');
});


test('hovering "section 47" opens a card naming the Children Act 1989 with a legislation.gov.uk link', async ({ page, server }) => {
  needSeeds();
  await page.goto(server.url('/pages/seed-002.html'));
  await marksDrawn(page);
  const sizes = await highlightSizes(page);
  expect(sizes.section).toBeGreaterThan(0);
  expect(sizes.term).toBeGreaterThan(0);
  await hover(page, 'section 47');
  await expect.poll(() => card(page).then((c) => c?.label), { timeout: 3000 }).toContain('Children Act 1989');
  const c = (await card(page))!;
  expect(c.kind).toBe('section');
  expect(c.label).toMatch(/Section 47/);
  expect(c.links.some((href) => href.startsWith('https://www.legislation.gov.uk/ukpga/1989/41/section/47'))).toBe(true);
  // on screen
  expect(c.rect.left).toBeGreaterThanOrEqual(0);
  expect(c.rect.right).toBeLessThanOrEqual(1280);
  expect(c.rect.bottom).toBeLessThanOrEqual(900);
  // moving away closes it
  await page.mouse.move(5, 5);
  await expect.poll(() => card(page), { timeout: 3000 }).toBeNull();
});

test('an unnamed act is shown as "assumed Children Act 1989"', async ({ page, server }) => {
  needSeeds();
  await page.goto(server.url('/pages/seed-000.html'));
  await marksDrawn(page);
  await hover(page, 'section 47');
  await expect.poll(() => card(page).then((c) => c?.text ?? ''), { timeout: 3000 }).toContain('assumed Children Act 1989');
});

test('hovering "15 working days" near "strategy discussion" shows the rule and computes a due date', async ({ page, server }) => {
  needSeeds();
  await page.goto(server.url('/pages/seed-001.html'));
  await marksDrawn(page);
  await hover(page, '15 working days of a strategy discussion', 0, '15 working days');
  await expect.poll(() => card(page).then((c) => c?.kind), { timeout: 3000 }).toBe('duration');
  let c = (await card(page))!;
  expect(c.text).toContain('Initial child protection conference');
  expect(c.text).toContain('within 15 working days');
  expect(c.text).toMatch(/Working Together/);
  // the pointer moves into the card: it stays open
  await page.mouse.move(c.rect.left + 20, c.rect.top + 20);
  await page.waitForTimeout(600);
  expect(await card(page)).not.toBeNull();
  await setField(page, 'input[type="date"]', '2026-03-27');
  await expect.poll(() => card(page).then((c) => c?.text ?? '')).toContain('Tuesday 21 April 2026');
  c = (await card(page))!;
  expect(c.text).toMatch(/Good Friday/);
  expect(c.text).toMatch(/What follows/);
});

test('the calculator defaults to a date found nearby', async ({ page, server }) => {
  await page.goto(server.url('/pages/spa.html'));
  await page.evaluate(() => (window as unknown as { spa: { go(v: string): void } }).spa.go('conference'));
  await expect.poll(() => highlightSizes(page).then((s) => s.duration), { timeout: 3000 }).toBeGreaterThan(0);
  // The new view's marks may land just after the old view's: hover again until the card opens.
  await expect
    .poll(
      async () => {
        await hover(page, '15 working days');
        return (await card(page))?.text ?? '';
      },
      { timeout: 10_000 },
    )
    .toContain('4 May 2026');
  // 4 May 2026 is the Early May bank holiday; 15 working days later is Tuesday 26 May 2026 (Spring bank holiday skipped)
  expect((await card(page))!.text).toContain('Tuesday 26 May 2026');
});

test("a date's card shows its weekday and can be used as a trigger", async ({ page, server }) => {
  needSeeds();
  await page.goto(server.url('/pages/seed-000.html'));
  await marksDrawn(page);
  await hover(page, '14 Jan 2019');
  await expect.poll(() => card(page).then((c) => c?.kind), { timeout: 3000 }).toBe('date');
  const c = (await card(page))!;
  expect(c.text).toContain('Monday 14 January 2019');
  expect(c.text).toMatch(/working days ago/);
  await setField(page, 'select', 'icpc-15wd');
  await expect.poll(() => card(page).then((c) => c?.text ?? '')).toContain('Due by: Monday 4 February 2019');
});

test('the keyboard reaches the card (in-page Alt+Shift+L and the command path); Escape closes it and returns focus', async ({
  page,
  server,
  serviceWorker,
}) => {
  const url = server.url('/demo/index.html');
  await page.goto(url);
  await marksDrawn(page);
  await page.getByRole('link', { name: 'Section 47 enquiries' }).focus();
  await page.keyboard.press('Alt+Shift+L');
  await expect.poll(() => card(page).then((c) => c?.focused), { timeout: 3000 }).toBe(true);
  const first = (await card(page))!;
  expect(first.label).toMatch(/^CareLens: /);
  expect((await highlightSizes(page)).active).toBe(1);
  // Tab stays within the card's controls
  await page.keyboard.press('Tab');
  expect((await card(page))!.focused).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => card(page)).toBeNull();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Section 47 enquiries');
  // The manifest command: Chrome delivers it to the background, which sends this message to the tab.
  // (Real key presses cannot reach chrome.commands in headless Chromium, so the test sends the same message.)
  await expect(sendToTab(serviceWorker, url, { type: 'carelens:next-mark' })).resolves.toEqual({ ok: true });
  await expect.poll(() => card(page).then((c) => c?.focused), { timeout: 3000 }).toBe(true);
  const second = (await card(page))!;
  await expect(sendToTab(serviceWorker, url, { type: 'carelens:next-mark' })).resolves.toEqual({ ok: true });
  await expect.poll(() => card(page).then((c) => c?.label)).not.toBe(second.label === first.label ? '' : second.label);
  await page.keyboard.press('Escape');
  await expect.poll(() => card(page)).toBeNull();
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.commands?.['next-mark']?.suggested_key).toMatchObject({ default: 'Alt+Shift+L' });
});

test('the page report lists matches with their sentences; reveal opens a card', async ({ page, server, serviceWorker }) => {
  const url = server.url('/demo/index.html');
  await page.goto(url);
  await marksDrawn(page);
  const report = (await sendToTab(serviceWorker, url, { type: 'carelens:get-report' })) as {
    active: boolean;
    highlightsSupported: boolean;
    complete: boolean;
    matches: { kind: string; text: string; sentence: string; index: number }[];
  };
  expect(report).toMatchObject({ active: true, highlightsSupported: true, complete: true, surface: 'page' });
  const s47 = report.matches.find((m) => m.kind === 'section' && m.sentence.includes('Children Act 1989'))!;
  expect(s47.sentence).toMatch(/start enquiries under section 47/);
  await expect(sendToTab(serviceWorker, url, { type: 'carelens:reveal', index: s47.index })).resolves.toEqual({ ok: true });
  await expect.poll(() => card(page).then((c) => c?.label)).toContain('Section 47');
});

test('no page node changes except the one shadow host', async ({ page, server }) => {
  needSeeds();
  await page.addInitScript(recordPageMutations);
  await page.goto(server.url('/pages/seed-001.html'));
  await marksDrawn(page);
  await hover(page, 'section 47');
  await expect.poll(() => card(page), { timeout: 3000 }).not.toBeNull();
  await page.keyboard.press('Alt+Shift+L');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  const { records, same, hostAttrs } = await page.evaluate(() => {
    const w = window as unknown as { __records: string[]; __before: string };
    const host = document.querySelector('ui-layer-host');
    const after = document.documentElement.outerHTML.replace(/<ui-layer-host><\/ui-layer-host>/, '');
    return { records: w.__records, same: after === w.__before, hostAttrs: host?.attributes.length ?? -1 };
  });
  expect(records).toEqual(['childList HTML  +[UI-LAYER-HOST] -[]']);
  expect(same, 'page markup unchanged apart from our host').toBe(true);
  expect(hostAttrs).toBe(0);
  // the marks' styles came with the content script's registration (not the manifest, and not adopted late, which
  // restyles the whole page): none in the page's own style sheets, and the marks have them
  const styles = await page.evaluate(() => ({
    adopted: document.adoptedStyleSheets.length,
    rules: [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((r) => r.cssText.includes('highlight')).length,
    term: getComputedStyle(document.documentElement, '::highlight(mark-term)').textDecorationStyle,
  }));
  expect(styles).toEqual({ adopted: 0, rules: 0, term: 'dotted' });
  // the shadow root is closed: page scripts cannot reach into it
  expect(await page.evaluate(() => document.querySelector('ui-layer-host')!.shadowRoot)).toBeNull();
  expect(await inShadow(page, 'function () { return this.mode; }')).toBe('closed');
});

test('content the single-page app adds after load is marked within a second', async ({ page, server }) => {
  await page.goto(server.url('/pages/spa.html'));
  await page.waitForFunction(() => performance.getEntriesByName('carelens:start').length > 0);
  await page.waitForTimeout(300);
  /** Milliseconds from the single-page app's `call` (its go or append) until the page's highlight `name` holds a mark (up to 5 s). */
  const msUntilMarked = (call: { go: string } | { append: string }, name: string) =>
    page.evaluate(
      async ({ call, name }) => {
        const t0 = performance.now();
        const spa = (window as unknown as { spa: { go(v: string): void; append(t: string): void } }).spa;
        if ('go' in call) spa.go(call.go);
        else spa.append(call.append);
        const size = () => (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get(name)?.size ?? 0;
        while (size() === 0 && performance.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 10));
        return performance.now() - t0;
      },
      { call, name },
    );
  expect(await msUntilMarked({ go: 'assessment' }, 'mark-section')).toBeLessThan(1000);
  // a re-render replaces the nodes: old marks go, new ones come
  expect(await msUntilMarked({ append: 'The review conference is held within three months of the initial conference on 1 June 2026.' }, 'mark-date')).toBeLessThan(1000);
  const sizes = await highlightSizes(page);
  expect(sizes.section, 're-rendered text is marked once, old marks dropped').toBe(1);
  await hover(page, '1 June 2026');
  await expect.poll(() => card(page).then((c) => c?.text ?? ''), { timeout: 3000 }).toContain('Monday 1 June 2026');
});

test('text the page shows later (accordion, collapsed panel, <details> with text in a child or directly in it, tab) is marked once shown; restyling alone reads nothing again', async ({ page, server, serviceWorker }) => {
  const url = server.url('/pages/reveal.html');
  await page.goto(url);
  await marksDrawn(page);
  const marked = async () => {
    const report = (await sendToTab(serviceWorker, url, { type: 'carelens:get-report' })) as { matches: { text: string }[] };
    return report.matches.map((m) => m.text);
  };
  const rescans = () => page.evaluate(() => performance.getEntriesByName('carelens:rescanned').length);
  const hidden = ['strategy discussion', 'section 47', '10 working days', 'child in need plan', '15 working days', '24/06/2026'];
  const before = await marked();
  expect(before).toContain('one working day');
  for (const text of hidden) expect(before, `"${text}" is hidden at first`).not.toContain(text);
  // a page restyling itself (a class on the body as it scrolls) shows nothing new: nothing is read again
  for (let i = 0; i < 20; i++) await page.evaluate(() => document.body.classList.toggle('scrolled'));
  await page.waitForTimeout(500);
  expect(await rescans()).toBe(0);
  const shown: [string, () => Promise<unknown>][] = [
    ['section 47', () => page.click('#accordion-button')], // the hidden attribute
    ['10 working days', () => page.click('#collapse-button')], // a class on the panel
    ['child in need plan', () => page.click('#details summary')], // <details open>
    ['15 working days', () => page.click('#details-text summary')], // <details open>, its text directly in it
    ['24/06/2026', () => page.click('#tab-button')], // a class on an ancestor (visibility)
  ];
  for (const [text, show] of shown) {
    await show();
    await expect.poll(marked, { timeout: 1500, message: `"${text}" is marked once shown` }).toContain(text);
  }
  expect(await marked()).toContain('strategy discussion');
  // painted too (the report lists a mark as soon as it is found; it is painted in the next slice)
  await expect.poll(() => highlightSizes(page).then((s) => [s.section, s.date]), { timeout: 1500 }).toEqual([1, 1]);
  await hover(page, 'section 47');
  await expect.poll(() => card(page).then((c) => c?.label), { timeout: 3000 }).toContain('Children Act 1989');
  // shown once, read once: hiding and showing again reads nothing more
  const count = await rescans();
  await page.click('#accordion-button');
  await page.click('#accordion-button');
  await page.waitForTimeout(500);
  expect(await rescans()).toBe(count);
  expect((await marked()).filter((t) => t === 'section 47')).toHaveLength(1);
});

test('same-origin and inline frames get their own marks', async ({ page, server }) => {
  needSeeds();
  await page.goto(server.url('/pages/frames.html'));
  const same = page.frame({ url: /seed-002\.html$/ })!;
  await marksDrawn(page, same);
  expect((await highlightSizes(page, same)).section).toBeGreaterThan(0);
  const inline = page.frames().find((f) => f !== page.mainFrame() && f !== same)!;
  await marksDrawn(page, inline);
  expect((await highlightSizes(page, inline)).section).toBe(1);
});

test('switching CareLens off (globally or for the site) and choosing kinds apply live', async ({ page, server, serviceWorker }) => {
  needSeeds();
  await page.goto(server.url('/pages/seed-002.html'));
  await marksDrawn(page);
  const set = (patch: Record<string, unknown>) =>
    serviceWorker.evaluate(async (patch) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), ...patch } });
    }, patch);
  await set({ disabledSites: ['127.0.0.1'] });
  await expect.poll(() => highlightSizes(page).then((s) => s.term + s.section + s.date + s.duration)).toBe(0);
  await set({ disabledSites: [] });
  await expect.poll(() => highlightSizes(page).then((s) => s.section)).toBeGreaterThan(0);
  await set({ kinds: { term: false, section: true, duration: true, date: true } });
  await expect.poll(() => highlightSizes(page).then((s) => s.term)).toBe(0);
  await expect.poll(() => highlightSizes(page).then((s) => s.section)).toBeGreaterThan(0);
  expect((await highlightSizes(page)).term).toBe(0);
  await set({ enabled: false });
  await expect.poll(() => highlightSizes(page).then((s) => s.section)).toBe(0);
  await set({ enabled: true, kinds: { term: true, section: true, duration: true, date: true } });
  await expect.poll(() => highlightSizes(page).then((s) => s.term)).toBeGreaterThan(0);
});

test('where the browser cannot draw highlights, nothing is drawn, the page is left alone and the popup says so', async ({ page, server, serviceWorker, browserContext, openExtensionPage }) => {
  needSeeds();
  const url = server.url('/pages/seed-002.html');
  await page.goto(url);
  await marksDrawn(page);
  const markup = await page.evaluate(() => document.body.innerHTML);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Take the Highlight API away in the content script's own world (the page's scripts cannot reach it), through
  // the DevTools protocol; then change a setting, so CareLens starts again without it.
  const cdp = await browserContext.newCDPSession(page);
  const worlds: { id: number; name: string; auxData?: { type?: string; frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof worlds)[number] }) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const ours = worlds.find((w) => w.auxData?.type === 'isolated' && w.name === 'CareLens' && w.auxData.frameId === frameTree.frame.id);
  expect(ours, 'the content script world').toBeDefined();
  const gone = await cdp.send('Runtime.evaluate', { contextId: ours!.id, expression: 'delete CSS.highlights; delete window.Highlight; typeof Highlight' });
  expect((gone as { result: { value: string } }).result.value).toBe('undefined');
  await serviceWorker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), kinds: { term: false, section: true, duration: true, date: true } } });
  });
  await expect.poll(() => highlightSizes(page).then((s) => s.term + s.section + s.duration + s.date)).toBe(0);
  await expect
    .poll(() => sendToTab(serviceWorker, url, { type: 'carelens:get-report' }))
    .toMatchObject({ highlightsSupported: false, complete: true });
  const r = (await sendToTab(serviceWorker, url, { type: 'carelens:get-report' })) as { matches: { kind: string; text: string }[] };
  expect(r.matches.some((m) => m.kind === 'section' && m.text === 'section 47')).toBe(true);
  expect(r.matches.some((m) => m.kind === 'term')).toBe(false);
  const tab = await serviceWorker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
  const popup = await openExtensionPage(`popup.html?tab=${tab}` as 'popup.html');
  await expect(popup.getByText('This browser cannot draw the marks')).toBeVisible();
  await expect(popup.getByText('section 47').first()).toBeVisible();
  await popup.close();
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(markup);
  expect(errors).toEqual([]);
  await serviceWorker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), kinds: { term: true, section: true, duration: true, date: true } } });
  });
});
