// The content script: one CareLens instance per frame (allFrames; about:blank and srcdoc frames too).
// Marks are drawn with the CSS Custom Highlight API; the only node added to the page is our UI host.
// It stays light: reading the page and painting marks. The card and the saved-highlights UI are in
// /page-ui.js, loaded into the frame when first needed (src/content/ui-bridge.ts).
// It is not in the manifest: the service worker registers it for the sites CareLens may read (src/background/reading.ts),
// and runs it in a tab where a site was just allowed; it starts once per frame. It is an unlisted script, not WXT's
// defineContentScript, which announces every start to the page (window.postMessage, with the extension's id). The
// marks' styles come with its work (highlights.ts), so a page where CareLens is off has none.
import { Controller } from '../src/content/controller';
import { CONTENT_NEXT_MARK, type PageRequest } from '../src/protocol/page';
import { getSettings, onSettingsChanged } from '../src/settings/settings';
import { startSavedHighlights } from '../src/content/saved';
import { timingMark } from '../src/timing';

const STARTED = Symbol.for('carelens.content');

export default defineUnlistedScript({
  main() {
    // (this isolated world's global: the page cannot see it)
    const world = globalThis as { [STARTED]?: boolean };
    if (world[STARTED]) return;
    world[STARTED] = true;
    timingMark('carelens:start');
    const controller = new Controller(document);
    browser.runtime.onMessage.addListener((message: unknown) => {
      const request = message as PageRequest | { type: typeof CONTENT_NEXT_MARK } | null;
      switch (request?.type) {
        case 'carelens:ping':
          return Promise.resolve({ url: location.href, title: document.title, frame: window === window.top ? 'top' : 'child' });
        case 'carelens:get-report':
          return Promise.resolve(controller.report());
        case 'carelens:reveal':
          return Promise.resolve({ ok: controller.reveal(request.index) });
        case CONTENT_NEXT_MARK:
          return Promise.resolve({ ok: controller.next() });
        default:
          return undefined;
      }
    });
    void getSettings().then((settings) => controller.apply(settings));
    onSettingsChanged((settings) => void controller.apply(settings));
    // saved highlights run in the top frame: there, a mark's card offers "Save" (the mark's range, pre-filled)
    const saved = startSavedHighlights(document);
    if (saved) controller.onSave = (range, match) => saved.saveMark(range, match);
  },
});
