// CardLayer is a thin proxy: the card's code (/page-ui.js) is loaded on the first card (or on prepare()), the
// latest show() waits for it, and a failed load warns and is tried again on the next show().
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/content/host', () => ({ ensureHost: () => ({ host: {}, mount: { id: 'mount' } }) }));

type Reply = { ok: true } | { ok: false; error: string };
const sendMessage = vi.fn<(message: unknown) => Promise<Reply>>();
(globalThis as unknown as { chrome: unknown }).chrome = {
  runtime: { id: 'carelens-test', getURL: (p: string) => `chrome-extension://carelens-test${p}`, sendMessage: (m: unknown) => sendMessage(m) },
};
(globalThis as unknown as { location: unknown }).location = { origin: 'https://council.example' };

const { CardLayer } = await import('../../../src/content/card-layer');
const bridge = await import('../../../src/content/ui-bridge');
const { LOAD_PAGE_UI, PAGE_UI_GLOBAL } = await import('../../../src/protocol/page-ui');

const handlers = { onClose: () => undefined, onEnter: () => undefined, onLeave: () => undefined };
const card = (key: string) => ({ key, focus: false }) as unknown as import('../../../src/content/ui-bridge').OpenCard;

/** A fake /page-ui.js: its card view records what it was asked to show. */
function fakeUi() {
  const shown: (string | null)[] = [];
  const ui = {
    createCardView: vi.fn((_mount: unknown, _handlers: unknown) => ({ show: (c: { key: string } | null) => shown.push(c?.key ?? null), destroy: () => undefined })),
    createSavedSession: vi.fn(),
    prefillFromMatch: vi.fn(),
  };
  return { ui, shown };
}

/** The background's answer: runs the fake UI script (registers it) after `ms`. */
function injectAfter(ms: number, ui: ReturnType<typeof fakeUi>['ui']) {
  sendMessage.mockImplementation(
    (m) =>
      new Promise((done) =>
        setTimeout(() => {
          expect(m).toEqual({ type: LOAD_PAGE_UI });
          bridge.registerPageUi(ui as unknown as import('../../../src/content/ui-bridge').PageUi);
          done({ ok: true });
        }, ms),
      ),
  );
}

const flush = () => new Promise((r) => setTimeout(r, 30));

describe('CardLayer', () => {
  beforeEach(() => {
    delete (globalThis as Record<string, unknown>)[PAGE_UI_GLOBAL];
    sendMessage.mockReset();
  });
  afterEach(() => vi.restoreAllMocks());

  it('loads the UI on the first card and shows the latest card once it is there (one request for many shows)', async () => {
    const { ui, shown } = fakeUi();
    injectAfter(10, ui);
    const layer = new CardLayer({} as Document, handlers);
    layer.show(card('a'));
    layer.show(card('b'));
    expect(shown).toEqual([]);
    await flush();
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(ui.createCardView).toHaveBeenCalledTimes(1);
    expect(ui.createCardView.mock.calls[0]![0]).toEqual({ id: 'mount' });
    expect(shown).toEqual(['b']);
    layer.show(card('c'));
    layer.show(null);
    expect(shown).toEqual(['b', 'c', null]);
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('shows nothing when the card was closed before the UI arrived; close without a UI loads nothing', async () => {
    const { ui, shown } = fakeUi();
    injectAfter(10, ui);
    const layer = new CardLayer({} as Document, handlers);
    layer.show(null);
    expect(sendMessage).not.toHaveBeenCalled();
    layer.show(card('a'));
    layer.show(null);
    await flush();
    expect(shown).toEqual([]);
    expect(ui.createCardView).not.toHaveBeenCalled();
    layer.show(card('b'));
    expect(shown).toEqual(['b']);
  });

  it('prepare() loads ahead of the first card, which then opens at once', async () => {
    const { ui, shown } = fakeUi();
    injectAfter(10, ui);
    const layer = new CardLayer({} as Document, handlers);
    layer.prepare();
    await flush();
    expect(sendMessage).toHaveBeenCalledTimes(1);
    layer.show(card('a'));
    expect(shown).toEqual(['a']);
  });

  it('a failed load warns, opens no card, and the next show() tries again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    sendMessage.mockResolvedValueOnce({ ok: false, error: "Could not load file: 'page-ui.js'." });
    const layer = new CardLayer({} as Document, handlers);
    layer.show(card('a'));
    await flush();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/CareLens could not load its card \(Could not load file: 'page-ui.js'.\)/);
    sendMessage.mockRejectedValueOnce(new Error('Extension context invalidated.'));
    layer.show(card('b'));
    await flush();
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[1]![0])).toMatch(/Extension context invalidated/);
    const { ui, shown } = fakeUi();
    injectAfter(1, ui);
    layer.show(card('c'));
    await flush();
    expect(shown).toEqual(['c']);
  });

  it("showMark: the mark's card, whose Save closes it first and hands over a copy of the range with the match", async () => {
    const cards: import('../../../src/content/ui-bridge').OpenCard[] = [];
    const ui = {
      createCardView: vi.fn(() => ({ show: (c: import('../../../src/content/ui-bridge').OpenCard | null) => void (c && cards.push(c)), destroy: () => undefined })),
      createSavedSession: vi.fn(),
      prefillFromMatch: vi.fn(),
    };
    injectAfter(1, ui as unknown as ReturnType<typeof fakeUi>['ui']);
    const layer = new CardLayer({} as Document, handlers);
    const copy = { copy: true } as unknown as Range;
    const range = { cloneRange: () => copy } as unknown as Range;
    const match = { kind: 'section', start: 3, end: 13, text: 'section 47' } as unknown as import('../../../src/core/detect/types').Match;
    const context = { nation: 'england-and-wales', profile: 'national', nearbyDates: [] } as unknown as import('../../../src/ui/card/types').CardContext;
    const order: string[] = [];
    const saved: [Range, unknown][] = [];
    layer.showMark({ key: 'm1', match, range }, context, true, () => order.push('close'), (r, m) => {
      order.push('save');
      saved.push([r, m]);
    });
    await flush();
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ key: 'm1', match, range, context, focus: true });
    cards[0]!.onSave!();
    expect(order).toEqual(['close', 'save']);
    expect(saved).toEqual([[copy, match]]);
    layer.showMark({ key: 'm2', match, range }, context, false, () => order.push('close'));
    expect(cards[1]!.onSave).toBeUndefined();
    expect(cards[1]!.focus).toBe(false);
  });
});
