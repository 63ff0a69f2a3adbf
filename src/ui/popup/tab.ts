// Which tab the popup is about: `?tab=<id>` when given (tests open the popup as a tab of its own), otherwise the
// active tab of the current window.
import { browser } from 'wxt/browser';
import { isViewerUrl, tabUrl } from '../../protocol/page';

export interface TargetTab {
  id?: number;
  url?: string;
  title?: string;
}

export async function targetTab(search = location.search): Promise<TargetTab | undefined> {
  const param = new URLSearchParams(search).get('tab');
  let tab: TargetTab | undefined;
  if (param && /^\d+$/.test(param)) {
    try {
      tab = await browser.tabs.get(Number(param));
    } catch {
      return undefined;
    }
  } else [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  // (our viewer's address is not in the tab: see tabUrl)
  return tab && { id: tab.id, url: await tabUrl(tab), title: tab.title };
}

/** The site a tab shows, for the per-site switch: the PDF's own host when it is open in our viewer. */
export function siteOf(tab: TargetTab | undefined): string | undefined {
  if (!tab?.url) return undefined;
  try {
    let url = new URL(tab.url);
    if (isViewerUrl(tab.url)) {
      const file = url.searchParams.get('file');
      if (!file) return undefined;
      url = new URL(file);
    }
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : undefined;
  } catch {
    return undefined;
  }
}
