// The chain of what follows an event: each rule whose trigger is the previous step's due event,
// counted from the previous step's due date unless the actual date it happened is given.
import type { Timescale } from '../knowledge/types';
import { type NationId } from './calendar';
import { DeadlineError } from './errors';
import { formatLong, parseDate } from './local-date';
import {
  type CheckAnswer,
  type DeadlineAnswer,
  type DeadlineOptions,
  type Profile,
  type RuleBook,
  checkFor,
  dueDateFor,
  homeNation,
  resolveRule,
} from './rules';

export interface ChainOptions extends DeadlineOptions {
  /** Dates things actually happened, keyed by rule id or by event id: the next step counts from them. */
  actual?: Record<string, string>;
  /** How many times to repeat a recurring step (e.g. review conferences every 6 months). Default 2. */
  repeats?: number;
}

export interface ChainStep {
  /** 1-based position in the chain. */
  step: number;
  rule: string;
  name: string;
  /** Rule id of the step this one follows (undefined for the first steps). */
  after?: string;
  /** Event that starts this step's clock. */
  triggerEvent?: string;
  /** The date this step was counted from. */
  from: string;
  /** Whether `from` is the start date, the previous step's due date, or the date it actually happened. */
  basedOn: 'start' | 'due' | 'actual';
  /** Repetition number for recurring steps (1 = first). */
  occurrence?: number;
  answer?: DeadlineAnswer;
  /** Set when this step has no date to compute (no fixed figure, hours without a time, ...). */
  note?: string;
  /** The actual date given for this step, and how it compares. */
  actual?: string;
  check?: CheckAnswer;
}

export interface ChainAnswer {
  start: string;
  startKind: 'event' | 'rule';
  from: string;
  nation: NationId;
  profile: Profile;
  steps: ChainStep[];
  caveats: string[];
  /** A plain list, one line per step. */
  summary: string[];
}

function eligible(rule: Timescale, profile: Profile, nation: NationId): boolean {
  if (rule.scope.kind === 'community-claim') return false;
  if (rule.scope.kind === 'local-procedure') {
    return profile !== 'national' && (rule.scope.area ?? '').toLowerCase().includes(profile);
  }
  const nations = rule.scope.nations;
  return !nations || nations.includes('england') || nations.includes(homeNation(nation));
}

/**
 * Rules started by an event: England's national rules by default, with a profile's local variants (and
 * Scotland's or Northern Ireland's own rules, for those calendars) replacing the rules they mirror.
 */
export function followers(book: RuleBook, event: string, profile: Profile, nation: NationId = 'england-and-wales'): Timescale[] {
  const candidates = book.rules.filter((r) => r.triggerEvent === event && eligible(r, profile, nation));
  const replaced = new Set<string>();
  const home = homeNation(nation);
  for (const r of candidates) {
    if (r.scope.kind !== 'local-procedure') {
      if (r.variantOf && home !== 'england' && r.scope.nations?.includes(home)) replaced.add(r.variantOf);
      continue;
    }
    if (r.variantOf) replaced.add(r.variantOf);
    else
      for (const n of candidates)
        if (n.scope.kind !== 'local-procedure' && n.dueEvent && n.dueEvent === r.dueEvent && n.counting === r.counting)
          replaced.add(n.id);
  }
  return candidates.filter((r) => !replaced.has(r.id));
}

export function chainFor(book: RuleBook, start: string, from: string, opts: ChainOptions = {}): ChainAnswer {
  const nation = opts.nation ?? 'england-and-wales';
  const profile = opts.profile ?? 'national';
  const repeats = Math.max(1, opts.repeats ?? 2);
  const actual = opts.actual ?? {};
  parseDate(/^\d{4}-\d{2}-\d{2}/.exec(from)?.[0] ?? from);

  const isRule = book.rules.some((r) => r.id === start);
  const isEvent = book.rules.some((r) => r.triggerEvent === start || r.dueEvent === start);
  if (!isRule && !isEvent) {
    // Let resolveRule produce the helpful "unknown rule" message with suggestions.
    resolveRule(book, start, profile, nation);
    throw new DeadlineError('unknown-event', `Unknown rule or event "${start}".`);
  }

  const steps: ChainStep[] = [];
  const caveats: string[] = [];
  const occurrences = new Map<string, number>();
  const MAX_STEPS = 40;

  interface Pending {
    rule: Timescale;
    from: string;
    basedOn: ChainStep['basedOn'];
    after?: string;
  }
  const queue: Pending[] = [];
  if (isRule) {
    const { rule } = resolveRule(book, start, profile, nation);
    queue.push({ rule, from, basedOn: 'start' });
  } else {
    for (const rule of followers(book, start, profile, nation)) queue.push({ rule, from, basedOn: 'start' });
    if (!queue.length) throw new DeadlineError('unknown-event', `No rule with a timescale starts from "${start}".`);
  }

  while (queue.length && steps.length < MAX_STEPS) {
    const p = queue.shift()!;
    const n = (occurrences.get(p.rule.id) ?? 0) + 1;
    occurrences.set(p.rule.id, n);
    const recurring = p.rule.counting === 'R4' || (p.rule.triggerEvent !== undefined && p.rule.triggerEvent === p.rule.dueEvent);
    const step: ChainStep = {
      step: steps.length + 1,
      rule: p.rule.id,
      name: p.rule.name,
      ...(p.after ? { after: p.after } : {}),
      ...(p.rule.triggerEvent ? { triggerEvent: p.rule.triggerEvent } : {}),
      from: p.from,
      basedOn: p.basedOn,
      ...(recurring ? { occurrence: n } : {}),
    };
    steps.push(step);
    let nextFrom: string | undefined;
    const dateOnly = !/[T ]\d{2}:\d{2}/.test(p.from);
    try {
      if (p.rule.unit === 'hour' && dateOnly) {
        throw new DeadlineError(
          'invalid-time',
          `${p.rule.byWhen}: counted in hours on the clock, so it needs the time as well as the date (${formatLong(parseDate(p.from.slice(0, 10)))}).`,
        );
      }
      step.answer = dueDateFor(book, p.rule.id, p.from, { ...opts, nation, profile });
      for (const c of step.answer.caveats) if (!caveats.includes(c)) caveats.push(c);
      nextFrom = step.answer.due;
    } catch (e) {
      if (!(e instanceof DeadlineError)) throw e;
      if (e.code === 'beyond-table' || e.code === 'invalid-date') throw e;
      step.note = e.message;
    }
    // An actual date (by rule id, or by the event the rule is due for) overrides the due date.
    const key = recurring ? `${p.rule.id}#${n}` : p.rule.id;
    const happened = actual[key] ?? (recurring && n > 1 ? undefined : actual[p.rule.id]) ?? (p.rule.dueEvent && !recurring ? actual[p.rule.dueEvent] : undefined);
    if (happened !== undefined) {
      step.actual = happened;
      if (step.answer) step.check = checkFor(book, p.rule.id, p.from, happened, { ...opts, nation, profile });
      nextFrom = happened;
    }
    if (nextFrom === undefined || !p.rule.dueEvent) continue;
    for (const next of followers(book, p.rule.dueEvent, profile, nation)) {
      const seen = occurrences.get(next.id) ?? 0;
      const nextRecurring = next.counting === 'R4' || (next.triggerEvent !== undefined && next.triggerEvent === next.dueEvent);
      if (seen >= (nextRecurring ? repeats : 1)) continue;
      if (queue.some((q) => q.rule.id === next.id)) continue;
      queue.push({ rule: next, from: nextFrom, basedOn: happened !== undefined ? 'actual' : 'due', after: p.rule.id });
    }
  }

  // A timeline: steps in date order (steps without a date stay next to the step they follow).
  const key = (s: ChainStep) => s.answer?.due ?? s.from.slice(0, 10);
  const ordered = steps
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (key(a.s) < key(b.s) ? -1 : key(a.s) > key(b.s) ? 1 : a.i - b.i))
    .map(({ s }, i) => ({ ...s, step: i + 1 }));
  steps.splice(0, steps.length, ...ordered);

  const summary = steps.map((s) => {
    const label = `${s.step}. ${s.name}${s.occurrence ? ` (${s.occurrence})` : ''}`;
    if (!s.answer) return `${label}: ${s.note ?? 'no date'}`;
    const by = s.answer.window
      ? `not before ${s.answer.window.earliestText} and not later than`
      : s.answer.kind === 'latest'
        ? 'no later than'
        : 'by';
    const back = s.answer.kind === 'latest' ? 'back ' : '';
    const basis = back + (s.basedOn === 'actual' ? 'from the date it actually happened' : s.basedOn === 'due' ? 'from the previous due date' : 'from the start');
    const extra = s.check ? ` — actual ${formatLong(parseDate(s.check.actual))}: ${s.check.onTime ? 'on time' : `late by ${s.check.lateBy} ${s.check.lateUnit}`}` : '';
    return `${label}: ${by} ${s.answer.dueText} (${s.answer.byWhen}, counted ${basis}, ${formatLong(parseDate(s.from.slice(0, 10)))})${extra}`;
  });

  return { start, startKind: isRule ? 'rule' : 'event', from, nation, profile, steps, caveats, summary };
}
