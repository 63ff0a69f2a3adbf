// windowOf: the marks around the view, found by binary search on their rectangles (paint-window.ts).
import { describe, expect, it } from 'vitest';
import { WINDOW_EXTRA, windowOf } from '../../../src/content/paint-window';

/** Marks one line (20 px) apart from the top of the page, the view scrolled to `scrollY`; rectangles counted. */
function page(count: number, scrollY: number) {
  let reads = 0;
  const rectOf = (i: number) => {
    reads++;
    const top = i * 20 - scrollY;
    return { top, bottom: top + 16 };
  };
  return { rectOf, reads: () => reads };
}

describe('windowOf', () => {
  it('keeps the marks from a screen above the view to a screen below it, and WINDOW_EXTRA more each side', () => {
    const p = page(24_000, 200_000); // marks 10,000 to 10,040 are in an 800 px view
    const [from, to] = windowOf(24_000, p.rectOf, 800);
    // a screen above the view: from y = 199,200 (mark 9,960 ends below it); a screen below: marks up to the one
    // starting at y = 201,600 (10,080), the next (10,081) starts past it
    expect(from).toBe(9960 - WINDOW_EXTRA);
    expect(to).toBe(10_081 + WINDOW_EXTRA);
    expect(p.reads()).toBeLessThan(40); // two binary searches, not a walk over 24,000 marks
  });

  it('at the top and at the bottom of the page, the window stops at the ends of the list', () => {
    expect(windowOf(5000, page(5000, 0).rectOf, 800)).toEqual([0, 81 + WINDOW_EXTRA]);
    expect(windowOf(5000, page(5000, 5000 * 20).rectOf, 800)).toEqual([5000 - 40 - WINDOW_EXTRA, 5000]);
    expect(windowOf(0, page(0, 0).rectOf, 800)).toEqual([0, 0]);
  });

  it('marks not drawn anywhere count as above the view; a view past every mark keeps the last ones', () => {
    const gone = (i: number) => (i < 3000 ? null : { top: (i - 3000) * 20, bottom: (i - 3000) * 20 + 16 });
    expect(windowOf(6000, gone, 800)).toEqual([3000 - WINDOW_EXTRA, 3000 + 81 + WINDOW_EXTRA]);
    const allAbove = () => ({ top: -5000, bottom: -4990 });
    expect(windowOf(6000, allAbove, 800)).toEqual([6000 - WINDOW_EXTRA, 6000]);
  });
});
