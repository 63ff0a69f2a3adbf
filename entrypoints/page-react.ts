// /page-react.js: React for the page UI (/page-ui.js), run into a frame just before it, in a task of its own (the
// two together ran as one task of ~100 ms on the first card). It hands React to /page-ui.js on the isolated
// world's global (src/content/page-react/): page-ui.js is built against that global, not a copy of its own.
import * as React from 'react';
import * as ReactDom from 'react-dom';
import * as ReactDomClient from 'react-dom/client';
import * as JsxRuntime from 'react/jsx-runtime';
import { PAGE_REACT_GLOBAL, type SharedReact } from '../src/protocol/page-ui';

export default defineUnlistedScript(() => {
  const shared: SharedReact = { React, ReactDom, ReactDomClient, JsxRuntime };
  (globalThis as Record<string, unknown>)[PAGE_REACT_GLOBAL] = shared;
});
