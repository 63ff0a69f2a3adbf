// A short text of our own that takes every detector through its usual paths: glossary terms and their
// abbreviations, sections with and without an act, timescales, dates in each format, a numbered heading, and
// the words that tell a document's nation. The service worker scans it once when it starts (scan-service.ts),
// so the detectors' code is compiled and their tables built before a page's text arrives.
import { TERMS } from '../core/knowledge/terms';

const SENTENCES = [
  '1. What happens after a referral',
  'The local authority decides within one working day what to do next. When it has grounds to think ' +
    'a child may be at risk of significant harm, now or soon, it holds a strategy discussion and may ' +
    'make enquiries under section 47 of the Children Act 1989 (s.47).',
  'An assessment under section 17 is due within 45 working days of the referral; the first conference within 15 ' +
    'working days of the strategy discussion, a review within three months, and then every 6 months.',
  'Sections 17ZD and 17ZE, s20, ss.31-38, Schedule 2 and Part 3 may apply.',
  'So may section 10 of the Children Act 2004, Article 8 of the Human Rights Act 1998 and regulation 5.',
  'The letter of 3 Mar 2019 sets the meeting for Monday 24th June 2019 (24/06/2019); the last one was on the ' +
    '12th, on 2019-05-30 and on June 3, 2019. Answer within 10 days, 24 hours or 2-3 weeks.',
  'This guidance is for England; in Wales the Social Services and Well-being (Wales) Act 2014 (the 2014 Act) applies.',
];

/** The text: the sentences above, then every glossary term's first two spellings and first abbreviation. */
export function warmUpText(): string {
  const names = TERMS.flatMap((t) => [...t.variants.slice(0, 2), ...t.abbreviations.slice(0, 1)]);
  const lines: string[] = [];
  for (let i = 0; i < names.length; i += 6) lines.push(`A word on ${names.slice(i, i + 6).join(', ')}.`);
  return [...SENTENCES, ...lines].join('\n\n');
}
