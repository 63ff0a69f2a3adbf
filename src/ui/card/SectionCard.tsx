import { actById, actByTitle, legislationUrl } from '../../core/knowledge/acts';
import { sectionTable } from '../../core/knowledge/section-tables';
import { commencementText } from '../../core/knowledge/currency';
import { Sources } from './parts';
import type { Match } from '../../core/detect/types';

type SectionMatch = Extract<Match, { kind: 'section' }>;

const DIVISION_WORD = { section: 'Section', article: 'Article', regulation: 'Regulation', part: 'Part', schedule: 'Schedule' } as const;

export function sectionTitle(match: SectionMatch): string {
  const v = match.value;
  return `${DIVISION_WORD[v.division]} ${v.section}${v.subsection ?? ''}${v.act ? `, ${v.act}` : ''}`;
}

export function SectionCard({ match }: { match: SectionMatch }) {
  const v = match.value;
  const act = (v.actId ? actById(v.actId) : undefined) ?? (v.act ? actByTitle(v.act) : undefined);
  const entry = act?.sections?.[v.section] ?? (v.division === 'article' ? act?.articles?.[v.section] : undefined);
  const url = v.url ?? legislationUrl(v.actId, v.division, v.section, v.subsection);
  // The section's heading from its Act's table of sections, when the knowledge base has no entry for it.
  const tableTitle = v.division === 'section' ? sectionTable(v.actId)?.titles[v.section] : undefined;
  return (
    <div>
      {entry ? (
        <>
          <p>
            <strong>{entry.title}</strong>
          </p>
          {entry.commencement && (
            <p className="cl-assumed" role="note" data-testid="not-in-force">
              {commencementText(entry.commencement)}
            </p>
          )}
          {entry.summary && <p>{entry.summary}</p>}
        </>
      ) : (
        <>
          {tableTitle && (
            <p>
              <strong>{tableTitle}</strong>
            </p>
          )}
          <p>{v.act ? `CareLens has no summary of this provision of the ${v.act} yet.` : 'The page does not say which law this number belongs to.'}</p>
        </>
      )}
      {v.assumed && v.act && !v.note?.includes('assumed') && (
        <p className="cl-assumed">
          The page does not name the act here: assumed {v.act}
. Check the surrounding text.
        </p>
      )}
      {v.note && <p className={v.assumed ? 'cl-assumed' : 'cl-note'}>{v.note}</p>}
      {act && <p className="cl-note">Extent: {act.extent}</p>}
      {act?.sources && <Sources sources={act.sources} />}
      {url && (
        <p>
          <a href={url} target="_blank" rel="noreferrer noopener">
            Read {DIVISION_WORD[v.division].toLowerCase()} {v.section} on legislation.gov.uk
          </a>
        </p>
      )}
    </div>
  );
}
