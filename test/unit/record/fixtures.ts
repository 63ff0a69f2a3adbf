import { describe } from '../../../src/core/anchoring/index.ts';
import { newHighlight, type SavedHighlight } from '../../../src/core/record/index.ts';

/** A council's procedure page, made up for the tests (our own words). */
export const procedurePage =
  '2.2.6 Planning and review. When the conference decides that a child needs one, new child protection plans are agreed at ' +
  'the initial conference and written down within the week. Plans will usually be based upon a single assessment of the ' +
  "family, with each agency's part named in it. A plan can be a child in need plan or a child protection plan, and the " +
  'family is told which one applies and why.';

function sel(passage: string) {
  const s = procedurePage.indexOf(passage);
  if (s < 0) throw new Error('not in the page: ' + passage);
  return describe(procedurePage, s, s + passage.length);
}

/** A small case record built from that page, with awkward characters on purpose. */
export function sampleRecords(): SavedHighlight[] {
  const url = 'https://www.proceduresonline.com/cambs/p_plan_review.html?utm_source=news&id=7#top';
  return [
    newHighlight(
      { url, title: '2.2.6 Planning and Review', selectors: sel('new child protection plans are agreed at the initial conference'), note: 'Ask when the ICPC is, in writing.', eventType: 'icpc-held', eventDate: '2024-03-05' },
      new Date('2024-03-06T10:00:00.000Z'),
      '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
    ),
    newHighlight(
      { url, title: '2.2.6 Planning and Review', selectors: sel('Plans will usually be based upon a single assessment'), note: '=HYPERLINK("http://evil") , "quoted", line one\nline two', eventType: 'strategy-discussion-held', eventDate: '2024-02-20' },
      new Date('2024-03-01T09:30:00.000Z'),
      '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b',
    ),
    newHighlight(
      { url: 'file:///home/me/letter.pdf', title: 'Letter from the council; “final”', selectors: sel('a child in need plan or a child protection plan'), note: '', pdfFingerprint: 'a3f1c2d4e5b6a7980123456789abcdef', pdfPage: 2 },
      new Date('2024-03-07T08:00:00.000Z'),
      '0f8c7a1e-4f5b-4c3d-8e2f-1a2b3c4d5e6f',
    ),
  ];
}
