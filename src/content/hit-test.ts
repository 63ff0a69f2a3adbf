// What is under the pointer: the caret position at a point, the marks around that text offset (binary
// search over marks sorted by start), confirmed against the range's own rectangles.
import { lastIndexWhere } from '../core/sorted';

export interface Caret {
  node: Node;
  offset: number;
}

export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

export interface Spanned {
  start: number;
  end: number;
}

/** Items (sorted by start) whose [start, end] contains `offset`; `maxLength` bounds how far back to look. */
export function itemsAround<T extends Spanned>(items: readonly T[], offset: number, maxLength = 200): T[] {
  const out: T[] = [];
  for (let i = lastIndexWhere(items.length, (k) => items[k]!.start <= offset); i >= 0; i--) {
    const it = items[i]!;
    if (offset - it.start > maxLength) break;
    if (it.end >= offset) out.push(it);
  }
  return out;
}

/** True when (x, y) falls inside one of the range's line boxes (with a little slack). */
export function rangeContainsPoint(range: Range, x: number, y: number, slack = 1): boolean {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return true;
  }
  return false;
}

/** The highlights under the point, where the browser can tell (highlightsFromPoint); null when it cannot. */
export function highlightsAt(win: Window & typeof globalThis, x: number, y: number): Set<Highlight> | null {
  const reg = (win.CSS as unknown as { highlights?: { highlightsFromPoint?: (x: number, y: number) => { highlight: Highlight }[] } })
    .highlights;
  if (!reg || typeof reg.highlightsFromPoint !== 'function') return null;
  try {
    return new Set(reg.highlightsFromPoint(x, y).map((h) => h.highlight));
  } catch {
    return null;
  }
}
