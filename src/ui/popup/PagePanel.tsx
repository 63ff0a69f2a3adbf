import { useState } from 'react';
import type { PageReport } from '../../protocol/page';
import type { MatchKind } from '../../core/detect/types';
import { groupItems, KIND_HEADINGS, type PageItem } from './items';

const ORDER: MatchKind[] = ['duration', 'section', 'term', 'date'];

export function PagePanel({ report, reveal }: { report: PageReport; reveal: (index: number) => void }) {
  const groups = groupItems(report.matches);
  const [next, setNext] = useState<Record<string, number>>({});
  const total = report.matches.length;
  const choose = (item: PageItem) => {
    const n = next[item.key] ?? 0;
    reveal(item.indexes[n % item.indexes.length]!);
    setNext({ ...next, [item.key]: n + 1 });
  };
  // a long page or PDF is listed while it is still being read (the popup asks again until it is complete)
  const reading = report.complete ? '' : `still reading the ${report.surface === 'pdf' ? 'PDF' : 'page'}`;
  if (!total) {
    return (
      <p aria-live="polite">
        {reading ? `CareLens is ${reading}: what it finds will be listed here.` : 'CareLens found no terms, sections, timescales or dates on this page.'}
      </p>
    );
  }
  return (
    <div>
      <p className="muted" aria-live="polite">
        {total} {total === 1 ? 'mark' : 'marks'} on this page{reading ? ` so far (${reading})` : ''}. Choose an item to see it on the page.
      </p>
      {!report.highlightsSupported && <p className="warning">This browser cannot draw the marks, but the list below still works.</p>}
      {ORDER.filter((k) => groups[k].length).map((kind) => (
        <section key={kind} aria-labelledby={`group-${kind}`} className="group">
          <h3 id={`group-${kind}`}>
            {KIND_HEADINGS[kind]} <span className="count">({groups[kind].length})</span>
          </h3>
          <ul className="items" data-kind={kind}>
            {groups[kind].map((item) => (
              <li key={item.key}>
                <button type="button" className="item" onClick={() => choose(item)}>
                  <span className="item-label">{item.label}</span>
                  {item.indexes.length > 1 && <span className="count"> ×{item.indexes.length}</span>}
                  {item.line && <span className="item-line">{item.line}</span>}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
