// npm run bench: speed measured as ratios within one run (the machine is shared and noisy).
// Each file in scripts/bench/ exports `run(): Promise<void>` and prints its own section.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, dirname } from 'node:path';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv.slice(2);
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
  const name = file.replace(/\.ts$/, '');
  if (only.length && !only.includes(name)) continue;
  console.log(`\n== ${name}`);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run(): Promise<void> };
  await mod.run();
}
