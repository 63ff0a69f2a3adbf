// Which marks are kept in the page's highlights. At every frame after a change to the highlights, the DOM or the
// styles, the browser places every range of every highlight again (Chromium's HighlightRegistry rebuilds all its
// markers): about 17 µs a range on a 2-core machine, so 24,000 marks on a 5 MB page cost ~400 ms a frame, and the
// page would stall each time it changes anything. A page with up to PAINT_ALL marks has them all registered; past
// that, each long region keeps the marks around the view (a window that follows scrolling), short ones all theirs.
import { firstIndexWhere } from '../core/sorted';

/** Pages with at most this many marks have every mark registered. */
export const PAINT_ALL = 1500;
/** Past PAINT_ALL, regions with at most this many marks still have all of theirs registered. */
export const REGION_ALL = 300;
/** Marks kept beyond those whose rectangles are near the view, on each side (the order of marks on screen
 *  follows the text only roughly: floats, columns, positioned boxes). */
export const WINDOW_EXTRA = 200;

/** Where a mark is drawn, in viewport coordinates (null: not drawn, e.g. a node that left the page). */
export type RectOf = (index: number) => { top: number; bottom: number } | null;

/**
 * The marks [from, to) of a list in text order to keep registered for a view `height` pixels tall: those from a
 * screen above the view to a screen below it, found by binary search on their rectangles (a few layout reads,
 * however long the list), widened by WINDOW_EXTRA on each side.
 */
export function windowOf(count: number, rectOf: RectOf, height: number, extra = WINDOW_EXTRA): [number, number] {
  if (count === 0) return [0, 0];
  const above = -height;
  const below = 2 * height;
  // first mark whose bottom is below the top edge; first mark whose top is past the bottom edge
  const first = firstIndexWhere(count, (i) => (rectOf(i)?.bottom ?? -Infinity) >= above);
  const last = firstIndexWhere(count, (i) => (rectOf(i)?.top ?? -Infinity) > below);
  return [Math.max(0, first - extra), Math.min(count, Math.max(last, first) + extra)];
}
