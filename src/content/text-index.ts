// TextIndex: the visible text of a subtree as one flat string (whitespace collapsed, a blank line at
// block boundaries so a match never joins two paragraphs), plus the map from flat offsets back to
// (text node, offset) and from there to DOM Ranges. Built incrementally so a 5 MB page never blocks.

/** Elements whose content is never read. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'SVG', 'MATH', 'HEAD', 'TITLE',
]);

/** Elements that flow inside a line; every other element is a block boundary. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'ACRONYM', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD',
  'LABEL', 'MARK', 'Q', 'RP', 'RT', 'RUBY', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP',
  'TIME', 'TT', 'U', 'VAR', 'WBR', 'INS', 'DEL', 'NOBR',
]);

export const BLOCK_SEPARATOR = '\n\n';

export interface Segment {
  node: Text;
  /** Flat offsets [start, end) of this node's kept characters. */
  start: number;
  end: number;
  /** Node offset of each flat character (length end-start+1, last entry = offset after the last char); absent when it is `nodeStart + i`. */
  map?: Int32Array;
  nodeStart: number;
}

export interface IndexOptions {
  /** Our own UI host, never read. */
  exclude?: Element | null;
  /** Check CSS visibility of each element (costs a style lookup per element). Default true. */
  checkVisibility?: boolean;
}

function isWs(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
}

/** The tag in upper case (HTML elements already have it so: no new string for them). */
function upperTag(el: Element): string {
  const tag = el.tagName;
  return el.namespaceURI === 'http://www.w3.org/1999/xhtml' ? tag : tag.toUpperCase();
}

export function isBlockElement(el: Element): boolean {
  return !INLINE_TAGS.has(upperTag(el));
}

/**
 * Could CSS hide this element while its tag and attributes say nothing? Only blocks, and inline elements a
 * rule can pick out (class, id or style): checkVisibility() then, once per such element, not per text node.
 */
function worthVisibilityCheck(el: Element, block: boolean): boolean {
  return block || el.hasAttribute('class') || el.hasAttribute('style') || el.hasAttribute('id');
}

export function shouldSkip(el: Element, exclude?: Element | null): boolean {
  if (el === exclude) return true;
  const tag = upperTag(el);
  if (SKIP_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden')) return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return true;
  return false;
}

export class TextIndex {
  text = '';
  readonly segments: Segment[] = [];
  private readonly byNode = new Map<Text, Segment>();
  private parts: string[] = [];
  private length = 0;
  private lastChar = 10; // behave as if preceded by a newline: no leading space
  private cur: Node | null;
  private done = false;

  constructor(readonly root: Node, private readonly options: IndexOptions = {}) {
    this.cur = root;
  }

  /** Index everything now (small subtrees, tests). */
  static build(root: Node, options?: IndexOptions): TextIndex {
    const index = new TextIndex(root, options);
    while (!index.step(() => false));
    return index;
  }

  get finished(): boolean {
    return this.done;
  }

  /** Walk on until `timeUp()` says stop; true when the whole subtree has been read. */
  step(timeUp: () => boolean): boolean {
    const { root } = this;
    const exclude = this.options.exclude;
    const checkVis = this.options.checkVisibility !== false;
    let n = 0;
    while (this.cur) {
      if ((++n & 127) === 0 && timeUp()) return false;
      const node: Node = this.cur;
      let descend = false;
      if (node.nodeType === 3) {
        this.addText(node as Text);
      } else if (node.nodeType === 1) {
        const el = node as Element;
        let skip = shouldSkip(el, exclude);
        const block = !skip && isBlockElement(el);
        if (!skip && checkVis && el.firstChild && typeof el.checkVisibility === 'function' && worthVisibilityCheck(el, block) && !el.checkVisibility()) skip = true;
        if (!skip) {
          if (block) this.separate();
          descend = true;
        }
      } else if (node.nodeType === 9 || node.nodeType === 11) {
        descend = true;
      }
      this.cur = this.advance(node, descend, root);
    }
    this.finish();
    return true;
  }

  private advance(node: Node, descend: boolean, root: Node): Node | null {
    if (descend && node.firstChild) return node.firstChild;
    let n: Node | null = node;
    while (n) {
      if (n.nodeType === 1 && isBlockElement(n as Element)) this.separate();
      if (n === root) return null;
      if (n.nextSibling) return n.nextSibling;
      n = n.parentNode;
    }
    return null;
  }

  private separate(): void {
    if (this.length === 0 || this.lastChar === 10) return;
    // a trailing collapsed space stays; the separator follows it
    this.parts.push(BLOCK_SEPARATOR);
    this.length += BLOCK_SEPARATOR.length;
    this.lastChar = 10;
  }

  private addText(node: Text): void {
    const data = node.data;
    if (!data) return;
    // The usual case: no tab, newline or double space inside; at most a space to drop at the start (after
    // a space) and one kept at the end. The node's text is kept as it is, offsets map one to one.
    if (!NEEDS_COLLAPSE.test(data)) {
      const prevWs = isWs(this.lastChar) || this.lastChar === 10;
      const from = prevWs && data.charCodeAt(0) === 32 ? 1 : 0;
      if (from >= data.length) return;
      const out = from ? data.slice(from) : data;
      const seg: Segment = { node, start: this.length, end: this.length + out.length, nodeStart: from };
      this.segments.push(seg);
      this.byNode.set(node, seg);
      this.parts.push(out);
      this.length += out.length;
      this.lastChar = out.charCodeAt(out.length - 1);
      return;
    }
    let out = '';
    let map: number[] | null = null;
    let prevWs = isWs(this.lastChar) || this.lastChar === 10;
    let firstKept = -1;
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      if (isWs(c)) {
        if (prevWs) {
          if (!map && firstKept >= 0) map = identity(firstKept, out.length);
          continue;
        }
        prevWs = true;
        if (firstKept < 0) firstKept = i;
        else if (!map && i - firstKept !== out.length) map = identity(firstKept, out.length);
        if (map) map.push(i);
        out += ' ';
      } else {
        prevWs = false;
        if (firstKept < 0) firstKept = i;
        else if (!map && i - firstKept !== out.length) map = identity(firstKept, out.length);
        if (map) map.push(i);
        out += data[i];
      }
    }
    if (out.length === 0) return;
    const seg: Segment = { node, start: this.length, end: this.length + out.length, nodeStart: firstKept };
    if (map) {
      map.push(map[map.length - 1]! + 1);
      seg.map = Int32Array.from(map);
    }
    this.segments.push(seg);
    this.byNode.set(node, seg);
    this.parts.push(out);
    this.length += out.length;
    this.lastChar = out.charCodeAt(out.length - 1);
  }

  private finish(): void {
    if (this.done) return;
    this.text = this.parts.join('');
    this.parts = [];
    this.done = true;
  }

  /** Node offset of flat offset `flat` inside `seg` (flat may equal seg.end). */
  private nodeOffset(seg: Segment, flat: number): number {
    const i = flat - seg.start;
    return seg.map ? seg.map[i]! : seg.nodeStart + i;
  }

  /** Index of the first segment with end > flat. */
  private segmentAfter(flat: number): number {
    let lo = 0;
    let hi = this.segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.segments[mid]!.end <= flat) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * A StaticRange for flat [start, end), or null when the text is gone: what highlights are painted with (cheap
   * to make, and unlike a live Range it costs the page nothing on later DOM changes). toRange when a live range
   * is needed (measuring, comparing, saving).
   */
  toStaticRange(start: number, end: number): StaticRange | null {
    const b = this.boundaries(start, end);
    if (!b) return null;
    const win = b[0].ownerDocument?.defaultView as (Window & typeof globalThis) | null;
    if (!win || typeof win.StaticRange !== 'function') return this.toRange(start, end) as unknown as StaticRange | null;
    return new win.StaticRange({ startContainer: b[0], startOffset: b[1], endContainer: b[2], endOffset: b[3] });
  }

  /** Text nodes and offsets of flat [start, end), or null when the text is gone. */
  private boundaries(start: number, end: number): [Text, number, Text, number] | null {
    const a = this.segmentAfter(start);
    const sa = this.segments[a];
    if (!sa) return null;
    const s = Math.max(start, sa.start);
    const b = this.segmentAfter(end - 1);
    const sb = this.segments[b];
    if (!sb || b < a) return null;
    const e = Math.min(end, sb.end);
    if (!sa.node.isConnected || !sb.node.isConnected) return null;
    const so = Math.min(this.nodeOffset(sa, s), sa.node.length);
    const eo = Math.min(this.nodeOffset(sb, e), sb.node.length);
    if (sa.node === sb.node && eo < so) return null;
    return [sa.node, so, sb.node, eo];
  }

  /** A DOM Range for flat [start, end), or null when the text is gone. */
  toRange(start: number, end: number): Range | null {
    const a = this.segmentAfter(start);
    const sa = this.segments[a];
    if (!sa) return null;
    const s = Math.max(start, sa.start);
    const b = this.segmentAfter(end - 1);
    const sb = this.segments[b];
    if (!sb || b < a) return null;
    const e = Math.min(end, sb.end);
    const doc = sa.node.ownerDocument;
    if (!doc || !sa.node.isConnected || !sb.node.isConnected) return null;
    const range = doc.createRange();
    try {
      range.setStart(sa.node, Math.min(this.nodeOffset(sa, s), sa.node.length));
      range.setEnd(sb.node, Math.min(this.nodeOffset(sb, e), sb.node.length));
    } catch {
      return null;
    }
    return range;
  }

  /** Flat offset of (text node, offset), or null when the node is not in this index. */
  offsetOf(node: Node, offset: number): number | null {
    const seg = this.byNode.get(node as Text);
    if (!seg) return null;
    if (!seg.map) return seg.start + Math.max(0, Math.min(offset - seg.nodeStart, seg.end - seg.start));
    // largest i with map[i] <= offset
    let lo = 0;
    let hi = seg.map.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (seg.map[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return seg.start + lo;
  }

  has(node: Node): boolean {
    return this.byNode.has(node as Text);
  }

  nodes(): IterableIterator<Text> {
    return this.byNode.keys();
  }
}

/** Whitespace that collapsing would change inside a text node (besides one leading space). */
const NEEDS_COLLAPSE = /[\t\n\r\f]| {2}/;

function identity(from: number, count: number): number[] {
  const out: number[] = new Array(count);
  for (let i = 0; i < count; i++) out[i] = from + i;
  return out;
}

/**
 * Cut [0, text.length) into pieces of about `size` characters at block separators (so each piece can be
 * scanned on its own), falling back to sentence ends and then spaces for a huge single block.
 */
export function chunkBounds(text: string, size: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const min = start + (size >> 2);
      let cut = text.lastIndexOf(BLOCK_SEPARATOR, end);
      if (cut < min) cut = text.lastIndexOf('. ', end);
      if (cut < min) cut = text.lastIndexOf(' ', end);
      if (cut >= min) end = cut + 1;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}
