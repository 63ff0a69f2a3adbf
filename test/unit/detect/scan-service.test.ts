// The service worker's side of page scanning: pieces of a page's text gathered per scan, the last piece
// answered with the matches scan() finds in the whole text; nonsense and oversized uploads refused.
import { describe, expect, it } from 'vitest';
import { ANSWER_STRETCH, servePort } from '../../../src/background/scan-service';
import { scan } from '../../../src/core/detect';
import { decodeMatch, wireCount, type WireMatches } from '../../../src/core/detect/wire';
import type { ScanResult } from '../../../src/protocol/scan';
import { seedsAvailable, seedText } from '../../seeds';

const seed001 = seedText('001');

function fakePort(maxText?: number) {
  const listeners: ((m: unknown) => void)[] = [];
  const disconnects: (() => void)[] = [];
  const sent: ScanResult[] = [];
  const port = {
    name: 'carelens:scan',
    onMessage: { addListener: (f: (m: unknown) => void) => listeners.push(f) },
    onDisconnect: { addListener: (f: () => void) => disconnects.push(f) },
    // through JSON, as the browser sends it
    postMessage: (m: unknown) => sent.push(JSON.parse(JSON.stringify(m)) as ScanResult),
  };
  servePort(port as never, maxText);
  return { send: (m: unknown) => listeners.forEach((f) => f(JSON.parse(JSON.stringify(m)))), sent, disconnect: () => disconnects.forEach((f) => f()) };
}

describe('scan service', () => {
  it.skipIf(!seedsAvailable)('scans a page sent in pieces as one text', () => {
    const port = fakePort();
    const cut = [0, 20_000, 20_001, 55_555, seed001.length];
    for (let i = 0; i + 1 < cut.length; i++) {
      const last = i + 2 === cut.length;
      port.send({ type: 'piece', id: 7, text: seed001.slice(cut[i], cut[i + 1]), ...(last ? { kinds: ['term', 'section', 'duration', 'date'] } : {}) });
      if (!last) expect(port.sent.length).toBe(0);
    }
    expect(port.sent.every((r) => r.id === 7)).toBe(true);
    expect(port.sent.at(-1)!.more).toBeUndefined();
    const got = port.sent.flatMap((r) => {
      const wire = r.wire as WireMatches;
      return Array.from({ length: wireCount(wire) }, (_, i) => decodeMatch(seed001, wire, i));
    });
    expect(got).toEqual(scan(seed001));
    expect(got.some((m) => m.kind === 'section' && m.text.includes('47'))).toBe(true);
  });

  it.skipIf(!seedsAvailable)('answers a long text in stretches, in order, that add up to the whole text\'s matches', () => {
    const port = fakePort();
    const text = `${seed001}\n\n`.repeat(Math.ceil((ANSWER_STRETCH * 2.5) / seed001.length));
    for (let at = 0; at < text.length; at += 262_144) {
      const last = at + 262_144 >= text.length;
      port.send({ type: 'piece', id: 3, text: text.slice(at, at + 262_144), ...(last ? { kinds: ['term', 'section', 'duration', 'date'] } : {}) });
      if (!last) expect(port.sent).toEqual([]); // nothing goes back before the whole text is in
    }
    expect(port.sent.length).toBeGreaterThan(2);
    expect(port.sent.map((r) => !!r.more)).toEqual([...Array(port.sent.length - 1).fill(true), false]);
    expect(port.sent.every((r) => r.id === 3 && !r.error)).toBe(true);
    const decoded = port.sent.map((r) => {
      const wire = r.wire as WireMatches;
      return Array.from({ length: wireCount(wire) }, (_, i) => decodeMatch(text, wire, i));
    });
    expect(decoded.flat()).toEqual(scan(text));
    // each stretch holds the matches of one stretch of the text, none longer than ANSWER_STRETCH
    for (const stretch of decoded.filter((d) => d.length)) expect(stretch.at(-1)!.start - stretch[0]!.start).toBeLessThan(ANSWER_STRETCH);
    const last = port.sent.at(-1)!;
    expect(last.took).toBeGreaterThan(0);
    expect(last.early).toBeGreaterThan(0); // the pieces before the last were read as they came
    // when it took the last piece up and sent this, on a clock the page can compare with its own
    const before = performance.timeOrigin + performance.now();
    expect(last.takenUpAt).toBeGreaterThan(before - 60_000);
    expect(last.sentAt! - last.takenUpAt!).toBeCloseTo(last.took!, 0);
    expect(last.sentAt).toBeLessThanOrEqual(before);
  });

  it('a document whose last pieces show it is from Northern Ireland: the matches found ahead as English are not sent', () => {
    const port = fakePort();
    const english = 'The local authority must make enquiries under section 47 and provide services under section 17.\n\n'.repeat(4000);
    const text = english + 'Guidance for the HSC Trusts in Northern Ireland.\n\n'.repeat(6000);
    for (let at = 0; at < text.length; at += 65_536) {
      const last = at + 65_536 >= text.length;
      port.send({ type: 'piece', id: 4, text: text.slice(at, at + 65_536), ...(last ? { kinds: ['term', 'section', 'duration', 'date'] } : {}) });
    }
    const got = port.sent.flatMap((r) => {
      const wire = r.wire as WireMatches;
      return Array.from({ length: wireCount(wire) }, (_, i) => decodeMatch(text, wire, i));
    });
    expect(got).toEqual(scan(text));
    expect(new Set(got.flatMap((m) => (m.kind === 'section' ? [m.value.act] : [])))).toEqual(new Set([null]));
  });

  it('keeps two scans of one page apart and honours the kinds asked for', () => {
    const port = fakePort();
    port.send({ type: 'piece', id: 1, text: 'A section 47 enquiry ' });
    port.send({ type: 'piece', id: 2, text: 'Within 15 working days of 3 March 2025.', kinds: ['date'] });
    port.send({ type: 'piece', id: 1, text: 'follows the strategy discussion.', kinds: ['section', 'term'] });
    expect(port.sent.map((r) => r.id)).toEqual([2, 1]);
    const dates = port.sent[0]!.wire as WireMatches;
    expect(dates.values.map(([k]) => k)).toEqual(['date']);
    const text1 = 'A section 47 enquiry follows the strategy discussion.';
    const one = port.sent[1]!.wire as WireMatches;
    const kinds = Array.from({ length: wireCount(one) }, (_, i) => decodeMatch(text1, one, i)).map((m) => `${m.kind}:${m.text}`);
    expect(kinds).toContain('section:section 47');
    expect(kinds).toContain('term:strategy discussion');
    expect(kinds.some((k) => k.startsWith('duration') || k.startsWith('date'))).toBe(false);
  });

  it('refuses an upload past the limit with a message, and forgets it', () => {
    const port = fakePort(100);
    port.send({ type: 'piece', id: 1, text: 'x'.repeat(60) });
    port.send({ type: 'piece', id: 1, text: 'x'.repeat(60) });
    expect(port.sent).toEqual([{ type: 'result', id: 1, error: 'page text too large' }]);
    port.send({ type: 'piece', id: 2, text: 'section 47', kinds: ['section'] });
    expect((port.sent[1]!.wire as WireMatches).spans).toEqual([0, 10, 0]);
  });

  it('ignores messages that are not pieces, and refuses unknown kinds', () => {
    const port = fakePort();
    port.send({ type: 'piece', id: 'x', text: 'section 47', kinds: ['term'] });
    port.send({ type: 'piece', id: 3, text: 'section 47', kinds: ['script'] });
    port.send('<img src=x onerror=alert(1)>');
    port.send(null);
    expect(port.sent).toEqual([]);
  });
});
