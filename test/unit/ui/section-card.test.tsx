import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { scan, type Match } from '../../../src/core/detect/index';
import { SectionCard } from '../../../src/ui/card/SectionCard';

type SectionMatch = Extract<Match, { kind: 'section' }>;
const card = (text: string, documentDate?: string) => {
  const m = (scan(text, { kinds: ['section'], ...(documentDate ? { documentDate } : {}) }) as SectionMatch[])[0]!;
  return renderToStaticMarkup(<SectionCard match={m} />);
};

describe('section card', () => {
  it('an Act outside the knowledge base: its link, the heading from its table, and plainly no summary', () => {
    const html = card('Information is withheld under section 40(2) of the Freedom of Information Act 2000.');
    expect(html).toContain('Personal information');
    expect(html).toContain('CareLens has no summary of this provision of the Freedom of Information Act 2000 yet.');
    expect(html).toContain('https://www.legislation.gov.uk/ukpga/2000/36/section/40/2');
  });

  it('an Act named without its year: which was assumed, and why', () => {
    const html = card('Under the Data Protection Act, section 7 gives you a right of subject access to your records.');
    expect(html).toContain('Article 15');
    expect(html).toContain('ukpga/1998/29/section/7');
  });
});
