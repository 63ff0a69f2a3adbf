// Where Chrome and Firefox differ at run time, said once (the manifest's side is src/platform/manifest.ts):
//   - the case record: Chrome's side panel (the toolbar button must keep opening the popup), Firefox's sidebar
//     (sidebar_action, nothing to set up);
//   - web PDFs: Chrome redirects them with declarativeNetRequest rules on the response's headers, which Firefox
//     refuses; Firefox redirects them from a blocking webRequest listener that reads the same two headers;
//   - local files by address (file://): Chrome lets the person allow them in the extension's details; Firefox never
//     lets an extension read them, so the picker and dropping a file are the way there;
//   - the background: a service worker in Chrome, background scripts (an event page) in Firefox. WXT builds both
//     from entrypoints/background.ts and CareLens relies on neither's particulars.
import { browser } from 'wxt/browser';

export type PdfRedirectMechanism = 'declarativeNetRequest' | 'webRequest';

interface Platform {
  name: 'chrome' | 'firefox';
  pdfRedirect: PdfRedirectMechanism;
  /** What the viewer says when it may not read a file:// address. */
  noFileAccessNote: string;
  /** Called once when the background starts. */
  setUpRecordPanel(): void;
}

const chrome: Platform = {
  name: 'chrome',
  pdfRedirect: 'declarativeNetRequest',
  noFileAccessNote:
    'CareLens is not allowed to open files on this computer. Choose the file below, drop it here, or switch on "Allow access to file URLs" in the extension\'s details (see the README).',
  setUpRecordPanel() {
    void browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false });
  },
};

const firefox: Platform = {
  name: 'firefox',
  pdfRedirect: 'webRequest',
  noFileAccessNote: 'Firefox does not let extensions open files on this computer by their address. Choose the file below or drop it here.',
  setUpRecordPanel() {},
};

export const platform: Platform = import.meta.env.FIREFOX ? firefox : chrome;
