// `react/jsx-runtime` inside /page-ui.js (see shared.ts).
import { sharedReact } from './shared';

const { JsxRuntime } = sharedReact();
export const { Fragment, jsx, jsxs } = JsxRuntime;
