import { formatSource } from '../../core/deadlines';
import type { Source, Verification } from '../../core/knowledge/types';

/** How sure we are of an explanation, in words a reader can weigh (the codes are ours, not theirs). */
export const VERIFICATION_TEXT: Record<Verification, string> = {
  'V-prim': 'Checked against the text of the law or guidance itself.',
  'V-sec': 'Confirmed by two or more reliable sources; the original text was not checked.',
  SEED: 'Taken from the one document named above; not yet confirmed elsewhere.',
  UNV: 'Not yet checked: treat with care and ask for the source.',
};

export function Sources({ sources, label = 'Source' }: { sources: Source[]; label?: string }) {
  if (!sources.length) return null;
  return (
    <div className="cl-source">
      <h3>{sources.length > 1 ? `${label}s` : label}</h3>
      <ul className="cl-chain">
        {sources.map((s, i) => (
          <li key={i}>
            {s.url ? (
              <a href={s.url} target="_blank" rel="noreferrer noopener">
                {formatSource(s)}
              </a>
            ) : (
              formatSource(s)
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function isoOk(iso: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso);
}
