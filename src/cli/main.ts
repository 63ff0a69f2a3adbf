// CareLens command line: the same core the extension uses, over files.
//   npm run --silent scan -- [--json] FILE...
//   npm run --silent deadline -- --rule ID --from YYYY-MM-DD [...]
//   npm run --silent letter -- [--json] [--today YYYY-MM-DD] [--nation N] [--profile ID] FILE
import { argv, exit, stderr } from 'node:process';

const commands: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  scan: () => import('./scan'),
  deadline: () => import('./deadline'),
  letter: () => import('./letter'),
};

async function main(): Promise<number> {
  const [name, ...args] = argv.slice(2);
  const load = name ? commands[name] : undefined;
  if (!load) {
    stderr.write(`usage: carelens <${Object.keys(commands).join('|')}> [options]\n`);
    return 2;
  }
  const command = await load();
  return command.run(args);
}

main().then(
  (code) => exit(code),
  (error: unknown) => {
    stderr.write(`carelens: ${error instanceof Error ? error.message : String(error)}\n`);
    exit(1);
  },
);
