// Where CareLens reads pages. The content script is not in the manifest: the service worker registers it
// (scripting.registerContentScripts) for the sites it may read now, and only those:
//   - "everywhere": every http, https and file page, once the browser gave CareLens access to all sites,
//     less the sites switched off;
//   - "only sites I allow": the sites the person allowed from the toolbar button (each one an optional host
//     permission the browser asked them about), less the sites switched off;
//   - switched off everywhere: nowhere.
// So on a site where CareLens is off, nothing of it runs in the page at all. A site allowed or switched on while its
// tab is open gets the content script at once (readTab), without a reload.
import { browser } from 'wxt/browser';
import { getSettings, isActiveOn, onSettingsChanged, sitePatterns, type Settings } from '../settings/settings';
import { READ_TAB, type ReadTabRequest } from '../protocol/page';

export const CONTENT_SCRIPT_ID = 'carelens-content';
export const CONTENT_SCRIPT_FILE = '/content-script.js';
/** The marks' styles (src/content/highlights.css), registered with the content script: the page has them from its
 *  first style computation, where a stylesheet adopted later would restyle every element of a page already drawn. */
export const MARKS_CSS_FILE = '/marks.css';
export const ALL_SITES = '<all_urls>';
const EVERY_PAGE = ['http://*/*', 'https://*/*', 'file:///*'];

export interface Targets {
  matches: string[];
  excludeMatches: string[];
}

/**
 * Where the content script goes, from the settings and what the browser granted (`allSites`: access to every site;
 * `granted(host)`: access to that site). Null: nowhere.
 */
export function contentScriptTargets(settings: Settings, allSites: boolean, granted: (host: string) => boolean): Targets | null {
  if (!settings.enabled) return null;
  if (settings.readOn === 'everywhere') {
    if (!allSites) return null;
    return { matches: EVERY_PAGE, excludeMatches: settings.disabledSites.flatMap(sitePatterns) };
  }
  const sites = settings.allowedSites.filter((host) => !settings.disabledSites.includes(host) && granted(host));
  return sites.length ? { matches: sites.flatMap(sitePatterns), excludeMatches: [] } : null;
}

const contains = (origins: string[]) => browser.permissions.contains({ origins }).catch(() => false);

async function currentTargets(settings: Settings): Promise<Targets | null> {
  const allSites = await contains([ALL_SITES]);
  const grantedSites = new Set<string>();
  for (const host of settings.allowedSites) if (await contains(sitePatterns(host))) grantedSites.add(host);
  return contentScriptTargets(settings, allSites, (host) => grantedSites.has(host));
}

type Registered = Parameters<typeof browser.scripting.registerContentScripts>[0][number];

function script(targets: Targets): Registered {
  return {
    id: CONTENT_SCRIPT_ID,
    js: [CONTENT_SCRIPT_FILE.slice(1)],
    css: [MARKS_CSS_FILE.slice(1)],
    matches: targets.matches,
    excludeMatches: targets.excludeMatches,
    allFrames: true,
    // about:blank and srcdoc frames of a page it reads
    matchOriginAsFallback: true,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  } as Registered;
}

/** Does the browser's registration already say what `wanted` says (the fields we set; lists in any order)? */
export function sameRegistration(registered: Partial<Registered>, wanted: Registered): boolean {
  const same = (a: unknown, b: unknown) => JSON.stringify([...((a as string[] | undefined) ?? [])].sort()) === JSON.stringify([...((b as string[] | undefined) ?? [])].sort());
  return (
    same(registered.js, wanted.js) &&
    same(registered.css, wanted.css) &&
    same(registered.matches, wanted.matches) &&
    same(registered.excludeMatches, wanted.excludeMatches) &&
    registered.allFrames === wanted.allFrames &&
    registered.runAt === wanted.runAt &&
    (registered as { matchOriginAsFallback?: boolean }).matchOriginAsFallback === (wanted as { matchOriginAsFallback?: boolean }).matchOriginAsFallback &&
    registered.persistAcrossSessions === wanted.persistAcrossSessions
  );
}

let syncing: Promise<void> = Promise.resolve();

/** Registers, updates or removes the content script to match the settings and the browser's grants. */
export function syncContentScript(): Promise<void> {
  syncing = syncing
    .then(async () => {
      const targets = await currentTargets(await getSettings());
      const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
      if (!targets) {
        if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
        return;
      }
      // (the worker starts again and again: an unchanged registration is left alone, not sent to every tab again)
      if (existing.length && sameRegistration(existing[0]!, script(targets))) return;
      const put = (entry: Registered) =>
        existing.length ? browser.scripting.updateContentScripts([entry]) : browser.scripting.registerContentScripts([entry]);
      // (a browser that does not know matchOriginAsFallback refuses the whole entry: then without it)
      await put(script(targets)).catch(() => put({ ...script(targets), matchOriginAsFallback: undefined } as Registered));
    })
    .catch((e: unknown) => console.error('CareLens: registering the content script', e));
  return syncing;
}

/**
 * The toolbar button allowed a site, or switched it on, while its tab is open: once the registration says so, the
 * content script runs in that tab's frames now (it starts once per frame: see entrypoints/content-script.ts).
 */
async function readTab(tabId: number): Promise<{ ok: boolean }> {
  await syncContentScript();
  const settings = await getSettings();
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { ok: false };
  }
  const host = url ? safeHost(url) : null;
  if (host === null || !isActiveOn(settings, host)) return { ok: false };
  const targets = await currentTargets(settings);
  if (!targets) return { ok: false };
  try {
    await browser.scripting.insertCSS({ target: { tabId, allFrames: true }, files: [MARKS_CSS_FILE] }).catch(() => undefined);
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
    return { ok: true };
  } catch {
    return { ok: false };
  }
}

function safeHost(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/** Called once from the background entrypoint. */
export function registerReading(): void {
  void syncContentScript();
  // First run: where the browser gave no access to sites (the shipped build asks for none at install), the options
  // page explains the two ways and asks.
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    void contains([ALL_SITES]).then((all) => (all ? undefined : browser.tabs.create({ url: browser.runtime.getURL('/options.html#welcome') })));
  });
  onSettingsChanged(() => void syncContentScript());
  browser.permissions.onAdded.addListener(() => void syncContentScript());
  browser.permissions.onRemoved.addListener(() => void syncContentScript());
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const request = message as Partial<ReadTabRequest> | null;
    // (from the extension's own pages only: the popup, the options)
    const fromOwnPage = sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
    if (request?.type !== READ_TAB || typeof request.tabId !== 'number' || !fromOwnPage) return undefined;
    return readTab(request.tabId);
  });
}
