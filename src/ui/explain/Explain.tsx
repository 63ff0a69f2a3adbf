// Explanations shared by the popup's lists and "look anything up" (and reusable by the hover card): a term, a
// section of an act, an act, a timescale. Page text is only ever rendered as text.
import type { Act, Term, Timescale, Voluntariness } from '../../core/knowledge';
import { formatSource } from '../../core/deadlines';
import type { LookupResult } from './search';

const VOLUNTARY: Record<Voluntariness, string> = {
  voluntary: 'Voluntary: you can say no.',
  compulsory: 'Compulsory.',
  depends: 'Whether you must take part depends on the situation.',
  'not-applicable': '',
};

/** The first sentence of a text, for one-line lists. */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text);
  return m ? m[1]! : text;
}

export function TermExplanation({ term }: { term: Term }) {
  const e = term.explanation;
  return (
    <div className="explain">
      <p>{e.what}</p>
      {e.voluntary !== 'not-applicable' && (
        <p>
          <strong>{VOLUNTARY[e.voluntary]}</strong> {e.voluntaryNote}
        </p>
      )}
      <p>
        <strong>Your rights: </strong>
        {e.rights}
      </p>
      <p>
        <strong>What usually happens next: </strong>
        {e.next}
      </p>
      <p className="muted">
        <strong>The law: </strong>
        {term.law}
      </p>
      {term.links.length > 0 && (
        <ul className="links">
          {term.links.map((l) => (
            <li key={l}>
              <a href={l} target="_blank" rel="noreferrer">
                {l.replace(/^https:\/\/www\./, '')}
              </a>
            </li>
          ))}
        </ul>
      )}
      <Sources sources={term.sources.map(formatSource)} />
    </div>
  );
}

export function SectionExplanation({ act, number, title, summary, url }: { act: Act; number: string; title: string; summary?: string; url?: string }) {
  return (
    <div className="explain">
      <p>
        <strong>{title}</strong> ({act.title}, {act.division ?? 'section'} {number})
      </p>
      {summary && <p>{summary}</p>}
      <p className="muted">Extent: {act.extent}</p>
      {url && (
        <p>
          <a href={url} target="_blank" rel="noreferrer">
            Read it on legislation.gov.uk
          </a>
        </p>
      )}
    </div>
  );
}

export function ActExplanation({ act }: { act: Act }) {
  const n = Object.keys(act.sections ?? {}).length;
  return (
    <div className="explain">
      <p>
        <strong>{act.title}</strong>. Extent: {act.extent}.
      </p>
      {act.notes && <p>{act.notes}</p>}
      {n > 0 && <p className="muted">CareLens explains {n} of its most cited provisions: search for one by number, for example “section {Object.keys(act.sections!)[0]}”.</p>}
      {act.id && (
        <p>
          <a href={`https://www.legislation.gov.uk/${act.id}/contents`} target="_blank" rel="noreferrer">
            Read it on legislation.gov.uk
          </a>
        </p>
      )}
    </div>
  );
}

export function TimescaleExplanation({ rule }: { rule: Timescale }) {
  return (
    <div className="explain">
      <p>
        {rule.what} <strong>{rule.byWhen}</strong>.
      </p>
      <p>
        <strong>Counted from: </strong>
        {rule.trigger}
      </p>
      {rule.notes && <p>{rule.notes}</p>}
      {rule.correction && <p>{rule.correction}</p>}
      <p className="muted">{rule.scope.label}</p>
      <Sources sources={rule.sources.map(formatSource)} />
    </div>
  );
}

export function Sources({ sources }: { sources: string[] }) {
  if (!sources.length) return null;
  return (
    <p className="muted sources">
      <strong>Source{sources.length > 1 ? 's' : ''}: </strong>
      {sources.join('; ')}
    </p>
  );
}

export function LookupExplanation({ result }: { result: LookupResult }) {
  switch (result.kind) {
    case 'term':
      return <TermExplanation term={result.term} />;
    case 'section':
      return <SectionExplanation act={result.act} number={result.number} title={result.title} {...(result.summary ? { summary: result.summary } : {})} {...(result.url ? { url: result.url } : {})} />;
    case 'act':
      return <ActExplanation act={result.act} />;
    case 'timescale':
      return <TimescaleExplanation rule={result.rule} />;
  }
}
