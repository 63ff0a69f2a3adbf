// npm run --silent deadline -- --rule ID --from YYYY-MM-DD [--nation N] [--profile P] [--json]
//                                [--chain] [--check YYYY-MM-DD] [--progress [YYYY-MM-DD]] [--today YYYY-MM-DD]
// npm run --silent deadline -- --json --batch FILE      (FILE: JSON array of {rule, from, nation?, profile?, check?})
// npm run --silent deadline -- --list                   (rule ids the engine can count)
import { readFile } from 'node:fs/promises';
import { stderr, stdout } from 'node:process';
import {
  type ChainAnswer,
  type CheckAnswer,
  type DeadlineAnswer,
  type DeadlineOptions,
  type NationId,
  type ProgressAnswer,
  type Profile,
  DeadlineError,
  NATIONS,
  NATION_LABELS,
  PROFILES,
  chain,
  check,
  computableRules,
  dueDate,
  formatDate,
  isNationId,
  progress,
} from '../core/deadlines/index';

const USAGE = `usage:
  deadline --rule ID --from YYYY-MM-DD [--nation ${NATIONS.join('|')}] [--profile ${PROFILES.join('|')}] [--json]
  deadline --rule ID --from YYYY-MM-DD --chain        (everything that follows; ID may be an event id)
  deadline --rule ID --from YYYY-MM-DD --check YYYY-MM-DD   (on time, or late by how much)
  deadline --rule ID --from YYYY-MM-DD --progress [YYYY-MM-DD]   ("today is working day N of M")
  deadline --json --batch FILE   (FILE: JSON array of {rule, from, nation?, profile?, check?})
  deadline --list
Hours rules take --from YYYY-MM-DDTHH:MM (UK clock time).
`;

interface Args {
  rule?: string;
  from?: string;
  nation?: string;
  profile?: string;
  json: boolean;
  chain: boolean;
  check?: string;
  progress?: string | true;
  today?: string;
  batch?: string;
  list: boolean;
  help: boolean;
}

/** The options that take a value, and the field each sets. */
const VALUE_FLAGS = new Map<string, 'rule' | 'from' | 'nation' | 'profile' | 'check' | 'today' | 'batch'>([
  ['--rule', 'rule'],
  ['--event', 'rule'],
  ['--from', 'from'],
  ['--nation', 'nation'],
  ['--profile', 'profile'],
  ['--check', 'check'],
  ['--today', 'today'],
  ['--batch', 'batch'],
]);

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, chain: false, list: false, help: false };
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? (a.split(/=(.*)/s, 2) as [string, string]) : [a, undefined];
    const take = (): string => {
      if (inline !== undefined) return inline;
      const v = value(i, flag);
      i++;
      return v;
    };
    const valueKey = VALUE_FLAGS.get(flag);
    if (valueKey) {
      args[valueKey] = take();
      continue;
    }
    switch (flag) {
      case '--progress': {
        const next = inline ?? argv[i + 1];
        if (next !== undefined && !next.startsWith('--')) {
          args.progress = next;
          if (inline === undefined) i++;
        } else args.progress = true;
        break;
      }
      case '--json':
        args.json = true;
        break;
      case '--chain':
        args.chain = true;
        break;
      case '--list':
        args.list = true;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      default:
        throw new UsageError(`unknown option ${a}`);
    }
  }
  return args;
}

function options(nation: string | undefined, profile: string | undefined, today: string | undefined): DeadlineOptions {
  if (nation !== undefined && !isNationId(nation)) {
    throw new DeadlineError('unknown-nation', `Unknown nation "${nation}": use ${NATIONS.join(', ')}.`);
  }
  if (profile !== undefined && !(PROFILES as readonly string[]).includes(profile)) {
    throw new DeadlineError('unknown-rule', `Unknown profile "${profile}": use ${PROFILES.join(', ')}.`);
  }
  return {
    nation: (nation as NationId | undefined) ?? 'england-and-wales',
    profile: (profile as Profile | undefined) ?? 'national',
    ...(today ? { today } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Text output

function answerText(a: DeadlineAnswer): string {
  const lines: string[] = [];
  lines.push(`${a.name} (${a.rule})${a.area ? ` — local procedure: ${a.area}` : ''}`);
  if (a.requestedRule) lines.push(`  (used in place of ${a.requestedRule})`);
  if (a.window) {
    lines.push(`Window: not before ${a.window.earliestText} (${a.window.earliest}, day ${a.window.earliestAmount})`);
    lines.push(`        not later than ${a.dueText} (${a.due}, day ${a.window.latestAmount})`);
  } else lines.push(`${a.kind === 'latest' ? 'Latest' : 'Due'}: ${a.dueText}${a.dueTime ? ` (${a.dueTime})` : ` (${a.due})`}`);
  if (a.lastWorkingDayBefore) lines.push(`Last working day before it: ${formatDate(a.lastWorkingDayBefore)} (${a.lastWorkingDayBefore})`);
  if (a.rolledForwardFrom) lines.push(`Moved forward from: ${formatDate(a.rolledForwardFrom)} (not a working day)`);
  if (a.maximum) lines.push(`At the upper limit of ${a.maximum.amount}: ${a.maximum.dueText} (${a.maximum.due})`);
  lines.push(`Rule: ${a.byWhen} (counting ${a.counting}); bank holidays of ${NATION_LABELS[a.nation]}`);
  lines.push('How it was worked out:');
  for (const s of a.explanation) lines.push(`  - ${s}`);
  lines.push(
    `Holidays skipped: ${a.holidaysSkipped.length ? a.holidaysSkipped.map((h) => `${h.name} (${formatDate(h.date)})`).join('; ') : 'none'}`,
  );
  lines.push(`Source: ${a.source}`);
  lines.push(`Scope: ${a.scope.label}; verification ${a.verification}`);
  if (a.caveats.length) {
    lines.push('Caveats:');
    for (const c of a.caveats) lines.push(`  ! ${c}`);
  }
  return lines.join('\n');
}

function chainText(c: ChainAnswer): string {
  const lines = [
    `What follows ${c.startKind === 'event' ? 'the event' : 'the rule'} "${c.start}" from ${formatDate(c.from.slice(0, 10))} ` +
      `(${NATION_LABELS[c.nation]} bank holidays, ${c.profile} rules):`,
    ...c.summary.map((s) => `  ${s}`),
  ];
  const sources = [...new Set(c.steps.filter((s) => s.answer).map((s) => `${s.rule}: ${s.answer!.source}`))];
  if (sources.length) lines.push('Sources:', ...sources.map((s) => `  ${s}`));
  if (c.caveats.length) lines.push('Caveats:', ...c.caveats.map((x) => `  ! ${x}`));
  return lines.join('\n');
}

function checkText(c: CheckAnswer): string {
  return [c.beforeWindow ? 'BEFORE THE WINDOW' : c.onTime ? 'ON TIME' : 'LATE', c.message, '', answerText(c.answer)].join('\n');
}

function progressText(p: ProgressAnswer): string {
  return [p.message, '', answerText(p.answer)].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Batch

interface BatchItem {
  rule?: unknown;
  from?: unknown;
  nation?: unknown;
  profile?: unknown;
  check?: unknown;
}

function batchOne(item: BatchItem, today: string | undefined): Record<string, unknown> {
  const rule = typeof item.rule === 'string' ? item.rule : undefined;
  const from = typeof item.from === 'string' ? item.from : undefined;
  const nation = typeof item.nation === 'string' ? item.nation : 'england-and-wales';
  const out: Record<string, unknown> = { rule: item.rule ?? null, from: item.from ?? null, nation };
  try {
    if (!rule) throw new DeadlineError('unknown-rule', 'Missing "rule" (a rule id).');
    if (!from) throw new DeadlineError('invalid-date', 'Missing "from" (YYYY-MM-DD).');
    const opts = options(nation, typeof item.profile === 'string' ? item.profile : undefined, today);
    const a = dueDate(rule, from, opts);
    Object.assign(out, a, { rule, from: a.from, nation: a.nation });
    if (typeof item.check === 'string') {
      const c = check(rule, from, item.check, opts);
      out.check = { actual: c.actual, onTime: c.onTime, lateBy: c.lateBy, lateUnit: c.lateUnit, ...(c.beforeWindow ? { beforeWindow: true } : {}), message: c.message };
    }
  } catch (e) {
    if (!(e instanceof DeadlineError)) throw e;
    out.due = null;
    out.error = e.message;
    out.code = e.code;
  }
  return out;
}

async function runBatch(file: string, today: string | undefined): Promise<number> {
  let items: unknown;
  try {
    items = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    stderr.write(`deadline: cannot read batch file ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  if (!Array.isArray(items)) {
    stderr.write(`deadline: batch file ${file} must hold a JSON array of {rule, from, nation?}\n`);
    return 1;
  }
  const results = items.map((it) =>
    it && typeof it === 'object'
      ? batchOne(it as BatchItem, today)
      : { rule: null, from: null, nation: null, due: null, error: 'Each item must be an object {rule, from, nation?}.', code: 'invalid' },
  );
  stdout.write(JSON.stringify(results, null, 2) + '\n');
  return 0;
}

// ---------------------------------------------------------------------------------------------

export async function run(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    stderr.write(`deadline: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    stdout.write(USAGE);
    return 0;
  }
  if (args.batch) return runBatch(args.batch, args.today);
  if (args.list) {
    const rules = computableRules();
    if (args.json) {
      const list = rules.map((r) => ({ id: r.id, name: r.name, byWhen: r.byWhen, scope: r.scope.label, ...(r.commencement ? { inForce: false } : {}) }));
      stdout.write(JSON.stringify(list, null, 2) + '\n');
    } else for (const r of rules) stdout.write(`${r.id.padEnd(42)} ${r.byWhen}  [${r.scope.label}]${r.commencement ? ' (not in force yet)' : ''}\n`);
    return 0;
  }
  if (!args.rule || !args.from) {
    stderr.write(`deadline: --rule and --from are required\n${USAGE}`);
    return 2;
  }
  try {
    const opts = options(args.nation, args.profile, args.today);
    let out: unknown;
    let text: string;
    if (args.chain) {
      const c = chain(args.rule, args.from, opts);
      out = c;
      text = chainText(c);
    } else if (args.check !== undefined) {
      const c = check(args.rule, args.from, args.check, opts);
      out = c;
      text = checkText(c);
    } else if (args.progress !== undefined) {
      const p = progress(args.rule, args.from, args.progress === true ? undefined : args.progress, opts);
      out = p;
      text = progressText(p);
    } else {
      const a = dueDate(args.rule, args.from, opts);
      out = a;
      text = answerText(a);
    }
    stdout.write((args.json ? JSON.stringify(out, null, 2) : text) + '\n');
    return 0;
  } catch (e) {
    if (!(e instanceof DeadlineError)) throw e;
    if (args.json) stdout.write(JSON.stringify({ rule: args.rule, from: args.from, error: e.message, code: e.code }, null, 2) + '\n');
    stderr.write(`deadline: ${e.message}\n`);
    return 1;
  }
}
