// The page's side of scanning in the service worker (src/background/scan-service.ts): one port per frame, the
// text sent in pieces of SCAN_PIECE characters (each piece serialised in a slice of its own), the matches back.
import { browser, type Browser } from 'wxt/browser';
import type { MatchKind } from '../core/detect/types';
import { isWireMatches, type WireMatches } from '../core/detect/wire';
import { beginTask, runSliced } from './idle';
import { SCAN_PIECE, SCAN_PORT, type ScanPiece, type ScanResult } from './protocol';

interface Waiting {
  resolve: (wire: WireMatches) => void;
  reject: (e: Error) => void;
  length: number;
}

export class ScanClient {
  private port: Browser.runtime.Port | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();
  /** Milliseconds the worker spent on the latest scan, and how many pieces its text went in (benchmarks, tests). */
  lastWorkerMs = 0;
  lastPieces = 0;

  private connect(): Browser.runtime.Port {
    if (this.port) return this.port;
    const port = browser.runtime.connect({ name: SCAN_PORT });
    port.onMessage.addListener((message: unknown) => {
      beginTask();
      const result = message as Partial<ScanResult> | null;
      if (result?.type !== 'result' || typeof result.id !== 'number') return;
      const w = this.waiting.get(result.id);
      if (!w) return;
      this.waiting.delete(result.id);
      this.lastWorkerMs = result.took ?? 0;
      if (isWireMatches(result.wire, w.length)) w.resolve(result.wire);
      else w.reject(new Error(result.error ?? 'the service worker sent no matches'));
    });
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.port = null;
      for (const w of this.waiting.values()) w.reject(new Error('the service worker went away'));
      this.waiting.clear();
    });
    return (this.port = port);
  }

  /** The matches of `text` for `kinds`. Rejects when the service worker cannot be reached or `signal` aborts. */
  async scan(win: Window & typeof globalThis, text: string, kinds: MatchKind[], signal: AbortSignal): Promise<WireMatches> {
    try {
      return await this.upload(win, text, kinds, signal);
    } catch (e) {
      // A port the worker dropped (it was stopped while idle) can fail before its disconnect event arrives:
      // once more on a new port.
      if (signal.aborted) throw e;
      this.port = null;
      return this.upload(win, text, kinds, signal);
    }
  }

  private async upload(win: Window & typeof globalThis, text: string, kinds: MatchKind[], signal: AbortSignal): Promise<WireMatches> {
    let port: Browser.runtime.Port;
    try {
      port = this.connect();
    } catch (e) {
      throw new Error(`cannot reach the service worker: ${String(e)}`);
    }
    const id = this.nextId++;
    const reply = new Promise<WireMatches>((resolve, reject) => this.waiting.set(id, { resolve, reject, length: text.length }));
    this.lastPieces = 0;
    const send = (piece: ScanPiece) => {
      port.postMessage(piece);
      this.lastPieces++;
    };
    let at = 0;
    const sendSome = (timeUp: () => boolean): boolean => {
      for (;;) {
        const end = Math.min(text.length, at + SCAN_PIECE);
        const piece = text.slice(at, end);
        at = end;
        if (end >= text.length) {
          send({ type: 'piece', id, text: piece, kinds });
          return true;
        }
        send({ type: 'piece', id, text: piece });
        if (timeUp()) return false;
      }
    };
    try {
      // A page's usual text goes in one message now; a long one in slices, so the page stays responsive.
      if (text.length <= SCAN_PIECE) sendSome(() => true);
      else await runSliced(win, sendSome, { signal, busy: true, name: 'upload' });
    } catch (e) {
      this.waiting.delete(id);
      throw e instanceof Error ? e : new Error(String(e));
    }
    if (signal.aborted) {
      this.waiting.delete(id);
      throw new Error('aborted');
    }
    return reply;
  }
}
