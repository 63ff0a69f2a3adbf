// Loads /page-react.js then /page-ui.js (the cards and the saved-highlights UI, see src/content/ui-bridge.ts) into the frame
// whose content script asks for it: chrome.scripting.executeScript into exactly that document (its
// documentId, so a frame that navigated meanwhile is not scripted), in the content scripts' isolated world.
import { browser, type Browser } from 'wxt/browser';
import { LOAD_PAGE_UI, PAGE_REACT_FILE, PAGE_UI_FILE, type LoadPageUiReply } from '../protocol/page-ui';

async function inject(sender: Browser.runtime.MessageSender): Promise<LoadPageUiReply> {
  const tabId = sender.tab?.id;
  // only content scripts in tabs ask (extension pages import the file themselves)
  if (tabId === undefined || sender.id !== browser.runtime.id) return { ok: false, error: 'not a content script in a tab' };
  const documentId = (sender as { documentId?: string }).documentId;
  const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [sender.frameId ?? 0] };
  try {
    // two injections, two tasks in the page: React first, then the UI built against it (src/content/page-react/)
    await browser.scripting.executeScript({ target, files: [PAGE_REACT_FILE] });
    await browser.scripting.executeScript({ target, files: [PAGE_UI_FILE] });
    return { ok: true };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

export function registerPageUiLoader(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if ((message as { type?: unknown } | null)?.type !== LOAD_PAGE_UI) return undefined;
    return inject(sender);
  });
}
