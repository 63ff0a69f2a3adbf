// The service worker's warm-up when it starts (scan-service.ts, warm-up-text.ts): a text of our own that goes through
// every detector, scanned once before any page asks, and not at all when a page's text came first.
import { describe, expect, it, vi } from 'vitest';
import { scan } from '../../../src/core/detect';
import { TERMS } from '../../../src/core/knowledge/terms';
import { warmUpText } from '../../../src/background/warm-up-text';

function fakePort() {
  const listeners: ((m: unknown) => void)[] = [];
  return {
    port: {
      name: 'carelens:scan',
      onMessage: { addListener: (f: (m: unknown) => void) => listeners.push(f) },
      onDisconnect: { addListener: () => undefined },
      postMessage: () => undefined,
    },
    send: (m: unknown) => listeners.forEach((f) => f(m)),
  };
}

describe('warming up the scanner when the worker starts', () => {
  it('the warm-up text takes every detector through its usual paths', () => {
    const matches = scan(warmUpText());
    // every glossary term, by one of its spellings
    const terms = new Set(matches.flatMap((m) => (m.kind === 'term' ? [m.value.id] : [])));
    expect(terms.size).toBe(TERMS.length);
    // sections: with the act named, and with the act assumed
    const sections = matches.flatMap((m) => (m.kind === 'section' ? [m.value] : []));
    expect(sections.some((s) => s.act === 'Children Act 2004' && !s.assumed)).toBe(true);
    expect(sections.some((s) => s.act === 'Children Act 1989' && s.assumed)).toBe(true);
    // timescales: working days tied to a rule, calendar units, a range
    const durations = matches.flatMap((m) => (m.kind === 'duration' ? [m.value] : []));
    expect(durations.some((d) => d.unit === 'working_day' && d.ruleId)).toBe(true);
    expect(new Set(durations.map((d) => d.unit)).size).toBeGreaterThanOrEqual(4);
    expect(durations.some((d) => d.max !== undefined)).toBe(true);
    // dates written four ways: "3 Mar 2019", "Monday 24th June 2019", "24/06/2019", "2019-05-30", "June 3, 2019"
    const dates = matches.filter((m) => m.kind === 'date').map((m) => m.text);
    expect(dates.length).toBeGreaterThanOrEqual(4);
    expect(dates.some((d) => /^\d{1,2}\/\d{2}\/\d{4}$/.test(d))).toBe(true);
    expect(dates.some((d) => /^[A-Z][a-z]+ \d/.test(d))).toBe(true);
  });

  it('runs once when the worker starts, before any page asks', async () => {
    vi.resetModules();
    const service = await import('../../../src/background/scan-service');
    await expect(service.warmUpOnStart()).resolves.toBe(true);
  });

  it('does not run when a page\'s text came first: the page goes first', async () => {
    vi.resetModules();
    const service = await import('../../../src/background/scan-service');
    const { port, send } = fakePort();
    service.servePort(port as never);
    send({ type: 'piece', id: 1, text: 'The conference is within 15 working days.' });
    await expect(service.warmUpOnStart()).resolves.toBe(false);
  });
});
