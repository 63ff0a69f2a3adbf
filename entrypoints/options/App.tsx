import { Options } from '../../src/ui/popup/Options';

export function App() {
  return <Options />;
}
