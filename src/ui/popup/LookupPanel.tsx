import { useId, useState } from 'react';
import { lookup } from '../explain/search';
import { LookupExplanation } from '../explain/Explain';

export function LookupPanel() {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<string>();
  const id = useId();
  const results = lookup(query);
  return (
    <div>
      <label htmlFor={id}>Look up a term, a section or a timescale</label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder="e.g. ICPC, section 47, core group"
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(undefined);
        }}
      />
      {query.trim().length >= 2 && results.length === 0 && <p>Nothing found for “{query}”. Try a shorter word or an abbreviation.</p>}
      <ul className="results">
        {results.map((r) => (
          <li key={r.key}>
            <button type="button" className="item" aria-expanded={open === r.key} onClick={() => setOpen(open === r.key ? undefined : r.key)}>
              <span className="item-label">{r.label}</span>
              <span className="item-line">{r.kind === 'term' ? 'Term' : r.kind === 'timescale' ? 'Timescale' : r.kind === 'act' ? 'Act' : 'Section of the law'}</span>
            </button>
            {(open === r.key || results.length === 1) && <LookupExplanation result={r} />}
          </li>
        ))}
      </ul>
    </div>
  );
}
