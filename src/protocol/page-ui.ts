// The content script's user interface (the hover card, saving) is a second script loaded on demand: names shared by
// the content script, the background that injects the script and the scripts themselves (src/content/ui-bridge.ts).
import type * as ReactNs from 'react';
import type * as ReactDomNs from 'react-dom';
import type * as ReactDomClientNs from 'react-dom/client';
import type * as JsxRuntimeNs from 'react/jsx-runtime';

/** Content script -> background: run /page-ui.js in my document. Answered with `LoadPageUiReply`. */
export const LOAD_PAGE_UI = 'carelens:load-page-ui';
export const PAGE_UI_FILE = '/page-ui.js';
/** The global (of the content scripts' isolated world) the UI script registers itself on. */
export const PAGE_UI_GLOBAL = '__carelensPageUi';

export type LoadPageUiReply = { ok: true } | { ok: false; error: string };

// React shared between /page-react.js (which carries it) and /page-ui.js (built with src/content/page-react/ in place
// of react, react-dom, react-dom/client and react/jsx-runtime: see wxt.config.ts).
export const PAGE_REACT_GLOBAL = '__carelensReact';
export const PAGE_REACT_FILE = '/page-react.js';

export interface SharedReact {
  React: typeof ReactNs;
  ReactDom: typeof ReactDomNs;
  ReactDomClient: typeof ReactDomClientNs;
  JsxRuntime: typeof JsxRuntimeNs;
}
