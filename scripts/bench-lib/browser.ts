// The Chromium and the built extension (test build) the browser benches run on.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { extensionDir, findChromium } from '../../test/e2e/chromium';

/** Chromium's path, building the test build first when it is missing; null (and a line saying so) without Chromium. */
export function benchChromium(): string | null {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('skipped: no Chromium (install it or set CHROME_PATH)');
    return null;
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    console.log('building the extension first…');
    spawnSync('npx', ['wxt', 'build', '--mode', 'test'], { stdio: 'ignore' });
  }
  return executablePath;
}
