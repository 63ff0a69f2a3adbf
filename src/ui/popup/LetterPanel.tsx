import { useId, useMemo, useState } from 'react';
import { NATION_LABELS, type NationId, type Profile } from '../../core/deadlines';
import {
  checkLetter,
  eventName,
  judge,
  longDate,
  pickableEvents,
  pickableRules,
  type Pairing,
  type Verdict,
} from '../../core/letter';
import { NationPicker } from './NationPicker';
import { applyDateCorrections, type DateCorrection } from '../../core/text/corrections';

const EVENTS = pickableEvents();

function VerdictView({ verdict }: { verdict: Verdict }) {
  const tone = verdict.status === 'late' || verdict.status === 'planned-late' || verdict.status === 'overdue' ? 'bad' : verdict.status === 'error' ? 'warn' : 'good';
  return (
    <div className={`verdict ${tone}`} data-status={verdict.status}>
      <p className="headline">
        <strong>{verdict.headline}</strong>
      </p>
      <p>{verdict.message}</p>
      {verdict.holidaysSkipped && verdict.holidaysSkipped.length > 0 && (
        <p className="muted">Bank holidays not counted: {verdict.holidaysSkipped.map((h) => `${h.name} (${longDate(h.date)})`).join('; ')}.</p>
      )}
      {verdict.source && <p className="muted sources">Source: {verdict.source}. {verdict.scope}</p>}
    </div>
  );
}

export function LetterPanel({
  text,
  nation,
  profile,
  today,
  setNation,
  unsure = [],
}: {
  /** The page's or PDF's text; undefined when the page is too long to be a letter. */
  text: string | undefined;
  /** Spans of the text read from a scan with low confidence (0-100). */
  unsure?: { start: number; end: number; confidence: number }[];
  nation: NationId;
  profile: Profile;
  today: string;
  setNation: (n: NationId) => void;
}) {
  const [events, setEvents] = useState<Record<number, string | null>>({});
  const [letterDate, setLetterDate] = useState<string | null | undefined>(undefined);
  const [decided, setDecided] = useState<Record<string, 'confirmed' | 'rejected'>>({});
  const [corrections, setCorrections] = useState<DateCorrection[]>([]);
  const dateInput = useId();
  const corrected = useMemo(() => (text === undefined ? undefined : applyDateCorrections(text, corrections)), [text, corrections]);
  const check = useMemo(
    () => (corrected === undefined ? undefined : checkLetter(corrected.text, { nation, profile, today, events, ...(letterDate !== undefined ? { letterDate } : {}) })),
    [corrected, nation, profile, today, events, letterDate],
  );
  /** The recognised date under [start, end) of the checked text: its span in the original text, confidence and any correction. */
  const recognisedAt = (start: number, end: number) => {
    if (!corrected) return undefined;
    const from = corrected.toOriginal(start);
    const correction = corrections.find((c) => c.start === from);
    const to = correction ? correction.end : corrected.toOriginal(end);
    const span = unsure.find((u) => u.start < to && u.end > from);
    return span || correction ? { start: from, end: to, confidence: span?.confidence, correction } : undefined;
  };
  if (!check) return <p>This page is too long to be read as a letter. Open the letter itself (a PDF or a page with just the letter) to check its dates.</p>;
  const { pairings } = check;
  const dates = check.dates.filter((d) => d.index >= 0);
  const uniqueDates = dates.filter((d, i) => dates.findIndex((o) => o.iso === d.iso && o.sentence === d.sentence) === i);
  const found = check.foundLetterDate?.iso ?? null;

  return (
    <div className="letter">
      <p className="muted">
        CareLens reads the sentence around each date to guess what happened on it. These are suggestions: check each one
        against the letter and change it if it is wrong.
      </p>
      <NationPicker nation={nation} onChange={setNation} />
      <div className="field letter-date" data-letter-date={check.letterDate ?? ''}>
        <p>
          {check.letterDate ? (
            <>
              This letter is dated <strong>{longDate(check.letterDate)}</strong>
              {check.letterDate !== found && ' (as you corrected it)'}.
            </>
          ) : (
            'CareLens did not find the date of the letter itself.'
          )}
          {check.letterEvent && check.letterDate && <> The letter itself is the {eventName(check.letterEvent).toLowerCase()}, on that date.</>}
        </p>
        <label htmlFor={dateInput}>Date of the letter (change it if it is wrong)</label>
        <input
          id={dateInput}
          type="date"
          value={check.letterDate ?? ''}
          onChange={(e) => setLetterDate(/^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : null)}
        />
        {letterDate !== undefined && (
          <button type="button" className="link" onClick={() => setLetterDate(undefined)}>
            Use the date found in the letter
          </button>
        )}
      </div>
      <h3>Dates in this letter ({uniqueDates.length})</h3>
      {uniqueDates.length === 0 && <p>No dates were found on this page.</p>}
      <ul className="dates">
        {uniqueDates.map((d) => {
          const chosen = d.index in events ? events[d.index] : d.role === 'event' && !d.negated ? d.event : undefined;
          const note =
            d.index in events
              ? undefined
              : d.negated && d.event
                ? 'The sentence seems to say this did not happen (or was cancelled), so it is not used unless you choose an event.'
                : d.role === 'birth'
                  ? 'A date of birth, not an event.'
                  : d.role === 'reply-by'
                    ? 'A date the letter asks for a reply by, not an event.'
                    : d.role === 'deadline'
                      ? 'A deadline the letter gives, not something that happened.'
                      : undefined;
          const recognised = recognisedAt(d.start, d.end);
          return (
            <li key={d.index} data-iso={d.iso} data-event={chosen ?? ''} data-unsure={recognised ? 'true' : undefined}>
              <p>
                <strong>{longDate(d.iso)}</strong>
                {d.inferred && <span className="muted"> (year taken from the letter’s date)</span>}
                {d.isLetter && <span className="muted"> (the date of this letter)</span>}
              </p>
              <blockquote>{d.sentence}</blockquote>
              {recognised && (
                <div className="warning recognised-date">
                  <p>
                    {recognised.correction
                      ? 'You corrected this date (it was read from the scan).'
                      : `Read from the scan with low confidence${recognised.confidence !== undefined ? ` (${recognised.confidence}%)` : ''}: check this against the letter.`}
                  </p>
                  <label>
                    The date the letter shows{' '}
                    <input
                      type="date"
                      value={d.iso}
                      onChange={(e) => {
                        const iso = e.target.value;
                        if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return;
                        const others = corrections.filter((c) => c.start !== recognised.start);
                        setCorrections([...others, { start: recognised.start, end: recognised.end, iso }]);
                      }}
                    />
                  </label>
                </div>
              )}
              {note && <p className="warning">{note}</p>}
              <label>
                What happened on this date{chosen && !(d.index in events) ? ' (suggested)' : ''}
                <select value={chosen ?? ''} onChange={(e) => setEvents({ ...events, [d.index]: e.target.value || null })}>
                  <option value="">Not an event (or not sure)</option>
                  {EVENTS.map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.name}
                    </option>
                  ))}
                </select>
              </label>
            </li>
          );
        })}
      </ul>

      <h3>Checked against the timescales</h3>
      {pairings.length === 0 && <p>No pair of dates matches a timescale. Choose what happened on each date above, or pick two dates yourself below.</p>}
      <ul className="pairings" aria-live="polite">
        {pairings.map((p: Pairing) => {
          const state = decided[p.key];
          if (state === 'rejected') return null;
          return (
            <li
              key={p.key}
              className="pairing"
              data-rule={p.rule}
              data-from={p.trigger.iso}
              data-met={p.met?.iso ?? ''}
              data-status={p.verdict.status}
              data-late-by={p.verdict.lateBy ?? ''}
            >
              <p>
                <strong>{p.verdict.ruleName}</strong> ({p.verdict.byWhen}): from {eventName(p.trigger.event ?? events[p.trigger.index] ?? '')} on{' '}
                {longDate(p.trigger.iso)}
                {p.met ? (
                  <>
                    {' '}to {eventName((p.met.index in events ? events[p.met.index] : p.met.event) ?? '')}
                    {p.met.isLetter ? ' (this letter)' : ''} on {longDate(p.met.iso)}
                  </>
                ) : (
                  <>; the letter gives no date for it yet</>
                )}
                .
              </p>
              <VerdictView verdict={p.verdict} />
              <p className="muted">
                {state === 'confirmed' ? 'You confirmed this pairing.' : 'Suggested by CareLens: is this pairing right?'} ({NATION_LABELS[nation]} bank holidays)
              </p>
              {state !== 'confirmed' && (
                <div className="buttons">
                  <button type="button" onClick={() => setDecided({ ...decided, [p.key]: 'confirmed' })}>
                    Yes, this is right
                  </button>
                  <button type="button" onClick={() => setDecided({ ...decided, [p.key]: 'rejected' })}>
                    No, hide it
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {Object.values(decided).includes('rejected') && (
        <button type="button" onClick={() => setDecided(Object.fromEntries(Object.entries(decided).filter(([, v]) => v !== 'rejected')))}>
          Show hidden pairings again
        </button>
      )}
      <ManualCheck
        dates={[...new Set(uniqueDates.map((d) => d.iso))].sort()}
        first={pairings.find((p) => p.met) ?? pairings[0]}
        nation={nation}
        profile={profile}
        today={today}
      />
    </div>
  );
}

function ManualCheck({ dates, first, nation, profile, today }: { dates: string[]; first?: Pairing; nation: NationId; profile: Profile; today: string }) {
  const rules = useMemo(() => pickableRules().filter((r) => r.unit !== 'hour' && r.counting !== 'R5'), []);
  const [rule, setRule] = useState(first?.rule ?? 'icpc-15wd');
  const [from, setFrom] = useState(first?.trigger.iso ?? dates[0] ?? '');
  const [to, setTo] = useState(first ? first.met?.iso ?? '' : dates[1] ?? '');
  const ids = { rule: useId(), from: useId(), to: useId(), list: useId() };
  const verdict = /^\d{4}-\d{2}-\d{2}$/.test(from) ? judge(rule, from, /^\d{4}-\d{2}-\d{2}$/.test(to) ? to : undefined, { nation, profile, today }) : undefined;
  return (
    <section aria-labelledby="manual-check" className="manual">
      <h3 id="manual-check">Pick two dates yourself</h3>
      <div className="field">
        <label htmlFor={ids.rule}>Timescale</label>
        <select id={ids.rule} value={rule} onChange={(e) => setRule(e.target.value)}>
          {rules.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}: {r.byWhen}
            </option>
          ))}
        </select>
      </div>
      <div className="field inline">
        <label htmlFor={ids.from}>Counted from</label>
        <input id={ids.from} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <label htmlFor={ids.to}>Happened on (leave empty if not yet)</label>
        <input id={ids.to} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      {dates.length > 0 && (
        <p className="muted">
          Dates in the letter:{' '}
          {dates.map((d, i) => (
            <span key={d}>
              {i > 0 && ', '}
              <button type="button" className="link" onClick={() => (from && !to ? setTo(d) : setFrom(d))}>
                {longDate(d)}
              </button>
            </span>
          ))}
        </p>
      )}
      {verdict && (
        <div data-testid="manual-verdict">
          <VerdictView verdict={verdict} />
        </div>
      )}
    </section>
  );
}
