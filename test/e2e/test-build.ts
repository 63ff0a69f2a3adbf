// Whether the test build an end-to-end run loads exists and is newer than the code (Chromium's and Firefox's).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extensionDir } from './chromium';

/**
 * The tests load the test build (npm run build:test, .output/chrome-mv3-test or firefox-mv3-test: the shipped code plus timing marks).
 * A missing build, or one older than the code, fails here with what to run, not later with a timeout.
 */
export function assertTestBuildCurrent(dir = extensionDir): void {
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`No test build at ${dir}: run \`npm run build:test\` (wxt build --mode test) first.`);
  if (process.env.CARELENS_EXTENSION_DIR) return;
  const built = statSync(manifest).mtimeMs;
  const root = join(import.meta.dirname, '../..');
  const newer = (path: string): string | null => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) {
        const found = newer(full);
        if (found) return found;
      } else if (statSync(full).mtimeMs > built) return full;
    }
    return null;
  };
  const changed = newer(join(root, 'src')) ?? newer(join(root, 'entrypoints')) ?? (statSync(join(root, 'wxt.config.ts')).mtimeMs > built ? 'wxt.config.ts' : null);
  if (changed) throw new Error(`The test build at ${dir} is older than ${changed}: run \`npm run build:test\` again.`);
}

