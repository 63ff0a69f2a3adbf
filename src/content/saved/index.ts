// Saved highlights on web pages, as the content script starts them: light until needed. At page load it
// only asks the background broker whether this page has saved passages; the heavy part (anchoring, the
// painter, the save dialog: SavedSession in /page-ui.js, see ../ui-bridge.ts) is loaded when there are
// passages to place, or when the user saves (context menu, Alt+Shift+S, a card's Save, the side panel's
// "show"). The content script never opens the database (it runs in the page's origin): everything goes to
// the background broker.
import { browser } from 'wxt/browser';
import { REVEAL, SAVE_SELECTION, SAVED_CHANGED, askSaved, type PageListing, type SaveSelectionMessage } from '../../protocol/saved';
import type { Match } from '../../core/detect/types';
import { getSettings, isActiveOn, onSettingsChanged, type Settings } from '../../settings/settings';
import { ensureHost, isOurNode } from '../host';
import { PageObserver, UnreadContent } from '../observer';
import { pageText } from '../page-text';
import type { TextIndex } from '../text-index';
import { loadPageUi } from '../ui-bridge';
import { rangeToOffsets } from './selection';
import type { FlatText, SavedSession, SavedSurface } from './session';

export type { SavedSurface, SurfaceKey } from './session';

const flats = new WeakMap<TextIndex, FlatText>();

/** The page's shared TextIndex seen as flat text (one wrapper per index, so identity follows the index). */
function flatOf(index: TextIndex): FlatText {
  let f = flats.get(index);
  if (!f) {
    f = {
      text: index.text,
      finished: index.finished,
      toRange: (a, b) => index.toRange(a, b),
      offsetsOf: (r) => rangeToOffsets(index, r),
      hiddenText: () => index.unread.filter((el) => el.isConnected).map((el) => el.textContent ?? ''),
    };
    flats.set(index, f);
  }
  return f;
}

function shadowOf(doc: Document): Node {
  const { mount } = ensureHost(doc);
  return mount.getRootNode();
}

const warn = (e: unknown) => console.warn('CareLens saved passages:', e instanceof Error ? e.message : e);

export interface SavedHighlights {
  /** The hover card's "Save": the save dialog for a mark's range, with fields pre-filled from the mark. */
  saveMark(range: Range, match: Match): void;
  /** The full session once loaded (null while the page has had no reason to load it). */
  readonly session: SavedSession | null;
}

/** Starts saved highlights in the top frame (null in other frames: a passage belongs to the address the user sees). */
export function startSavedHighlights(doc: Document = document): SavedHighlights | null {
  if (doc.defaultView !== doc.defaultView?.top) return null;
  let settings: Settings | null = null;
  const enabled = () => !settings || isActiveOn(settings, doc.location.hostname);
  // what the page's text left out as hidden: when the page shows it (an accordion opened), passages are placed again
  const unread = new UnreadContent();
  const surface: SavedSurface = {
    doc,
    // the page's one shared TextIndex (src/content/page-text.ts): the UI script gets it from here, never builds its own
    readText: async () => {
      const index = await pageText(doc).read();
      unread.clear();
      unread.add(index.unread);
      return flatOf(index);
    },
    key: () => ({ url: doc.location.href, title: doc.title }),
    uiContainer: () => ({ container: shadowOf(doc) }),
    passageLayer: () => shadowOf(doc),
    enabled,
  };

  let session: SavedSession | null = null;
  let starting: Promise<SavedSession> | null = null;
  // As content arrives or changes (single-page apps, lazy loading): read again and re-anchor. Started with
  // the session: a page with no saved passages is not watched (a save loads the session).
  const observer = new PageObserver(
    doc,
    (node) => isOurNode(doc, node),
    () => {
      if (session?.records.length) void session.reread();
    },
    { delay: 300, unread },
  );

  /** The full session, loaded once; its first refresh uses `listing` when the light check already fetched it. */
  const heavy = (listing?: PageListing): Promise<SavedSession> =>
    (starting ??= loadPageUi().then(
      (ui) => {
        session = ui.createSavedSession(surface);
        observer.start();
        void session.refresh(listing).catch(warn);
        return session;
      },
      (e: unknown) => {
        starting = null;
        throw e;
      },
    ));

  /** The light check: ask the broker whether this page has saved passages; load the session only if so. */
  let checking: Promise<void> | null = null;
  let checkAgain = false;
  const check = (): Promise<void> => {
    if (starting) return starting.then((s) => s.refresh()).catch(warn);
    if (checking) {
      checkAgain = true;
      return checking;
    }
    checking = (async () => {
      do {
        checkAgain = false;
        if (!enabled()) continue;
        // The host exists on every page CareLens reads, saved passages or not: its coming would tell the page's
        // scripts that this page has some.
        ensureHost(doc);
        const listing = await askSaved('list-page', { url: surface.key().url });
        if (listing.records.length || listing.reveal) {
          await heavy(listing);
          return;
        }
      } while (checkAgain && !session);
    })()
      .catch(warn)
      .finally(() => {
        checking = null;
      });
    return checking;
  };

  const save = (message: Partial<SaveSelectionMessage>, range?: Range, match?: Match): Promise<{ ok: boolean }> =>
    loadPageUi()
      .then(async (ui) => {
        const s = await heavy();
        void s.openSave({ ...message, ...(match ? ui.prefillFromMatch(match) : {}) }, range);
        return { ok: true };
      })
      .catch((e: unknown) => {
        console.warn(`CareLens could not open the save dialog (${e instanceof Error ? e.message : String(e)}). Reload the page and try again.`);
        return { ok: false };
      });

  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type?: string; id?: string } | null;
    if (m?.type === SAVE_SELECTION) return save(m as SaveSelectionMessage);
    if (m?.type === SAVED_CHANGED) {
      void check();
      return undefined;
    }
    if (m?.type === REVEAL && m.id) {
      const id = m.id;
      // not placed yet: the session shows it once its refresh has placed it
      return heavy().then(
        (s) => ({ ok: s.reveal(id) }),
        (e: unknown) => (warn(e), { ok: false }),
      );
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
        void save({ source: 'command' });
      }
    },
    true,
  );

  void getSettings()
    .then((s) => {
      settings = s;
    })
    .catch(() => undefined)
    .finally(() => void check());
  onSettingsChanged((s) => {
    settings = s;
    void check();
  });

  return {
    saveMark: (range, match) => void save({ source: 'card' }, range, match),
    get session() {
      return session;
    },
  };
}
