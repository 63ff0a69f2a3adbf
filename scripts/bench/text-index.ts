// Reading a page's text (TextIndex, issue 5) in headless Chromium without the extension: the working tree's
// src/content/text-index.ts against an older version of it (a git revision), each bundled with esbuild and
// run once, cold, in a fresh page, in an isolated world as the content script is (DOM wrappers cost more
// there than in the page's own world): the whole body read in 25 ms steps as page-text.ts does, back to
// back in one task here. Printed per page: the median of BENCH_RUNS runs of the main thread's CPU time
// (ThreadTime: steadier than wall time on a shared machine) and of the wall time; old and new alternate.
// Run: npm run bench -- text-index   (BENCH_TEXT_INDEX_BASE=<git rev> picks the old version; "none": new only)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from '@playwright/test';
import { servePages } from '../bench-lib/serve-pages';
import { findChromium } from '../../test/e2e/chromium';
import { bigPage, page as htmlPage, seedText, textToHtml } from '../gen-fixture-pages';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
/** The version to compare with: the last commit (a change being made is measured against what it changes). */
const BASE = process.env.BENCH_TEXT_INDEX_BASE ?? 'HEAD';
const FILE = 'src/content/text-index.ts';

/** A page of plain inline elements (links in lists, paragraphs with <a>, <em>, <code>, <span>): each is asked about CSS where it has text. */
function inlinePage(): string {
  const parts: string[] = [];
  for (let i = 0; i < 300; i++) {
    const links = Array.from({ length: 10 }, (_, j) => `<li><a href="/p/${i}/${j}">Link ${j} of section ${i}</a></li>`).join('\n');
    parts.push(
      `<div class="card"><div><nav><ul>${links}</ul></nav>\n` +
        `<p>Paragraph ${i} has <a href="#a">a link</a>, <em>emphasis</em>, <code>code</code>, <span>a span</span> and <strong>strong <b>bold</b></strong> text.</p>\n` +
        `<p>Another paragraph with <a href="#b">two</a> <a href="#c">more</a> links and <i>italics</i>.</p></div></div>`,
    );
  }
  return htmlPage('Links and inline elements', parts.join('\n'));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** text-index.ts (a path) as a script that sets globalThis.__TI. */
async function bundle(entry: string): Promise<string> {
  const out = await build({ entryPoints: [entry], bundle: true, format: 'iife', globalName: '__TI', write: false, target: 'chrome120' });
  return out.outputFiles[0]!.text;
}

interface Run {
  ms: number;
  cpu: number;
  chars: number;
  segments: number;
  /** A hash of the text and segments, to see that both versions read the same. */
  hash: number;
}

const MEASURE = `(() => {
  const t0 = performance.now();
  const index = new __TI.TextIndex(document.body);
  for (;;) {
    const start = performance.now();
    if (index.step(() => performance.now() - start >= 25)) break;
  }
  const ms = performance.now() - t0;
  let hash = 0;
  const t = index.text;
  for (let i = 0; i < t.length; i += 3) hash = (Math.imul(hash, 31) + t.charCodeAt(i)) | 0;
  for (const s of index.segments) hash = (Math.imul(hash, 31) + s.start * 7 + s.end * 3 + s.nodeStart + (s.map ? s.map.length : 0)) | 0;
  return { ms, chars: t.length, segments: index.segments.length, hash };
})()`;

async function once(browser: Browser, url: string, script: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { timeout: 120_000 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))); // laid out, as at document_idle
    const cdp = await context.newCDPSession(page);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'bench' });
    const evaluate = async (expression: string) => {
      const r = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true });
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
      return r.result.value as Omit<Run, 'cpu'>;
    };
    await evaluate(script);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value;
    const before = await threadTime();
    const r = await evaluate(MEASURE);
    return { ...r, cpu: ((await threadTime()) - before) * 1000 };
  } finally {
    await context.close();
  }
}

export async function run(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('skipped: no Chromium found');
    return;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'carelens-bench-ti-'));
  const scripts: Record<string, string> = { new: await bundle(join(process.cwd(), FILE)) };
  if (BASE !== 'none') {
    try {
      writeFileSync(join(tmp, 'old.ts'), execFileSync('git', ['show', `${BASE}:${FILE}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
      scripts.old = await bundle(join(tmp, 'old.ts'));
    } catch {
      console.log(`(no ${FILE} at ${BASE}: new only)`);
    }
  }
  const pages: Record<string, string> = {
    '001.html': htmlPage('Working Together (seed 001)', textToHtml(seedText('001'))),
    '5mb.html': bigPage(5 * 1024 * 1024),
    'inline.html': inlinePage(),
  };
  const server = await servePages(pages);
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--disable-gpu', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])] });
  try {
    console.log(`runs per page: ${RUNS} (median; each cold, in a fresh page, in an isolated world); old = ${FILE} at ${BASE}`);
    console.log('page        size      chars  segments |  new: cpu    wall |  old: cpu    wall | new/old: cpu  wall | same output | target');
    for (const name of Object.keys(pages)) {
      const url = server.url(name);
      const runs: Record<string, Run[]> = { new: [], old: [] };
      for (let i = 0; i < RUNS; i++) {
        for (const which of i % 2 ? ['old', 'new'] : ['new', 'old']) if (scripts[which]) runs[which]!.push(await once(browser, url, scripts[which]!));
      }
      const stats = (rs: Run[]) => (rs.length ? { cpu: median(rs.map((r) => r.cpu)), ms: median(rs.map((r) => r.ms)) } : { cpu: NaN, ms: NaN });
      const n = stats(runs.new!);
      const o = stats(runs.old!);
      const first = runs.new![0]!;
      const same = runs.old!.length ? String([...runs.new!, ...runs.old!].every((r) => r.hash === first.hash && r.chars === first.chars)) : '-';
      const ms = (x: number) => `${x.toFixed(1).padStart(6)} ms`;
      console.log(
        `${name.padEnd(11)} ${`${Math.round(pages[name]!.length / 1024)} KB`.padStart(8)} ${String(first.chars).padStart(8)} ${String(first.segments).padStart(8)} | ` +
          `${ms(n.cpu)} ${ms(n.ms)} | ${ms(o.cpu)} ${ms(o.ms)} | ${(n.cpu / o.cpu).toFixed(2).padStart(9)}x ${(n.ms / o.ms).toFixed(2)}x | ${same.padEnd(11)} | ` +
          (name === '5mb.html' ? (n.cpu < 100 ? 'met' : 'NOT met') : '-'),
      );
    }
    console.log('target (issue 5): the 5 MB page read in well under 100 ms of CPU time (for marks drawn in about 350 ms).');
  } finally {
    await browser.close();
    server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
