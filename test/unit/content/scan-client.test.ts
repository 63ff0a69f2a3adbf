// The page's side of scanning (scan-client.ts) against the real scan service (scan-service.ts), through a fake
// port that passes every message through JSON as the browser does: parts sent as the page is read, answers in
// stretches, a port the browser drops (the worker was stopped) answered on a new one, an abort.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seedsAvailable, seedText } from '../../seeds';

type Listener = (m: unknown) => void;
interface FakePort {
  name: string;
  onMessage: { addListener(f: Listener): void };
  onDisconnect: { addListener(f: () => void): void };
  postMessage(m: unknown): void;
  disconnect(): void;
}
/** Every port the client opened: its page end, and a way to drop it as the browser does. */
const opened: { drop(): void; sentByPage: number }[] = [];

function connect(): FakePort {
  const pageSide = { message: [] as Listener[], disconnect: [] as (() => void)[] };
  const workerSide = { message: [] as Listener[], disconnect: [] as (() => void)[] };
  let alive = true;
  const record = { drop: () => undefined as void, sentByPage: 0 };
  const worker: FakePort = {
    name: 'carelens:scan',
    onMessage: { addListener: (f) => workerSide.message.push(f) },
    onDisconnect: { addListener: (f) => workerSide.disconnect.push(f) },
    postMessage: (m) => alive && queueMicrotask(() => pageSide.message.forEach((f) => f(JSON.parse(JSON.stringify(m))))),
    disconnect: () => undefined,
  };
  const page: FakePort = {
    name: 'carelens:scan',
    onMessage: { addListener: (f) => pageSide.message.push(f) },
    onDisconnect: { addListener: (f) => pageSide.disconnect.push(f) },
    postMessage: (m) => {
      if (!alive) throw new Error('Attempting to use a disconnected port object');
      record.sentByPage++;
      const copy = JSON.parse(JSON.stringify(m));
      queueMicrotask(() => alive && workerSide.message.forEach((f) => f(copy)));
    },
    disconnect: () => undefined,
  };
  record.drop = () => {
    alive = false;
    workerSide.disconnect.forEach((f) => f());
    queueMicrotask(() => pageSide.disconnect.forEach((f) => f()));
  };
  opened.push(record);
  servePort(worker as never);
  return page;
}
(globalThis as unknown as { chrome: unknown }).chrome = { runtime: { id: 'carelens-test', connect } };

const { servePort } = await import('../../../src/background/scan-service');
const { ScanClient } = await import('../../../src/content/scan-client');
const { scan } = await import('../../../src/core/detect');
const { decodeMatch, wireCount } = await import('../../../src/core/detect/wire');
import type { Upload } from '../../../src/content/scan-client';
import type { Match } from '../../../src/core/detect/types';

const here = dirname(fileURLToPath(import.meta.url));
const seed001 = seedText('001');
const KINDS = ['term', 'section', 'duration', 'date'] as const;

async function collect(upload: Upload, text: string): Promise<{ matches: Match[]; stretches: number }> {
  const matches: Match[] = [];
  let stretches = 0;
  for await (const wire of upload.matches()) {
    stretches++;
    for (let i = 0; i < wireCount(wire); i++) matches.push(decodeMatch(text, wire, i));
  }
  return { matches, stretches };
}

/** Sends `text` in parts of `part` characters, as the page's reading hands them over. */
function sendInParts(upload: Upload, text: string, part: number): void {
  for (let at = 0; at < text.length; at += part) upload.send(text.slice(at, at + part));
}

describe.skipIf(!seedsAvailable)('scan client and service', () => {
  const long = `${seed001}\n\n`.repeat(15); // ~1.2 MB

  it('a page sent in parts as it is read comes back in stretches with the whole text\'s matches', async () => {
    const client = new ScanClient();
    const upload = client.open(new AbortController().signal);
    sendInParts(upload, long, 270_000);
    upload.finish([...KINDS]);
    const { matches, stretches } = await collect(upload, long);
    expect(matches).toEqual(scan(long));
    expect(stretches).toBeGreaterThanOrEqual(Math.ceil(long.length / 524_288)); // (and those found while the parts came)
    expect(upload.pieces).toBe(Math.ceil(long.length / 270_000));
    expect(upload.largest).toBeLessThanOrEqual(270_000);
    // the wait for the worker, split: on the way there (here every piece is handled after finish(), so the last waits
    // behind the work on the others) and on the way back; with its scan after the last piece, no more than the whole wait
    expect(upload.earlyMs).toBeGreaterThan(0);
    expect(upload.toWorkerMs).toBeGreaterThanOrEqual(upload.earlyMs - 1);
    expect(upload.backMs).toBeGreaterThanOrEqual(0);
    expect(upload.toWorkerMs + upload.workerMs + upload.backMs).toBeLessThanOrEqual(upload.answeredAt - upload.finishedAt + 1);
  });

  it('a port dropped halfway (the worker was stopped) is replaced and the page sent again, once', async () => {
    const client = new ScanClient();
    const upload = client.open(new AbortController().signal);
    upload.send(long.slice(0, 300_000));
    opened.at(-1)!.drop();
    await Promise.resolve();
    await Promise.resolve();
    upload.send(long.slice(300_000));
    upload.finish([...KINDS]);
    expect((await collect(upload, long)).matches).toEqual(scan(long));
    // a second loss fails with a message instead of waiting for ever
    const again = client.open(new AbortController().signal);
    again.send(seed001);
    opened.at(-1)!.drop();
    await Promise.resolve();
    await Promise.resolve();
    opened.at(-1)!.drop();
    await Promise.resolve();
    await Promise.resolve();
    again.finish([...KINDS]);
    await expect(collect(again, seed001)).rejects.toThrow(/went away/);
  });

  it('an aborted scan stops with "aborted" and sends nothing more', async () => {
    const client = new ScanClient();
    const ctl = new AbortController();
    const upload = client.open(ctl.signal);
    upload.send(seed001);
    const port = opened.at(-1)!;
    const sent = port.sentByPage;
    ctl.abort();
    upload.send('more text');
    upload.finish([...KINDS]);
    expect(port.sentByPage).toBe(sent);
    await expect(collect(upload, seed001)).rejects.toThrow(/aborted/);
  });

  it('kinds asked for are the kinds that come back; an empty page gets an empty answer', async () => {
    const client = new ScanClient();
    const upload = client.open(new AbortController().signal);
    upload.send(seed001);
    upload.finish(['section']);
    const { matches } = await collect(upload, seed001);
    expect(matches.length).toBeGreaterThan(0);
    expect(new Set(matches.map((m) => m.kind))).toEqual(new Set(['section']));
    const empty = client.open(new AbortController().signal);
    empty.finish([...KINDS]);
    expect(await collect(empty, '')).toEqual({ matches: [], stretches: 1 });
  });
});
