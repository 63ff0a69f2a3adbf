// `react-dom/client` inside /page-ui.js (see shared.ts).
import { sharedReact } from './shared';

const { ReactDomClient } = sharedReact();
export default ReactDomClient;
export const { createRoot, hydrateRoot } = ReactDomClient;
