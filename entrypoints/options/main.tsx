import { createRoot } from 'react-dom/client';
import { Options } from '../../src/ui/options/Options';

createRoot(document.getElementById('root')!).render(<Options />);
