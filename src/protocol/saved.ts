// Messages about saved highlights. The background service worker owns the database (IndexedDB in
// the extension's own origin); content scripts, the PDF viewer and the side panel only send these
// requests. Errors cross the message boundary as plain objects so the UI can show their message.
import { browser } from 'wxt/browser';
import type { NewHighlightInput, SavedHighlight } from '../core/record/schema';
import type { Selectors } from '../core/anchoring/types';
import type { HighlightPatch, ImportReport } from '../storage/repository';
import type { SkippedItem } from '../core/record/web-annotation';

export const SAVED = 'carelens:saved';
/** Broadcast after any write, to extension pages (runtime) and to every tab (content scripts). */
export const SAVED_CHANGED = 'carelens:saved-changed';
/** Sent to a tab by the context menu item and the keyboard command: save the current selection. */
export const SAVE_SELECTION = 'carelens:saved-save-selection';
/** Sent to a tab: scroll to a saved passage and flash it. */
export const REVEAL = 'carelens:saved-reveal';

/** What a page learned about one record while re-anchoring it. */
export interface AnchorReport {
  id: string;
  /** The record's `updatedAt` as the page read it (optimistic concurrency). */
  updatedAt: string;
  status: SavedHighlight['status'] | null;
  /** New selectors, when the user accepted a moved passage. */
  selectors?: Selectors;
}

export type SavedRequest =
  | { type: typeof SAVED; op: 'save'; input: NewHighlightInput }
  | { type: typeof SAVED; op: 'list-page'; url: string; fingerprint?: string }
  | { type: typeof SAVED; op: 'list-all' }
  | { type: typeof SAVED; op: 'list-deleted' }
  /** In `patch`, null clears a field: runtime messages are JSON, where a key set to undefined is dropped. */
  | { type: typeof SAVED; op: 'update'; id: string; patch: { [K in keyof HighlightPatch]: HighlightPatch[K] | null }; base: SavedHighlight | { updatedAt: string } }
  | { type: typeof SAVED; op: 'delete'; id: string }
  | { type: typeof SAVED; op: 'restore'; id: string }
  | { type: typeof SAVED; op: 'anchored'; reports: AnchorReport[] }
  | { type: typeof SAVED; op: 'import'; json: string }
  | { type: typeof SAVED; op: 'clear' }
  | { type: typeof SAVED; op: 'open'; id: string };

export interface PageListing {
  records: SavedHighlight[];
  /** A passage the side panel asked this tab to show once it has loaded. */
  reveal?: string;
}

export interface ImportOutcome {
  /** Set when the file as a whole could not be read. */
  error?: string;
  skipped: SkippedItem[];
  report?: ImportReport;
}

export interface SaveSelectionMessage {
  type: typeof SAVE_SELECTION;
  source: 'menu' | 'command' | 'card' | 'test';
  /** The selection as the browser saw it (context menu), a fallback when the page lost it. */
  selectionText?: string;
  /** For the viewer, which receives this by runtime broadcast: the tab it is meant for. */
  tabId?: number;
  /** Pre-filled dialog fields; with `submit`, saved without showing the dialog (tests, scripted saves). */
  note?: string;
  eventType?: string;
  eventDate?: string;
  submit?: boolean;
}

export interface SavedError {
  name: string;
  message: string;
  fields?: string[];
  current?: SavedHighlight;
}

export type SavedResponse<T> = { ok: true; value: T } | { ok: false; error: SavedError };

export class SavedRequestError extends Error {
  constructor(readonly detail: SavedError) {
    super(detail.message);
    this.name = detail.name;
  }
}

type Op = SavedRequest['op'];
type Body<O extends Op> = Omit<Extract<SavedRequest, { op: O }>, 'type' | 'op'>;
type Result<O extends Op> = O extends 'save' | 'restore'
  ? SavedHighlight
  : O extends 'update'
    ? SavedHighlight
    : O extends 'list-page'
      ? PageListing
      : O extends 'list-all' | 'list-deleted'
        ? SavedHighlight[]
        : O extends 'import'
          ? ImportOutcome
          : O extends 'anchored'
            ? number
            : void;

/** Send a request to the background broker; throws SavedRequestError with a readable message. */
export async function askSaved<O extends Op>(op: O, body: Body<O>): Promise<Result<O>> {
  let reply: SavedResponse<Result<O>> | undefined;
  try {
    reply = (await browser.runtime.sendMessage({ type: SAVED, op, ...body })) as SavedResponse<Result<O>> | undefined;
  } catch (e) {
    throw new SavedRequestError({
      name: 'Unreachable',
      message: `CareLens could not reach its storage (${e instanceof Error ? e.message : String(e)}). Reload the page and try again.`,
    });
  }
  if (!reply) throw new SavedRequestError({ name: 'Unreachable', message: 'CareLens storage did not answer. Reload the page and try again.' });
  if (!reply.ok) throw new SavedRequestError(reply.error);
  return reply.value;
}

export function isSavedRequest(m: unknown): m is SavedRequest {
  return typeof m === 'object' && m !== null && (m as { type?: unknown }).type === SAVED && typeof (m as { op?: unknown }).op === 'string';
}
