// TextIndex: the visible text of a subtree as one flat string (whitespace collapsed, a blank line at
// block boundaries so a match never joins two paragraphs), plus the map from flat offsets back to
// (text node, offset) and from there to DOM Ranges. Built incrementally so a 5 MB page never blocks.
import { firstIndexWhere, lastIndexWhere } from '../core/sorted';

/** Elements whose content is never read. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'SVG', 'MATH', 'HEAD', 'TITLE',
]);

/**
 * Elements that flow inside a line; every other element is a block boundary. With the phrasing elements, those that
 * sit in a line without text of ours (an icon, an image, a form control) or are not rendered at all (a script in a
 * paragraph): "see section <svg .../> 47" is one line, as the browser shows it.
 */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'ACRONYM', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD',
  'LABEL', 'MARK', 'Q', 'RP', 'RT', 'RUBY', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP',
  'TIME', 'TT', 'U', 'VAR', 'WBR', 'INS', 'DEL', 'NOBR',
  'IMG', 'PICTURE', 'SVG', 'MATH', 'INPUT', 'SELECT', 'BUTTON', 'TEXTAREA', 'CANVAS', 'METER', 'PROGRESS',
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SLOT',
]);

export const BLOCK_SEPARATOR = '\n\n';

/** Text longer than this is joined into one string by a step of its own (see TextIndex.step). */
const JOIN_ALONE = 262_144;

/** Most hidden elements an index keeps for a later look (see TextIndex.unread). */
export const MAX_UNREAD = 10_000;

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

/** The local name in upper case: XHTML served as XML has lower-case tag names (`script`), maybe prefixed (`h:script`). */
function upperTag(el: Element): string {
  return el.localName.toUpperCase();
}

export function isBlockElement(el: Element): boolean {
  return !INLINE_TAGS.has(upperTag(el));
}

const SKIP = 1;
const INLINE = 2;
const LINE_BREAK = 4;
/** SKIP, INLINE and LINE_BREAK (<br>) by tagName (a tagName always has the same local name). */
const TAG_FLAGS = new Map<string, number>();

function tagFlags(el: Element, tag: string): number {
  const upper = upperTag(el);
  const flags = (SKIP_TAGS.has(upper) ? SKIP : 0) | (INLINE_TAGS.has(upper) ? INLINE : 0) | (upper === 'BR' ? LINE_BREAK : 0);
  TAG_FLAGS.set(tag, flags);
  return flags;
}

/**
 * A closed <details> shows its <summary> and nothing else. Its child elements then have no box (checkVisibility
 * says so), but the details element itself is rendered, and the text directly in it has no element of its own.
 */
function isClosedDetails(el: Element): boolean {
  return el.localName === 'details' && !el.hasAttribute('open'); // (asked of every element with text: no upperTag)
}

/** Is `el` rendered with its own text showing (not visibility: hidden, not a closed <details>)? */
export function ownTextShown(el: Element): boolean {
  return el.checkVisibility(VISIBLE_TEXT) && !isClosedDetails(el);
}

/** `hidden`, or being edited (contenteditable): never read. */
function hiddenByAttribute(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce !== 'false';
}

export function shouldSkip(el: Element, exclude?: Element | null): boolean {
  if (el === exclude) return true;
  const tag = upperTag(el);
  if (SKIP_TAGS.has(tag)) return true;
  return hiddenByAttribute(el);
}

/**
 * What CSS is known to say of an element on the path (see step). Its box and the visibility of its own text are
 * asked only when it has text to read; a box below vouches for it.
 */
const SEEN_NOTHING = 0;
/** Rendered (a box, or display: contents inside a rendered element); its own text not asked yet. */
const SEEN_BOX = 1;
/** Rendered, and its own text is visible (also: not an element, or CSS is not asked). */
const SEEN_TEXT = 2;
/** Rendered, but its own text is not (visibility: hidden or collapse, a closed <details>); elements below may still be visible. */
const SEEN_NO_TEXT = 3;

const VISIBLE_TEXT = { visibilityProperty: true };

/** Is `el` rendered (a box, or display: contents inside a rendered element)? Above the root element counts as rendered. */
function renderedUp(el: Element | null): boolean {
  for (; el; el = el.parentElement) {
    if (el.checkVisibility()) return true;
    if (el.ownerDocument.defaultView?.getComputedStyle(el).display !== 'contents') return false;
  }
  return true;
}

export class TextIndex {
  text = '';
  readonly segments: Segment[] = [];
  /** Text node to segment: made on first use (hover hit-testing, selections), not while reading. */
  private byNode: Map<Text, Segment> | null = null;
  private parts: string[] = [];
  private length = 0;
  /** Parts and characters already handed out by takeText. */
  private takenParts = 0;
  private taken = 0;
  private lastChar = 10; // behave as if preceded by a newline: no leading space
  /** A block ended or began: a separator goes before the next text (kept back so a hidden inline element's blocks leave none). */
  private parted = false;
  /** The next node to read (null when done). */
  private cur: Node | null;
  /**
   * The nodes entered from the root down to `cur`'s parent, whether each is a block (leaving one parts the text), and
   * what CSS is known to say of each (see step).
   */
  private readonly path: Node[] = [];
  private readonly blockPath: boolean[] = [];
  private readonly seen: number[] = [];
  private readonly partedPath: boolean[] = [];
  private done = false;
  private walked = false;
  /**
   * Elements left out because they were not shown (the `hidden` attribute, no box, or their own text's
   * visibility hidden), in reading order: what a page may show later (an accordion's panel, a closed <details>'s
   * content, a tab) and read then (see PageObserver). At most MAX_UNREAD: each change to a page's classes or
   * styles looks them over.
   */
  readonly unread: Element[] = [];

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

  /** Every node has been read; `finished` once the text is joined into one string (a long one by a step of its own). */
  get allRead(): boolean {
    return this.walked;
  }

  /**
   * Walk on until `timeUp()` says stop; true when the whole subtree has been read. Each node is reached once
   * (firstChild, nextSibling); the way back up is the path kept here, so an element's tag is looked at once.
   *
   * CSS is asked only where text would be read: once per element with text of its own (its box and its
   * `visibility`, one checkVisibility call when both are fine). An element with a box vouches for every element
   * above it, so wrappers (sections, lists, plain <span>s around a link) are never asked themselves; they are
   * asked only when text under them turns out hidden, and the walk then leaves the outermost one that is not
   * rendered.
   */
  step(timeUp: () => boolean): boolean {
    if (this.walked) {
      this.finish();
      return true;
    }
    const { root, path, blockPath, seen, partedPath } = this;
    let node = this.cur;
    // the page moved the next node out of the root between two steps: stop (page-text reads again later)
    if (node && path.length > 0 && !root.contains(node)) node = null;
    const exclude = this.options.exclude ?? null;
    const css = this.options.checkVisibility !== false && typeof Element === 'function' && typeof Element.prototype.checkVisibility === 'function';
    let n = 0;
    while (node) {
      if ((++n & 127) === 0 && timeUp()) {
        this.cur = node;
        return false;
      }
      const type = node.nodeType;
      let child: Node | null = null;
      let block = false;
      let state = SEEN_TEXT;
      if (type === 3) {
        const data = (node as Text).data;
        const top = path.length - 1;
        const known = top < 0 ? SEEN_TEXT : seen[top]!;
        if (known === SEEN_TEXT) this.addText(node as Text, data);
        else if (known !== SEEN_NO_TEXT && this.adds(data)) {
          const out = this.askText(top);
          if (out < 0) {
            if (seen[top] === SEEN_TEXT) this.addText(node as Text, data);
          } else {
            // not rendered: leave path[out] as if its last child had been read
            node = path[out]!;
            this.leftOut(node as Element);
            block = blockPath[out]!;
            this.parted = partedPath[out]!;
            path.length = blockPath.length = seen.length = partedPath.length = out;
          }
        }
      } else if (type === 1) {
        const el = node as Element;
        const tag = el.tagName;
        const flags = TAG_FLAGS.get(tag) ?? tagFlags(el, tag);
        // (a <br> that is not rendered breaks no line: pages hide some at some widths)
        block = (flags & INLINE) === 0 && !(flags & LINE_BREAK && css && !el.checkVisibility());
        let read = (flags & SKIP) === 0 && el !== exclude;
        if (read && el.hasAttributes()) {
          read = !hiddenByAttribute(el);
          if (!read && el.firstChild && el.hasAttribute('hidden')) this.leftOut(el);
        }
        if (read) {
          child = el.firstChild;
          if (css) state = SEEN_NOTHING;
        }
      } else if (type === 9 || type === 11) {
        child = node.firstChild;
      }
      if (child) {
        path.push(node);
        blockPath.push(block);
        seen.push(state);
        partedPath.push(this.parted);
        if (block) this.parted = true;
        node = child;
        continue;
      }
      // leave `node` (a skipped block still parts its neighbours), then every node it was the last child of
      for (;;) {
        if (block) this.parted = true;
        if (path.length === 0) {
          node = null; // that was the root
          break;
        }
        const next: Node | null = node!.nextSibling;
        if (next) {
          node = next;
          break;
        }
        node = path.pop()!;
        block = blockPath.pop()!;
        const known = seen.pop()!;
        const partedBefore = partedPath.pop()!;
        // An inline element whose blocks parted the text, and no text of it was read (so CSS was never asked): a
        // hidden one (a display: none label around an empty <div>) parts nothing.
        if (!block && known === SEEN_NOTHING && this.parted && !partedBefore && !renderedUp(node as Element)) this.parted = false;
      }
    }
    this.cur = null;
    this.walked = true;
    if (this.parted) this.separate();
    // Joining a long text takes a while (5 MB of text: 10-20 ms): not in a step that has read nodes already.
    if (this.length > JOIN_ALONE) return false;
    this.finish();
    return true;
  }

  /**
   * Asks CSS about the text directly in path[i] (an element): its state becomes SEEN_TEXT or SEEN_NO_TEXT and -1
   * is returned, or the element or one above it is not rendered: the index of the outermost such one on the path.
   */
  private askText(i: number): number {
    const { path, seen } = this;
    const el = path[i] as Element;
    if (ownTextShown(el)) seen[i] = SEEN_TEXT;
    else if (el.checkVisibility()) {
      seen[i] = SEEN_NO_TEXT;
      this.leftOut(el);
    } else return this.withoutBox(i);
    this.vouch(i);
    return -1;
  }

  /**
   * askText for an element without a box: it is display: contents, or it or something above it is not rendered.
   * The nearest element above with a box vouches for those above it; the ones between (none has a box) must each
   * be display: contents.
   */
  private withoutBox(i: number): number {
    const { path, seen } = this;
    let known = i - 1;
    while (known >= 0 && seen[known] === SEEN_NOTHING) known--;
    let j = i - 1;
    while (j > known && !(path[j] as Element).checkVisibility()) j--;
    if (j > known) {
      seen[j] = SEEN_BOX;
      this.vouch(j);
    }
    for (let m = j + 1; m < i; m++) {
      if (!this.contents(m)) return m;
      seen[m] = SEEN_BOX;
    }
    const style = this.contents(i);
    if (!style) return i;
    seen[i] = style.visibility === 'visible' && !isClosedDetails(path[i] as Element) ? SEEN_TEXT : SEEN_NO_TEXT;
    if (seen[i] === SEEN_NO_TEXT) this.leftOut(path[i] as Element);
    return -1;
  }

  /** The style of path[i] when it is display: contents and rendered (the element above it on the path is), else null. */
  private contents(i: number): CSSStyleDeclaration | null {
    const el = this.path[i] as Element;
    const style = el.ownerDocument.defaultView?.getComputedStyle(el);
    if (!style || style.display !== 'contents') return null;
    return i > 0 || renderedUp(el.parentElement) ? style : null;
  }

  /** path[i] has a box: so has every element above it, or it is display: contents. */
  private vouch(i: number): void {
    for (let j = i - 1; j >= 0 && this.seen[j] === SEEN_NOTHING; j--) this.seen[j] = SEEN_BOX;
  }

  private leftOut(el: Element): void {
    if (this.unread.length < MAX_UNREAD) this.unread.push(el);
  }

  /** Characters read but not yet handed out by takeText. */
  get untaken(): number {
    return this.length - this.taken;
  }

  /**
   * The text read since the last call (all of it on the first call), so a reader can pass the page on in parts
   * while it is still being read. The parts, joined in order, are `text` once the index is finished.
   */
  takeText(): string {
    let s: string;
    if (this.done) s = this.taken === 0 ? this.text : this.text.slice(this.taken);
    else {
      const n = this.parts.length - this.takenParts;
      s = n === 0 ? '' : n === 1 ? this.parts[this.takenParts]! : this.parts.slice(this.takenParts).join('');
      // the parts taken become the one string handed out: the text is not joined from the small parts twice
      if (n > 1) this.parts.splice(this.takenParts, n, s);
      this.takenParts = this.parts.length;
    }
    this.taken += s.length;
    return s;
  }

  /** The separator kept back since a block boundary, when it parts text from text. */
  private separate(): void {
    this.parted = false;
    if (this.length === 0 || this.lastChar === 10) return;
    // a trailing collapsed space stays; the separator follows it
    this.parts.push(BLOCK_SEPARATOR);
    this.length += BLOCK_SEPARATOR.length;
    this.lastChar = 10;
  }

  /** Would addText add anything? (Whitespace after whitespace adds nothing.) */
  private adds(data: string): boolean {
    if (!this.parted && !isWs(this.lastChar)) return data.length > 0;
    for (let i = 0; i < data.length; i++) if (!isWs(data.charCodeAt(i))) return true;
    return false;
  }

  private addText(node: Text, data: string): void {
    const len = data.length;
    if (len === 0) return;
    if (this.parted) this.separate();
    // after a space or a block end, leading whitespace goes (all of it: a node of whitespace only adds nothing)
    let from = 0;
    if (isWs(this.lastChar)) {
      while (from < len && isWs(data.charCodeAt(from))) from++;
      if (from === len) return;
    }
    let out = from ? data.slice(from) : data;
    let map: Int32Array | undefined;
    // Usually nothing to collapse: the node's text is kept as it is and offsets map one to one. Else each run
    // of whitespace becomes one space (the run's first character), and the kept characters' offsets are listed
    // when some were dropped.
    if (needsCollapse(data)) {
      const rest = out;
      out = rest.replace(WS_RUN, ' ');
      if (out.length !== rest.length) map = collapsedOffsets(rest, from, out.length);
    }
    const seg: Segment = { node, start: this.length, end: this.length + out.length, nodeStart: from };
    if (map) seg.map = map;
    this.segments.push(seg);
    this.byNode?.set(node, seg);
    this.parts.push(out);
    this.length += out.length;
    this.lastChar = out.charCodeAt(out.length - 1);
  }

  private nodeMap(): Map<Text, Segment> {
    if (!this.byNode) {
      this.byNode = new Map();
      for (const seg of this.segments) this.byNode.set(seg.node, seg);
    }
    return this.byNode;
  }

  /** Joins the text read into one string (after the walk, which put the last separator in). */
  private finish(): void {
    if (this.done) return;
    this.text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
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
    return firstIndexWhere(this.segments.length, (i) => this.segments[i]!.end > flat);
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

  /** Text nodes and offsets of flat [start, end), or null when the text is gone (a node left the page). */
  boundaries(start: number, end: number): [Text, number, Text, number] | null {
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
    const b = this.boundaries(start, end);
    const doc = b?.[0].ownerDocument;
    if (!b || !doc) return null;
    const range = doc.createRange();
    try {
      range.setStart(b[0], b[1]);
      range.setEnd(b[2], b[3]);
    } catch {
      return null;
    }
    return range;
  }

  /** Flat offset of (text node, offset), or null when the node is not in this index. */
  offsetOf(node: Node, offset: number): number | null {
    const seg = this.nodeMap().get(node as Text);
    if (!seg) return null;
    if (!seg.map) return seg.start + Math.max(0, Math.min(offset - seg.nodeStart, seg.end - seg.start));
    const map = seg.map;
    return seg.start + Math.max(0, lastIndexWhere(map.length, (i) => map[i]! <= offset));
  }

  has(node: Node): boolean {
    return this.nodeMap().has(node as Text);
  }

  nodes(): IterableIterator<Text> {
    return this.nodeMap().keys();
  }
}

/** Would collapsing change whitespace inside this text (besides one leading space)? Native searches: faster than one regular expression. */
function needsCollapse(s: string): boolean {
  return s.includes('\n') || s.includes('  ') || s.includes('\t') || s.includes('\r') || s.includes('\f');
}
const WS_RUN = /[ \t\n\r\f]+/g;
const WS_RUN2 = /[ \t\n\r\f]{2,}/g;

/**
 * Node offsets of the characters kept from `rest` (the node's text from `from`) when each whitespace run is
 * collapsed to its first character (`count` of them), then the offset after the last one.
 */
function collapsedOffsets(rest: string, from: number, count: number): Int32Array {
  const map = new Int32Array(count + 1);
  let k = 0;
  let i = 0;
  WS_RUN2.lastIndex = 0;
  for (let m = WS_RUN2.exec(rest); m; m = WS_RUN2.exec(rest)) {
    for (const keep = m.index + 1; i < keep; i++) map[k++] = from + i;
    i = m.index + m[0].length;
  }
  for (; i < rest.length; i++) map[k++] = from + i;
  map[k] = map[k - 1]! + 1;
  return map;
}
