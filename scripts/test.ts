// npm test: type-check, unit tests, build, then end-to-end tests in real Chromium.
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

mkdirSync('test-results', { recursive: true });
rmSync('test-results/unit.json', { force: true });
rmSync('test-results/e2e.json', { force: true });

run('type-check', 'npx', ['tsc', '--noEmit']);

const unitOk = run('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
]);
const unit = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(
  'test-results/unit.json',
);
if (unit) {
  tally.passed += unit.numPassedTests;
  tally.failed += unit.numFailedTests;
  tally.skipped += unit.numPendingTests + unit.numTodoTests;
  if (!unitOk && unit.numFailedTests === 0) tally.failed += 1; // e.g. a test file that does not load
} else tally.failed += 1;

// The shipped build (what people install), then the test build the end-to-end tests load (timing marks added).
const built = run('build', 'npx', ['wxt', 'build']) && run('test build', 'npx', ['wxt', 'build', '--mode', 'test']);
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

console.log(problems.length ? `\nFailed stages: ${problems.join(', ')}` : '\nAll stages passed.');
console.log(`${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`);
process.exit(problems.length ? 1 : 0);
