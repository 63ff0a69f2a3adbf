// The content script stays light; the card and the saved-highlights UI (/page-ui.js) are loaded into a frame
// only when needed (src/content/ui-bridge.ts): on the first card, when the page has saved passages, or on a
// save. Here: what a page holds before and after, frames, a page with saved passages after a reload, and a
// load that fails.
import { chromium, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumArgs, extensionDir, findChromium } from './chromium';
import { card, hover, highlightSizes, inShadow, marksDrawn, pointOf } from './content-helpers';
import { test, expect, needSeeds, contentScriptRegistered } from './fixtures';
import { QUOTE, highlighted, openSavedFixture, saveText, selectText } from './saved-helpers';

interface Frame {
  frame: { id: string; url: string };
  childFrames?: Frame[];
}

/**
 * Evaluates `expression` in CareLens's content-script world (the isolated world named after the extension) of
 * the frame whose address matches `url`: where the content script and, once loaded, /page-ui.js live.
 */
async function inContentWorld<T>(page: Page, expression: string, url: RegExp | 'first child frame' = /.*/): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; name: string; auxData?: { frameId?: string; type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: Frame };
    const all: Frame[] = [];
    const walk = (f: Frame) => (all.push(f), f.childFrames?.forEach(walk));
    walk(frameTree);
    const frame = url === 'first child frame' ? frameTree.childFrames?.[0] : all.find((f) => url.test(f.frame.url));
    if (!frame) throw new Error(`no frame at ${url}`);
    const ctx = contexts.find((c) => c.auxData?.frameId === frame.frame.id && c.auxData?.type === 'isolated' && c.name === 'CareLens');
    if (!ctx) throw new Error(`no CareLens world in the frame at ${frame.frame.url}`);
    const { result } = (await cdp.send('Runtime.evaluate', { expression, contextId: ctx.id, returnByValue: true })) as { result: { value: T } };
    return result.value;
  } finally {
    await cdp.detach();
  }
}

interface CdpNode {
  nodeId: number;
  nodeName: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

/** Titles of the cards open in any frame of the page (each frame has its own host and closed shadow root). */
async function openCards(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const shadows: CdpNode[] = [];
    const walk = (n: CdpNode) => {
      if (n.nodeName === 'UI-LAYER-HOST' && n.shadowRoots?.[0]) shadows.push(n.shadowRoots[0]);
      n.children?.forEach(walk);
      if (n.contentDocument) walk(n.contentDocument);
    };
    walk(root);
    const titles: string[] = [];
    for (const shadow of shadows) {
      const { object } = (await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId })) as { object: { objectId: string } };
      const { result } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function () { return [...this.querySelectorAll('[role="dialog"]')].map((d) => d.getAttribute('aria-label')); }`,
        returnByValue: true,
      })) as { result: { value: string[] } };
      titles.push(...result.value);
    }
    return titles;
  } finally {
    await cdp.detach();
  }
}

const UI_LOADED = `typeof globalThis.__carelensPageUi === 'object'`;
const uiLoaded = (page: Page, url?: RegExp | 'first child frame') => inContentWorld<boolean>(page, UI_LOADED, url);

test('the content script holds no UI: React is not in content.js, the card is loaded on the first hover, and the page never sees it', async ({
  page,
  server,
}) => {
  needSeeds();
  const content = readFileSync(join(extensionDir, 'content-script.js'), 'utf8');
  // React's element and fragment symbols: in page-react.js (run just before page-ui.js, which uses that copy),
  // not in the content script, and not a second time in page-ui.js
  const reactSymbols = /react\.(transitional\.element|element|fragment|portal)/;
  expect(content).not.toMatch(reactSymbols);
  expect(readFileSync(join(extensionDir, 'page-react.js'), 'utf8')).toMatch(/react\.transitional\.element/);
  expect(readFileSync(join(extensionDir, 'page-ui.js'), 'utf8')).not.toMatch(reactSymbols);

  await page.goto(server.url('/pages/seed-002.html'));
  await marksDrawn(page);
  await page.waitForTimeout(500);
  expect(await uiLoaded(page), 'no UI before it is needed').toBe(false);
  // (the host is there on every page CareLens reads: see src/content/saved/index.ts) but holds no card yet
  expect(await inShadow(page, 'function () { return this.querySelectorAll("*").length; }'), 'only its style and an empty mount before a card').toBe(2);

  await hover(page, 'section 47');
  await expect.poll(() => card(page).then((c) => c?.label), { timeout: 5000 }).toContain('Children Act 1989');
  expect(await uiLoaded(page)).toBe(true);
  // the page's own scripts see neither the UI's global nor any script of ours
  expect(await page.evaluate(() => typeof (window as unknown as Record<string, unknown>).__carelensPageUi)).toBe('undefined');
  expect(await page.evaluate(() => typeof (window as unknown as Record<string, unknown>).__carelensReact)).toBe('undefined');
  expect(await page.evaluate(() => [...document.scripts].filter((s) => s.src.startsWith('chrome-extension:')).length)).toBe(0);
  // the second card needs no load
  await page.mouse.move(5, 5);
  await expect.poll(() => card(page), { timeout: 3000 }).toBeNull();
  await hover(page, 'section 47', 1);
  await expect.poll(() => card(page).then((c) => c?.kind), { timeout: 3000 }).toBe('section');
});

test('resting on a mark starts loading the card within the open delay, not after it', async ({ page, server }) => {
  needSeeds();
  await page.goto(server.url('/pages/seed-002.html'));
  await marksDrawn(page);
  const p = await pointOf(page, 'section 47');
  await page.mouse.move(p.x - 1, p.y);
  await page.mouse.move(p.x, p.y);
  await expect.poll(() => card(page).then((c) => c?.kind), { timeout: 5000 }).toBe('section');
  // the load (its start: the mark's time minus its duration) began while the card's open delay was running,
  // before the card was asked to open
  const { started, opened } = await page.evaluate(() => {
    const m = performance.getEntriesByName('carelens:ui-loaded')[0] as PerformanceMark | undefined;
    const open = performance.getEntriesByName('carelens:card-open')[0];
    return { started: m ? m.startTime - (m.detail as { ms: number }).ms : null, opened: open?.startTime ?? null };
  });
  expect(started).not.toBeNull();
  expect(opened).not.toBeNull();
  expect(started!).toBeLessThan(opened!);
});

test('cards open after lazy loading inside a same-origin frame and an inline (srcdoc) frame, each frame loading its own', async ({ page, server }) => {
  needSeeds();
  await page.goto(server.url('/pages/frames.html'));
  const same = page.frame({ url: /seed-002\.html$/ })!;
  const inline = page.frames().find((f) => f.url() === 'about:srcdoc')!;
  await marksDrawn(page, same);
  await marksDrawn(page, inline);
  expect(await uiLoaded(page, /seed-002\.html$/)).toBe(false);
  expect(await uiLoaded(page, /^about:srcdoc$/)).toBe(false);

  for (const [frame, url, text, title] of [
    [same, /seed-002\.html$/, 'section 47', /Section 47/],
    [inline, /^about:srcdoc$/, 'section 17', /Section 17/],
  ] as const) {
    const element = await frame.frameElement();
    await element.scrollIntoViewIfNeeded();
    const p = await pointOf(page, text, 0, undefined, frame);
    const box = (await element.boundingBox())!;
    await page.mouse.move(box.x + p.x - 1, box.y + p.y);
    await page.mouse.move(box.x + p.x, box.y + p.y);
    // (the other frame's card may still be open: a frame sees no pointer moves once the pointer has left it)
    await expect.poll(() => openCards(page), { timeout: 5000 }).toEqual(expect.arrayContaining([expect.stringMatching(title)]));
    expect(await uiLoaded(page, url)).toBe(true);
  }
  // the top frame had no card: no UI there
  expect(await uiLoaded(page, /frames\.html$/)).toBe(false);
  expect((await highlightSizes(page, inline)).section).toBe(1);
});

test('a card opens after lazy loading in an about:blank frame the page writes itself', async ({ page, server }) => {
  await page.goto(server.url('/pages/plain.html'));
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.width = '700';
    frame.height = '200';
    document.body.prepend(frame);
    const d = frame.contentDocument!;
    d.open();
    d.write('<!doctype html><p>Enquiries under section 47 of the Children Act 1989 must be made promptly.</p>');
    d.close();
  });
  const blank = page.frames().find((f) => f !== page.mainFrame())!;
  await marksDrawn(page, blank);
  // (a document the page opened and wrote has the page's own address)
  expect(await uiLoaded(page, 'first child frame')).toBe(false);
  const p = await pointOf(page, 'section 47', 0, undefined, blank);
  const box = (await (await blank.frameElement()).boundingBox())!;
  await page.mouse.move(box.x + p.x - 1, box.y + p.y);
  await page.mouse.move(box.x + p.x, box.y + p.y);
  await expect.poll(() => openCards(page), { timeout: 5000 }).toEqual([expect.stringMatching(/Section 47/)]);
  expect(await uiLoaded(page, 'first child frame')).toBe(true);
  expect(await uiLoaded(page, /plain\.html$/)).toBe(false);
});

test('a card opens after lazy loading on a file:// page', async ({ page, serviceWorker }) => {
  needSeeds();
  test.skip(!(await serviceWorker.evaluate(() => chrome.extension.isAllowedFileSchemeAccess())), 'this Chromium did not give the extension file access');
  await page.goto(pathToFileURL(resolve(import.meta.dirname, '../generated/pages/seed-002.html')).href);
  await marksDrawn(page);
  expect(await uiLoaded(page)).toBe(false);
  await hover(page, 'section 47');
  await expect.poll(() => card(page).then((c) => c?.label), { timeout: 5000 }).toContain('Children Act 1989');
  expect(await uiLoaded(page)).toBe(true);
});

test('a page with saved passages loads the saved-highlights UI by itself and places them after a reload; a page without does not', async ({
  page,
  server,
  serviceWorker,
  openExtensionPage,
}) => {
  needSeeds();
  const { panel: ext, url } = await openSavedFixture({ page, server, openExtensionPage }, 'lazy-case-note.html');
  await marksDrawn(page);
  await page.waitForTimeout(500);
  expect(await uiLoaded(page), 'no saved passages yet: nothing loaded').toBe(false);

  await saveText(page, serviceWorker, url, QUOTE, { note: 'saved before reload' });
  await expect.poll(() => highlighted(page)).toEqual([QUOTE]);
  expect(await uiLoaded(page)).toBe(true);

  await page.reload();
  // nobody hovers or saves: the light check finds the passage and the heavy part places it
  await expect.poll(() => highlighted(page), { timeout: 10_000 }).toEqual([QUOTE]);
  expect(await uiLoaded(page)).toBe(true);

  // another address of the same site, with no saved passages
  await page.goto(server.url('/pages/seed-002.html'));
  await marksDrawn(page);
  await page.waitForTimeout(800);
  expect(await uiLoaded(page)).toBe(false);
  expect(await highlighted(page)).toEqual([]);
});

test('when the UI cannot be loaded, the console says so, the marks stay, no card opens and the page is untouched', async ({ server }) => {
  needSeeds();
  const executablePath = findChromium();
  test.skip(!executablePath, 'no Chromium');
  // the extension as built, minus /page-ui.js: the background's executeScript fails
  const broken = mkdtempSync(join(tmpdir(), 'carelens-broken-ext-'));
  cpSync(extensionDir, broken, { recursive: true });
  rmSync(join(broken, 'page-ui.js'));
  const profile = mkdtempSync(join(tmpdir(), 'carelens-e2e-broken-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executablePath!,
    headless: true,
    args: chromiumArgs().map((a) => a.replace(extensionDir, broken)),
    viewport: { width: 1280, height: 900 },
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    await contentScriptRegistered(worker);
    const page = await context.newPage();
    const warnings: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url('/pages/seed-002.html'));
    await marksDrawn(page);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const sizes = await highlightSizes(page);
    expect(sizes.section).toBeGreaterThan(0);

    await hover(page, 'section 47');
    await expect.poll(() => warnings.join('\n'), { timeout: 5000 }).toMatch(/CareLens could not load its card/);
    await page.waitForTimeout(500);
    expect(await card(page)).toBeNull();
    // the keyboard path too: a warning, no card, no exception
    await page.keyboard.press('Alt+Shift+L');
    await expect.poll(() => warnings.filter((w) => /could not load its card/.test(w)).length, { timeout: 5000 }).toBeGreaterThan(1);
    await page.keyboard.press('Escape');
    // saving says so as well
    await selectText(page, 'section 47');
    await page.keyboard.press('Alt+Shift+S');
    await expect.poll(() => warnings.join('\n'), { timeout: 5000 }).toMatch(/CareLens could not open the save dialog/);

    // the page is as it was: same markup (our host was there from the start), marks still drawn, its own script still works
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await highlightSizes(page)).toMatchObject({ section: sizes.section, term: sizes.term });
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => document.title)).toBeTruthy();
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(broken, { recursive: true, force: true });
  }
});
