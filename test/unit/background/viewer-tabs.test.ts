// Requests for a tab reach whatever shows it: our PDF viewer (an extension page: a runtime message naming the tab)
// or the content script (tabs.sendMessage). From Chromium 150 the browser leaves the address of our own pages' tabs
// out (no "tabs" permission); the viewer is then known by the extension's own contexts (runtime.getContexts).
import { beforeEach, describe, expect, it, vi } from 'vitest';

const BASE = 'chrome-extension://carelens-test';
const VIEWER = `${BASE}/viewer.html?file=${encodeURIComponent('https://council.example/letter.pdf')}`;
let contexts: { contextType: string; tabId: number; frameId: number; documentUrl?: string }[] = [];
const runtimeSend = vi.fn(async (_message: unknown) => 'from the viewer');
const tabsSend = vi.fn(async (_tabId: number, _message: unknown, _options?: unknown) => 'from the content script');
const chrome = {
  runtime: {
    id: 'carelens-test',
    getURL: (path: string) => `${BASE}${path}`,
    getContexts: vi.fn(async (filter: { contextTypes?: string[] }) => contexts.filter((c) => !filter.contextTypes || filter.contextTypes.includes(c.contextType))),
    sendMessage: runtimeSend,
  },
  tabs: { sendMessage: tabsSend },
};
(globalThis as unknown as { chrome: unknown }).chrome = chrome;

const { askTab, tabUrl } = await import('../../../src/protocol/page');
const { nextMarkInViewer } = await import('../../../src/background/pdf-redirect');
const { requestSaveInTab } = await import('../../../src/background/saved-broker');

beforeEach(() => {
  runtimeSend.mockClear();
  tabsSend.mockClear();
  // tab 7: our viewer (the browser gives no address for it); tab 3: the popup in a frame of its own
  contexts = [
    { contextType: 'BACKGROUND', tabId: -1, frameId: -1, documentUrl: undefined },
    { contextType: 'TAB', tabId: 7, frameId: 0, documentUrl: VIEWER },
    { contextType: 'TAB', tabId: 3, frameId: 0, documentUrl: `${BASE}/popup.html` },
  ];
});

describe('a tab showing our viewer, without its address', () => {
  it('is known by its context', async () => {
    expect(await tabUrl({ id: 7 })).toBe(VIEWER);
    expect(await tabUrl({ id: 8, url: 'https://council.example/page' })).toBe('https://council.example/page');
    expect(await tabUrl({ id: 9 })).toBeUndefined(); // a page we may not read
  });

  it('the popup\'s requests go to the viewer by a runtime message naming the tab; a web page\'s to its content script', async () => {
    expect(await askTab({ id: 7 }, { type: 'carelens:get-report' })).toBe('from the viewer');
    expect(runtimeSend).toHaveBeenCalledWith({ target: 'viewer', tabId: 7, request: { type: 'carelens:get-report' } });
    expect(tabsSend).not.toHaveBeenCalled();
    expect(await askTab({ id: 8, url: 'https://council.example/page' }, { type: 'carelens:ping' })).toBe('from the content script');
    expect(tabsSend).toHaveBeenCalledWith(8, { type: 'carelens:ping' }, { frameId: 0 });
  });

  it('the next-mark command and "Save to CareLens" reach the viewer', async () => {
    expect(await nextMarkInViewer({ id: 7 })).toBe(true);
    expect(runtimeSend).toHaveBeenLastCalledWith({ target: 'viewer', tabId: 7, request: { type: 'carelens:next-mark' } });
    expect(await nextMarkInViewer({ id: 8, url: 'https://council.example/page' })).toBe(false); // the content script has the key
    await requestSaveInTab({ id: 7, index: 0, pinned: false, highlighted: false, windowId: 1, active: true, incognito: false, selected: true, discarded: false, autoDiscardable: true, groupId: -1, frozen: false } as never);
    expect(runtimeSend).toHaveBeenLastCalledWith(expect.objectContaining({ type: 'carelens:saved-save-selection', tabId: 7 }));
    expect(tabsSend).not.toHaveBeenCalled();
  });

  it('without runtime.getContexts (an older browser gives the address), nothing is guessed', async () => {
    const getContexts = chrome.runtime.getContexts;
    (chrome.runtime as { getContexts?: unknown }).getContexts = undefined;
    try {
      expect(await tabUrl({ id: 7 })).toBeUndefined();
      expect(await tabUrl({ id: 7, url: VIEWER })).toBe(VIEWER);
    } finally {
      chrome.runtime.getContexts = getContexts;
    }
  });
});
