import { useId, useMemo, useState } from 'react';
import { computableRules, ruleFor, todayISO } from '../../core/deadlines';
import { conflictById } from '../../core/knowledge/conflicts';
import { commencementText } from '../../core/knowledge/currency';
import type { Timescale } from '../../core/knowledge/types';
import type { Match } from '../../core/detect/types';
import type { CardContext } from './types';
import { DeadlineResult } from './Deadline';
import { Sources } from './parts';

type DurationMatch = Extract<Match, { kind: 'duration' }>;

const UNIT_WORD: Record<string, string> = { working_day: 'working days', day: 'days', week: 'weeks', month: 'months', year: 'years', hour: 'hours' };

export function durationTitle(match: DurationMatch): string {
  return match.text;
}

function safeRule(id: string | undefined, context: CardContext): Timescale | undefined {
  if (!id) return undefined;
  try {
    return ruleFor(id, { nation: context.nation, profile: context.profile });
  } catch {
    return undefined;
  }
}

export function DurationCard({ match, context }: { match: DurationMatch; context: CardContext }) {
  const v = match.value;
  const named = safeRule(v.ruleId, context);
  // Rules with the same figure, for when the page does not say which rule it means.
  const candidates = useMemo(() => {
    const list = computableRules().filter((r) => r.amount === v.amount && (r.unit === v.unit || (v.conflict && r.id === v.ruleId)));
    if (named && !list.some((r) => r.id === named.id)) list.unshift(named);
    return list;
  }, [v.amount, v.unit, v.ruleId, named?.id]);
  const [ruleId, setRuleId] = useState<string>(named?.id ?? candidates[0]?.id ?? '');
  const rule = safeRule(ruleId, context);
  const [from, setFrom] = useState<string>(context.nearbyDates[0]?.iso ?? context.today ?? todayISO());
  const conflict = v.conflict ? conflictById(v.conflict.id) : undefined;
  const ids = { rule: useId(), from: useId() };
  return (
    <div>
      {rule ? (
        <>
          <p>
            <strong>{rule.name}</strong>: {rule.byWhen}.
          </p>
          {rule.commencement && <p className="cl-assumed" role="note">{commencementText(rule.commencement)}</p>}
          <p>{rule.what}</p>
          <p className="cl-note">Starts from: {rule.trigger}</p>
          <p className="cl-scope">{rule.scope.label}</p>
        </>
      ) : (
        <p>
          {v.amount}
          {v.max ? `–${v.max}` : ''} {UNIT_WORD[v.unit] ?? v.unit}. The page does not say which rule this is{candidates.length ? '; pick one below' : ''}.
        </p>
      )}
      {v.conflict && (
        <div className="cl-conflict" role="note">
          <strong>Sources disagree.</strong> This page says “{match.text}”; the authoritative rule is {v.conflict.expected}.
          {conflict && <p className="cl-note">{conflict.summary}</p>}
        </div>
      )}
      {rule && <Sources sources={rule.sources} />}
      {rule?.notes && <p className="cl-note">{rule.notes}</p>}
      {candidates.length > 0 && (
        <div className="cl-calc">
          <h3>Work out the date</h3>
          {candidates.length > 1 && (
            <>
              <label htmlFor={ids.rule}>Rule</label>
              <select id={ids.rule} value={ruleId} onChange={(e) => setRuleId(e.target.value)}>
                {candidates.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name} ({r.byWhen})
                  </option>
                ))}
              </select>
            </>
          )}
          <label htmlFor={ids.from}>{rule ? `Date of: ${shortTrigger(rule.trigger)}` : 'Start date'}</label>
          <input id={ids.from} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          {context.nearbyDates.length > 0 && from === context.nearbyDates[0]!.iso && (
            <p className="cl-note">Date taken from the text nearby: “{context.nearbyDates[0]!.text}”.</p>
          )}
          {ruleId && <DeadlineResult ruleId={ruleId} from={from} nation={context.nation} profile={context.profile} today={context.today} />}
        </div>
      )}
    </div>
  );
}

function shortTrigger(trigger: string): string {
  const first = trigger.split(/[,;(]/)[0]!.trim();
  return first.length > 60 ? `${first.slice(0, 57)}…` : first;
}
