// TextIndex (src/content/text-index.ts) in real Chromium (checkVisibility and CSS need a real engine, so not
// vitest): on varied DOM and on random trees, the text, segments, offsetOf, toRange and toStaticRange must be
// those of the plain reference reader in text-index-page.ts. No extension needed: a plain headless Chromium.
import { test, expect, chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { join } from 'node:path';
import { findChromium } from './chromium';

let browser: Browser;
let script: string;

test.beforeAll(async () => {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROME_PATH.');
  browser = await chromium.launch({ executablePath, headless: true, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
  const out = await build({
    entryPoints: [join(import.meta.dirname, 'text-index-page.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__TI',
    write: false,
    target: 'chrome120',
  });
  script = out.outputFiles[0]!.text;
});

test.afterAll(async () => {
  await browser?.close();
});

const STYLE = `<style>
  .gone { display: none } .shown { color: green } q { display: none } #i { font-weight: bold }
  .cv { content-visibility: hidden } .contents { display: contents } .vh { visibility: hidden } .vv { visibility: visible }
  nav span { display: none } .collapse { visibility: collapse }
</style>`;

async function open(body: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><html><head>${STYLE}</head><body>${body}</body></html>`);
  await page.addScriptTag({ content: script });
  return page;
}

/** The text of a page whose body is `body`, once it agrees with the reference (check); the page is closed again. */
async function textOf(body: string): Promise<string> {
  const page = await open(body);
  const text = await check(page);
  await page.close();
  return text;
}

interface Result {
  text: string;
  diffs: string[];
}

/** Compares on the body (or on what `rootExpr` names), both in one go and in the smallest slices. */
async function check(page: Page, rootExpr = 'document.body', optionsExpr = '{}'): Promise<string> {
  const whole = (await page.evaluate(`__TI.compare(${rootExpr}, ${optionsExpr})`)) as Result;
  expect(whole.diffs, `read whole: ${whole.text}`).toEqual([]);
  const sliced = (await page.evaluate(`__TI.compare(${rootExpr}, ${optionsExpr}, { sliced: true })`)) as Result;
  expect(sliced.diffs, 'read in slices').toEqual([]);
  expect(sliced.text).toBe(whole.text);
  return whole.text;
}

test('nested inline and block elements, <br>, whitespace runs, comments and <pre>', async () => {
  const text = await textOf(
    `<div>Hello <b>bold <i>it</i></b>  world<p>para
      graph</p>tail <span>x</span><span> y</span></div>
     <p>a<br>b<br><br>c</p>
     <p>  lead\tand\r\ntrail  <em>  inner  </em>  </p>
     <ul>\n  <li>one</li>\n  <li>two <a href="#">link</a>.</li>\n</ul>
     <p>x<!-- a comment -->y <!-- another --> z<!-- last --></p>
     <pre>  keep
       this?   (no: collapsed like any block)</pre>
     <table><tr><td>cell 1</td><td>cell 2</td></tr></table>
     <p>non\u00a0breaking\u00a0 space</p>`,
  );
  expect(text).toContain('Hello bold it world\n\npara graph\n\ntail x y');
  expect(text).toContain('a\n\nb\n\nc');
  expect(text).toContain('lead and trail inner \n\n');
  expect(text).toContain('xy z');
  expect(text).toContain('keep this? (no: collapsed like any block)');
  expect(text).toContain('cell 1\n\ncell 2');
});

test('a <br> that is not rendered breaks no line (pages hide some at some widths)', async () => {
  const text = await textOf(
    `<p>an initial child protection<br class="gone"> conference</p>
     <p>a strategy<span class="gone"><br></span> discussion</p>
     <p>line one<br>line two</p>`,
  );
  expect(text).toContain('an initial child protection conference');
  expect(text).toContain('a strategy discussion');
  expect(text).toContain('line one\n\nline two');
});

test('an image, an icon, a form control or a script inside a sentence leaves it whole, as the browser shows it on one line', async () => {
  const text = await textOf(
    `<p>read section <img src="data:," alt=""> 47 of the Act</p>
     <p>within <svg width="8" height="8"><circle r="4"></circle></svg> 15 working days</p>
     <p>a child <button>copy</button> in need</p>
     <p>a <script>var inSentence = 1;</script>strategy <input value="typed"> discussion</p>
     <div>one <label class="gone"><div></div><img src="data:,"></label> two</div>
     <div>three <span><div></div></span> four</div>`,
  );
  expect(text).toContain('read section 47 of the Act');
  expect(text).toContain('within 15 working days');
  expect(text).toContain('a child in need');
  expect(text).toContain('a strategy discussion');
  // an empty block in a hidden inline element is not shown, so it parts nothing; a shown one breaks the line
  expect(text).toContain('one two');
  expect(text).toContain('three \n\nfour');
});

test('hidden content is skipped: CSS class, display:none parent, hidden attribute, skipped tags, contenteditable', async () => {
  const text = await textOf(
    `<p>before</p>
     <div class="gone"><p>class-hidden</p></div>
     <div style="display:none"><p>inline-style-hidden <b>deep</b></p></div>
     <section hidden><p>attribute-hidden</p></section>
     <p>in <span class="gone">styled-inline-hidden</span>line</p>
     <p>tag rule on <q>an unstyled inline</q> hides it too</p>
     <div>a <span class="gone">b<div>block in a hidden inline</div>c</span> d</div>
     <script>var scripted = 1;</script><style>.never{}</style><noscript>noscript text</noscript>
     <textarea>typed</textarea><select><option>opt</option></select><button>btn</button>
     <svg><text>svg text</text></svg>
     <div contenteditable>being edited</div><div contenteditable="false">not editable</div>
     <div class="vh">visibility hidden</div>
     <div class="cv">cv direct text <p>cv child</p></div>
     <div class="contents"><p>display contents</p></div>
     <details><summary>summary</summary><p>closed details body</p></details>
     <details><summary>summary</summary>closed details own text <b>closed details inline</b></details>
     <details open><summary>open</summary><p>open details body</p>open details own text</details>
     <p>after</p>`,
  );
  for (const hidden of ['class-hidden', 'inline-style-hidden', 'deep', 'attribute-hidden', 'styled-inline-hidden', 'block in a hidden inline', 'an unstyled inline', 'scripted', 'noscript text', 'typed', 'opt', 'btn', 'svg text', 'being edited', 'visibility hidden', 'cv child', 'closed details body', 'closed details own text', 'closed details inline']) {
    expect(text).not.toContain(hidden);
  }
  // the text directly in a content-visibility: hidden element is still read (CSS is not asked for each element's content-visibility)
  for (const shown of ['before', 'not editable', 'cv direct text', 'display contents', 'open details body', 'open details own text', 'after']) {
    expect(text).toContain(shown);
  }
  expect(text).toContain('in line');
  expect(text).toContain('tag rule on hides it too');
  expect(text).toContain('a d');
});

test('display: contents: its content is read (its own text and its children), unless something above it is hidden', async () => {
  const page = await open(
    `<p>before</p>
     <div class="contents"><p>a child block</p>own text <span>and an inline</span></div>
     <div style="display:contents"><div class="contents"><section><p>nested contents</p></section></div></div>
     <ul class="contents"><li>list item</li></ul>
     <span class="contents">inline contents <b>bold</b></span> after it
     <div class="gone"><div class="contents"><p>contents in a hidden block</p>hidden own text</div></div>
     <div class="contents vh">contents, visibility hidden <b class="vv">but this is visible</b></div>
     <slot>a slot outside a shadow root is display: contents</slot>
     <p>after</p>`,
  );
  const text = await check(page);
  for (const shown of ['a child block', 'own text and an inline', 'nested contents', 'list item', 'inline contents bold after it', 'but this is visible', 'a slot outside']) {
    expect(text).toContain(shown);
  }
  for (const hidden of ['contents in a hidden block', 'hidden own text', 'contents, visibility hidden']) expect(text).not.toContain(hidden);
  // a display: contents element as the root, inside a rendered or a hidden parent
  expect(await check(page, "document.querySelector('div.contents')")).toContain('a child block');
  expect(await check(page, "document.querySelector('.gone > .contents')")).toBe('');
  await page.close();
});

test('visibility: hidden hides an element\'s own text, not a descendant that is visibility: visible', async () => {
  const text = await textOf(
    `<p>before</p>
     <div class="vh">hidden block text <span>hidden inline</span><p>hidden child block</p>
       <p class="vv">visible again <b>and its inline</b></p><span style="visibility:visible">visible span</span></div>
     <p>inline <span class="vh">hidden span</span>gap</p>
     <table><tr class="collapse"><td>collapsed row</td></tr><tr><td>shown row</td></tr></table>
     <p>after</p>`,
  );
  for (const hidden of ['hidden block text', 'hidden inline', 'hidden child block', 'hidden span', 'collapsed row']) expect(text).not.toContain(hidden);
  for (const shown of ['before', 'visible again and its inline', 'visible span', 'inline gap', 'shown row', 'after']) expect(text).toContain(shown);
});

test('inline elements without class, id or style are hidden by tag rules too, also when they hold blocks', async () => {
  const text = await textOf(
    `<p>a <q>quoted</q> b</p>
     <nav><a href="#">menu <span>hidden by nav span</span></a> <span>also hidden</span></nav>
     <div>x<q>hidden inline <div>a block in it</div> more</q>y</div>
     <p><ruby>kan<rp>(</rp><rt>reading</rt><rp>)</rp></ruby></p>
     <p>plain <a href="#">link</a>, <em>em</em> and <span>span</span> stay</p>`,
  );
  for (const hidden of ['quoted', 'hidden by nav span', 'also hidden', 'hidden inline', 'a block in it', 'more', '(', ')']) expect(text).not.toContain(hidden);
  expect(text).toContain('a b');
  expect(text).toContain('menu');
  expect(text).toContain('xy');
  expect(text).toContain('plain link, em and span stay');
});

test('XHTML served as XML (lower-case tag names): scripts and styles are skipped, inline elements flow', async () => {
  const page = await browser.newPage();
  await page.route('http://carelens.test/page.xhtml', (route) =>
    route.fulfill({
      contentType: 'application/xhtml+xml',
      body: `<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title>${STYLE.replace(/\n/g, ' ')}</head>
<body><p>one <span>two</span> <em>three</em></p><script>var scripted = 1;</script><style>.never { color: red }</style>
<div class="gone">gone</div><q>quoted</q><noscript>noscript text</noscript><textarea>typed</textarea><p>four</p></body></html>`,
    }),
  );
  await page.goto('http://carelens.test/page.xhtml');
  expect(await page.evaluate(() => document.contentType)).toBe('application/xhtml+xml');
  await page.addScriptTag({ content: script });
  const text = await check(page);
  expect(text).toBe('one two three\n\nfour\n\n');
  await page.close();
});

test('our UI host is excluded; a same-origin iframe is read in its own document, not into the parent', async () => {
  const page = await open(
    `<p>page text</p><ui-layer-host>our own ui</ui-layer-host>
     <iframe srcdoc="<p>inside the frame</p>"></iframe>
     <p>more page text</p>`,
  );
  await page.waitForFunction(() => document.querySelector('iframe')!.contentDocument?.body?.textContent?.includes('inside'));
  const text = await check(page, 'document.body', "{ exclude: document.querySelector('ui-layer-host') }");
  expect(text).toBe('page text\n\nmore page text\n\n');
  expect(await check(page)).toContain('our own ui'); // without exclude it is just an element
  expect(await check(page, "document.querySelector('iframe').contentDocument.body")).toBe('inside the frame\n\n');
  await page.close();
});

test('shadow hosts: light children that are not slotted are hidden, shadow content is not read', async () => {
  const page = await open(`<p>one</p><div id="host"><span slot="s">slotted</span><p>unslotted</p></div><p>two</p>`);
  await page.evaluate(() => {
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<b>shadow text</b><slot name="s"></slot>';
  });
  const text = await check(page);
  expect(text).not.toContain('shadow text');
  await page.close();
});

test('text nodes made by scripts: empty, adjacent, whitespace only; other roots', async () => {
  const page = await open(`<div id="d"></div><p id="p">para</p>`);
  await page.evaluate(() => {
    const d = document.getElementById('d')!;
    d.append('', 'a', '  b  ', '', '\n', 'c', document.createElement('br'), '   ', 'd');
    const b = document.createElement('b');
    b.append('', '  ');
    d.append(b, ' e ');
  });
  await check(page);
  await check(page, 'document');
  await check(page, "document.getElementById('p').firstChild");
  await check(page, "document.getElementById('p')", "{ exclude: document.getElementById('p') }");
  await check(page, '(() => { const f = document.createDocumentFragment(); f.append("x  y", document.createElement("p"), " z"); return f; })()');
  await check(page, 'document.body', '{ checkVisibility: false }');
  await page.close();
});

test('deep nesting and long pages agree too', async () => {
  const deep = '<div><span>'.repeat(300) + 'bottom' + '</span> </div>'.repeat(300);
  const page = await open(`${deep}${'<section><h2>Title</h2>\n<p>Some  text\n here.</p>\n<ul><li>item</li></ul></section>\n'.repeat(200)}`);
  await check(page);
  await page.close();
});

test('a long text is joined into one string by a step of its own, after the step that read the last nodes', async () => {
  const page = await open(`${'<section><h2>Title</h2>\n<p>Some  text\n here, long enough to make a page of some size.</p></section>\n'.repeat(6000)}`);
  const r = (await page.evaluate(`(() => {
    const index = new __TI.TextIndex(document.body);
    const steps = [];
    for (let done = false; !done; ) {
      done = index.step(() => false);
      steps.push({ done, allRead: index.allRead, finished: index.finished, untaken: index.untaken });
    }
    return { steps, length: index.text.length, same: index.text === __TI.referenceRead(document.body).text };
  })()`)) as { steps: { done: boolean; allRead: boolean; finished: boolean; untaken: number }[]; length: number; same: boolean };
  expect(r.length).toBeGreaterThan(262_144);
  // the walk in one go, then the join: the text read so far can be taken before it is joined
  expect(r.steps).toEqual([
    { done: false, allRead: true, finished: false, untaken: r.length },
    { done: true, allRead: true, finished: true, untaken: r.length },
  ]);
  expect(r.same).toBe(true); // the text the reference reads
  await page.close();
});

test('random trees (seeded): the same as the reference', async () => {
  const page = await open('<div id="host"></div>');
  for (let seed = 1; seed <= 500; seed++) {
    await page.evaluate(`(() => { const h = document.getElementById('host'); h.replaceChildren(); __TI.randomTree(h, ${seed}); })()`);
    const r = (await page.evaluate(`__TI.compare(document.body)`)) as Result;
    expect(r.diffs, `seed ${seed}`).toEqual([]);
  }
  await page.close();
});

test('offsetOf and has() asked while the index is still being read see the nodes read later', async () => {
  const page = await open(`${'<p>line of text</p>'.repeat(600)}`);
  const r = (await page.evaluate(`(() => {
    const index = new __TI.TextIndex(document.body);
    index.step(() => true); // one slice
    const last = document.body.lastElementChild.firstChild;
    const before = index.has(last);
    while (!index.step(() => true));
    return { before, after: index.has(last), offset: index.offsetOf(last, 0), length: index.text.length };
  })()`)) as { before: boolean; after: boolean; offset: number; length: number };
  expect(r).toEqual({ before: false, after: true, offset: r.length - 'line of text\n\n'.length, length: r.length });
  await page.close();
});
