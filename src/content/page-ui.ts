// The UI that content scripts load on demand (/page-ui.js, see ui-bridge.ts): the React hover card and
// saved highlights' heavy part. installPageUi() registers it in the calling world; /page-ui.js calls it when
// it runs. An extension page that bundles React anyway (the PDF viewer) may call it at start, so its cards
// need no second copy of React from /page-ui.js.
import { prefillFromMatch } from '../ui/saved/prefill';
import { createCardView } from './card-view';
import { SavedSession } from './saved/session';
import { registerPageUi } from './ui-bridge';

export function installPageUi(): void {
  registerPageUi({
    createCardView,
    createSavedSession: (surface) => new SavedSession(surface),
    prefillFromMatch,
  });
}
