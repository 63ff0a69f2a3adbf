// Deadlines from the knowledge base's timescale rules: due dates, chains, checks and progress.
// Every answer carries the working a person can check, its source, and visible caveats.
import type { Nation, Scope, Source, Timescale, Unit, Verification } from '../knowledge/types';
import { commencementText, currencyNotes } from '../knowledge/currency';
import {
  type Holiday,
  type NationId,
  NATION_LABELS,
  dayCalendar,
  isNationId,
  provisionalCaveat,
} from './calendar';
import { countDays, unitWord } from './counting';
import { DeadlineError } from './errors';
import { type DayNumber, type ISODate, formatLong, parseDate, toISO, todayISO } from './local-date';
import { type UkDateTime, addHours, describeUk, parseUkDateTime } from './uk-time';
import { workingDaysBetweenDn } from './working-days';

export type Profile = 'national' | 'cambridgeshire';
export const PROFILES: readonly Profile[] = ['national', 'cambridgeshire'];

export interface DeadlineOptions {
  /** Whose bank holidays count. Default England and Wales. */
  nation?: NationId;
  /** National guidance (default) or a local authority's procedure where it has its own rule. */
  profile?: Profile;
  /** Today's date (YYYY-MM-DD), for caveats about future years and for progress. Default: the clock. */
  today?: ISODate;
}

export interface DeadlineAnswer {
  rule: string;
  /** Set when the profile swapped the asked-for national rule for a local one. */
  requestedRule?: string;
  name: string;
  what: string;
  byWhen: string;
  from: string;
  nation: NationId;
  profile: Profile;
  counting: Timescale['counting'];
  amount: number;
  unit: Unit;
  /** R5 answers give the latest date something may happen; the others a due date. */
  kind: 'due' | 'latest';
  /** The due (or latest) date, YYYY-MM-DD. For hours, the UK date of `dueTime`. */
  due: ISODate;
  /** Hours rules: the moment, ISO 8601 with the UK offset. */
  dueTime?: string;
  /** "Tuesday 21 April 2026" (hours: "... at 14:30 BST"). */
  dueText: string;
  /** A calendar deadline that falls on a weekend or holiday: the last working day before it. */
  lastWorkingDayBefore?: ISODate;
  /** The ICO's method for subject access requests: the date the count landed on before moving forward. */
  rolledForwardFrom?: ISODate;
  /** Weekday bank holidays passed over while counting working days. */
  holidaysSkipped: Holiday[];
  weekendDaysSkipped: number;
  /** The same count at the rule's upper figure, where it allows an extension. */
  maximum?: { amount: number; due: ISODate; dueText: string };
  /** A window ("not before day 12 and not later than day 18"): its first permitted day; `due` is its last. */
  window?: { earliest: ISODate; earliestText: string; earliestAmount: number; latestAmount: number };
  /** R4 rules: the deadline rolls on from each one actually held. */
  recurring: boolean;
  explanation: string[];
  /** The sources in one line, e.g. "Working Together to Safeguard Children 2018, 'Strategy discussion'". */
  source: string;
  sources: Source[];
  scope: Scope;
  /** Named area when the answer comes from a local procedure. */
  area?: string;
  verification: Verification;
  caveats: string[];
}

export interface RuleBook {
  rules: readonly Timescale[];
}

// ---------------------------------------------------------------------------------------------
// Rule lookup

/**
 * What the user reads: document, locator, version, when we checked it and whether a newer edition replaced it.
 * The seed file name stays in the data (provenance), never on screen.
 */
export function formatSource(s: Source): string {
  const line = [s.document, s.locator].filter(Boolean).join(', ') + (s.version ? ` — version ${s.version}` : '');
  return [line, ...currencyNotes(s)].join(' · ');
}

function areaMatches(rule: Timescale, profile: Profile): boolean {
  return profile !== 'national' && (rule.scope.area ?? '').toLowerCase().includes(profile);
}

function isLocal(rule: Timescale): boolean {
  return rule.scope.kind === 'local-procedure';
}

function suggest(rules: readonly Timescale[], id: string): string[] {
  const words = id.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1);
  return rules
    .map((r) => ({ id: r.id, score: words.filter((w) => r.id.includes(w)).length }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5)
    .map((x) => x.id);
}

/** The rule to use for an id under a profile (a local variant replaces the national rule it mirrors). */
export function resolveRule(
  book: RuleBook,
  id: string,
  profile: Profile = 'national',
  nation: NationId = 'england-and-wales',
): { rule: Timescale; requested?: string } {
  const rule = book.rules.find((r) => r.id === id);
  if (!rule) {
    const near = suggest(book.rules, id);
    throw new DeadlineError(
      'unknown-rule',
      `Unknown rule id "${id}".${near.length ? ` Did you mean: ${near.join(', ')}?` : ''}`,
    );
  }
  if (profile !== 'national' && !isLocal(rule)) {
    const local = localVariant(book, rule, profile);
    if (local) return { rule: local, requested: id };
  }
  if (!isLocal(rule)) {
    const other = nationVariant(book, rule, nation);
    if (other) return { rule: other, requested: id };
  }
  return { rule };
}

/** The nation a calendar stands for when choosing rules: England for England and Wales (the knowledge base's default). */
export function homeNation(nation: NationId): Nation {
  return nation === 'england-and-wales' ? 'england' : nation;
}

/** A rule of Scotland or Northern Ireland that replaces a national (England) rule, e.g. ni-epo for epo-8-days. */
export function nationVariant(book: RuleBook, rule: Timescale, nation: NationId): Timescale | undefined {
  const home = homeNation(nation);
  if (home === 'england' || rule.scope.nations?.includes(home)) return undefined;
  return book.rules.find(
    (r) => r.variantOf === rule.id && !isLocal(r) && r.scope.kind !== 'community-claim' && (r.scope.nations ?? []).includes(home),
  );
}

function localVariant(book: RuleBook, national: Timescale, profile: Profile): Timescale | undefined {
  return book.rules.find(
    (r) =>
      isLocal(r) &&
      areaMatches(r, profile) &&
      ((r.variantOf === national.id && r.triggerEvent === national.triggerEvent) ||
        (r.variantOf === undefined &&
          national.triggerEvent !== undefined &&
          r.triggerEvent === national.triggerEvent &&
          r.dueEvent !== undefined &&
          r.dueEvent === national.dueEvent &&
          r.counting === national.counting)),
  );
}

// ---------------------------------------------------------------------------------------------
// Due dates

function nationCovers(scope: Scope, nation: NationId): boolean {
  const wanted: Nation[] = nation === 'england-and-wales' ? ['england', 'wales'] : [nation];
  const nations = scope.nations ?? (scope.kind === 'national-guidance' || scope.kind === 'local-procedure' ? ['england'] : undefined);
  if (!nations) return true; // unknown extent: do not guess
  return wanted.some((n) => nations.includes(n));
}

function ruleCaveats(rule: Timescale, nation: NationId): string[] {
  const out: string[] = [];
  if (rule.commencement) out.push(commencementText(rule.commencement));
  if (rule.scope.kind === 'community-claim') {
    out.push(
      `This is a community claim (${rule.scope.label}), not an authoritative rule.` +
        (rule.correction ? ` What the authoritative sources say: ${rule.correction}` : ''),
    );
  }
  if (isLocal(rule)) {
    out.push(`Local procedure of ${rule.scope.area ?? 'one area'}: other local authorities may set different timescales.`);
  }
  if (!nationCovers(rule.scope, nation)) {
    out.push(
      `This rule is from ${rule.scope.label}; in ${NATION_LABELS[nation]} other rules and timescales may apply. ` +
        `Only the ${NATION_LABELS[nation]} bank holidays were used for the count.`,
    );
  }
  if (rule.verification === 'UNV') out.push('The figure for this rule was not verified against the text of its source.');
  return out;
}

function requireFigure(rule: Timescale): { amount: number; unit: Unit } {
  if (rule.counting === 'R6' || rule.amount === undefined) {
    throw new DeadlineError(
      'no-fixed-figure',
      `"${rule.name}" (${rule.id}): ${rule.byWhen}. The source sets no fixed figure, so CareLens does not calculate a date for it.`,
    );
  }
  if (!rule.unit) throw new DeadlineError('not-computable', `"${rule.name}" (${rule.id}) has a figure but no unit to count in.`);
  return { amount: rule.amount, unit: rule.unit };
}

function parseFromDate(text: string): DayNumber {
  // A date-time is accepted for a date rule: only its date counts.
  const m = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/.exec(text);
  return parseDate(m ? m[1]! : text);
}

function hoursAnswer(
  rule: Timescale,
  from: string,
  amount: number,
  backwards: boolean,
): { t: UkDateTime; steps: string[] } {
  const start = parseUkDateTime(from);
  const t = addHours(start, backwards ? -amount : amount);
  const steps = [
    backwards
      ? `"At least ${amount} ${unitWord('hour', amount)} before" ${describeUk(start, (d) => formatLong(parseDate(d)))}: clock time, counted back.`
      : `${amount} ${unitWord('hour', amount)} of clock time from ${describeUk(start, (d) => formatLong(parseDate(d)))}.`,
    `${backwards ? 'Latest moment' : 'Ends'}: ${describeUk(t, (d) => formatLong(parseDate(d)))}.`,
  ];
  if (start.zone !== t.zone) {
    steps.push(`The clocks change in between (${start.zone} to ${t.zone}); the hours are real elapsed hours.`);
  }
  void rule;
  return { t, steps };
}

function baseAnswer(rule: Timescale, requested: string | undefined, from: string, nation: NationId, profile: Profile) {
  return {
    rule: rule.id,
    ...(requested ? { requestedRule: requested } : {}),
    name: rule.name,
    what: rule.what,
    byWhen: rule.byWhen,
    from,
    nation,
    profile,
    counting: rule.counting,
    source: rule.sources.map(formatSource).join('; '),
    sources: rule.sources,
    scope: rule.scope,
    ...(rule.scope.area && isLocal(rule) ? { area: rule.scope.area } : {}),
    verification: rule.verification,
    recurring: rule.counting === 'R4',
  };
}

/** The due date of a rule counted from `from` (the trigger; for R5, the event it must precede). */
export function dueDateFor(book: RuleBook, ruleId: string, from: string, opts: DeadlineOptions = {}): DeadlineAnswer {
  const nation = opts.nation ?? 'england-and-wales';
  if (!isNationId(nation)) {
    throw new DeadlineError('unknown-nation', `Unknown nation "${String(nation)}": use england-and-wales, scotland or northern-ireland.`);
  }
  const profile = opts.profile ?? 'national';
  const { rule, requested } = resolveRule(book, ruleId, profile, nation);
  const { amount, unit } = requireFigure(rule);
  const cal = dayCalendar(nation);
  const caveats = ruleCaveats(rule, nation);
  const explanation: string[] = [];
  if (requested) {
    explanation.push(
      isLocal(rule)
        ? `Profile ${profile}: ${rule.scope.area ?? profile}'s own procedure "${rule.id}" is used in place of the national rule "${requested}".`
        : `${NATION_LABELS[nation]}: "${rule.id}" (${rule.scope.label}) is used in place of "${requested}".`,
    );
  }
  const base = baseAnswer(rule, requested, from, nation, profile);
  const addProvisional = (dn: DayNumber) => {
    const c = provisionalCaveat(dn, nation, opts.today);
    if (c && !caveats.includes(c)) caveats.push(c);
  };

  if (unit === 'hour') {
    if (rule.counting !== 'R3' && rule.counting !== 'R5') {
      throw new DeadlineError('not-computable', `"${rule.name}" counts hours with rule ${rule.counting}, which the engine cannot apply.`);
    }
    const { t, steps } = hoursAnswer(rule, from, amount, rule.counting === 'R5');
    explanation.push(...steps);
    const dueDn = parseDate(t.local.slice(0, 10));
    cal.assertCovered(dueDn);
    cal.assertCovered(parseDate(parseUkDateTime(from).local.slice(0, 10)));
    addProvisional(dueDn);
    return {
      ...base,
      amount,
      unit,
      kind: rule.counting === 'R5' ? 'latest' : 'due',
      due: toISO(dueDn),
      dueTime: t.iso,
      dueText: describeUk(t, (d) => formatLong(parseDate(d))),
      holidaysSkipped: [],
      weekendDaysSkipped: 0,
      explanation,
      caveats,
    };
  }

  const fromDn = parseFromDate(from);
  cal.assertCovered(fromDn);
  const input = { counting: rule.counting, amount, unit, rollForwardToWorkingDay: rule.rollForwardToWorkingDay };
  const count = countDays(cal, fromDn, input);
  cal.assertCovered(count.due);
  explanation.push(...count.steps);
  addProvisional(count.due);
  addProvisional(fromDn);
  let window: DeadlineAnswer['window'];
  if (rule.earliest !== undefined) {
    const first = countDays(cal, fromDn, { ...input, amount: rule.earliest });
    cal.assertCovered(first.due);
    window = { earliest: toISO(first.due), earliestText: formatLong(first.due), earliestAmount: rule.earliest, latestAmount: amount };
    explanation.push(
      `This is a window: not before ${unitWord(unit, 1)} ${rule.earliest} (${formatLong(first.due)}) and not later than ${unitWord(unit, 1)} ${amount} (${formatLong(count.due)}).`,
    );
  }
  let maximum: DeadlineAnswer['maximum'];
  if (rule.maxAmount !== undefined && rule.maxAmount !== amount) {
    const max = countDays(cal, fromDn, { ...input, amount: rule.maxAmount });
    cal.assertCovered(max.due);
    addProvisional(max.due);
    maximum = { amount: rule.maxAmount, due: toISO(max.due), dueText: formatLong(max.due) };
    explanation.push(
      `The rule allows up to ${rule.maxAmount} ${unitWord(unit, rule.maxAmount)} in some cases: that would be ${formatLong(max.due)}.`,
    );
  }
  return {
    ...base,
    from: toISO(fromDn),
    amount,
    unit,
    kind: rule.counting === 'R5' ? 'latest' : 'due',
    due: toISO(count.due),
    dueText: formatLong(count.due),
    ...(count.lastWorkingDayBefore !== undefined ? { lastWorkingDayBefore: toISO(count.lastWorkingDayBefore) } : {}),
    ...(count.rolledForwardFrom !== undefined ? { rolledForwardFrom: toISO(count.rolledForwardFrom) } : {}),
    holidaysSkipped: count.holidaysSkipped,
    weekendDaysSkipped: count.weekendDaysSkipped,
    ...(maximum ? { maximum } : {}),
    ...(window ? { window } : {}),
    explanation,
    caveats,
  };
}

// ---------------------------------------------------------------------------------------------
// Checking an actual date against a rule

export interface CheckAnswer {
  rule: string;
  from: string;
  due: ISODate;
  dueTime?: string;
  actual: string;
  onTime: boolean;
  /** How late, in the rule's own unit family: working days, calendar days, or hours. 0 when on time. */
  lateBy: number;
  lateUnit: 'working days' | 'days' | 'hours';
  /** Calendar days late (0 when on time), shown beside working days. */
  lateCalendarDays: number;
  /** Late against the usual figure but within the rule's upper figure (e.g. 20 WD for a stage 1 complaint). */
  withinMaximum?: boolean;
  /** For a window: the date is before its first permitted day (not late, but too early). */
  beforeWindow?: boolean;
  message: string;
  answer: DeadlineAnswer;
}

export function checkFor(
  book: RuleBook,
  ruleId: string,
  from: string,
  actual: string,
  opts: DeadlineOptions = {},
): CheckAnswer {
  const answer = dueDateFor(book, ruleId, from, opts);
  const cal = dayCalendar(answer.nation);
  const what = answer.kind === 'latest' ? 'the latest date' : 'the deadline';
  if (answer.unit === 'hour' && answer.dueTime) {
    const due = parseUkDateTime(answer.dueTime);
    const act = parseUkDateTime(actual);
    const diffH = (act.utcMs - due.utcMs) / 3_600_000;
    const onTime = diffH <= 0;
    const lateBy = onTime ? 0 : Math.round(diffH * 100) / 100;
    return {
      rule: answer.rule,
      from: answer.from,
      due: answer.due,
      dueTime: answer.dueTime,
      actual: act.iso,
      onTime,
      lateBy,
      lateUnit: 'hours',
      lateCalendarDays: 0,
      message: onTime
        ? `On time: ${describeUk(act, (d) => formatLong(parseDate(d)))} is not after ${what}, ${answer.dueText}.`
        : `Late by ${lateBy} ${lateBy === 1 ? 'hour' : 'hours'}: ${what} was ${answer.dueText}.`,
      answer,
    };
  }
  const dueDn = parseDate(answer.due);
  const actDn = parseFromDate(actual);
  cal.assertCovered(actDn);
  const calendarLate = Math.max(0, actDn - dueDn);
  const onTime = actDn <= dueDn;
  const working = answer.unit === 'working_day';
  const lateBy = onTime ? 0 : working ? workingDaysBetweenDn(cal, dueDn, actDn) : calendarLate;
  const lateUnit = working ? 'working days' : 'days';
  let withinMaximum: boolean | undefined;
  if (!onTime && answer.maximum) withinMaximum = actDn <= parseDate(answer.maximum.due);
  let message: string;
  const beforeWindow = answer.window !== undefined && actDn < parseDate(answer.window.earliest);
  if (beforeWindow && answer.window) {
    message =
      `Before the window: ${formatLong(actDn)} is earlier than ${unitWord(answer.unit, 1)} ${answer.window.earliestAmount} (${answer.window.earliestText}); ` +
      `the window runs from ${answer.window.earliestText} to ${answer.dueText}.`;
  } else if (onTime) {
    const spare = working ? workingDaysBetweenDn(cal, actDn, dueDn) : dueDn - actDn;
    message =
      `On time: ${formatLong(actDn)} is ${spare === 0 ? `${what} itself` : `${spare} ${working ? unitWord('working_day', spare) : unitWord('day', spare)} before ${what}`}` +
      ` (${answer.dueText}).`;
  } else {
    message =
      `Late by ${lateBy} ${working ? unitWord('working_day', lateBy) : unitWord('day', lateBy)}` +
      (working && lateBy !== calendarLate ? ` (${calendarLate} calendar ${unitWord('day', calendarLate)})` : '') +
      `: ${what} was ${answer.dueText}, and it happened on ${formatLong(actDn)}.`;
    if (working && lateBy === 0) message += ' No working day had passed after the deadline, but the date is after it.';
    if (withinMaximum !== undefined && answer.maximum) {
      message += withinMaximum
        ? ` It is within the upper limit of ${answer.maximum.amount} ${unitWord(answer.unit, answer.maximum.amount)} (${answer.maximum.dueText}), which the rule allows only in some cases.`
        : ` It is also past the upper limit of ${answer.maximum.amount} ${unitWord(answer.unit, answer.maximum.amount)} (${answer.maximum.dueText}).`;
    }
  }
  return {
    rule: answer.rule,
    from: answer.from,
    due: answer.due,
    actual: toISO(actDn),
    onTime,
    lateBy,
    lateUnit,
    lateCalendarDays: calendarLate,
    ...(withinMaximum !== undefined ? { withinMaximum } : {}),
    ...(beforeWindow ? { beforeWindow } : {}),
    message,
    answer,
  };
}

// ---------------------------------------------------------------------------------------------
// Progress: "today is working day N of M"

export interface ProgressAnswer {
  rule: string;
  from: string;
  today: string;
  due: ISODate;
  /** Units elapsed so far (working days for WD rules, days for calendar rules, hours for hours rules). */
  elapsed: number;
  /** Units in the whole period. */
  total: number;
  /** Units left until the deadline (negative when overdue). */
  remaining: number;
  unit: 'working days' | 'days' | 'hours';
  status: 'not-started' | 'running' | 'due-today' | 'overdue';
  /** For WD rules: whether today is itself a working day. */
  todayIsWorkingDay?: boolean;
  message: string;
  answer: DeadlineAnswer;
}

export function progressFor(
  book: RuleBook,
  ruleId: string,
  from: string,
  today: string,
  opts: DeadlineOptions = {},
): ProgressAnswer {
  const answer = dueDateFor(book, ruleId, from, opts);
  const cal = dayCalendar(answer.nation);
  if (answer.unit === 'hour' && answer.dueTime) {
    const start = parseUkDateTime(answer.kind === 'latest' ? today : from);
    const now = parseUkDateTime(today);
    const due = parseUkDateTime(answer.dueTime);
    const total = answer.amount;
    const elapsed = Math.round(((now.utcMs - parseUkDateTime(from).utcMs) / 3_600_000) * 100) / 100;
    const remaining = Math.round(((due.utcMs - now.utcMs) / 3_600_000) * 100) / 100;
    void start;
    const status = remaining < 0 ? 'overdue' : elapsed < 0 ? 'not-started' : 'running';
    return {
      rule: answer.rule,
      from,
      today: now.iso,
      due: answer.due,
      elapsed,
      total,
      remaining,
      unit: 'hours',
      status,
      message:
        status === 'overdue'
          ? `The ${total} hours ended ${-remaining} hours ago (${answer.dueText}).`
          : `${elapsed} of ${total} hours have passed; ${remaining} left (until ${answer.dueText}).`,
      answer,
    };
  }
  const fromDn = parseDate(answer.from);
  const dueDn = parseDate(answer.due);
  const todayDn = parseFromDate(today);
  cal.assertCovered(todayDn);
  const working = answer.unit === 'working_day';
  const r1 = answer.counting === 'R1';
  const count = (a: DayNumber, b: DayNumber) => (working ? workingDaysBetweenDn(cal, a, b) : b - a);
  let elapsed: number;
  let total: number;
  if (answer.kind === 'latest') {
    // R5: counting down to the latest date before the event.
    total = working ? answer.amount : count(dueDn, fromDn);
    elapsed = 0;
  } else {
    total = count(fromDn, dueDn) + (r1 && !working ? 1 : 0);
    elapsed = count(fromDn, todayDn) + (r1 && !working ? 1 : 0);
    if (r1 && working) {
      total = answer.amount;
      elapsed = cal.isWorkingDay(fromDn) ? count(fromDn, todayDn) + 1 : count(fromDn, todayDn);
    }
  }
  const remaining = count(todayDn, dueDn);
  const todayIsWorkingDay = cal.isWorkingDay(todayDn);
  const unit = working ? 'working days' : 'days';
  const word = working ? 'working day' : 'day';
  let status: ProgressAnswer['status'];
  if (todayDn < fromDn && answer.kind !== 'latest') status = 'not-started';
  else if (todayDn === dueDn) status = 'due-today';
  else if (todayDn > dueDn) status = 'overdue';
  else status = 'running';
  const todayText = formatLong(todayDn);
  let message: string;
  if (status === 'not-started') message = `The count has not started: it runs from ${formatLong(fromDn)}.`;
  else if (answer.kind === 'latest') {
    message =
      status === 'overdue'
        ? `The latest date (${answer.dueText}) has passed.`
        : `${remaining} ${remaining === 1 ? word : `${word}s`} left until the latest date, ${answer.dueText}.`;
  } else if (status === 'overdue') {
    message = `Overdue: the deadline was ${answer.dueText}; today (${todayText}) is ${word} ${elapsed}, ${elapsed - total} past the ${total}.`;
  } else if (working && !todayIsWorkingDay) {
    message = `Today (${todayText}) is not a working day; ${elapsed} of ${total} working days have passed, ${remaining} left (due ${answer.dueText}).`;
  } else {
    message =
      `Today (${todayText}) is ${word} ${elapsed} of ${total}` +
      (status === 'due-today' ? ': the deadline is today.' : `; ${remaining} left (due ${answer.dueText}).`);
  }
  return {
    rule: answer.rule,
    from: answer.from,
    today: toISO(todayDn),
    due: answer.due,
    elapsed,
    total,
    remaining,
    unit,
    status,
    ...(working ? { todayIsWorkingDay } : {}),
    message,
    answer,
  };
}

export function defaultToday(opts: DeadlineOptions): ISODate {
  return opts.today ?? todayISO();
}
