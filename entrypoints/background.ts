import { CONTENT_NEXT_MARK, NEXT_MARK_COMMAND } from '../src/content/protocol';
import { registerSavedBroker } from '../src/background/saved-broker';
import { setupPdfRedirect } from '../src/background/pdf-redirect';
import { registerScanService } from '../src/background/scan-service';

export default defineBackground(() => {
  // The toolbar button opens the popup; the side panel holds the saved case record.
  void browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false });
  registerSavedBroker();
  registerScanService();
  setupPdfRedirect();
  // Keyboard command (Alt+Shift+L by default): the page's content script moves to the next mark.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === NEXT_MARK_COMMAND && tab?.id !== undefined) {
      void browser.tabs.sendMessage(tab.id, { type: CONTENT_NEXT_MARK }, { frameId: 0 }).catch(() => undefined);
    }
  });
});
