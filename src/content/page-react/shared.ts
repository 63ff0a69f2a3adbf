// React shared between /page-react.js (which carries it) and /page-ui.js (built with these modules in place of
// react, react-dom, react-dom/client and react/jsx-runtime: see wxt.config.ts).
import type * as ReactNs from 'react';
import type * as ReactDomNs from 'react-dom';
import type * as ReactDomClientNs from 'react-dom/client';
import type * as JsxRuntimeNs from 'react/jsx-runtime';

export const PAGE_REACT_GLOBAL = '__carelensReact';
export const PAGE_REACT_FILE = '/page-react.js';

export interface SharedReact {
  React: typeof ReactNs;
  ReactDom: typeof ReactDomNs;
  ReactDomClient: typeof ReactDomClientNs;
  JsxRuntime: typeof JsxRuntimeNs;
}

export function sharedReact(): SharedReact {
  const shared = (globalThis as Record<string, unknown>)[PAGE_REACT_GLOBAL] as SharedReact | undefined;
  if (!shared) throw new Error(`${PAGE_REACT_FILE} has not run in this frame`);
  return shared;
}
