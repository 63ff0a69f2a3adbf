// Saved highlights on web pages: one call from the content script starts it. The content script
// never opens the database (it runs in the page's origin): everything goes to the background broker.
import { browser } from 'wxt/browser';
import { REVEAL, SAVE_SELECTION, SAVED_CHANGED, type SaveSelectionMessage } from '../../background/saved-protocol';
import { getSettings, isActiveOn, onSettingsChanged, type Settings } from '../../settings/settings';
import { ensureHost, isOurNode } from '../host';
import { PageObserver } from '../observer';
import { pageText } from '../page-text';
import type { TextIndex } from '../text-index';
import { rangeToOffsets } from './selection';
import { SavedSession, type FlatText, type SavedSurface } from './session';

export { SavedSession } from './session';
export type { SavedSurface, SurfaceKey } from './session';

let current: SavedSession | null = null;

/** For the hover card's "Save" button: open the save dialog for a mark's range, with fields pre-filled from the mark. */
export function saveRange(range: Range, prefill: { eventType?: string; eventDate?: string } = {}): void {
  void current?.openSave({ source: 'card', ...prefill }, range);
}

const flats = new WeakMap<TextIndex, FlatText>();

/** The page's shared TextIndex seen as flat text (one wrapper per index, so identity follows the index). */
function flatOf(index: TextIndex): FlatText {
  let f = flats.get(index);
  if (!f) flats.set(index, (f = { text: index.text, finished: index.finished, toRange: (a, b) => index.toRange(a, b), offsetsOf: (r) => rangeToOffsets(index, r) }));
  return f;
}

function shadowOf(doc: Document): Node {
  const { mount } = ensureHost(doc);
  return mount.getRootNode();
}

export function startSavedHighlights(doc: Document = document): SavedSession | null {
  // Top frame only: a saved passage belongs to the page address the user sees.
  if (doc.defaultView !== doc.defaultView?.top) return null;
  let settings: Settings | null = null;
  const surface: SavedSurface = {
    doc,
    readText: async () => flatOf(await pageText(doc).read()),
    key: () => ({ url: doc.location.href, title: doc.title }),
    uiContainer: () => ({ container: shadowOf(doc) }),
    enabled: () => !settings || isActiveOn(settings, doc.location.hostname),
  };
  const session = new SavedSession(surface);
  current = session;

  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type?: string; id?: string } | null;
    if (m?.type === SAVE_SELECTION) {
      void session.openSave(m as SaveSelectionMessage);
      return Promise.resolve({ ok: true });
    }
    if (m?.type === SAVED_CHANGED) {
      void session.refresh();
      return undefined;
    }
    if (m?.type === REVEAL && m.id) {
      return Promise.resolve({ ok: session.reveal(m.id) });
    }
    return undefined;
  });

  // The keyboard command is handled by the browser (background -> SAVE_SELECTION). Where the browser
  // does not own the shortcut (it was reassigned, or in automation) the page sees the keys: same action.
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyS' && !isOurNode(doc, e.target as Node)) {
        e.preventDefault();
        void session.openSave({ source: 'command' });
      }
    },
    true,
  );

  // As content arrives or changes (single-page apps, lazy loading): read again and re-anchor, when there is
  // something to place (a page with no saved passages is not read again; a save reads it when needed).
  const observer = new PageObserver(
    doc,
    (node) => isOurNode(doc, node),
    () => {
      if (session.records.length) void session.reread();
    },
    300,
  );
  void getSettings()
    .then((s) => {
      settings = s;
    })
    .catch(() => undefined)
    .finally(() => {
      void session.refresh().catch((e) => console.warn('CareLens saved passages:', e));
      observer.start();
    });
  onSettingsChanged((s) => {
    settings = s;
    void session.refresh();
  });
  return session;
}
