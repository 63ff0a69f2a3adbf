import { formatSource } from '../../core/deadlines';
import type { Source } from '../../core/knowledge/types';

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
