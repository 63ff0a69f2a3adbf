// The deadline that follows a trigger date under a rule: due date, bank holidays skipped, and the chain after it.
import { chain, tryDueDate, type NationId, type Profile } from '../../core/deadlines';
import { isoOk } from './parts';

export function DeadlineResult({ ruleId, from, nation, profile, today, showChain = true }: {
  ruleId: string;
  from: string;
  nation: NationId;
  profile: Profile;
  today?: string;
  showChain?: boolean;
}) {
  if (!isoOk(from)) return <p className="cl-note">Pick a date to count from.</p>;
  const res = tryDueDate(ruleId, from, { nation, profile, today });
  if (!res.ok) return <p className="cl-error" role="status">{res.error.message}</p>;
  const a = res.answer;
  let steps: string[] = [];
  if (showChain) {
    try {
      steps = chain(a.rule, from, { nation, profile, today, repeats: 1 }).summary.slice(1, 7);
    } catch {
      steps = [];
    }
  }
  return (
    <div role="status" aria-live="polite">
      {a.window ? (
        <p className="cl-due" data-due={a.due} data-earliest={a.window.earliest}>
          Not before {a.window.earliestText} (day {a.window.earliestAmount}) and not later than {a.dueText} (day {a.window.latestAmount})
        </p>
      ) : (
        <p className="cl-due" data-due={a.due}>
          {a.kind === 'latest' ? 'Latest date: ' : 'Due by: '}
          {a.dueText}
        </p>
      )}
      {a.maximum && <p className="cl-note">If extended ({a.maximum.amount}): {a.maximum.dueText}</p>}
      {a.holidaysSkipped.length > 0 && (
        <p className="cl-note">Bank holidays skipped: {a.holidaysSkipped.map((h) => `${h.name} (${h.date})`).join(', ')}</p>
      )}
      {a.lastWorkingDayBefore && <p className="cl-note">That is not a working day; the last working day before it is {a.lastWorkingDayBefore}.</p>}
      {a.caveats.map((c, i) => (
        <p key={i} className="cl-note">{c}</p>
      ))}
      {steps.length > 0 && (
        <>
          <h3>What follows</h3>
          <ol className="cl-chain">
            {steps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
