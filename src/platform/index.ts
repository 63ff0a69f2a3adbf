// Where Chrome and Firefox differ at run time, said once (the manifest's side is src/platform/manifest.ts):
//   - the case record: Chrome's side panel (the toolbar button must keep opening the popup), Firefox's sidebar
//     (sidebar_action, nothing to set up);
//   - web PDFs: Chrome redirects them with declarativeNetRequest rules on the response's headers, which Firefox
//     refuses; Firefox redirects them from a blocking webRequest listener that reads the same two headers;
//   - the background: a service worker in Chrome, background scripts (an event page) in Firefox. WXT builds both
//     from entrypoints/background.ts and CareLens relies on neither's particulars.
import { browser } from 'wxt/browser';

export type PdfRedirectMechanism = 'declarativeNetRequest' | 'webRequest';

interface Platform {
  name: 'chrome' | 'firefox';
  pdfRedirect: PdfRedirectMechanism;
  /** Called once when the background starts. */
  setUpRecordPanel(): void;
}

const chrome: Platform = {
  name: 'chrome',
  pdfRedirect: 'declarativeNetRequest',
  setUpRecordPanel() {
    void browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false });
  },
};

const firefox: Platform = {
  name: 'firefox',
  pdfRedirect: 'webRequest',
  setUpRecordPanel() {},
};

export const platform: Platform = import.meta.env.FIREFOX ? firefox : chrome;
