import { termById } from '../../core/knowledge/terms';
import type { Match } from '../../core/detect/types';
import { commencementText } from '../../core/knowledge/currency';
import { Sources, VERIFICATION_TEXT } from './parts';

const VOLUNTARY_LABEL = {
  voluntary: 'Voluntary',
  compulsory: 'Compulsory',
  depends: 'Depends',
  'not-applicable': '',
} as const;

export function TermCard({ match }: { match: Extract<Match, { kind: 'term' }> }) {
  const term = termById(match.value.id);
  if (!term) return <p>No explanation found for “{match.text}”.</p>;
  const e = term.explanation;
  const vol = VOLUNTARY_LABEL[e.voluntary];
  return (
    <div>
      {term.commencement && (
        <p className="cl-assumed" role="note" data-testid="not-in-force">
          {commencementText(term.commencement)}
        </p>
      )}
      {match.value.formerName && (
        <p className="cl-assumed" role="note" data-testid="former-name">
          {match.value.formerName === 'older'
            ? `“${match.text}” is an older name. Now called: ${term.name}.`
            : `“${match.text}” is not the right name. The right name is: ${term.name}.`}
        </p>
      )}
      <p>{e.what}</p>
      {vol && (
        <p>
          <span className={`cl-badge cl-${e.voluntary}`}>{vol}</span>
          {e.voluntaryNote}
        </p>
      )}
      <h3>Your rights</h3>
      <p>{e.rights}</p>
      <h3>What usually happens next</h3>
      <p>{e.next}</p>
      <h3>The law</h3>
      <p>
        {term.law}
        {term.links.length > 0 && ' '}
        {term.links.map((href, i) => (
          <span key={href}>
            {i > 0 && ', '}
            <a href={href} target="_blank" rel="noreferrer noopener">
              {i === 0 ? 'legislation.gov.uk' : `link ${i + 1}`}
            </a>
          </span>
        ))}
      </p>
      {Object.entries(term.nations).length > 0 && (
        <p className="cl-note">
          Elsewhere in the UK:{' '}
          {Object.entries(term.nations)
            .map(([n, text]) => `${n.replace(/-/g, ' ')}: ${text}`)
            .join(' ')}
        </p>
      )}
      <Sources sources={term.sources} />
      <p className="cl-note">{VERIFICATION_TEXT[term.verification]}</p>
    </div>
  );
}

export function termTitle(match: Extract<Match, { kind: 'term' }>): string {
  return termById(match.value.id)?.name ?? match.text;
}
