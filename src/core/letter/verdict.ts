// The verdict on one pairing: on time, late by N working days, planned, open with N left, or overdue. The
// arithmetic is the deadline engine's; this only words it for a person.
import {
  check,
  progress,
  dueDate,
  DeadlineError,
  type DeadlineOptions,
  type NationId,
  type Profile,
} from '../deadlines';


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
      const headline = c.beforeWindow
        ? `${planned ? 'Planned date is' : 'Held'} before the window opens (${c.answer.window!.earliestText})`
        : c.onTime
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

