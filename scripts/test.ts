// npm test: type-check, unit tests, build (Chrome and Firefox), then end-to-end tests in real Chromium and in Firefox.
// Every stage runs even when an earlier one fails, so one run shows everything that is wrong;
// the last line is the total, "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
const problems: string[] = [];

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n── ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  if (!ok) problems.push(label);
  return ok;
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
}

type VitestReport = { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };

function countVitest(report: VitestReport | null, ok: boolean): void {
  if (!report) {
    tally.failed += 1;
    return;
  }
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests;
  tally.skipped += report.numPendingTests + report.numTodoTests;
  if (!ok && report.numFailedTests === 0) tally.failed += 1; // e.g. a test file that does not load
}

mkdirSync('test-results', { recursive: true });
rmSync('test-results/unit.json', { force: true });
rmSync('test-results/e2e.json', { force: true });
rmSync('test-results/e2e-firefox.json', { force: true });

run('type-check', 'npx', ['tsc', '--noEmit']);

const unitOk = run('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
]);
countVitest(readJson<VitestReport>('test-results/unit.json'), unitOk);

// For each browser the shipped build (what people install), then the test build the end-to-end tests load (timing
// marks added).
const built = run('build (Chrome)', 'npx', ['wxt', 'build']) && run('test build (Chrome)', 'npx', ['wxt', 'build', '--mode', 'test']);
const builtFirefox =
  run('build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']) &&
  run('test build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3', '--mode', 'test']);
if (built) {
  const e2eOk = run('end-to-end tests', 'npx', ['playwright', 'test']);
  const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(
    'test-results/e2e.json',
  );
  if (e2e) {
    tally.passed += e2e.stats.expected + e2e.stats.flaky;
    tally.failed += e2e.stats.unexpected;
    tally.skipped += e2e.stats.skipped;
    if (!e2eOk && e2e.stats.unexpected === 0) tally.failed += 1;
  } else tally.failed += 1;
} else {
  tally.failed += 1;
  console.log('end-to-end tests skipped: the build failed');
}

if (builtFirefox) {
  const firefoxOk = run('end-to-end tests (Firefox)', 'npx', [
    'vitest',
    'run',
    '--config',
    'vitest.firefox.config.ts',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-results/e2e-firefox.json',
  ]);
  countVitest(readJson<VitestReport>('test-results/e2e-firefox.json'), firefoxOk);
} else {
  tally.failed += 1;
  console.log('Firefox end-to-end tests skipped: the Firefox build failed');
}

console.log(problems.length ? `\nFailed stages: ${problems.join(', ')}` : '\nAll stages passed.');
console.log(`${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`);
process.exit(problems.length ? 1 : 0);
