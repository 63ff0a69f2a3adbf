import { createRoot } from 'react-dom/client';
import { Popup } from '../../src/ui/popup/Popup';

createRoot(document.getElementById('root')!).render(<Popup />);
