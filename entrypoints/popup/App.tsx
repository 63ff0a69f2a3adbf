import { Popup } from '../../src/ui/popup/Popup';

export function App() {
  return <Popup />;
}
