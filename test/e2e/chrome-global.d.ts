// Code passed to serviceWorker.evaluate() runs inside the extension, where the `chrome` global exists.
import type { Browser } from '@wxt-dev/browser';

declare global {
  const chrome: typeof Browser;
}
