// The saved-highlights broker in the background service worker: the only code that opens the
// database. Content scripts run in the page's origin, so they must never touch IndexedDB
// themselves; they (and the viewer and the side panel) send `carelens:saved` requests here.
// Also owns the two save entry points that live outside the page: the "Save to CareLens" context
// menu item and the keyboard command; both send SAVE_SELECTION to the tab, the same message the
// e2e tests send.
import { browser, type Browser } from 'wxt/browser';
import { newHighlight, type SavedHighlight } from '../core/record/schema';
import { normaliseUrl } from '../core/record/url';
import { importWebAnnotationJson } from '../core/record/web-annotation';
import { ConflictError, HighlightRepository, StorageError } from '../storage';
import { registerPageUiLoader } from './page-ui-loader';
import { isViewerUrl, ownTabUrls, tabUrl } from '../protocol/page';
import {
  REVEAL,
  SAVE_SELECTION,
  SAVED_CHANGED,
  isSavedRequest,
  type ImportOutcome,
  type PageListing,
  type SaveSelectionMessage,
  type SavedError,
  type SavedRequest,
  type SavedResponse,
} from '../protocol/saved';

export const MENU_ID = 'carelens-save-selection';
export const COMMAND = 'save-selection';

let repo: HighlightRepository | undefined;
const repository = () => (repo ??= new HighlightRepository());

/** Tabs opened from the side panel, and the passage each should show once loaded. */
const pendingReveal = new Map<number, string>();

function viewerUrl(file: string): string {
  return browser.runtime.getURL(`/viewer.html?file=${encodeURIComponent(file)}` as '/viewer.html');
}

function toError(e: unknown): SavedError {
  if (e instanceof ConflictError) return { name: e.name, message: e.message, fields: e.fields, current: e.current as SavedHighlight };
  if (e instanceof StorageError) return { name: e.name, message: e.message };
  if (e && typeof e === 'object' && (e as { name?: unknown }).name === 'ZodError') {
    const issues = (e as { issues?: { path: PropertyKey[]; message: string }[] }).issues ?? [];
    return { name: 'ValidationError', message: `The passage could not be saved: ${issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ')}` };
  }
  return { name: 'Error', message: e instanceof Error ? e.message : String(e) };
}

async function broadcast(ids: string[]): Promise<void> {
  const message = { type: SAVED_CHANGED, ids };
  await browser.runtime.sendMessage(message).catch(() => undefined); // no extension page open
  const tabs = await browser.tabs.query({}).catch(() => [] as Browser.tabs.Tab[]);
  for (const tab of tabs) {
    // (no address: a page we may not read, or one of ours such as the viewer; neither has our content script)
    if (tab.id === undefined || !tab.url || isViewerUrl(tab.url)) continue;
    browser.tabs.sendMessage(tab.id, message).catch(() => undefined); // no content script there
  }
}

async function handle(req: SavedRequest, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const r = repository();
  switch (req.op) {
    case 'save': {
      const saved = await r.save(newHighlight(req.input));
      void broadcast([saved.id]);
      return saved;
    }
    case 'list-page': {
      const byUrl = await r.listByUrl(req.url);
      const byPrint = req.fingerprint ? await r.listByFingerprint(req.fingerprint) : [];
      const seen = new Set<string>();
      const records = [...byPrint, ...byUrl].filter((x) => !seen.has(x.id) && !!seen.add(x.id));
      const listing: PageListing = { records };
      const tabId = sender.tab?.id;
      if (tabId !== undefined && pendingReveal.has(tabId)) {
        const id = pendingReveal.get(tabId)!;
        if (records.some((x) => x.id === id)) {
          listing.reveal = id;
          pendingReveal.delete(tabId);
        }
      }
      return listing;
    }
    case 'list-all':
      return r.listAll();
    case 'list-deleted':
      return r.listDeleted();
    case 'update': {
      // null clears a field (JSON drops keys set to undefined, so "clear the status" would not arrive otherwise)
      const patch = Object.fromEntries(Object.entries(req.patch).map(([k, v]) => [k, v === null ? undefined : v]));
      const updated = await r.update(req.id, patch, req.base);
      void broadcast([req.id]);
      return updated;
    }
    case 'delete':
      await r.purgeDeleted();
      await r.delete(req.id);
      void broadcast([req.id]);
      return undefined;
    case 'restore': {
      const back = await r.restore(req.id);
      void broadcast([req.id]);
      return back;
    }
    case 'anchored': {
      // Status learned on a page visit. An edit made meanwhile elsewhere wins (optimistic concurrency):
      // a conflict is skipped silently, the page reports again on its next visit.
      let changed = 0;
      for (const rep of req.reports) {
        const patch: Record<string, unknown> = { status: rep.status ?? undefined };
        if (rep.selectors) patch.selectors = rep.selectors;
        try {
          await r.update(rep.id, patch, { updatedAt: rep.updatedAt });
          changed++;
        } catch (e) {
          if (!(e instanceof StorageError)) throw e;
        }
      }
      if (changed) void broadcast(req.reports.map((x) => x.id));
      return changed;
    }
    case 'import': {
      const parsed = importWebAnnotationJson(req.json);
      const outcome: ImportOutcome = { skipped: parsed.skipped };
      if (parsed.error) outcome.error = parsed.error;
      if (parsed.records.length) outcome.report = await r.bulkImport(parsed.records);
      if (outcome.report?.put.length) void broadcast(outcome.report.put.map((x) => x.id));
      return outcome;
    }
    case 'clear':
      await r.clear();
      void broadcast([]);
      return undefined;
    case 'open': {
      const rec = await r.get(req.id);
      if (!rec) throw new StorageError('That passage is no longer saved.');
      const target = rec.pdfFingerprint || /\.pdf$/i.test(new URL(rec.url).pathname) ? viewerUrl(rec.url) : rec.url;
      const tabs = await browser.tabs.query({});
      const ours = await ownTabUrls();
      const urlOf = (t: Browser.tabs.Tab) => t.url ?? (t.id === undefined ? undefined : ours.get(t.id));
      const open = tabs.find((t) => {
        const url = urlOf(t);
        return !!url && (normaliseUrl(url) === rec.url || url === target);
      });
      if (open?.id !== undefined) {
        await browser.tabs.update(open.id, { active: true });
        if (isViewerUrl(urlOf(open))) await browser.runtime.sendMessage({ type: REVEAL, id: rec.id, tabId: open.id }).catch(() => undefined);
        else await browser.tabs.sendMessage(open.id, { type: REVEAL, id: rec.id }).catch(() => undefined);
        return undefined;
      }
      const tab = await browser.tabs.create({ url: target, active: true });
      if (tab.id !== undefined) pendingReveal.set(tab.id, rec.id);
      return undefined;
    }
  }
}

/** Ask the surface showing `tab` to save its selection (context menu and keyboard command). */
export async function requestSaveInTab(tab: Browser.tabs.Tab | undefined, extra: Partial<SaveSelectionMessage> = {}, frameId = 0): Promise<void> {
  if (tab?.id === undefined) return;
  const message: SaveSelectionMessage = { type: SAVE_SELECTION, source: 'menu', ...extra };
  if (isViewerUrl(await tabUrl(tab))) {
    await browser.runtime.sendMessage({ ...message, tabId: tab.id }).catch(() => undefined);
  } else {
    await browser.tabs.sendMessage(tab.id, message, { frameId }).catch(() => undefined);
  }
}

export function registerSavedBroker(): void {
  // Pages load their UI (the save dialog, the cards with their "Save") on demand from the background too.
  registerPageUiLoader();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isSavedRequest(message)) return undefined;
    return handle(message, sender).then(
      (value): SavedResponse<unknown> => ({ ok: true, value }),
      (e: unknown): SavedResponse<unknown> => ({ ok: false, error: toError(e) }),
    );
  });

  const menus = browser.contextMenus;
  if (menus) {
    browser.runtime.onInstalled.addListener(() => {
      menus.removeAll(() => {
        menus.create({ id: MENU_ID, title: 'Save to CareLens', contexts: ['selection'] });
      });
    });
    menus.onClicked.addListener((info, tab) => {
      if (info.menuItemId !== MENU_ID) return;
      void requestSaveInTab(tab, { source: 'menu', selectionText: info.selectionText }, info.frameId ?? 0);
    });
  }

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== COMMAND) return;
    const go = (t: Browser.tabs.Tab | undefined) => void requestSaveInTab(t, { source: 'command' });
    if (tab) go(tab);
    else void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => go(t));
  });

  browser.tabs.onRemoved.addListener((tabId) => pendingReveal.delete(tabId));
}
