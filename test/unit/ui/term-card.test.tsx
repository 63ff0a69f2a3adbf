import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TERMS } from '../../../src/core/knowledge/terms';
import { TermCard } from '../../../src/ui/card/TermCard';

describe('term card', () => {
  it('says how sure the explanation is in words, never as our internal codes', () => {
    for (const term of TERMS) {
      const html = renderToStaticMarkup(
        <TermCard match={{ kind: 'term', start: 0, end: term.name.length, text: term.name, value: { id: term.id } }} />,
      );
      expect(html, term.id).not.toMatch(/V-prim|V-sec|\bSEED\b|\bUNV\b/);
      expect(html, term.id).toMatch(/Checked against|Confirmed by|Taken from|Not yet checked/);
    }
  });
});
