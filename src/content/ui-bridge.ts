// The content script stays light: it reads the page and paints marks. Everything with a user interface
// (the React hover card, the saved-highlights machinery: anchoring, painter, save dialog) lives in a
// second script, /page-ui.js (entrypoints/page-ui.ts), loaded on demand into the same frame:
//
//   content script --LOAD_PAGE_UI--> background --chrome.scripting.executeScript({ documentIds: [sender's] })
//
// The injected file runs in the same isolated world as the content script (not the page's), where it
// registers its API on a global of that world: page scripts cannot see it. On extension pages (the PDF
// viewer, which shows the same cards) the file is imported as a module of the extension instead.
import { browser } from 'wxt/browser';
import { LOAD_PAGE_UI, PAGE_REACT_FILE, PAGE_UI_FILE, PAGE_UI_GLOBAL, type LoadPageUiReply } from '../protocol/page-ui';
import type { Match } from '../core/detect/types';
import type { CardContext } from '../ui/card/types';
import type { SavedSession, SavedSurface } from './saved/session';
import { timingMark } from '../timing';

export interface OpenCard {
  key: string;
  match: Match;
  range: Range;
  context: CardContext;
  focus: boolean;
  /** The card's "Save" button (absent where saving is not possible, e.g. inside frames). */
  onSave?: () => void;
}

export interface CardHandlers {
  onClose: () => void;
  onEnter: () => void;
  onLeave: () => void;
}

export interface CardView {
  show(card: OpenCard | null): void;
  destroy(): void;
}

/** What /page-ui.js provides. */
export interface PageUi {
  /** The hover card, rendered with React into `mount` (inside our closed shadow root). */
  createCardView(mount: HTMLElement, handlers: CardHandlers): CardView;
  /** Saved highlights over a surface the content script describes (its text, its UI container). */
  createSavedSession(surface: SavedSurface): SavedSession;
  /** The save dialog's fields pre-filled from a mark (its date, the event its rule starts from). */
  prefillFromMatch(match: Match): { eventDate?: string; eventType?: string };
}

type UiGlobal = { [PAGE_UI_GLOBAL]?: PageUi };

/** Called by /page-ui.js when it runs. */
export function registerPageUi(ui: PageUi): void {
  (globalThis as UiGlobal)[PAGE_UI_GLOBAL] = ui;
}

/** The UI when it is already loaded in this frame, else undefined. */
export function loadedPageUi(): PageUi | undefined {
  return (globalThis as UiGlobal)[PAGE_UI_GLOBAL];
}

let pending: Promise<PageUi> | null = null;

function isExtensionPage(): boolean {
  try {
    return location.origin === new URL(browser.runtime.getURL('/')).origin;
  } catch {
    return false;
  }
}

async function fetchUi(): Promise<PageUi> {
  const t0 = performance.now();
  if (isExtensionPage()) {
    // An extension page may import its own files (no scripting API there, and none needed).
    await import(/* @vite-ignore */ browser.runtime.getURL(PAGE_REACT_FILE));
    await import(/* @vite-ignore */ browser.runtime.getURL(PAGE_UI_FILE));
  } else {
    const reply = (await browser.runtime.sendMessage({ type: LOAD_PAGE_UI })) as LoadPageUiReply | undefined;
    if (!reply) throw new Error('the background did not answer');
    if (!reply.ok) throw new Error(reply.error);
  }
  const ui = loadedPageUi();
  if (!ui) throw new Error(`${PAGE_UI_FILE} ran but did not register`);
  timingMark('carelens:ui-loaded', { ms: performance.now() - t0 });
  return ui;
}

/**
 * Loads the UI into this frame once (calls share one request). A failed load is not remembered: the next
 * call tries again (each call is a user's action: a hover, a key, a save).
 */
export function loadPageUi(): Promise<PageUi> {
  const ui = loadedPageUi();
  if (ui) return Promise.resolve(ui);
  pending ??= fetchUi().finally(() => {
    pending = null;
  });
  return pending;
}
