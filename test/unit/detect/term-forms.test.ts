// Forms of a term that people write (issue 19): glossary forms with inflections, short forms only where the
// document settles them, and no glossary term made of an Act's or regulations' title words.
import { describe, expect, it } from 'vitest';
import { scan, type Match } from '../../../src/core/detect/index';

type TermMatch = Extract<Match, { kind: 'term' }>;
const terms = (text: string) => (scan(text, { kinds: ['term'] }) as TermMatch[]).map((m) => [m.text, m.value.id]);

describe('term forms', () => {
  it('inflections: "privately fostered", "accommodated", bare "Article 8"', () => {
    expect(terms('A child who is privately fostered is cared for by a friend.')).toEqual([['privately fostered', 'private-fostering']]);
    expect(terms('Children accommodated by children’s services are looked after.')).toEqual([
      ['accommodated', 'section-20'],
      ['children’s services', 'childrens-social-care'],
      ['looked after', 'looked-after-child'],
    ]);
    expect(terms('Removal interferes with rights under Article 8 and Article 6.')).toEqual([
      ['Article 8', 'article-8'],
      ['Article 6', 'article-6'],
    ]);
  });

  it('"the Ombudsman" on a complaints page; not where nothing settles it', () => {
    expect(terms('If you are unhappy with our complaint response, ask the Ombudsman.')).toEqual([['Ombudsman', 'ombudsman']]);
    expect(terms('The Pensions Ombudsman publishes an annual report.')).toEqual([]);
  });

  it('"IO" and "IP" where the document names the investigating officer and independent person', () => {
    const page = 'At Stage 2 an investigating officer (IO) and an independent person (IP) are appointed. The IO reports.';
    expect(terms(page).filter(([, id]) => id === 'statutory-complaints-procedure').map(([t]) => t)).toEqual([
      'investigating officer', 'IO', 'independent person', 'IP', 'IO',
    ]);
    expect(terms('The IP address and the IO port were logged.')).toEqual([]);
  });

  it("an Act's or regulations' title words are not a glossary term", () => {
    expect(terms('Under regulation 24 of the Care Planning, Placement and Case Review (England) Regulations 2010 a connected person may be approved.')).toEqual([
      ['connected person', 'kinship-care'],
    ]);
    expect(terms('the Special Guardianship Regulations 2005 apply to special guardianship support')).toEqual([
      ['special guardianship support', 'special-guardianship-order'],
    ]);
    // the whole name of the Act is still the term
    expect(terms('the Human Rights Act 1998')).toEqual([['Human Rights Act', 'human-rights-act']]);
  });
});
