// From a DOM selection to offsets in a TextIndex's flat text, and back to Ranges. The same flat
// text the passage is re-anchored over on every visit (DESIGN.md, "The text model").
import type { TextIndex } from '../text-index';

function isWs(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
}

/** First text node of `index` at or after (node, offset) in document order; null when none. */
function textAtOrAfter(index: TextIndex, node: Node, offset: number): Text | null {
  const doc = node.ownerDocument ?? (node as Document);
  let start: Node | null = node.childNodes[offset] ?? null;
  if (!start) {
    // past the last child: the next node after `node`'s subtree
    let n: Node | null = node;
    while (n && !n.nextSibling) n = n.parentNode;
    start = n?.nextSibling ?? null;
  }
  if (!start) return null;
  const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
  walker.currentNode = start;
  let t: Node | null = start.nodeType === 3 ? start : walker.nextNode();
  while (t && !index.has(t)) t = walker.nextNode();
  return t as Text | null;
}

/** Last text node of `index` before (node, offset) in document order; null when none. */
function textBefore(index: TextIndex, node: Node, offset: number): Text | null {
  const doc = node.ownerDocument ?? (node as Document);
  const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
  let end: Node | null = offset > 0 ? node.childNodes[offset - 1] ?? null : node;
  if (!end) return null;
  // deepest last descendant of `end` (or `node` itself when offset is 0: go to the node before it)
  if (offset > 0) while (end.lastChild) end = end.lastChild;
  walker.currentNode = end;
  let t: Node | null = offset > 0 && end.nodeType === 3 ? end : walker.previousNode();
  while (t && !index.has(t)) t = walker.previousNode();
  return t as Text | null;
}

/** Flat [start, end) for a DOM range, trimmed of surrounding whitespace; null when it holds no indexed text. */
export function rangeToOffsets(index: TextIndex, range: Range): { start: number; end: number } | null {
  let start: number | null;
  let end: number | null;
  const sc = range.startContainer;
  if (sc.nodeType === 3 && index.has(sc)) start = index.offsetOf(sc, range.startOffset);
  else {
    const t = sc.nodeType === 3 ? textAtOrAfter(index, sc.parentNode!, Array.prototype.indexOf.call(sc.parentNode!.childNodes, sc) + 1) : textAtOrAfter(index, sc, range.startOffset);
    start = t ? index.offsetOf(t, 0) : null;
  }
  const ec = range.endContainer;
  if (ec.nodeType === 3 && index.has(ec)) end = index.offsetOf(ec, range.endOffset);
  else {
    const t = ec.nodeType === 3 ? textBefore(index, ec.parentNode!, Array.prototype.indexOf.call(ec.parentNode!.childNodes, ec)) : textBefore(index, ec, range.endOffset);
    end = t ? index.offsetOf(t, t.length) : null;
  }
  if (start === null || end === null) return null;
  const text = index.text;
  while (start < end && isWs(text[start])) start++;
  while (end > start && isWs(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}
