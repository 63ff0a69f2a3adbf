// Content-script bench (issue 5), in headless Chromium with the built extension:
//   - time from document_idle (the content script's start) to all marks drawn, for the seed 001 page and a 5 MB page;
//   - the longest task of OURS: the content script logs its slices (start, end) in the detail of its
//     'carelens:drawn' / 'carelens:skipped' mark; a long task (PerformanceObserver 'longtask') that overlaps
//     one of them is ours, and so are our own slice times ("work"). The task that loaded the content script
//     (compiled and ran the bundle, up to main(): the long task around the 'carelens:start' mark) is printed
//     on its own ("load"). The page's overall longest task is printed beside them;
//   - the cost on a page with no relevant text;
//   - the seed 001 page again, each time after the service worker was stopped (scanning runs there: see
//     src/background/scan-service.ts): the first page after the browser stopped an idle worker;
//   - where the time goes: our slices by job, the wait for the service worker and its scan;
//   - mark.js markRegExp with the same patterns on the same pages, in the same run, as the reference.
// Run: npm run bench -- content   (builds the extension first when .output/chrome-mv3 is missing)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { chromiumArgs, extensionDir, findChromium } from '../../test/e2e/chromium';
import { bigPage, plainPage, page as htmlPage, seedText, textToHtml } from '../gen-fixture-pages';
import { TERMS } from '../../src/core/knowledge/terms';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

/** The same kinds of pattern the detectors look for, as one regular expression for mark.js. */
export function referencePattern(): string {
  const variants = [...new Set(TERMS.flatMap((t) => t.variants))].sort((a, b) => b.length - a.length).map(escape);
  const abbrevs = [...new Set(TERMS.flatMap((t) => t.abbreviations))].map(escape);
  return [
    `\\b(?:sections?|s\\.?|regulations?|articles?)\\s?\\d+[A-Z]{0,3}(?:\\(\\d+\\))*`,
    `\\b(?:\\d+|one|two|three|four|five|six|seven|eight|ten|twelve|fifteen|twenty)(?:\\s*(?:-|to)\\s*\\d+)?\\s+(?:working\\s+)?(?:days?|weeks?|months?|years?|hours?)\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\.?\\s+\\d{4}\\b`,
    `\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b`,
    `\\b(?:${variants.join('|')})\\b`,
    `\\b(?:${abbrevs.join('|')})\\b`,
  ].join('|');
}

interface Result {
  drawnMs: number;
  marks: number;
  /** Longest task of any kind after the content script started (the page's own included). */
  longestTaskMs: number;
  /** Longest task of ours after the start (see the top of this file). */
  oursMs: number;
  /** The long task that loaded the content script (0 when under 50 ms). */
  loadMs: number;
  /** Where the time went: our slices by job (ms, summed), and the wait for the service worker's scan. */
  phases?: Record<string, number>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Stops the extension's service worker (as the browser does when it has been idle), through the DevTools protocol. */
async function stopServiceWorker(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) if (v.scriptURL.startsWith('chrome-extension://')) status.set(v.scriptURL, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  for (let t = 0; t < 50 && [...status.values()].some((v) => v !== 'stopped'); t++) await page.waitForTimeout(100);
  await cdp.send('ServiceWorker.disable');
  await page.close();
}

async function carelens(context: BrowserContext, url: string): Promise<Result> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __long: { start: number; duration: number }[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { timeout: 120_000 });
  // Poll from outside at a low rate: in-page polling would compete with the idle-time work being measured.
  for (let t = 0; t < 240; t++) {
    const done = await page.evaluate(
      `performance.getEntriesByName('carelens:drawn').length + performance.getEntriesByName('carelens:skipped').length > 0`,
    );
    if (done) break;
    await page.waitForTimeout(500);
  }
  await page.waitForTimeout(200); // let the last long-task entries arrive
  const r = await page.evaluate(() => {
    const start = performance.getEntriesByName('carelens:start')[0]!.startTime;
    const end = (performance.getEntriesByName('carelens:drawn')[0] ?? performance.getEntriesByName('carelens:skipped')[0])!;
    const all = (window as unknown as { __long: { start: number; duration: number }[] }).__long;
    const long = all.filter((t) => t.start + t.duration >= start);
    const slices = ((end as PerformanceMark).detail?.slices ?? []) as [number, number, string][];
    const phases: Record<string, number> = {};
    for (const [a, b, name] of slices) phases[name] = (phases[name] ?? 0) + (b - a);
    const scanned = performance.getEntriesByName('carelens:scanned')[0] as PerformanceMark | undefined;
    if (scanned) {
      phases['worker'] = scanned.detail.worker;
      phases['wait'] = scanned.detail.ms;
    }
    // (no named function here: tsx would wrap it in a helper the page does not have)
    const ours = all.filter((t) => slices.some(([a, b]) => a <= t.start + t.duration && b >= t.start)).map((t) => t.duration);
    const load = all.filter((t) => t.start <= start && t.start + t.duration >= start).map((t) => t.duration);
    const hl = (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights;
    let marks = 0;
    for (const k of ['term', 'section', 'duration', 'date']) marks += hl.get(`carelens-${k}`)?.size ?? 0;
    return {
      drawnMs: end.startTime - start,
      marks,
      longestTaskMs: Math.max(0, ...long.map((t) => t.duration)),
      oursMs: Math.max(0, ...ours, ...slices.map(([a, b]) => b - a)),
      loadMs: Math.max(0, ...load),
      phases,
    };
  });
  await page.close();
  return r;
}

async function markjs(context: BrowserContext, url: string, pattern: string, lib: string): Promise<Result> {
  const page = await context.newPage();
  await page.goto(url, { timeout: 120_000 });
  await page.addScriptTag({ content: lib });
  // A string, not a function: tsx would add helpers the page does not have.
  const r = (await page.evaluate(`new Promise((resolve) => {
    const t0 = performance.now();
    let marks = 0;
    new window.Mark(document.body).markRegExp(new RegExp(${JSON.stringify(pattern)}, 'gi'), {
      each: () => marks++,
      done: () => { const ms = performance.now() - t0; resolve({ drawnMs: ms, marks, longestTaskMs: ms, oursMs: ms, loadMs: 0 }); },
    });
  })`)) as Result; // mark.js runs in one synchronous task
  await page.close();
  return r;
}

export async function run(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('skipped: no Chromium found');
    return;
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  const pages: Record<string, string> = {
    '001.html': htmlPage('Working Together (seed 001)', textToHtml(seedText('001'))),
    '5mb.html': bigPage(5 * 1024 * 1024),
    'plain.html': plainPage(200_000),
  };
  const server = createServer((req, res) => {
    const body = pages[(req.url ?? '/').slice(1)];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  const lib = readFileSync(join(process.cwd(), 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const pattern = referencePattern();

  const dirA = mkdtempSync(join(tmpdir(), 'carelens-bench-'));
  const dirB = mkdtempSync(join(tmpdir(), 'carelens-bench-ref-'));
  const withExt = await chromium.launchPersistentContext(dirA, { executablePath, headless: true, args: chromiumArgs() });
  const plain = await chromium.launchPersistentContext(dirB, {
    executablePath,
    headless: true,
    args: chromiumArgs().filter((a) => !a.includes('extension')),
  });
  try {
    if (!withExt.serviceWorkers().length) await withExt.waitForEvent('serviceworker', { timeout: 15_000 });
    console.log(`runs per page: ${RUNS} (median); pattern for mark.js: ${pattern.length} characters`);
    console.log('page        size     CareLens drawn  marks  ours: work    load | any longest | mark.js  marks  (one task) | ratio | target');
    const rows: { label: string; name: string; coldWorker: boolean }[] = [
      ...Object.keys(pages).map((name) => ({ label: name, name, coldWorker: false })),
      // The first page after the browser stopped the idle service worker: it starts again, its code runs cold.
      { label: '001 cold SW', name: '001.html', coldWorker: true },
    ];
    const phaseRows: string[] = [];
    for (const { label, name, coldWorker } of rows) {
      const url = `http://127.0.0.1:${port}/${name}`;
      const ours: Result[] = [];
      const ref: Result[] = [];
      for (let i = 0; i < RUNS; i++) {
        if (coldWorker) await stopServiceWorker(withExt);
        ours.push(await carelens(withExt, url));
        ref.push(await markjs(plain, url, pattern, lib));
      }
      const o = {
        drawnMs: median(ours.map((r) => r.drawnMs)),
        marks: ours[0]!.marks,
        long: Math.max(...ours.map((r) => r.longestTaskMs)),
        mine: Math.max(...ours.map((r) => r.oursMs)),
        load: Math.max(...ours.map((r) => r.loadMs)),
      };
      const m = { drawnMs: median(ref.map((r) => r.drawnMs)), marks: ref[0]!.marks };
      const kb = `${Math.round(pages[name]!.length / 1024)} KB`;
      const ratio = o.drawnMs / Math.max(1, m.drawnMs);
      const verdict = (ok: boolean) => (ok ? 'target met' : 'NOT met');
      console.log(
        `${label.padEnd(11)} ${kb.padStart(8)}  ${o.drawnMs.toFixed(0).padStart(8)} ms  ${String(o.marks).padStart(6)}  ${o.mine.toFixed(0).padStart(6)} ms ${o.load.toFixed(0).padStart(4)} ms | ${o.long.toFixed(0).padStart(8)} ms | ` +
          `${m.drawnMs.toFixed(0).padStart(6)} ms ${String(m.marks).padStart(6)}             | ${ratio.toFixed(2)}x | ` +
          `time ${verdict(ratio <= 0.5)}; tasks: work ${verdict(o.mine <= 50)}, load ${verdict(o.load <= 50)}`,
      );
      const names = [...new Set(ours.flatMap((r) => Object.keys(r.phases ?? {})))];
      const phase = (n: string) => median(ours.map((r) => r.phases?.[n] ?? 0));
      phaseRows.push(`${label.padEnd(11)} ${names.map((n) => `${n} ${phase(n).toFixed(1)}`).join(', ')}`);
    }
    console.log('where the time goes (medians, ms): our slices by job; "wait": from sending the text to the service worker to its answer, "worker": its scan');
    for (const r of phaseRows) console.log(r);
    console.log(
      'target: CareLens drawn in at most 0.5x the mark.js time, no task of ours over 50 ms. "work": our slices and the long tasks ' +
        'overlapping them; "load": the long task around the content script\'s start (compiling and running the bundle); "any longest": ' +
        'every task after the content script started, the page\'s own included.',
    );
  } finally {
    await withExt.close();
    await plain.close();
    server.close();
    rmSync(dirA, { recursive: true, force: true });
    rmSync(dirB, { recursive: true, force: true });
  }
}
