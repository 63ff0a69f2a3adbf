import { CaseRecord } from '@/src/ui/sidepanel/CaseRecord';
import '@/src/ui/sidepanel/sidepanel.css';

export function App() {
  return <CaseRecord />;
}
