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

  it('says in plain words when the page used an older or a wrong name, and gives the right one', () => {
    const card = (text: string, id: string, formerName?: 'older' | 'wrong') =>
      renderToStaticMarkup(<TermCard match={{ kind: 'term', start: 0, end: text.length, text, value: { id, formerName } }} />);
    const older = card('child protection register', 'child-protection-plan', 'older');
    expect(older).toContain('“child protection register” is an older name. Now called: Child protection plan.');
    const wrong = card('Multi Agency Support Hub', 'mash', 'wrong');
    expect(wrong).toMatch(/“Multi Agency Support Hub” is not the right name\. The right name is: Multi-Agency Safeguarding Hub/);
    expect(card('child protection plan', 'child-protection-plan')).not.toMatch(/former-name|older name|right name/);
  });
});

