import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/core/detect';
import type { PageReport } from '../../../src/protocol/page';
import { PagePanel } from '../../../src/ui/popup/PagePanel';

const TEXT = 'A strategy discussion decides whether a section 47 enquiry begins within 15 working days.';

function report(surface: PageReport['surface'], complete: boolean, withMatches = true): PageReport {
  const matches = withMatches ? scan(TEXT).map((m, index) => ({ ...m, index, sentence: TEXT })) : [];
  return { url: 'https://example.org/', title: 'Procedures', surface, active: true, highlightsSupported: true, complete, matches };
}

const render = (r: PageReport) => renderToStaticMarkup(<PagePanel report={r} reveal={() => undefined} />);

describe("the popup's list of what is on the page", () => {
  it('says a web page still being read is a page, not a PDF, and that the list is so far', () => {
    const html = render(report('page', false));
    expect(html).toMatch(/marks on this page so far \(still reading the page\)/);
    expect(html).not.toContain('PDF');
    expect(render(report('pdf', false))).toContain('so far (still reading the PDF)');
    expect(render(report('page', true))).not.toContain('so far');
  });

  it('does not say nothing was found while the page is still being read', () => {
    expect(render(report('page', false, false))).toContain('CareLens is still reading the page');
    expect(render(report('page', false, false))).not.toContain('found no');
    expect(render(report('page', true, false))).toContain('CareLens found no terms, sections, timescales or dates on this page.');
  });
});
