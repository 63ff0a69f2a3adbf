// Durations ("15 working days", "three months", "4-6 weeks", "26-week", "6-monthly") and the
// timescale rule a sentence names (ids from shared/domain/timescales.md), with conflicts where
// the text contradicts the rule (N-45: "45 days" for the assessment).
import type { Match, DurationValue, Resume } from './types';
import type { Unit } from '../knowledge/types';
import { SentenceCursor, scanCandidates, startsMatching, type DocContext } from './context';

type DurationMatch = Extract<Match, { kind: 'duration' }>;

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

const WORD = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)(?![A-Za-z]))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten)`;
const AMOUNT = String.raw`(?:\d{1,3}(?:\.\d{1,2})?|${WORD})`;
// "calender" is a common misspelling of "calendar".
const UNIT = String.raw`(?:(?:working|business|clear|school)[ \t-]?days?|(?:calend[ae]r[ \t-]?)?(?:days?|weeks?|wks?|month['’]s|months?|mths?|years?|yrs?)|hours?|hrs?|weekly|monthly|daily|yearly|annually|hourly)`;

/** Bounded, with no nested or adjacent quantifiers over the same characters: linear. */
// `\b` first (cheap, lets the engine skip most positions); the character before is checked in code.
const DURATION_RE = new RegExp(
  String.raw`\b(?:within[ \t]+(?<an>an?)|(?<a>${AMOUNT})(?:[ \t]*(?:-|–|—|to|and|or)[ \t]*(?<b>${AMOUNT}))?)[ \t]*-?[ \t]*(?<u>${UNIT})(?![A-Za-z0-9\u00C0-\u024F])`,
  'gi',
);
const BAD_BEFORE = /[.,/£$€\-A-Za-z0-9\u00C0-\u024F]/;

function parseAmount(raw: string): number | undefined {
  const s = raw.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d/.test(s)) return Number(s);
  if (s === 'a' || s === 'an') return 1;
  const small = SMALL.indexOf(s);
  if (small >= 0) return small;
  const [t, u] = s.split(/[- ]/);
  const tens = TENS[t!];
  if (tens === undefined) return undefined;
  return tens + (u ? SMALL.indexOf(u) : 0);
}

function parseUnit(raw: string): Unit {
  const u = raw.toLowerCase();
  if (/^(?:working|business|school)/.test(u)) return 'working_day';
  if (/^calend[ae]r/.test(u)) return parseUnit(u.replace(/^calend[ae]r[ \t-]?/, ''));
  if (/^(?:clear|day)/.test(u) || u === 'daily') return 'day';
  if (/^w/.test(u)) return 'week';
  if (/^(?:month|mth)/.test(u)) return 'month';
  if (/^(?:year|yr|annual)/.test(u)) return 'year';
  return 'hour';
}

const UNIT_WORDS: Record<Unit, string> = { working_day: 'working day', day: 'day', week: 'week', month: 'month', year: 'year', hour: 'hour' };
const phrase = (amount: number, unit: Unit): string => `${amount} ${UNIT_WORDS[unit]}${amount === 1 ? '' : 's'}`;

interface RuleCue {
  id: string;
  amount: number;
  unit: Unit;
  /** Sentence must mention this. */
  cue: RegExp;
  /** ...and not this. */
  not?: RegExp;
  locality?: DocContext['locality'];
  /** Other amounts/units in the same sentence that contradict this rule. */
  conflicts?: { amount?: number; unit?: Unit; max?: number; id: string; expected?: string }[];
  /** Accept any amount (the rule has no national figure, so any figure is a local claim). */
  anyAmount?: boolean;
}

const ICPC = /initial child protection conference|\bICPC\b|initial conference|child protection conference|case conference/i;
const STRATEGY = /strategy (?:discussion|meeting)/i;
const REVIEW_CONF = /review (?:child protection )?conference|\bRCPC\b|\breview\b.*\bconference|conference.*\breview/i;

/** Most specific first. Local rules only apply to documents of that locality. */
const RULES: RuleCue[] = [
  // Cambridgeshire procedure (seed 003).
  { id: 'cambs-transfer-in-form', amount: 24, unit: 'hour', cue: /form|returned/i, locality: 'cambridgeshire' },
  { id: 'cambs-icpc-report', amount: 24, unit: 'hour', cue: /report|shared/i, locality: 'cambridgeshire' },
  { id: 'cambs-rcpc-report', amount: 3, unit: 'working_day', cue: /review conference|RCPC/i, locality: 'cambridgeshire' },
  { id: 'cambs-transfer-in-nonpermanent', amount: 3, unit: 'month', cue: /permanent/i, locality: 'cambridgeshire' },
  { id: 'cambs-transfer-in-conference', amount: 15, unit: 'working_day', cue: /transfer.?in|written notification|permanent/i, locality: 'cambridgeshire' },
  { id: 'cambs-cin-after-cp', amount: 15, unit: 'working_day', cue: /child in need meeting|CIN meeting|delisting/i, locality: 'cambridgeshire' },
  {
    id: 'cambs-icpc', amount: 15, unit: 'working_day', cue: new RegExp(`${ICPC.source}|${STRATEGY.source}`, 'i'), locality: 'cambridgeshire',
    conflicts: [{ amount: 15, unit: 'day', id: 'N-15days', expected: '15 working days' }],
  },
  { id: 'cambs-cin-move-in', amount: 20, unit: 'working_day', cue: /arrival|moving into|move into/i, locality: 'cambridgeshire' },
  { id: 'cambs-core-group-first', amount: 10, unit: 'working_day', cue: /core group/i, locality: 'cambridgeshire' },
  { id: 'cambs-cin-plan-signed', amount: 10, unit: 'working_day', cue: /copy of the plan|drawn up|sign/i, locality: 'cambridgeshire' },
  { id: 'cambs-cin-minutes', amount: 10, unit: 'working_day', cue: /minutes|recorded and distributed|distributed|circulated/i, locality: 'cambridgeshire' },
  { id: 'cambs-core-group-frequency', amount: 4, unit: 'week', cue: /core group/i, locality: 'cambridgeshire' },
  { id: 'cambs-cp-seen-alone', amount: 4, unit: 'week', cue: /seen alone/i, locality: 'cambridgeshire' },
  { id: 'cambs-cp-under2-awake', amount: 4, unit: 'week', cue: /awake/i, locality: 'cambridgeshire' },
  { id: 'cambs-cin-first-meeting', amount: 4, unit: 'week', cue: /child in need meeting|CIN meeting|referral/i, locality: 'cambridgeshire' },
  { id: 'cambs-cp-seen-separately', amount: 2, unit: 'week', cue: /separately/i, locality: 'cambridgeshire' },
  { id: 'cambs-cp-seen-10d', amount: 10, unit: 'day', cue: /seen/i, locality: 'cambridgeshire' },
  { id: 'cambs-cwd-visits-reviews', amount: 12, unit: 'week', cue: /visits?\b.*\bseen|child is seen/i, locality: 'cambridgeshire' },
  { id: 'cambs-cwd-cin-meetings', amount: 8, unit: 'week', cue: /disabilit|acceptance/i, locality: 'cambridgeshire' },
  { id: 'cambs-cwd-cin-meetings', amount: 12, unit: 'week', cue: /Service Manager|going forward/i, locality: 'cambridgeshire' },
  { id: 'cambs-cwd-visits-reviews', amount: 6, unit: 'month', cue: /CIN reviews?|disabilit/i, locality: 'cambridgeshire' },
  { id: 'cambs-cwd-visits-reviews', amount: 3, unit: 'month', cue: /supervision/i, locality: 'cambridgeshire' },
  { id: 'cambs-cin-meeting-interval', amount: 12, unit: 'week', cue: /CIN meetings?|child in need meetings?/i, locality: 'cambridgeshire' },
  { id: 'cambs-cin-visit-interval', amount: 6, unit: 'week', cue: /visits?/i, locality: 'cambridgeshire' },
  { id: 'cambs-rcpc', amount: 3, unit: 'month', cue: REVIEW_CONF, locality: 'cambridgeshire' },
  { id: 'cambs-rcpc', amount: 6, unit: 'month', cue: REVIEW_CONF, locality: 'cambridgeshire' },

  // Community claims that contradict the rules (timescales.md §4.5).
  {
    id: 'icpc-15wd', amount: 15, unit: 'working_day', cue: /home visit|\bvisit|turn up|refuse|let them in|working day rule/i, not: ICPC,
    conflicts: [{ id: 'N-15WD', expected: '15 working days from the strategy discussion to the initial child protection conference; no deadline for a visit' }],
  },
  {
    id: 'sar-1-month', amount: 1, unit: 'month', cue: /subject access|\bSARs?\b|copy of (?:your|the|my) (?:file|records)/i,
    conflicts: [
      { amount: 30, unit: 'day', id: 'N-sar', expected: '1 month (extendable by 2 months)' },
      { amount: 40, unit: 'day', id: 'N-sar', expected: '1 month (extendable by 2 months)' },
    ],
  },
  {
    id: 'passuk-silent-3-months', amount: 3, unit: 'month', cue: /silent/i,
    conflicts: [{ id: 'N-silent', expected: 'no hidden period after a case is closed' }],
  },

  {
    id: 's20-24h-solicitor', amount: 24, unit: 'hour', cue: /solicitor|socialitor|legal advice|lawyer/i,
    conflicts: [{ id: 'N-s20', expected: 'no statutory waiting period; a parent may take advice and may remove the child at any time (CA 1989 s20(8))' }],
  },

  // National guidance (Working Together).
  { id: 'referral-decision', amount: 1, unit: 'working_day', cue: /referral|decision|acknowledge/i },
  {
    id: 'assessment-45wd', amount: 45, unit: 'working_day', cue: /assessment|referral/i,
    conflicts: [{ amount: 45, unit: 'day', id: 'N-45', expected: '45 working days' }],
  },
  { id: 'cp-transfer-conference', amount: 15, unit: 'working_day', cue: /notified of the move|moves? (?:permanently )?(?:to|into) |transfer/i },
  {
    id: 'icpc-15wd', amount: 15, unit: 'working_day', cue: new RegExp(`${ICPC.source}|${STRATEGY.source}`, 'i'),
    conflicts: [{ amount: 15, unit: 'day', id: 'N-15days', expected: '15 working days' }],
  },
  { id: 'core-group-first', amount: 10, unit: 'working_day', cue: /core group/i },
  {
    id: 'core-group-frequency', amount: 0, unit: 'week', cue: /core group/i, anyAmount: true,
    conflicts: [{ unit: 'week', id: 'N-core', expected: 'no national frequency: the initial conference sets it (first core group within 10 working days)' }],
  },
  { id: 'rcpc-first', amount: 3, unit: 'month', cue: new RegExp(`${REVIEW_CONF.source}|second conference|first review`, 'i') },
  { id: 'rcpc-subsequent', amount: 6, unit: 'month', cue: new RegExp(`${REVIEW_CONF.source}|conferences?|reviews?`, 'i') },
  { id: 'complaint-stage1', amount: 10, unit: 'working_day', cue: /complain|stage 1|stage one/i },
  { id: 'complaint-stage2', amount: 25, unit: 'working_day', cue: /complain|stage 2|stage two|investigat/i },
  { id: 'complaint-stage2-request', amount: 20, unit: 'working_day', cue: /stage 2|stage two/i },
  { id: 'complaint-stage3-panel', amount: 30, unit: 'working_day', cue: /panel|stage 3|stage three/i },
  { id: 'complaint-time-limit', amount: 1, unit: 'year', cue: /complain/i },
  { id: 'lgsco-12m', amount: 12, unit: 'month', cue: /ombudsman|LGSCO/i },
  { id: 'hra-1-year', amount: 1, unit: 'year', cue: /human rights|\bHRA\b|Convention/i },
  { id: 'judicial-review-3m', amount: 3, unit: 'month', cue: /judicial review/i },
  { id: 'police-protection-72h', amount: 72, unit: 'hour', cue: /police protection|police/i },
  { id: 'epo-extension', amount: 7, unit: 'day', cue: /exten[ds]/i },
  { id: 'epo-8-days', amount: 8, unit: 'day', cue: /emergency protection order|\bEPOs?\b/i },
  { id: 'cao-7-days', amount: 7, unit: 'day', cue: /child assessment order|\bCAO\b/i },
  { id: 'care-proceedings-extension', amount: 8, unit: 'week', cue: /exten[ds]/i },
  { id: 'care-proceedings-26wk', amount: 26, unit: 'week', cue: /proceedings|court|application|care order|timetable/i },
  { id: 'looked-after-24h', amount: 24, unit: 'hour', cue: /looked.after|accommodat/i },
  { id: 'pf-definition-28d', amount: 28, unit: 'day', cue: /privately fostered|private fostering|accommodat|caring for/i },
  { id: 'pf-notify', amount: 6, unit: 'week', cue: /private(?:ly)? fost/i },
  { id: 'pf-first-visit', amount: 7, unit: 'working_day', cue: /private(?:ly)? fost|notification/i },
  { id: 'lac-reviews', amount: 20, unit: 'working_day', cue: /looked.after|in care|\bIRO\b/i },
];

/** Could this rule apply to this figure at all? Cheap checks before any regex runs on the sentence. */
function figureFits(rule: RuleCue, value: DurationValue): boolean {
  if (rule.anyAmount) return rule.unit === value.unit;
  if (value.amount === rule.amount && value.unit === rule.unit) return true;
  return rule.conflicts?.some((x) => x.amount === value.amount && x.unit === value.unit) ?? false;
}

function attachRule(value: DurationValue, sentenceOf: () => string, ctx: DocContext): void {
  let sentence: string | undefined;
  for (const rule of RULES) {
    if (rule.locality && rule.locality !== ctx.locality) continue;
    if (!figureFits(rule, value)) continue;
    sentence ??= sentenceOf();
    if (!rule.cue.test(sentence)) continue;
    if (rule.not?.test(sentence)) continue;
    if (rule.anyAmount) {
      // No national figure: a local document's own figure is not a conflict; elsewhere it is.
      const c = rule.conflicts?.find((x) => x.unit === undefined || x.unit === value.unit);
      if (!c) continue;
      value.ruleId = rule.id;
      if (!ctx.locality) value.conflict = { id: c.id, expected: c.expected ?? phrase(rule.amount, rule.unit) };
      return;
    }
    if (value.amount === rule.amount && value.unit === rule.unit) {
      value.ruleId = rule.id;
      const c = rule.conflicts?.find((x) => x.amount === undefined && x.unit === undefined && x.max === undefined);
      if (c) value.conflict = { id: c.id, expected: c.expected ?? phrase(rule.amount, rule.unit) };
      return;
    }
    const c = rule.conflicts?.find((x) => x.amount === value.amount && x.unit === value.unit);
    if (c) {
      value.ruleId = rule.id;
      value.conflict = { id: c.id, expected: c.expected ?? phrase(rule.amount, rule.unit) };
      return;
    }
  }
}

const AGE_AFTER = /^[ \t-]*(?:olds?\b|of age\b)/i;

const DURATION_Y = new RegExp(DURATION_RE.source, 'iy');
/** "a calendar month": the amount is "a"; the prepass gives the word "calendar" as the candidate. */
const A_CALENDAR_Y = /calend[ae]r[ \t-]?(?<u>days?|weeks?|months?|years?)(?![A-Za-z0-9\u00C0-\u024F])/iy;
const A_BEFORE = /(?:^|[^A-Za-z0-9\u00C0-\u024F])(an?)[ \t]+$/i;

export function findDurations(text: string, ctx: DocContext, starts: number[] = startsMatching(text, /\b[A-Za-z0-9]/g), state?: Resume): DurationMatch[] {
  const out: DurationMatch[] = [];
  const sentences = new SentenceCursor(text);
  const readDuration = (m: RegExpExecArray): number | void => {
    const g = m.groups!;
    let start = m.index;
    const end = start + m[0].length;
    let a: string;
    if (g.an !== undefined) {
      // "a month" / "an hour" only in "within a month"; the span leaves "within" out.
      a = g.an;
      start = m.index + m[0].search(/[ \t]an?(?![A-Za-z])/i) + 1;
    } else {
      a = g.a!;
      if (start > 0 && BAD_BEFORE.test(text[start - 1]!)) return start + 1;
    }
    const amount = parseAmount(a);
    if (amount === undefined) return;
    if (AGE_AFTER.test(text.slice(end, end + 8))) return; // "19 years old"
    let max: number | undefined;
    if (g.b !== undefined) {
      max = parseAmount(g.b);
      if (max === undefined || /^an?$/i.test(g.b) || max <= amount) max = undefined;
      // "Articles 8 and 14 days": not a range; retry from the second amount.
      if (max === undefined) return start + m[0].indexOf(g.b, a.length);
    }
    const value: DurationValue = { amount, unit: parseUnit(g.u!) };
    if (max !== undefined) value.max = max;
    out.push(durationMatch(text, start, end, value, sentences, ctx));
  };
  const readACalendarUnit = (pos: number): number | void => {
    const a = aCalendarUnit(text, pos, sentences, ctx);
    if (!a || (out.length > 0 && a.start < out[out.length - 1]!.end)) return;
    out.push(a);
    return a.end;
  };
  scanCandidates(text, DURATION_Y, starts, state, readDuration, readACalendarUnit);
  return out;
}

function aCalendarUnit(text: string, pos: number, sentences: SentenceCursor, ctx: DocContext): DurationMatch | undefined {
  A_CALENDAR_Y.lastIndex = pos;
  const m = A_CALENDAR_Y.exec(text);
  if (!m) return undefined;
  const before = A_BEFORE.exec(text.slice(Math.max(0, pos - 6), pos));
  if (!before) return undefined;
  const start = pos - before[0].length + before[0].indexOf(before[1]!);
  const end = pos + m[0].length;
  return durationMatch(text, start, end, { amount: 1, unit: parseUnit(m.groups!.u!) }, sentences, ctx);
}

/** The match for a duration read at [start, end), with the rule its sentence names. */
function durationMatch(text: string, start: number, end: number, value: DurationValue, sentences: SentenceCursor, ctx: DocContext): DurationMatch {
  attachRule(value, () => {
    const [s, e] = sentences.bounds(start, end, 300);
    return text.slice(s, e);
  }, ctx);
  return { kind: 'duration', start, end, text: text.slice(start, end), value };
}

/** Every rule id the detector can attach (tests check them against the knowledge base). */
export const DETECTABLE_RULE_IDS: string[] = [...new Set(RULES.map((r) => r.id))];
