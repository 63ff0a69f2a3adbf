// Scanning runs in the service worker, not in each page: a page's content script reads the text, sends it here
// and paints what comes back (DESIGN.md: surfaces move text in and draw results out). The detectors and the
// knowledge base are loaded once, not into every tab, and their code stays compiled and optimised between pages
// while the worker is alive, where a content script would run it cold on every page.
import { browser, type Browser } from 'wxt/browser';
import { scan } from '../core/detect';
import type { MatchKind } from '../core/detect/types';
import { encodeMatches, type WireMatches } from '../core/detect/wire';
import { SCAN_PORT, type ScanPiece, type ScanResult } from '../content/protocol';

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

export function scanText(text: string, kinds: MatchKind[]): WireMatches {
  return encodeMatches(scan(text, { kinds }));
}

/** Texts up to this long are scanned again after the worker's first scan, to warm its code (see warmUp). */
const WARM_TEXT_MAX = 200_000;
const WARM_TEXT_MIN = 2_000;
const WARM_RUNS = 4;
let warmed = false;

/**
 * After the first scan of this worker's life (its code ran cold: interpreted, regular expressions compiled on first
 * use), scan that text again a few times, each in a task of its own, so the next page is scanned by optimised code.
 * After the first scan, never before it: the page waiting for its marks goes first.
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

/** One port (one frame's content script): pieces are gathered per scan id, the last one is answered. */
export function servePort(port: Browser.runtime.Port, maxText = MAX_TEXT): void {
  const pending = new Map<number, string[]>();
  let size = 0;
  port.onMessage.addListener((message: unknown) => {
    if (!isScanPiece(message)) return;
    const parts = pending.get(message.id) ?? [];
    parts.push(message.text);
    size += message.text.length;
    if (!message.kinds) {
      pending.set(message.id, parts);
      if (size > maxText) {
        pending.clear();
        size = 0;
        port.postMessage({ type: 'result', id: message.id, error: 'page text too large' } satisfies ScanResult);
      }
      return;
    }
    pending.delete(message.id);
    const text = parts.join('');
    size -= text.length;
    let result: ScanResult;
    try {
      const t0 = performance.now();
      const wire = scanText(text, message.kinds);
      result = { type: 'result', id: message.id, wire, took: performance.now() - t0 };
    } catch (e) {
      result = { type: 'result', id: message.id, error: String(e) };
    }
    port.postMessage(result);
    warmUp(text, message.kinds);
  });
  port.onDisconnect.addListener(() => pending.clear());
}

export function registerScanService(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === SCAN_PORT && port.sender?.id === browser.runtime.id) servePort(port);
  });
}
