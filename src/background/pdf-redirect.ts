// Web PDFs open in CareLens's viewer instead of the browser's own (unless the user turned that off).
//
//   - http(s): top-level navigations whose response is a PDF (Content-Type application/pdf), or whose address
//     ends in .pdf and whose server sent a generic binary type (application/octet-stream), unless the server
//     asked for a download (Content-Disposition: attachment). Chrome: declarativeNetRequest rules, which the
//     browser applies itself; the target is viewer.html?src=<the URL verbatim>, see src/pdf/viewer-url.ts.
//     Firefox refuses those rules' response-header conditions (src/platform): a blocking webRequest listener on
//     top-level responses makes the same decision from the same two headers (isPdfResponse) and keeps nothing.
//     No page is read and nothing is sent anywhere.
//   - file://: when the user allowed file access, a tab that opens a local .pdf is sent to the viewer.
//   - "Open in the browser's viewer": the viewer asks for an allow rule for that one address, so the
//     browser's own viewer shows it (kept for the session, so back and reload keep working).
import { browser } from 'wxt/browser';
import { getSettings, onSettingsChanged } from '../settings/settings';
import { viewerUrlFor } from '../pdf/viewer-url';
import { CONTENT_NEXT_MARK, OPEN_NATIVE, isViewerUrl, tabUrl, type OpenNativeRequest, type ViewerEnvelope } from '../protocol/page';
import { platform } from '../platform';

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

const PDF_TYPE = /^(application\/pdf|application\/x-pdf)\b/i;
const BINARY_TYPE = /^(application\/octet-stream|binary\/octet-stream|application\/download|application\/force-download)\b/i;
const PDF_NAME = /^https?:\/\/[^?#]*\.pdf([?#].*)?$/i;

/** Whether a top-level response is a PDF to open in the viewer: the same decision as pdfRules' two redirects. */
export function isPdfResponse(url: string, headers: readonly { name: string; value?: string }[]): boolean {
  const header = (name: string) => headers.find((h) => h.name.toLowerCase() === name)?.value?.trim() ?? '';
  if (/^attachment/i.test(header('content-disposition'))) return false;
  const type = header('content-type');
  return PDF_TYPE.test(type) || (BINARY_TYPE.test(type) && PDF_NAME.test(url));
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
  if (platform.pdfRedirect !== 'declarativeNetRequest') return Promise.resolve();
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

type ResponseDetails = { url: string; responseHeaders?: { name: string; value?: string }[] };

/**
 * The webRequest form of the same redirect. It is registered when the background starts (so Firefox wakes the
 * background for it), answers every non-PDF response at once and at most reads the settings for a PDF.
 */
function redirectPdfResponse(details: ResponseDetails): { redirectUrl: string } | undefined | Promise<{ redirectUrl: string } | undefined> {
  if (!isPdfResponse(details.url, details.responseHeaders ?? [])) return undefined;
  return (async () => {
    if (!(await getSettings()).openPdfsInViewer) return undefined;
    if ((await allowedUrls()).some((u) => withoutFragment(u) === withoutFragment(details.url))) return undefined;
    return { redirectUrl: viewerUrlFor(browser.runtime.getURL('/viewer.html'), details.url) };
  })().catch(() => undefined);
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
  if (platform.pdfRedirect === 'webRequest') {
    browser.webRequest.onHeadersReceived.addListener(
      redirectPdfResponse as Parameters<typeof browser.webRequest.onHeadersReceived.addListener>[0],
      { urls: ['http://*/*', 'https://*/*'], types: ['main_frame'] },
      ['blocking', 'responseHeaders'],
    );
  }
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
