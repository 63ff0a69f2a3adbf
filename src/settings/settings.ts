// The user's choices, kept in the extension's own storage (chrome.storage.local), shared by every surface.
import { browser } from 'wxt/browser';
import type { MatchKind } from '../core/detect/types';
import type { NationId } from '../core/deadlines';

export type ProfileId = 'national' | 'cambridgeshire';

/** Where CareLens reads pages: every site (the browser's access to all sites), or only the sites the person allowed. */
export type ReadOn = 'everywhere' | 'allowed';

export interface Settings {
  /** Master switch: false means CareLens marks nothing anywhere. */
  enabled: boolean;
  /** Hostnames where the user switched CareLens off, e.g. "www.example.gov.uk". */
  disabledSites: string[];
  /** Which kinds of mark are drawn. */
  kinds: Record<MatchKind, boolean>;
  nation: NationId;
  /** National guidance by default; a local procedure profile when the user picks one. */
  profile: ProfileId;
  /** Open web PDFs in CareLens's viewer instead of the browser's own. */
  openPdfsInViewer: boolean;
  /** Every site, or only `allowedSites` (see src/background/reading.ts). */
  readOn: ReadOn;
  /** Hostnames the person allowed from the toolbar button, for `readOn: 'allowed'`. */
  allowedSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  kinds: { term: true, section: true, duration: true, date: true },
  nation: 'england-and-wales',
  profile: 'national',
  openPdfsInViewer: true,
  readOn: 'everywhere',
  allowedSites: [],
};

const KEY = 'settings';

/** Fills in anything missing or malformed with the defaults (stored settings may come from an older version). */
export function normaliseSettings(stored: unknown): Settings {
  const raw = (stored && typeof stored === 'object' ? stored : {}) as Partial<Settings>;
  const kinds = { ...DEFAULT_SETTINGS.kinds };
  for (const kind of Object.keys(kinds) as MatchKind[]) {
    if (typeof raw.kinds?.[kind] === 'boolean') kinds[kind] = raw.kinds[kind];
  }
  return {
    enabled: typeof raw.enabled === 'boolean' ? raw.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: Array.isArray(raw.disabledSites)
      ? raw.disabledSites.filter((site): site is string => typeof site === 'string')
      : [],
    kinds,
    nation:
      raw.nation === 'scotland' || raw.nation === 'northern-ireland' || raw.nation === 'england-and-wales'
        ? raw.nation
        : DEFAULT_SETTINGS.nation,
    profile: raw.profile === 'cambridgeshire' ? 'cambridgeshire' : 'national',
    openPdfsInViewer: typeof raw.openPdfsInViewer === 'boolean' ? raw.openPdfsInViewer : true,
    readOn: raw.readOn === 'allowed' ? 'allowed' : 'everywhere',
    allowedSites: Array.isArray(raw.allowedSites) ? raw.allowedSites.filter((site): site is string => typeof site === 'string') : [],
  };
}

export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return normaliseSettings(stored[KEY]);
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normaliseSettings({ ...(await getSettings()), ...patch });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(normaliseSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** Is CareLens on for this page's host? (Switched on, not switched off for the site, and allowed there in 'allowed' mode.) */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname) && (settings.readOn === 'everywhere' || settings.allowedSites.includes(hostname));
}

/** The match patterns of one site (a hostname), http and https: what "allow this site" asks the browser for. */
export function sitePatterns(host: string): string[] {
  return [`*://${host}/*`];
}
