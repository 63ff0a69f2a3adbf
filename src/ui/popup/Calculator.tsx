import { useId, useMemo, useState } from 'react';
import {
  chain,
  dueDate,
  progress,
  computableRules,
  todayISO,
  DeadlineError,
  NATION_LABELS,
  type DeadlineAnswer,
  type ChainAnswer,
  type NationId,
  type Profile,
} from '../../core/deadlines';
import { EVENTS, TIMESCALES } from '../../core/knowledge';
import type { Timescale } from '../../core/knowledge';
import { longDate } from '../../core/letter';
import { Sources } from '../explain/Explain';
import { NationPicker } from './NationPicker';
import { toICalendar } from '../../core/export/ics';
import { download } from '../common/download';

const GROUP_ORDER = ['national-guidance', 'statute', 'local-procedure'] as const;
const GROUP_LABEL: Record<string, string> = {
  'national-guidance': 'National guidance',
  statute: 'The law (Acts, regulations, court rules)',
  'local-procedure': 'Local procedures',
};

function haystack(rule: Timescale): string {
  const events = [rule.triggerEvent, rule.dueEvent].map((id) => EVENTS.find((e) => e.id === id)?.name ?? '').join(' ');
  return `${rule.name} ${rule.id} ${rule.trigger} ${rule.what} ${events} ${rule.scope.area ?? ''}`.toLowerCase().replace(/[’']/g, "'");
}

/** Rules whose name, trigger or events contain every word typed. */
export function filterRules(rules: Timescale[], query: string): Timescale[] {
  const words = query.toLowerCase().replace(/[’']/g, "'").split(/\s+/).filter(Boolean);
  if (!words.length) return rules;
  return rules.filter((r) => {
    const h = haystack(r);
    return words.every((w) => h.includes(w.replace(/^one$/, '1').replace(/^two$/, '2').replace(/^three$/, '3')));
  });
}

export interface CalcResult {
  answer?: DeadlineAnswer;
  chain?: ChainAnswer;
  progress?: string;
  error?: string;
}

export function calculate(ruleId: string, from: string, nation: NationId, profile: Profile, today = todayISO()): CalcResult {
  const opts = { nation, profile, today };
  try {
    const answer = dueDate(ruleId, from, opts);
    let ch: ChainAnswer | undefined;
    try {
      ch = chain(ruleId, from, opts);
    } catch {
      /* a rule with no chain still has its own answer */
    }
    let prog: string | undefined;
    try {
      prog = progress(ruleId, from, today, opts).message;
    } catch {
      /* progress needs today within the holiday table */
    }
    return { answer, ...(ch ? { chain: ch } : {}), ...(prog ? { progress: prog } : {}) };
  } catch (e) {
    if (e instanceof DeadlineError) return { error: e.message };
    throw e;
  }
}

export function chainEvents(result: CalcResult) {
  const steps = result.chain?.steps.filter((s) => s.answer) ?? [];
  const list = steps.length ? steps.map((s) => ({ answer: s.answer!, occurrence: s.occurrence })) : result.answer ? [{ answer: result.answer, occurrence: undefined }] : [];
  return list.map(({ answer, occurrence }, i) => ({
    uid: `${answer.rule}-${occurrence ?? 1}-${answer.from}-${i}@carelens`,
    date: answer.due,
    summary: `${answer.window ? 'Window ends' : answer.kind === 'latest' ? 'Latest date' : 'Due'}: ${answer.name}${occurrence ? ` (${occurrence})` : ''}`,
    description:
      `${answer.what} ${answer.byWhen}, counted from ${longDate(answer.from)} with the bank holidays of ${NATION_LABELS[answer.nation]}.\n` +
      (answer.window ? `Not before ${answer.window.earliestText}; not later than ${answer.dueText}.\n` : '') +
      `Source: ${answer.source}. ${answer.scope.label}.\n` +
      'Worked out by CareLens, which explains rules and does not give legal advice.',
  }));
}

export function Calculator({ nation, profile, setNation, initialRule = 'icpc-15wd', initialFrom, today }: {
  nation: NationId;
  profile: Profile;
  setNation: (n: NationId) => void;
  /** The rule picked when the calculator opens. */
  initialRule?: string;
  /** The trigger date shown when it opens (default today). */
  initialFrom?: string;
  /** Today's date for "day N of M" (default the clock). */
  today?: string;
}) {
  const rules = useMemo(() => computableRules().filter((r) => r.scope.kind !== 'local-procedure' || (r.scope.area ?? '').toLowerCase().includes(profile)), [profile]);
  const [query, setQuery] = useState('');
  const [ruleId, setRuleId] = useState(initialRule);
  const [from, setFrom] = useState(initialFrom ?? todayISO());
  const [time, setTime] = useState('09:00');
  const ids = { q: useId(), rule: useId(), from: useId(), time: useId() };
  const shown = filterRules(rules, query);
  const rule = rules.find((r) => r.id === ruleId);
  const hours = rule?.unit === 'hour';
  const start = hours ? `${from}T${time}` : from;
  const result = rule && /^\d{4}-\d{2}-\d{2}$/.test(from) ? calculate(ruleId, start, nation, profile, today) : undefined;
  const a = result?.answer;
  // The rule actually counted (a nation or local profile may swap the one picked for its own).
  const answeredRule = a ? TIMESCALES.find((r) => r.id === a.rule) : undefined;

  return (
    <div className="calculator">
      <div className="field">
        <label htmlFor={ids.q}>Find the event or rule</label>
        <input id={ids.q} type="search" value={query} placeholder="e.g. strategy discussion, complaint stage 1" onChange={(e) => {
          setQuery(e.target.value);
          const first = filterRules(rules, e.target.value)[0];
          if (first && !filterRules(rules, e.target.value).some((r) => r.id === ruleId)) setRuleId(first.id);
        }} />
      </div>
      <div className="field">
        <label htmlFor={ids.rule}>What must happen ({shown.length} {shown.length === 1 ? 'rule' : 'rules'})</label>
        <select id={ids.rule} value={ruleId} onChange={(e) => setRuleId(e.target.value)}>
          {GROUP_ORDER.map((kind) => {
            const list = shown.filter((r) => r.scope.kind === kind);
            if (!list.length) return null;
            return (
              <optgroup key={kind} label={GROUP_LABEL[kind]}>
                {list.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}: {r.byWhen}
                    {r.commencement ? ' (not in force yet)' : ''}
                  </option>
                ))}
              </optgroup>
            );
          })}
          {rule && !shown.includes(rule) && <option value={rule.id}>{rule.name}: {rule.byWhen}</option>}
        </select>
      </div>
      {rule && <p className="muted">Counted from: {rule.trigger}</p>}
      <div className="field inline">
        <label htmlFor={ids.from}>Date it happened</label>
        <input id={ids.from} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        {hours && (
          <>
            <label htmlFor={ids.time}>Time</label>
            <input id={ids.time} type="time" value={time} onChange={(e) => setTime(e.target.value)} />
          </>
        )}
      </div>
      <NationPicker nation={nation} onChange={setNation} />
      {result?.error && <p className="warning" role="status">{result.error}</p>}
      {a && (
        <section aria-labelledby="calc-result" className="result" data-testid="calc-result">
          {a.window ? (
            <h3 id="calc-result">
              Window: not before <span data-testid="earliest" data-earliest={a.window.earliest}>{a.window.earliestText}</span> (day {a.window.earliestAmount}) and not later than{' '}
              <span data-testid="due" data-due={a.due}>{a.dueText}</span> (day {a.window.latestAmount})
            </h3>
          ) : (
            <h3 id="calc-result">
              {a.kind === 'latest' ? 'Latest date' : 'Due'}: <span data-testid="due" data-due={a.due}>{a.dueText}</span>
            </h3>
          )}
          <p>
            {a.name}: {a.byWhen}. Bank holidays of {NATION_LABELS[a.nation]}.
          </p>
          {answeredRule?.notes && <p className="muted" data-testid="rule-notes">{answeredRule.notes}</p>}
          {result.progress && <p className="progress" data-testid="progress">{result.progress}</p>}
          <ul className="working">
            {a.explanation.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {a.holidaysSkipped.length > 0 && <p>Bank holidays skipped: {a.holidaysSkipped.map((h) => `${h.name} (${longDate(h.date)})`).join('; ')}.</p>}
          {a.lastWorkingDayBefore && <p>It falls on a weekend or bank holiday: the last working day before it is {longDate(a.lastWorkingDayBefore)}.</p>}
          <p className="muted">{a.scope.label}</p>
          <Sources sources={[a.source]} />
          {a.caveats.map((c) => (
            <p key={c} className="warning">{c}</p>
          ))}
          {result.chain && result.chain.steps.length > 1 && (
            <>
              <h4>What follows</h4>
              <ol className="chain" data-testid="chain">
                {result.chain.steps.map((s) => (
                  <li key={`${s.rule}-${s.occurrence ?? 1}`} data-rule={s.rule} data-due={s.answer?.due ?? ''}>
                    <strong>{s.name}{s.occurrence ? ` (${s.occurrence})` : ''}</strong>:{' '}
                    {s.answer ? `${s.answer.window ? `not before ${s.answer.window.earliestText} and not later than` : s.answer.kind === 'latest' ? 'no later than' : 'by'} ${s.answer.dueText} (${s.answer.byWhen})` : s.note}
                  </li>
                ))}
              </ol>
            </>
          )}
          <button
            type="button"
            onClick={() => download(`carelens-${a.rule}-${a.from}.ics`, toICalendar(chainEvents(result), { calendarName: 'CareLens deadlines' }), 'text/calendar')}
          >
            Add to calendar (.ics file)
          </button>
        </section>
      )}
    </div>
  );
}
