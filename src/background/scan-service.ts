// Scanning runs in the service worker, not in each page: a page's content script reads the text, sends it here
// and paints what comes back (DESIGN.md: surfaces move text in and draw results out). The detectors and the
// knowledge base are loaded once, not into every tab, and their code stays compiled and optimised between pages
// while the worker is alive, where a content script would run it cold on every page.
import { browser, type Browser } from 'wxt/browser';
import { Scanner, scan } from '../core/detect';
import type { MatchKind } from '../core/detect/types';
import { encodeMatches, type WireMatches } from '../core/detect/wire';
import { SCAN_PORT, type ScanPiece, type ScanResult } from '../protocol/scan';
import { warmUpText } from './warm-up-text';

const KINDS: MatchKind[] = ['term', 'section', 'duration', 'date'];
/** Most characters one page may have in flight (its unfinished scans together). */
const MAX_TEXT = 64 * 1024 * 1024;

export function isScanPiece(x: unknown): x is ScanPiece {
  const r = x as Partial<ScanPiece> | null;
  return (
    !!r &&
    r.type === 'piece' &&
    Number.isInteger(r.id) &&
    typeof r.text === 'string' &&
    (r.kinds === undefined || (Array.isArray(r.kinds) && r.kinds.every((k) => KINDS.includes(k as MatchKind))))
  );
}

/** Texts up to this long are scanned again after the worker's first scan, to warm its code (see warmUp). */
const WARM_TEXT_MAX = 200_000;
const WARM_TEXT_MIN = 2_000;
const WARM_RUNS = 4;
let warmed = false;

/**
 * After the first page's scan in this worker's life (its code ran cold, or warmed only by the short text of
 * warmUpOnStart), scan that page's text again a few times, each in a task of its own, so the next page is scanned by
 * optimised code. After that scan, never before it: the page waiting for its marks goes first.
 */
function warmUp(text: string, kinds: MatchKind[]): void {
  if (warmed || text.length < WARM_TEXT_MIN) return; // a frame's few words would not warm much: wait for a page
  warmed = true;
  if (text.length > WARM_TEXT_MAX) return; // a long text has already warmed it
  let runs = 0;
  const again = () => {
    scan(text, { kinds });
    if (++runs < WARM_RUNS) setTimeout(again, 0);
  };
  setTimeout(again, 0);
}

/** A page has sent text to this worker: from then on its pages go first, and there is no warming up on start. */
let pageAsked = false;

/**
 * Right after the worker starts, one scan of a short text of our own (warm-up-text.ts). The browser starts the
 * worker for a page's navigation (tabs.onUpdated), well before the page's content script has read the page: the
 * detectors' code is compiled and their tables built in that gap, not while the page waits for its marks.
 * Skipped when a page's text came first. Resolves to whether it ran.
 */
export function warmUpOnStart(): Promise<boolean> {
  return new Promise((resolve) =>
    setTimeout(() => {
      if (pageAsked) return resolve(false);
      scan(warmUpText());
      resolve(true);
    }, 0),
  );
}

/** Characters per answer: a long text's matches go back in stretches, so the page marks the first while the
 *  worker scans on. */
export const ANSWER_STRETCH = 524_288;

interface OpenScan {
  scanner: Scanner;
  size: number;
  /** Milliseconds spent on its pieces so far. */
  early: number;
  /** The matches found ahead (Scanner.scanAhead), ready to send once the whole text confirms them. */
  ahead: WireMatches[];
}

/**
 * One port (one frame's content script): the pieces of each scan id are read as they come (Scanner.open: the
 * prepass, and the matches that can be found already, while the page is still reading); after the last one, its
 * matches go back: those found ahead when they stand, then the rest in stretches of ANSWER_STRETCH characters.
 */
export function servePort(port: Browser.runtime.Port, maxText = MAX_TEXT): void {
  const open = new Map<number, OpenScan>();
  let size = 0;
  const fail = (id: number, error: string) => port.postMessage({ type: 'result', id, error } satisfies ScanResult);
  port.onMessage.addListener((message: unknown) => {
    if (!isScanPiece(message)) return;
    pageAsked = true;
    const t0 = performance.now();
    const { id, text: part, kinds } = message;
    let scan = open.get(id);
    if (!scan) open.set(id, (scan = { scanner: Scanner.open(), size: 0, early: 0, ahead: [] }));
    scan.size += part.length;
    size += part.length;
    if (size > maxText) {
      open.clear();
      size = 0;
      fail(id, 'page text too large');
      return;
    }
    try {
      scan.scanner.append(part);
      if (!kinds) {
        const found = scan.scanner.scanAhead();
        if (found.restarted) scan.ahead = [];
        if (found.matches.length) scan.ahead.push(encodeMatches(found.matches));
        scan.early += performance.now() - t0;
        return;
      }
      open.delete(id);
      size -= scan.size;
      answer(port, id, scan, kinds, t0);
    } catch (e) {
      open.delete(id);
      fail(id, String(e));
    }
  });
  port.onDisconnect.addListener(() => open.clear());
}

function answer(port: Browser.runtime.Port, id: number, scan: OpenScan, kinds: MatchKind[], t0: number): void {
  const { scanner } = scan;
  scanner.close({ kinds });
  scanner.prepare();
  if (scanner.aheadKept) for (const wire of scan.ahead) port.postMessage({ type: 'result', id, wire, more: true } satisfies ScanResult);
  const n = scanner.text.length;
  let at = scanner.at;
  do {
    const to = Math.min(n, at + ANSWER_STRETCH);
    const wire = encodeMatches(scanner.scanTo(to));
    at = to;
    const result: ScanResult = { type: 'result', id, wire };
    if (at < n) result.more = true;
    else {
      const end = performance.now();
      result.took = end - t0;
      result.early = scan.early;
      result.takenUpAt = performance.timeOrigin + t0;
      result.sentAt = performance.timeOrigin + end;
    }
    port.postMessage(result);
  } while (at < n);
  warmUp(scanner.text, kinds);
}

export function registerScanService(): void {
  void warmUpOnStart();
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === SCAN_PORT && port.sender?.id === browser.runtime.id) servePort(port);
  });
}
