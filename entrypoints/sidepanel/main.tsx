import { createRoot } from 'react-dom/client';
import { CaseRecord } from '../../src/ui/sidepanel/CaseRecord';
import '../../src/ui/sidepanel/sidepanel.css';

createRoot(document.getElementById('root')!).render(<CaseRecord />);
