// npm start: build CareLens, serve the demo on 127.0.0.1 and open Chromium with the extension loaded.
//   npm start                                   a window you can use (needs a display)
//   npm start -- --headless --screenshot DIR    no window; writes screenshots of what a user would see
//   --no-build                                  use the existing test build
//   --browser firefox                           the same in Firefox ESR (.output/firefox-mv3-test)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../test/e2e/chromium';
import { startFixtureServer } from '../test/e2e/server';
import { writeSeedPages } from './gen-fixture-pages';
import { shots } from './start/shots';
import { startFirefox } from './start/firefox';
import { findFirefox } from '../test/e2e-firefox/firefox';

interface Options {
  headless: boolean;
  screenshotDir: string | null;
  build: boolean;
  browser: 'chromium' | 'firefox';
}

function parseArgs(args: string[]): Options {
  const options: Options = { headless: false, screenshotDir: null, build: true, browser: 'chromium' };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--headless') options.headless = true;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--browser') {
      const browser = args[++i];
      if (browser !== 'chromium' && browser !== 'firefox') fail('--browser is chromium (the default) or firefox');
      options.browser = browser;
    }
    else if (arg === '--screenshot') {
      const dir = args[++i];
      if (!dir) fail('--screenshot needs a folder, e.g. --screenshot /tmp/shots');
      options.screenshotDir = resolve(dir);
    } else fail(`unknown option ${arg}\nusage: npm start -- [--browser chromium|firefox] [--headless] [--screenshot DIR] [--no-build]`);
  }
  return options;
}

function fail(message: string): never {
  console.error(`carelens start: ${message}`);
  process.exit(2);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.browser === 'firefox') return mainFirefox(options);
  const executablePath = findChromium();
  if (!executablePath) {
    fail(
      'no Chromium or Chrome found. Install one (Debian/Ubuntu: sudo apt-get install chromium) ' +
        'or point CHROME_PATH at its executable.',
    );
  }
  if (!options.headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    fail('no display found. Use `npm start -- --headless --screenshot DIR` on a machine without a screen.');
  }
  if (options.build) {
    console.log('Building the extension…');
    const build = spawnSync('npx', ['wxt', 'build', '--mode', 'test'], { stdio: 'inherit' });
    if (build.status !== 0) fail('the build failed (see above)');
  }
  writeSeedPages(); // the dark-theme screenshot's page is made from a seed
  const server = await startFixtureServer();
  const userDataDir = mkdtempSync(join(tmpdir(), 'carelens-start-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless,
    args: chromiumArgs(),
    viewport: options.headless ? { width: 1280, height: 900 } : null,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const demo = { context, server, extensionId };

  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url('/demo/index.html'));
  console.log(`CareLens ${extensionId} is loaded. Demo page: ${server.url('/demo/index.html')}`);

  if (options.screenshotDir) {
    mkdirSync(options.screenshotDir, { recursive: true });
    for (const shot of shots) {
      const file = join(options.screenshotDir, `${shot.name}.png`);
      await shot.take(demo, file);
      console.log(`wrote ${file}`);
    }
  }

  if (options.headless) {
    await context.close();
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
    return;
  }
  const letter = await context.newPage();
  await letter.goto(`chrome-extension://${extensionId}/viewer.html?file=${encodeURIComponent(server.url('/generated/letter.pdf'))}`);
  await page.bringToFront();
  console.log('Close the browser window to stop.');
  await new Promise<void>((done) => context.on('close', () => done()));
  await server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

async function mainFirefox(options: Options) {
  if (!findFirefox()) fail('no Firefox found. Install it (Debian/Ubuntu: sudo apt-get install firefox-esr) or point FIREFOX_PATH at it.');
  if (!options.headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    fail('no display found. Use `npm start -- --browser firefox --headless --screenshot DIR` on a machine without a screen.');
  }
  if (options.build) {
    console.log('Building the Firefox extension…');
    const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3', '--mode', 'test'], { stdio: 'inherit' });
    if (build.status !== 0) fail('the build failed (see above)');
  }
  const server = await startFixtureServer();
  if (options.screenshotDir) mkdirSync(options.screenshotDir, { recursive: true });
  await startFirefox(server, options);
  await server.close();
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
