import { useId, useMemo, useState } from 'react';
import { computableRules, formatDate, todayISO, workingDaysBetween } from '../../core/deadlines';
import type { Match } from '../../core/detect/types';
import type { CardContext } from './types';
import { DeadlineResult } from './Deadline';

type DateMatch = Extract<Match, { kind: 'date' }>;

export function dateTitle(match: DateMatch): string {
  try {
    return formatDate(match.value.iso);
  } catch {
    return match.text;
  }
}

function relative(iso: string, today: string, nation: CardContext['nation']): string {
  try {
    const n = workingDaysBetween(today, iso, nation);
    if (n === 0) return iso === today ? 'Today.' : 'No working days from today.';
    const w = Math.abs(n) === 1 ? 'working day' : 'working days';
    return n > 0 ? `${n} ${w} from today.` : `${-n} ${w} ago.`;
  } catch (e) {
    return (e as Error).message;
  }
}

export function DateCard({ match, context }: { match: DateMatch; context: CardContext }) {
  const iso = match.value.iso;
  const today = context.today ?? todayISO();
  const rules = useMemo(() => computableRules().filter((r) => r.unit !== 'hour'), []);
  const [ruleId, setRuleId] = useState('');
  const id = useId();
  return (
    <div>
      <p className="cl-due">{dateTitle(match)}</p>
      {match.value.inferred && <p className="cl-note">The year was not written; it was taken from the document’s date.</p>}
      <p>{relative(iso, today, context.nation)}</p>
      <div className="cl-calc">
        <label htmlFor={id}>Use this date as…</label>
        <select id={id} value={ruleId} onChange={(e) => setRuleId(e.target.value)}>
          <option value="">choose what happened on this date</option>
          {rules.map((r) => (
            <option key={r.id} value={r.id}>
              {r.trigger.split(/[,;(]/)[0]!.trim()} → {r.name} ({r.byWhen})
            </option>
          ))}
        </select>
        {ruleId && <DeadlineResult ruleId={ruleId} from={iso} nation={context.nation} profile={context.profile} today={context.today} />}
      </div>
    </div>
  );
}
