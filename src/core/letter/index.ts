// Checking a letter's dates against the timescales. Pure: no DOM, no browser API.
//
//   readEventDates(text, scan(text))   -> each date that belongs to an event ("the strategy discussion held
//                                          on 7 April 2025"), with the event, tense and negation read from
//                                          that one sentence only
//   suggestPairings(dates, opts)       -> trigger dates paired with the dates of the events that meet them
//                                          (strategy discussion -> ICPC via icpc-15wd), each judged
//   judge(ruleId, from, actual?, opts) -> on time, late by N working days, or open with N left
//
// Every pairing is a suggestion: the popup shows it for the person to confirm or change.
import nlp from 'compromise';
import type { Match } from '../detect/types';
import { TIMESCALES, EVENTS } from '../knowledge/timescales';
import type { Timescale } from '../knowledge/types';
import {
  check,
  progress,
  dueDate,
  isComputable,
  formatDate,
  DeadlineError,
  type DeadlineOptions,
  type NationId,
  type Profile,
} from '../deadlines';

export type Tense = 'past' | 'future' | 'unknown';

export interface EventDate {
  /** Index of the date in the list of matches it came from. */
  index: number;
  /** YYYY-MM-DD */
  iso: string;
  /** The date as written. */
  text: string;
  start: number;
  end: number;
  /** The sentence around the date. */
  sentence: string;
  /** The event the sentence names, when one was recognised. */
  event?: string;
  /** The words that named it, e.g. "strategy discussion". */
  eventWords?: string;
  tense: Tense;
  /** "did not take place", "has not been held", ... */
  negated: boolean;
  /** The date was completed from the document date (no year written). */
  inferred?: boolean;
}

/** How each event is named in letters. Order matters: more specific names first. */
const EVENT_PATTERNS: { event: string; re: RegExp }[] = [
  { event: 'rcpc-held', re: /\b(review (child protection )?(case )?conference|RCPC)\b/i },
  { event: 'transfer-in-conference-held', re: /\btransfer[- ]in (child protection )?conference\b/i },
  { event: 'icpc-held', re: /\b(initial (child protection )?(case )?conference|ICPC|child protection (case )?conference|conference)\b/i },
  { event: 'strategy-discussion-held', re: /\bstrategy (discussion|meeting)s?\b/i },
  { event: 'core-group-held', re: /\bcore group( meeting)?\b/i },
  { event: 's47-enquiry-started', re: /\b(section|s\.?) ?47 enquir(y|ies) (was|were|have been|has been) (started|begun|opened)\b/i },
  { event: 'sar-received', re: /\b(subject access request|(request|asked) for (a )?(copy|copies) of (your|the) (records?|files?|personal (data|information))|request for (your|the) (records?|files?))\b/i },
  { event: 'stage1-response-received', re: /\bstage (1|one) response\b/i },
  { event: 'stage2-requested', re: /\b(stage (2|two)|second stage)\b/i },
  { event: 'stage3-requested', re: /\b(stage (3|three)|review panel)\b/i },
  { event: 'complaint-received', re: /\bcomplaint\b/i },
  { event: 'lac-review-held', re: /\b(looked[- ]after (child )?review|LAC review|child in care review|CLA review)\b/i },
  { event: 'cin-meeting-held', re: /\bchild in need (meeting|review)\b/i },
  { event: 'cin-plan-made', re: /\bchild in need plan\b/i },
  { event: 'assessment-completed', re: /\b(child and family |single )?assessment (was |has been )?(completed|concluded|finished)\b/i },
  { event: 'referral-received', re: /\breferral\b/i },
  { event: 'care-application-issued', re: /\bcare proceedings (were |have been )?(issued|started)|application for a care order\b/i },
  { event: 'letter-before-proceedings', re: /\bletter before proceedings\b/i },
  { event: 'section-20-signed', re: /\bsection 20 agreement\b/i },
];

const FUTURE = /\b(will|shall|is going to|are going to|is (scheduled|planned|booked|arranged|due)|are (scheduled|planned|booked|arranged|due)|has been (scheduled|arranged|booked)|have been (scheduled|arranged|booked)|is to be|are to be|next)\b/i;
const NEGATION = /\b(not|n't|never|no longer|cancelled|postponed)\b/i;

/** Plain name of an event id ("Strategy discussion held"). */
export function eventName(id: string): string {
  return EVENTS.find((e) => e.id === id)?.name ?? id;
}

/** Events a person can choose for a date: every event that starts or ends a computable rule. */
export function pickableEvents(): { id: string; name: string }[] {
  const ids = new Set<string>();
  for (const r of TIMESCALES) {
    if (!isComputable(r) || r.scope.kind === 'community-claim' || r.counting === 'R5') continue;
    if (r.triggerEvent) ids.add(r.triggerEvent);
    if (r.dueEvent) ids.add(r.dueEvent);
  }
  return EVENTS.filter((e) => ids.has(e.id)).map((e) => ({ id: e.id, name: e.name }));
}

/** The sentence of `text` around [start, end): back to the previous full stop or line break, on to the next. */
export function sentenceAround(text: string, start: number, end: number): { sentence: string; offset: number } {
  let s = start;
  while (s > 0) {
    const c = text[s - 1]!;
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && /\s/.test(text[s] ?? ' ') && !/\b(s|para|no|reg|art|ch)\.$/i.test(text.slice(Math.max(0, s - 6), s)))) break;
    s--;
  }
  let e = end;
  while (e < text.length) {
    const c = text[e]!;
    if (c === '\n') break;
    if ((c === '.' || c === '!' || c === '?') && /\s|$/.test(text[e + 1] ?? ' ')) {
      e++;
      break;
    }
    e++;
  }
  const raw = text.slice(s, e);
  const lead = raw.length - raw.trimStart().length;
  return { sentence: raw.trim(), offset: s + lead };
}

/**
 * Reads one sentence for the event a date belongs to, its tense and negation. `dateAt` is the date's offset in
 * the sentence: when the sentence names several events, the one written nearest before the date wins (else the
 * nearest after it).
 */
export function readSentence(sentence: string, dateAt = sentence.length): { event?: string; eventWords?: string; tense: Tense; negated: boolean } {
  type Hit = { event: string; words: string; at: number };
  const hits: Hit[] = [];
  const taken: [number, number][] = [];
  for (const { event, re } of EVENT_PATTERNS) {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    for (let m = g.exec(sentence); m; m = g.exec(sentence)) {
      const a = m.index;
      const b = a + m[0].length;
      if (taken.some(([x, y]) => a < y && b > x)) continue; // a more specific name already covers it
      taken.push([a, b]);
      hits.push({ event, words: m[0], at: a });
    }
  }
  const before = hits.filter((h) => h.at < dateAt).sort((x, y) => y.at - x.at);
  const after = hits.filter((h) => h.at >= dateAt).sort((x, y) => x.at - y.at);
  const best = before[0] ?? after[0];

  // Tense and negation: read the clause the date sits in (up to a comma or semicolon that separates another event).
  const clause = clauseAround(sentence, dateAt);
  const doc = nlp(clause);
  let tense: Tense = 'unknown';
  if (FUTURE.test(clause)) tense = 'future';
  else if (doc.has('#PastTense')) tense = 'past';
  const negated = NEGATION.test(clause) || doc.has('#Negative');
  return { ...(best ? { event: best.event, eventWords: best.words } : {}), tense, negated };
}

function clauseAround(sentence: string, at: number): string {
  const cuts = /[;,]|\b(and|but|following|after|before|which|when)\b/gi;
  let s = 0;
  let e = sentence.length;
  for (let m = cuts.exec(sentence); m; m = cuts.exec(sentence)) {
    if (m.index < at) s = m.index + m[0].length;
    else if (m.index >= at) {
      e = m.index;
      break;
    }
  }
  // Keep the verb of a short trailing clause ("... on 2 May 2025, which was late") out; keep the head otherwise.
  const clause = sentence.slice(s, e);
  return clause.trim().length < 12 ? sentence : clause;
}

/** Dates in the flat text that belong to events, read from the sentence around each. */
export function readEventDates(text: string, matches: readonly Match[]): EventDate[] {
  const out: EventDate[] = [];
  matches.forEach((m, index) => {
    if (m.kind !== 'date') return;
    const { sentence, offset } = sentenceAround(text, m.start, m.end);
    out.push(fromSentence(index, m, sentence, m.start - offset));
  });
  return out;
}

/** The same from matches that carry their sentence already (the page report the popup receives). */
export function readReportedDates(matches: readonly (Match & { index?: number; sentence: string })[]): EventDate[] {
  const out: EventDate[] = [];
  matches.forEach((m, i) => {
    if (m.kind !== 'date') return;
    const at = m.sentence.indexOf(m.text);
    out.push(fromSentence(m.index ?? i, m, m.sentence, at < 0 ? m.sentence.length : at));
  });
  return out;
}

function fromSentence(index: number, m: Match & { kind: 'date' }, sentence: string, dateAt: number): EventDate {
  const read = readSentence(sentence, dateAt);
  return {
    index,
    iso: m.value.iso,
    text: m.text,
    start: m.start,
    end: m.end,
    sentence,
    ...(read.event ? { event: read.event, eventWords: read.eventWords } : {}),
    tense: read.tense,
    negated: read.negated,
    ...(m.value.inferred ? { inferred: true } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Judging

export interface JudgeOptions {
  nation?: NationId;
  profile?: Profile;
  /** Today's date, YYYY-MM-DD (for "open, N working days left"). */
  today: string;
}

export type VerdictStatus = 'on-time' | 'late' | 'planned-on-time' | 'planned-late' | 'open' | 'overdue' | 'error';

export interface Verdict {
  status: VerdictStatus;
  rule: string;
  ruleName: string;
  byWhen: string;
  from: string;
  due?: string;
  dueText?: string;
  actual?: string;
  /** Working (or calendar) days late; 0 when on time. */
  lateBy?: number;
  /** Units left until the deadline, for open deadlines. */
  left?: number;
  unit?: string;
  /** One line in plain words: "Late by 2 working days: ..." */
  headline: string;
  message: string;
  source?: string;
  scope?: string;
  holidaysSkipped?: { date: string; name: string }[];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Judges one pairing: `actual` given -> on time or late (a planned date in the future is "planned" on time or
 * late); no `actual` -> open with N left, or overdue.
 */
export function judge(ruleId: string, from: string, actual: string | undefined, opts: JudgeOptions): Verdict {
  const dopts: DeadlineOptions = { nation: opts.nation ?? 'england-and-wales', profile: opts.profile ?? 'national', today: opts.today };
  try {
    if (actual) {
      const c = check(ruleId, from, actual, dopts);
      const planned = actual > opts.today;
      const unitWord = c.lateUnit === 'working days' ? 'working day' : c.lateUnit === 'hours' ? 'hour' : 'day';
      const status: VerdictStatus = c.onTime ? (planned ? 'planned-on-time' : 'on-time') : planned ? 'planned-late' : 'late';
      const headline = c.onTime
        ? planned
          ? 'Planned on time'
          : 'On time'
        : `${planned ? 'Planned date is late' : 'Late'} by ${plural(c.lateBy, unitWord)}`;
      return {
        status,
        rule: c.answer.rule,
        ruleName: c.answer.name,
        byWhen: c.answer.byWhen,
        from: c.answer.from,
        due: c.due,
        dueText: c.answer.dueText,
        actual: c.actual,
        lateBy: c.lateBy,
        unit: c.lateUnit,
        headline,
        message: c.message,
        source: c.answer.source,
        scope: c.answer.scope.label,
        holidaysSkipped: c.answer.holidaysSkipped,
      };
    }
    const answer = dueDate(ruleId, from, dopts);
    let left: number | undefined;
    let message = `Due ${answer.dueText} (${answer.byWhen}).`;
    let status: VerdictStatus = 'open';
    try {
      const p = progress(ruleId, from, opts.today, dopts);
      left = p.remaining;
      message = p.message;
      if (p.status === 'overdue') status = 'overdue';
    } catch {
      /* progress is a nicety; the due date stands */
    }
    const unitWord = answer.unit === 'working_day' ? 'working day' : answer.unit === 'hour' ? 'hour' : 'day';
    if (status === 'overdue') message = `${answer.kind === 'latest' ? 'The latest date was' : 'It was due by'} ${answer.dueText} (${answer.byWhen}). If it happened, choose its date to check it.`;
    const headline =
      status === 'overdue'
        ? `Due by ${answer.dueText}: the letter does not say whether it happened`
        : left !== undefined
          ? `Still open: ${plural(left, unitWord)} left`
          : `Still open: due ${answer.dueText}`;
    return {
      status,
      rule: answer.rule,
      ruleName: answer.name,
      byWhen: answer.byWhen,
      from: answer.from,
      due: answer.due,
      dueText: answer.dueText,
      ...(left !== undefined ? { left } : {}),
      unit: answer.unit === 'working_day' ? 'working days' : answer.unit === 'hour' ? 'hours' : 'days',
      headline,
      message,
      source: answer.source,
      scope: answer.scope.label,
      holidaysSkipped: answer.holidaysSkipped,
    };
  } catch (e) {
    if (!(e instanceof DeadlineError)) throw e;
    return { status: 'error', rule: ruleId, ruleName: ruleId, byWhen: '', from, headline: 'Cannot be worked out', message: e.message };
  }
}

// ---------------------------------------------------------------------------------------------------------
// Pairing

/** National (or statutory) rules that run from one event to another and can be counted. */
export function rulesBetween(trigger: string, met?: string): Timescale[] {
  return TIMESCALES.filter(
    (r) =>
      r.triggerEvent === trigger &&
      (met === undefined || r.dueEvent === met) &&
      isComputable(r) &&
      r.counting !== 'R5' &&
      r.scope.kind !== 'community-claim' &&
      r.scope.kind !== 'local-procedure' &&
      r.triggerEvent !== r.dueEvent &&
      (!r.scope.nations || r.scope.nations.includes('england')) &&
      r.partOf === undefined,
  );
}

/** Every computable rule, for a person choosing one by hand. */
export function pickableRules(): Timescale[] {
  return TIMESCALES.filter((r) => isComputable(r) && r.scope.kind !== 'community-claim');
}

export interface Pairing {
  /** Stable key: rule id and the indexes of the dates. */
  key: string;
  rule: string;
  trigger: EventDate;
  /** The date of the event that meets the rule; absent while it is still open. */
  met?: EventDate;
  verdict: Verdict;
}

/**
 * Pairs each trigger date with the dates of the events that meet its rules (the first such event on or after
 * it). A rule with nothing to meet it is reported as open (or overdue). Negated sentences take no part.
 * `events` overrides the event of a date (by index): the person's confirmed or changed choice; null = not an event.
 */
export function suggestPairings(
  dates: readonly EventDate[],
  opts: JudgeOptions & { events?: Record<number, string | null> },
): Pairing[] {
  const eventOf = (d: EventDate) => (opts.events && d.index in opts.events ? opts.events[d.index] ?? undefined : d.event);
  const usable = dates.filter((d) => !d.negated || (opts.events && d.index in opts.events)).filter((d) => eventOf(d));
  const out: Pairing[] = [];
  const seenTrigger = new Set<string>();
  for (const t of usable) {
    const te = eventOf(t)!;
    // One trigger per event and date (a letter may repeat the same date).
    const tk = `${te}@${t.iso}`;
    if (seenTrigger.has(tk)) continue;
    seenTrigger.add(tk);
    for (const rule of rulesBetween(te)) {
      const met = usable
        .filter((m) => m !== t && eventOf(m) === rule.dueEvent && m.iso >= t.iso)
        .sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0))[0];
      if (!met && t.tense === 'future') continue; // the trigger has not happened yet
      if (!met && !rule.dueEvent) continue;
      const verdict = judge(rule.id, t.iso, met?.iso, opts);
      if (verdict.status === 'error') continue;
      out.push({ key: `${rule.id}:${t.index}:${met?.index ?? '-'}`, rule: rule.id, trigger: t, ...(met ? { met } : {}), verdict });
    }
  }
  // Pairs with both dates first; then open ones.
  return out.sort((a, b) => Number(!a.met) - Number(!b.met));
}

/** "Friday 2 May 2025" */
export function longDate(iso: string): string {
  try {
    return formatDate(iso);
  } catch {
    return iso;
  }
}
