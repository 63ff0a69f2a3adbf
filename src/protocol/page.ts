// Messages between the popup / side panel and the page surfaces (content script on web pages,
// the PDF viewer on PDFs). Both surfaces answer the same requests, so the popup does not care which.
import { browser } from 'wxt/browser';
import type { Match } from '../core/detect/types';

/** A match as reported to the popup: the match plus the sentence around it (for "check a letter"). */
export type ReportedMatch = Match & {
  /** Position in the page's list of matches; used to ask the page to reveal it. */
  index: number;
  /** The sentence containing the match, as plain text. */
  sentence: string;
  /** Read from a scan or photo with low confidence (lowest of its words, 0-100): check it against the letter. */
  unsure?: number;
};

export interface PageReport {
  url: string;
  title: string;
  /** 'page' for web pages, 'pdf' for the viewer. */
  surface: 'page' | 'pdf';
  /** False when CareLens is switched off for this site or everywhere. */
  active: boolean;
  /** False where the browser lacks the CSS Custom Highlight API: nothing is drawn. */
  highlightsSupported: boolean;
  /** False while the page or the PDF is still being read (the matches so far are listed). */
  complete: boolean;
  /** Date of the document (e.g. a letter's date), when one was found. */
  documentDate?: string;
  matches: ReportedMatch[];
  /** The page's or PDF's text (blocks parted by a blank line), for "Check a letter"; left out when longer than LETTER_TEXT_MAX (src/core/letter/limits.ts). */
  text?: string;
}

export type PageRequest =
  | { type: 'carelens:ping' }
  | { type: 'carelens:get-report' }
  /** Scroll to match `index` and open its card. */
  | { type: 'carelens:reveal'; index: number };

/** Sent by the background to the page surface of the active tab when the keyboard command (Alt+Shift+L by default)
 *  is pressed: move to the next mark and open its card. */
export const CONTENT_NEXT_MARK = 'carelens:next-mark';
/** The manifest command's name. */
export const NEXT_MARK_COMMAND = 'next-mark';

/** Viewer -> background: show this address in the browser's own PDF viewer (src/background/pdf-redirect.ts). */
export const OPEN_NATIVE = 'carelens:pdf-open-native';
export interface OpenNativeRequest {
  type: typeof OPEN_NATIVE;
  url: string;
}

/** Envelope for extension pages (the viewer), which cannot receive tabs.sendMessage. */
export interface ViewerEnvelope {
  target: 'viewer';
  tabId: number;
  request: PageRequest;
}

export function isViewerUrl(url: string | undefined): boolean {
  return !!url && url.startsWith(browser.runtime.getURL('/viewer.html'));
}

/**
 * The addresses of our own pages open in tabs (the viewer), by tab id. Chromium leaves `tab.url` out for them (from
 * version 150) unless the extension has the "tabs" permission, which CareLens does not ask for; the extension's
 * own contexts still name their documents.
 */
export async function ownTabUrls(): Promise<Map<number, string>> {
  if (typeof browser.runtime.getContexts !== 'function') return new Map();
  const contexts = await browser.runtime.getContexts({ contextTypes: ['TAB'] });
  return new Map(contexts.flatMap((c) => (c.tabId >= 0 && c.frameId === 0 && c.documentUrl ? [[c.tabId, c.documentUrl] as const] : [])));
}

/** The address a tab shows, our own pages' included (see ownTabUrls); undefined where the browser does not say. */
export async function tabUrl(tab: { id?: number; url?: string }): Promise<string | undefined> {
  if (tab.url || tab.id === undefined) return tab.url;
  return (await ownTabUrls()).get(tab.id);
}

/** Sends a request to whatever surface shows this tab: the content script, or our PDF viewer. */
export async function askTab<T>(tab: { id?: number; url?: string }, request: PageRequest): Promise<T> {
  if (tab.id === undefined) throw new Error('This tab cannot be read.');
  if (isViewerUrl(await tabUrl(tab))) {
    const envelope: ViewerEnvelope = { target: 'viewer', tabId: tab.id, request };
    return (await browser.runtime.sendMessage(envelope)) as T;
  }
  return (await browser.tabs.sendMessage(tab.id, request, { frameId: 0 })) as T;
}

/**
 * Popup or options -> background: a site was allowed or switched on while this tab shows it; the content script
 * runs in the tab now, without a reload (src/background/reading.ts). Answered `{ ok }`.
 */
export const READ_TAB = 'carelens:read-tab';
export interface ReadTabRequest {
  type: typeof READ_TAB;
  tabId: number;
}
