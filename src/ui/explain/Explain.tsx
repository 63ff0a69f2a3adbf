// Explanations for "look anything up": terms and sections reuse the hover cards (src/ui/card) so the popup says
// exactly what the card says; acts and timescales (no card of their own) are explained here.
import type { Act, Timescale } from '../../core/knowledge';
import { TermCard } from '../card/TermCard';
import { SectionCard } from '../card/SectionCard';
import { formatSource } from '../../core/deadlines';
import { commencementText } from '../../core/knowledge/currency';
import type { LookupResult } from './search';


/** The first sentence of a text, for one-line lists. */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text);
  return m ? m[1]! : text;
}

export function ActExplanation({ act }: { act: Act }) {
  const n = Object.keys(act.sections ?? {}).length;
  return (
    <div className="explain">
      <p>
        <strong>{act.title}</strong>. Extent: {act.extent}.
      </p>
      {act.notes && <p>{act.notes}</p>}
      {act.sources && act.sources.length > 0 && <Sources sources={act.sources.map(formatSource)} />}
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
      {rule.commencement && <p className="warning">{commencementText(rule.commencement)}</p>}
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
      return (
        <div className="explain">
          <TermCard match={{ kind: 'term', start: 0, end: 0, text: result.term.name, value: { id: result.term.id } }} />
        </div>
      );
    case 'section': {
      const division = result.act.division ?? 'section';
      return (
        <div className="explain">
          <SectionCard
            match={{
              kind: 'section',
              start: 0,
              end: 0,
              text: result.label,
              value: { act: result.act.title, ...(result.act.id ? { actId: result.act.id } : {}), section: result.number, division, assumed: false, ...(result.url ? { url: result.url } : {}) },
            }}
          />
        </div>
      );
    }
    case 'act':
      return <ActExplanation act={result.act} />;
    case 'timescale':
      return <TimescaleExplanation rule={result.rule} />;
  }
}
