// Helpers for the content-script tests: the card lives in a CLOSED shadow root, so tests reach it
// through the DevTools protocol (DOM.getDocument with pierce: true), exactly as the issue allows.
import type { Page, Worker } from '@playwright/test';

export const HOST_TAG = 'UI-LAYER-HOST';

interface CdpNode {
  nodeId: number;
  nodeName: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findHost(node: CdpNode): CdpNode | null {
  if (node.nodeName === HOST_TAG) return node;
  for (const child of node.children ?? []) {
    const found = findHost(child);
    if (found) return found;
  }
  return null;
}

/** Runs `fn` with `this` = our closed shadow root; null when the host does not exist yet. */
export async function inShadow<T>(page: Page, fn: string, arg?: unknown): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findHost(root);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = (await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId })) as { object: { objectId: string } };
    const result = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      arguments: [{ value: arg ?? null }],
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: T }; exceptionDetails?: unknown };
    if (result.exceptionDetails) throw new Error(`in shadow: ${JSON.stringify(result.exceptionDetails)}`);
    return result.result.value;
  } finally {
    await cdp.detach();
  }
}

export interface CardState {
  label: string;
  kind: string;
  text: string;
  links: string[];
  focused: boolean;
  rect: { left: number; top: number; right: number; bottom: number };
}

/** The open card, or null. */
export function card(page: Page): Promise<CardState | null> {
  return inShadow<CardState | null>(
    page,
    `function () {
      const el = this.querySelector('[role="dialog"]');
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return {
        label: el.getAttribute('aria-label'), kind: el.dataset.kind, text: el.textContent,
        links: [...el.querySelectorAll('a')].map((a) => a.href),
        focused: this.activeElement === el || el.contains(this.activeElement),
        rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      };
    }`,
  ).then((v) => v ?? null);
}

/** Sets an input/select inside the card the way a user would (native setter + input/change events, for React). */
export function setField(page: Page, selector: string, value: string): Promise<unknown> {
  return inShadow(
    page,
    `function (arg) {
      const el = this.querySelector(arg.selector);
      if (!el) throw new Error('no ' + arg.selector);
      const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, arg.value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    }`,
    { selector, value },
  );
}

/** Center of the nth occurrence of `text` (or of `part` inside it) in the page's visible text (main world). */
export async function pointOf(page: Page, text: string, nth = 0, part?: string, frame = page.mainFrame()): Promise<{ x: number; y: number }> {
  const p = await frame.evaluate(
    ({ text, nth, part }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const data = (n as Text).data;
        let at = data.indexOf(text);
        while (at >= 0) {
          if (seen++ === nth) {
            const r = document.createRange();
            const from = at + (part ? text.indexOf(part) : 0);
            r.setStart(n, from);
            r.setEnd(n, from + (part ?? text).length);
            r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
            const rect = r.getClientRects()[0]!;
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          }
          at = data.indexOf(text, at + 1);
        }
      }
      return null;
    },
    { text, nth, part: part ?? null },
  );
  if (!p) throw new Error(`text not found: ${text}`);
  return p;
}

/** Moves the pointer onto the nth occurrence of `text` (or of `part` inside it), so that its card opens. */
export async function hover(page: Page, text: string, nth = 0, part?: string): Promise<void> {
  const p = await pointOf(page, text, nth, part);
  // two moves, so the page sees a pointer move even when the pointer was already there
  await page.mouse.move(p.x - 1, p.y);
  await page.mouse.move(p.x, p.y);
}

/** Title of the open hover card and whether it offers "Save" (the card only: not the save dialog); null when closed. */
export function hoverCard(page: Page): Promise<{ title: string; save: boolean } | null> {
  return inShadow<{ title: string; save: boolean } | null>(
    page,
    `function () {
      const el = this.querySelector('.cl-card');
      return el ? { title: el.getAttribute('aria-label'), save: !!el.querySelector('button.cl-save') } : null;
    }`,
  );
}

/** Clicks the element `selector` finds in our shadow root; throws when there is none. */
export function clickInShadow(page: Page, selector: string): Promise<unknown> {
  return inShadow(page, `function (s) { const b = this.querySelector(s); if (!b) throw new Error('no ' + s); b.click(); return true; }`, selector);
}

/** Waits until CareLens has drawn its first marks (the content script's performance mark). */
export async function marksDrawn(page: Page, frame = page.mainFrame()): Promise<void> {
  await frame.waitForFunction(() => performance.getEntriesByName('carelens:drawn').length > 0, null, { timeout: 15_000 });
}

export type Sizes = Record<'term' | 'section' | 'duration' | 'date' | 'conflict' | 'active', number>;

export function highlightSizes(page: Page, frame = page.mainFrame()): Promise<Sizes> {
  return frame.evaluate(() => {
    const out: Record<string, number> = {};
    for (const name of ['term', 'section', 'duration', 'date', 'conflict', 'active']) {
      out[name] = (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get(`mark-${name}`)?.size ?? 0;
    }
    return out as Sizes;
  });
}

/** Sends `message` to the content script of the tab at `url` (its top frame), as the popup does. */
export async function sendToTab(serviceWorker: Worker, url: string, message: unknown): Promise<unknown> {
  return serviceWorker.evaluate(
    async ({ url, message }) => {
      const [tab] = await chrome.tabs.query({ url });
      if (!tab?.id) return null;
      return chrome.tabs.sendMessage(tab.id, message, { frameId: 0 });
    },
    { url, message },
  );
}
