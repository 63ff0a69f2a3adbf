// The save dialog's date comes from the selected text: the first date the date detector reads there (UK
// day first), the same date a full scan finds, without loading the other detectors into the page.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/core/detect';
import { dateInText } from '../../../src/ui/saved/prefill';
import { seedFiles, seedsAvailable, seedText } from '../../seeds';

describe('dateInText', () => {
  it('reads UK dates, day first, and nothing else', () => {
    expect(dateInText('The conference was held on 24/06/2019 at the civic centre.')).toBe('2019-06-24');
    expect(dateInText('Strategy discussion: 3rd March 2025; conference 20 March 2025.')).toBe('2025-03-03');
    expect(dateInText('within 15 working days of the strategy discussion')).toBeUndefined();
    expect(dateInText('under section 47 of the Children Act 1989')).toBeUndefined();
    expect(dateInText('on the 12th', '2025-03-01')).toBe('2025-03-12');
  });

  it.skipIf(!seedsAvailable)('gives the first date a full scan gives, for every paragraph of the seeds that has one', () => {
    let checked = 0;
    for (const f of seedFiles()) {
      for (const para of seedText(f).split(/\n\s*\n/)) {
        const first = scan(para, { kinds: ['date'] })[0];
        expect(dateInText(para), para.slice(0, 80)).toBe(first?.kind === 'date' ? first.value.iso : undefined);
        if (first) checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
