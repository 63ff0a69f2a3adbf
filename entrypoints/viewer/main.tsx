import { createRoot } from 'react-dom/client';
import { Viewer } from '../../src/ui/viewer/Viewer';
import { installPageUi } from '../../src/content/page-ui';

// The viewer bundles React already: its cards use this copy, not a second one from /page-ui.js.
installPageUi();

createRoot(document.getElementById('root')!).render(<Viewer />);
