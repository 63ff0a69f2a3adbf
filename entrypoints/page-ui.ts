// /page-ui.js: everything the content script shows, loaded on demand (src/content/ui-bridge.ts): the React
// hover card, and saved highlights' heavy part (anchoring, painter, save dialog). The background runs it in
// the frame that asked (chrome.scripting.executeScript), in the content script's isolated world: it
// registers its API on that world's global, which the page cannot see.
import { installPageUi } from '../src/content/page-ui';

export default defineUnlistedScript(() => installPageUi());
