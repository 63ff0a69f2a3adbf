// Web PDFs open in CareLens's viewer instead of the browser's own (unless the user turned that off).
//
//   - http(s): declarativeNetRequest rules redirect top-level navigations whose response is a
//     PDF (Content-Type application/pdf), or whose address ends in .pdf and whose server sent a generic
//     binary type (application/octet-stream). The redirect target is viewer.html?src=<the URL verbatim>,
//     see src/pdf/viewer-url.ts. No page is read and nothing is sent anywhere: the browser applies the
//     rules itself.
//   - file://: when the user allowed file access, a tab that opens a local .pdf is sent to the viewer.
//   - "Open in the browser's viewer": the viewer asks for an allow rule for that one address, so the
//     browser's own viewer shows it (kept for the session, so back and reload keep working).
import { browser } from 'wxt/browser';
import { getSettings, onSettingsChanged } from '../settings/settings';
import { viewerUrlFor } from '../pdf/viewer-url';
import { CONTENT_NEXT_MARK, OPEN_NATIVE, isViewerUrl, tabUrl, type OpenNativeRequest, type ViewerEnvelope } from '../protocol/page';

const REDIRECT_BY_TYPE = 7001;
const REDIRECT_BY_NAME = 7002;
const ALLOW_FIRST = 7100;
const MAX_ALLOWED = 40;
const ALLOWED_KEY = 'pdf-open-native';

type Rule = Parameters<typeof browser.declarativeNetRequest.updateSessionRules>[0] extends { addRules?: (infer R)[] } ? R : never;

const withoutFragment = (url: string) => url.split('#')[0]!;
const escapeRe2 = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function allowedUrls(): Promise<string[]> {
  const stored = await browser.storage.session.get(ALLOWED_KEY).catch(() => ({}) as Record<string, unknown>);
  const list = (stored as Record<string, unknown>)[ALLOWED_KEY];
  return Array.isArray(list) ? list.filter((u): u is string => typeof u === 'string') : [];
}

/** The rules for the current settings and escape-hatch list. Exported for tests. */
export function pdfRules(viewerBase: string, enabled: boolean, allowed: readonly string[]): Rule[] {
  if (!enabled) return [];
  const substitution = `${viewerBase}?src=\\0`;
  const rules: Rule[] = [
    {
      id: REDIRECT_BY_TYPE,
      priority: 1,
      action: { type: 'redirect', redirect: { regexSubstitution: substitution } },
      condition: {
        regexFilter: '^https?://.*',
        resourceTypes: ['main_frame'],
        responseHeaders: [{ header: 'content-type', values: ['application/pdf*', 'application/x-pdf*', 'Application/PDF*'] }],
        excludedResponseHeaders: [{ header: 'content-disposition', values: ['attachment*'] }],
      },
    },
    {
      id: REDIRECT_BY_NAME,
      priority: 1,
      action: { type: 'redirect', redirect: { regexSubstitution: substitution } },
      condition: {
        regexFilter: '^https?://[^?#]*\\.[pP][dD][fF]([?#].*)?$',
        resourceTypes: ['main_frame'],
        responseHeaders: [
          { header: 'content-type', values: ['application/octet-stream*', 'binary/octet-stream*', 'application/download*', 'application/force-download*'] },
        ],
        excludedResponseHeaders: [{ header: 'content-disposition', values: ['attachment*'] }],
      },
    },
  ];
  allowed.slice(-MAX_ALLOWED).forEach((url, i) => {
    const regexFilter = `^${escapeRe2(withoutFragment(url))}$`;
    // Twice: once for the request stage, once for the response stage where the redirects are decided.
    rules.push(
      { id: ALLOW_FIRST + 2 * i, priority: 2, action: { type: 'allow' }, condition: { regexFilter, resourceTypes: ['main_frame'] } },
      {
        id: ALLOW_FIRST + 2 * i + 1,
        priority: 2,
        action: { type: 'allow' },
        condition: { regexFilter, resourceTypes: ['main_frame'], responseHeaders: [{ header: 'content-type' }] },
      },
    );
  });
  return rules;
}

let syncing: Promise<void> = Promise.resolve();

/** The redirect rules are dynamic (they survive a browser restart, so the first PDF after start-up is
 *  caught too); the escape-hatch allow rules are session rules (forgotten when the browser closes). */
function sync(): Promise<void> {
  syncing = syncing.then(async () => {
    const dnr = browser.declarativeNetRequest;
    if (!dnr?.updateDynamicRules) return;
    const settings = await getSettings();
    const rules = pdfRules(browser.runtime.getURL('/viewer.html'), settings.openPdfsInViewer, await allowedUrls());
    const isRedirect = (id: number) => id === REDIRECT_BY_TYPE || id === REDIRECT_BY_NAME;
    const isAllow = (id: number) => id >= ALLOW_FIRST && id < ALLOW_FIRST + 2 * MAX_ALLOWED;
    const dynamic = (await dnr.getDynamicRules()).filter((r) => isRedirect(r.id) || isAllow(r.id));
    await dnr.updateDynamicRules({ removeRuleIds: dynamic.map((r) => r.id), addRules: rules.filter((r) => isRedirect(r.id)) });
    const session = (await dnr.getSessionRules()).filter((r) => isRedirect(r.id) || isAllow(r.id));
    await dnr.updateSessionRules({ removeRuleIds: session.map((r) => r.id), addRules: rules.filter((r) => isAllow(r.id)) });
  });
  return syncing.catch((error: unknown) => console.error('CareLens: PDF redirect rules', error));
}

async function openNative(url: string): Promise<void> {
  const list = (await allowedUrls()).filter((u) => withoutFragment(u) !== withoutFragment(url));
  list.push(url);
  await browser.storage.session.set({ [ALLOWED_KEY]: list.slice(-MAX_ALLOWED) });
  await sync();
}

function isLocalPdf(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'file:' && /\.pdf$/i.test(u.pathname);
  } catch {
    return false;
  }
}

/**
 * The next-mark command in a tab showing our viewer: passed on to it in a viewer envelope (true); in any other tab
 * it is the content script's (false). The viewer is an extension page, where no content script runs.
 */
export async function nextMarkInViewer(tab: { id?: number; url?: string }): Promise<boolean> {
  if (tab.id === undefined || !isViewerUrl(await tabUrl(tab))) return false;
  const envelope = { target: 'viewer', tabId: tab.id, request: { type: CONTENT_NEXT_MARK } } as unknown as ViewerEnvelope;
  await browser.runtime.sendMessage(envelope);
  return true;
}

/** Wires the redirect rules, the escape hatch and local files. Called once from the background entrypoint. */
export function setupPdfRedirect(): void {
  void sync();
  onSettingsChanged(() => void sync());
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = message as Partial<OpenNativeRequest> | null;
    if (request?.type !== OPEN_NATIVE || typeof request.url !== 'string') return undefined;
    return openNative(request.url).then(() => ({ ok: true }));
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    const url = change.url;
    if (!url || !isLocalPdf(url)) return;
    void (async () => {
      const settings = await getSettings();
      if (!settings.openPdfsInViewer) return;
      if ((await allowedUrls()).some((u) => withoutFragment(u) === withoutFragment(url))) return;
      if (!(await browser.extension.isAllowedFileSchemeAccess())) return;
      await browser.tabs.update(tabId, { url: viewerUrlFor(browser.runtime.getURL('/viewer.html'), url) });
    })().catch(() => undefined);
  });
}
