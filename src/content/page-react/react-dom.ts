// `react-dom` inside /page-ui.js (see shared.ts).
import { sharedReact } from './shared';

const { ReactDom } = sharedReact();
export default ReactDom;
export const { createPortal, flushSync } = ReactDom;
