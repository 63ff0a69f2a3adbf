// The React that /page-react.js put on this isolated world's global, for the shims /page-ui.js is built with.
import { PAGE_REACT_FILE, PAGE_REACT_GLOBAL, type SharedReact } from '../../protocol/page-ui';

export function sharedReact(): SharedReact {
  const shared = (globalThis as Record<string, unknown>)[PAGE_REACT_GLOBAL] as SharedReact | undefined;
  if (!shared) throw new Error(`${PAGE_REACT_FILE} has not run in this frame`);
  return shared;
}
