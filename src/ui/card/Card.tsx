// The hover card: a frame with a role and an accessible name, and the body for the kind of match.
// Independent of the web page: the PDF viewer renders the same component.
import { forwardRef, type KeyboardEvent } from 'react';
import type { CardProps } from './types';
import { TermCard, termTitle } from './TermCard';
import { SectionCard, sectionTitle } from './SectionCard';
import { DurationCard, durationTitle } from './DurationCard';
import { DateCard, dateTitle } from './DateCard';

export type { CardContext, CardProps } from './types';
export { CARD_CSS } from './styles';

const KIND_LABEL = { term: 'Term', section: 'Law', duration: 'Timescale', date: 'Date' } as const;

export function cardTitle(match: CardProps['match']): string {
  switch (match.kind) {
    case 'term':
      return termTitle(match);
    case 'section':
      return sectionTitle(match);
    case 'duration':
      return durationTitle(match);
    case 'date':
      return dateTitle(match);
  }
}

export const Card = forwardRef<HTMLDivElement, CardProps & { style?: React.CSSProperties; onPointerEnter?: () => void; onPointerLeave?: () => void }>(
  function Card({ match, context, onClose, onSave, style, onPointerEnter, onPointerLeave }, ref) {
    const title = cardTitle(match);
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        onClose?.();
      }
    };
    return (
      <div
        ref={ref}
        className="cl-card"
        role="dialog"
        aria-label={`CareLens: ${title}`}
        data-kind={match.kind}
        tabIndex={-1}
        style={style}
        onKeyDown={onKeyDown}
        onPointerEnter={onPointerEnter}
        onPointerLeave={onPointerLeave}
      >
        <div className="cl-head">
          <div style={{ flex: 1 }}>
            <div className="cl-kind">{KIND_LABEL[match.kind]}</div>
            <h2 className="cl-title">{title}</h2>
          </div>
          {onClose && (
            <button type="button" className="cl-close" aria-label="Close" onClick={onClose}>
              ×
            </button>
          )}
        </div>
        {match.kind === 'term' && <TermCard match={match} />}
        {match.kind === 'section' && <SectionCard match={match} />}
        {match.kind === 'duration' && <DurationCard match={match} context={context} />}
        {match.kind === 'date' && <DateCard match={match} context={context} />}
        {context.sentence && match.kind !== 'date' && <p className="cl-quote">“{context.sentence}”</p>}
        {context.recognised && (
          <p className={context.recognised.unsure ? 'cl-recognised cl-unsure' : 'cl-recognised'} data-testid="recognised-note">
            {context.recognised.unsure
              ? `Read from the scan with low confidence (${Math.round(context.recognised.confidence)}%): check this against the letter.`
              : 'Read from the scan by CareLens.'}
          </p>
        )}
        {onSave && (
          <div className="cl-actions">
            <button type="button" className="cl-save" onClick={onSave} aria-label={`Save “${match.text}” to your case record`}>
              Save
            </button>
          </div>
        )}
      </div>
    );
  },
);
