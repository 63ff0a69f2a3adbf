// `react` inside /page-ui.js: the copy /page-react.js put on the global (see shared.ts). Every name the page
// UI's code imports from react is listed here.
import { sharedReact } from './shared';

const { React } = sharedReact();
export default React;
export const { Fragment, createElement, forwardRef, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } = React;
