// The page's side of scanning in the service worker (src/background/scan-service.ts): one port per frame. A scan
// is an Upload: its text goes in pieces of at most SCAN_PIECE characters, either as the page is read (send) or
// all at once in slices (sendAll); then finish() names the kinds, and the matches come back in stretches, in
// order (matches()), so the first marks are drawn while the worker scans on.
import { browser, type Browser } from 'wxt/browser';
import type { MatchKind } from '../core/detect/types';
import { isWireMatches, type WireMatches } from '../core/detect/wire';
import { beginTask, runSliced } from './idle';
import { SCAN_PIECE, SCAN_PORT, type ScanPiece, type ScanResult } from '../protocol/scan';

export class Upload {
  /** Everything sent, kept for one retry on a new port. */
  private readonly parts: string[] = [];
  private kinds: MatchKind[] | null = null;
  private readonly answers: WireMatches[] = [];
  private ended = false;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;
  private handedOut = false;
  private retried = false;
  /** Characters sent so far. */
  length = 0;
  /** Messages sent with text in them, the longest, and the answers that came (tests, benchmarks). */
  pieces = 0;
  largest = 0;
  answerCount = 0;
  /** When finish() was called and when the last answer came (performance.now()); the worker's milliseconds after
   *  the last piece and on the pieces before it (benchmarks). */
  finishedAt = 0;
  answeredAt = 0;
  workerMs = 0;
  earlyMs = 0;
  /** Of the time between finish() and the last answer: until the worker took the last piece up (it was busy with
   *  the pieces before it, or the message was on its way), and from its last answer's sending to its arrival. */
  toWorkerMs = 0;
  backMs = 0;

  constructor(
    private readonly client: ScanClient,
    readonly id: number,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.fail(new Error('aborted')), { once: true });
  }

  /** Sends `text` now (a part of the page just read), in pieces of about SCAN_PIECE characters. */
  send(text: string): void {
    const size = Math.ceil(text.length / Math.max(1, Math.round(text.length / SCAN_PIECE)));
    for (let at = 0; at < text.length; at += size) this.post(text.slice(at, at + size));
  }

  /** Sends a long text piece by piece, each in a slice of its own, so the page stays responsive. */
  async sendAll(win: Window & typeof globalThis, text: string): Promise<void> {
    if (text.length <= SCAN_PIECE) return this.send(text);
    let at = 0;
    await runSliced(
      win,
      (timeUp) => {
        while (at < text.length && !this.failure) {
          this.post(text.slice(at, (at += SCAN_PIECE)));
          if (timeUp()) break;
        }
        return at >= text.length || !!this.failure;
      },
      { signal: this.signal, busy: true, name: 'upload' },
    );
  }

  /** No more text: the worker scans it for `kinds` and answers. */
  finish(kinds: MatchKind[]): void {
    if (this.kinds) return;
    this.kinds = kinds;
    this.finishedAt = performance.now();
    this.piece('', kinds);
  }

  /** The matches, a stretch of the text at a time, in order. Throws when the worker cannot be reached or the scan was aborted. */
  async *matches(): AsyncGenerator<WireMatches> {
    for (;;) {
      const next = this.answers.shift();
      if (next) {
        this.handedOut = true;
        yield next;
        continue;
      }
      if (this.failure) throw this.failure;
      if (this.ended) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  private post(text: string): void {
    if (this.failure) return;
    this.parts.push(text);
    this.length += text.length;
    this.pieces++;
    this.largest = Math.max(this.largest, text.length);
    this.piece(text);
  }

  /** One message of this upload: a part of the text, or the last (empty, with the kinds). */
  private piece(text: string, kinds?: MatchKind[]): void {
    this.client.post(this, kinds ? { type: 'piece', id: this.id, text, kinds } : { type: 'piece', id: this.id, text });
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /** From the client: one answer of the worker. */
  answer(result: ScanResult): void {
    if (this.ended || this.failure) return;
    if (!isWireMatches(result.wire, this.length)) return this.fail(new Error(result.error ?? 'the service worker sent no matches'));
    this.answers.push(result.wire);
    this.answerCount++;
    if (!result.more) {
      this.ended = true;
      this.parts.length = 0; // (kept only to send again)
      this.answeredAt = performance.now();
      this.workerMs = result.took ?? 0;
      this.earlyMs = result.early ?? 0;
      if (result.takenUpAt && result.sentAt) {
        this.toWorkerMs = result.takenUpAt - (performance.timeOrigin + this.finishedAt);
        this.backMs = performance.timeOrigin + this.answeredAt - result.sentAt;
      }
    }
    this.notify();
  }

  /** From the client: the port went away. Sent once more on a new port, unless matches were already handed out. */
  lost(): void {
    if (this.ended || this.failure) return;
    if (this.retried || this.handedOut) return this.fail(new Error('the service worker went away'));
    this.retried = true;
    this.answers.length = 0;
    for (const text of this.parts) this.piece(text);
    if (this.kinds) this.piece('', this.kinds);
  }

  fail(e: Error): void {
    if (this.ended || this.failure) return;
    this.failure = e;
    this.parts.length = 0;
    this.client.forget(this);
    this.notify();
  }

  get done(): boolean {
    return this.ended || !!this.failure;
  }
}

export class ScanClient {
  private port: Browser.runtime.Port | null = null;
  private nextId = 1;
  private readonly uploads = new Map<number, Upload>();
  /** A new scan. The port opens now, so it is ready by the time the text has been read. */
  open(signal: AbortSignal): Upload {
    const upload = new Upload(this, this.nextId++, signal);
    this.uploads.set(upload.id, upload);
    try {
      this.connect();
    } catch (e) {
      upload.fail(new Error(`cannot reach the service worker: ${String(e)}`));
    }
    return upload;
  }

  /** `text` scanned for `kinds`: sent in slices, answered in stretches (see Upload.matches). */
  async scan(win: Window & typeof globalThis, text: string, kinds: MatchKind[], signal: AbortSignal): Promise<Upload> {
    const upload = this.open(signal);
    await upload.sendAll(win, text);
    upload.finish(kinds);
    return upload;
  }

  /** (Upload) Sends a piece; a port that turns out to be gone is replaced and the upload sent again. */
  post(upload: Upload, piece: ScanPiece): void {
    if (upload.done) return;
    try {
      this.connect().postMessage(piece);
    } catch {
      // A port the worker dropped (it was stopped while idle) can fail before its disconnect event arrives.
      this.drop(this.port);
    }
  }

  forget(upload: Upload): void {
    this.uploads.delete(upload.id);
  }

  private connect(): Browser.runtime.Port {
    if (this.port) return this.port;
    const port = browser.runtime.connect({ name: SCAN_PORT });
    port.onMessage.addListener((message: unknown) => {
      beginTask();
      const result = message as Partial<ScanResult> | null;
      if (result?.type !== 'result' || typeof result.id !== 'number') return;
      const upload = this.uploads.get(result.id);
      if (!upload) return;
      upload.answer(result as ScanResult);
      if (upload.done) this.uploads.delete(upload.id);
    });
    port.onDisconnect.addListener(() => this.drop(port));
    return (this.port = port);
  }

  /** The port is gone: every upload on it is sent again on a new one (once). */
  private drop(port: Browser.runtime.Port | null): void {
    if (!port || this.port !== port) return;
    this.port = null;
    for (const upload of [...this.uploads.values()]) upload.lost();
  }
}
