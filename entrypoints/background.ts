import { CONTENT_NEXT_MARK, NEXT_MARK_COMMAND } from '../src/protocol/page';
import { registerSavedBroker } from '../src/background/saved-broker';
import { nextMarkInViewer, setupPdfRedirect } from '../src/background/pdf-redirect';
import { registerScanService } from '../src/background/scan-service';
import { platform } from '../src/platform';
import { registerReading } from '../src/background/reading';

export default defineBackground(() => {
  // The toolbar button opens the popup; the side panel (Firefox: the sidebar) holds the saved case record.
  platform.setUpRecordPanel();
  registerSavedBroker();
  registerScanService();
  registerReading();
  setupPdfRedirect();
  // Keyboard command (Alt+Shift+L by default): our PDF viewer, or the page's content script, moves to the next mark.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== NEXT_MARK_COMMAND || tab?.id === undefined) return;
    const tabId = tab.id;
    void nextMarkInViewer(tab)
      .then((inViewer) => (inViewer ? undefined : browser.tabs.sendMessage(tabId, { type: CONTENT_NEXT_MARK }, { frameId: 0 })))
      .catch(() => undefined);
  });
});
