// Runs in the page (bundled by text-index.spec.ts): TextIndex against a straightforward reference reader of
// the same rules, on whatever DOM the test built. The reference recurses, collapses whitespace character by
// character and looks every element up afresh: slow, but plainly what the rules say.
import { TextIndex, isBlockElement, shouldSkip, type IndexOptions, type Segment } from '../../src/content/text-index';
import { prng } from '../../scripts/prng';

interface RefSegment {
  node: Text;
  start: number;
  end: number;
  nodeStart: number;
  map?: number[];
}

const WS = ' \t\n\r\f';

/** The reading rules, written out plainly. */
export { TextIndex };

export function referenceRead(root: Node, options: IndexOptions = {}): { text: string; segments: RefSegment[] } {
  let text = '';
  const segments: RefSegment[] = [];
  const separate = () => {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n\n';
  };
  const lastIsWs = () => text.length === 0 || WS.includes(text[text.length - 1]!);
  const readText = (node: Text) => {
    const data = node.data;
    const kept: number[] = [];
    let out = '';
    let droppedAfterFirst = false;
    for (let i = 0; i < data.length; i++) {
      const ws = WS.includes(data[i]!);
      const prevWs = out.length ? WS.includes(out[out.length - 1]!) : lastIsWs();
      if (ws && prevWs) {
        if (kept.length) droppedAfterFirst = true;
        continue;
      }
      kept.push(i);
      out += ws ? ' ' : data[i];
    }
    if (!out) return;
    const seg: RefSegment = { node, start: text.length, end: text.length + out.length, nodeStart: kept[0]! };
    if (droppedAfterFirst) seg.map = [...kept, kept[kept.length - 1]! + 1];
    segments.push(seg);
    text += out;
  };
  const css = options.checkVisibility !== false;
  const style = (el: Element) => el.ownerDocument.defaultView!.getComputedStyle(el);
  // rendered: it has a box, or it is display: contents inside a rendered element (above the root element counts as rendered)
  const rendered = (el: Element | null): boolean => !el || el.checkVisibility() || (style(el).display === 'contents' && rendered(el.parentElement));
  // `ownText`: the text nodes directly in this node are seen
  const visit = (node: Node, ownText: boolean) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (ownText) readText(node as Text);
      return;
    }
    if (node.nodeType === Node.DOCUMENT_NODE || node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
      for (const child of [...node.childNodes]) visit(child, true);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    const block = isBlockElement(el);
    let hidden = shouldSkip(el, options.exclude);
    if (!hidden && css && !rendered(el)) hidden = true;
    if (!hidden) {
      if (block) separate();
      // visibility: hidden hides the element's own text, not its children's that say visibility: visible; a closed
      // <details> shows only its <summary> (an element: asked on its own)
      const seen = !css || (style(el).visibility === 'visible' && !(el.localName === 'details' && !el.hasAttribute('open')));
      for (const child of [...el.childNodes]) visit(child, seen);
    }
    // a <br> that is not rendered breaks no line
    if (block && !(css && el.localName === 'br' && !el.checkVisibility())) separate();
  };
  visit(root, true);
  return { text, segments };
}

function refOffsetOf(segments: RefSegment[], node: Node, offset: number): number | null {
  const seg = segments.find((s) => s.node === node);
  if (!seg) return null;
  if (!seg.map) return seg.start + Math.max(0, Math.min(offset - seg.nodeStart, seg.end - seg.start));
  let i = 0;
  while (i + 1 < seg.map.length && seg.map[i + 1]! <= offset) i++;
  return seg.start + i;
}

/** Reference boundaries of flat [start, end): the segments holding its first and last characters. */
function refBoundaries(segments: RefSegment[], start: number, end: number): [Text, number, Text, number] | null {
  const a = segments.find((s) => s.end > start);
  const b = segments.find((s) => s.end > end - 1);
  if (!a || !b || segments.indexOf(b) < segments.indexOf(a)) return null;
  if (!a.node.isConnected || !b.node.isConnected) return null;
  const at = (s: RefSegment, flat: number) => Math.min(s.map ? s.map[flat - s.start]! : s.nodeStart + flat - s.start, s.node.length);
  const so = at(a, Math.max(start, a.start));
  const eo = at(b, Math.min(end, b.end));
  if (a.node === b.node && eo < so) return null;
  return [a.node, so, b.node, eo];
}

function allTextNodes(root: Node): Text[] {
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument!;
  const out: Text[] = [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  if (root.nodeType === Node.TEXT_NODE) out.push(root as Text);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Differences between TextIndex and the reference on `root` (empty when they agree), plus what was read. */
export function compare(root: Node, options: IndexOptions = {}, opts: { sliced?: boolean } = {}): { text: string; diffs: string[] } {
  const diffs: string[] = [];
  const ref = referenceRead(root, options);
  let index: TextIndex;
  if (opts.sliced) {
    // the smallest slices: timeUp() says stop at every check
    // and the text taken in parts as it is read (what the page sends to the service worker) adds up to the text
    index = new TextIndex(root, options);
    const parts: string[] = [];
    let finished = false;
    for (let steps = 1; !finished; steps++) {
      finished = index.step(() => true);
      if (steps % 3 === 0) parts.push(index.takeText());
    }
    parts.push(index.takeText());
    if (index.takeText() !== '') diffs.push('takeText after the last part is not empty');
    if (index.untaken !== 0) diffs.push(`untaken after the last part: ${index.untaken}`);
    if (parts.join('') !== index.text) diffs.push(`parts taken while reading: ${JSON.stringify(parts.join(''))} != text`);
    if (!index.finished) diffs.push('not finished after the last step');
  } else index = TextIndex.build(root, options);
  if (index.text !== ref.text) diffs.push(`text: ${JSON.stringify(index.text)} != reference ${JSON.stringify(ref.text)}`);
  const texts = allTextNodes(root);
  const name = (n: Node) => `#${texts.indexOf(n as Text)} ${JSON.stringify((n as Text).data)}`;
  const show = (s: Segment | RefSegment) =>
    `${name(s.node)} [${s.start}, ${s.end}) from ${s.nodeStart}${s.map ? ` map ${[...s.map].join(',')}` : ''}${Object.keys(s).length !== (s.map ? 5 : 4) ? ' (extra keys)' : ''}`;
  const n = Math.max(index.segments.length, ref.segments.length);
  for (let i = 0; i < n; i++) {
    const a = index.segments[i];
    const b = ref.segments[i];
    const sa = a ? show(a) : 'none';
    const sb = b ? show(b) : 'none';
    if (sa !== sb || (a && b && a.node !== b.node)) diffs.push(`segment ${i}: ${sa} != reference ${sb}`);
    if (a && a.map && !(a.map instanceof Int32Array)) diffs.push(`segment ${i}: map is not an Int32Array`);
  }
  for (const t of texts) {
    if (index.has(t) !== ref.segments.some((s) => s.node === t)) diffs.push(`has(${name(t)}) = ${index.has(t)}`);
    for (let o = 0; o <= t.length; o++) {
      const x = index.offsetOf(t, o);
      const y = refOffsetOf(ref.segments, t, o);
      if (x !== y) diffs.push(`offsetOf(${name(t)}, ${o}) = ${x} != reference ${y}`);
    }
  }
  if (index.offsetOf(root, 0) !== null && root.nodeType !== Node.TEXT_NODE) diffs.push('offsetOf(root) is not null');
  // ranges that start and end on read characters (what marks and saved passages ask for)
  const len = index.text.length;
  const step = Math.max(1, Math.floor(len / 40));
  const onText = (flat: number) => ref.segments.some((seg) => seg.start <= flat && flat < seg.end);
  for (let s = 0; s < len; s += step) {
    if (!onText(s)) continue;
    for (let e = s + 1; e <= len; e += step) {
      if (!onText(e - 1)) continue;
      const b = refBoundaries(ref.segments, s, e);
      const r = index.toRange(s, e);
      const st = index.toStaticRange(s, e);
      const want = b ? `${name(b[0])}:${b[1]} - ${name(b[2])}:${b[3]}` : 'null';
      const got = r ? `${name(r.startContainer)}:${r.startOffset} - ${name(r.endContainer)}:${r.endOffset}` : 'null';
      const gotStatic = st ? `${name(st.startContainer)}:${st.startOffset} - ${name(st.endContainer)}:${st.endOffset}` : 'null';
      if (got !== want) diffs.push(`toRange(${s}, ${e}) = ${got} != reference ${want}`);
      if (gotStatic !== want) diffs.push(`toStaticRange(${s}, ${e}) = ${gotStatic} != reference ${want}`);
    }
  }
  return { text: index.text, diffs: diffs.slice(0, 20) };
}

const TAGS = ['div', 'p', 'span', 'b', 'i', 'a', 'section', 'ul', 'li', 'br', 'pre', 'h2', 'em', 'code', 'table', 'td', 'script', 'style', 'button', 'label', 'q', 'img', 'details', 'summary', 'nav', 'slot'];
const TEXTS = ['word', ' ', '  ', '\n', '\n  ', ' two  words ', 'a\tb', 'x\r\ny', '\f', 'end ', ' start', 'non\u00a0breaking', 'tail', '', 'caf\u00e9 \u2019s'];
const ATTRS = ['', '', '', '', ' class="gone"', ' class="shown"', ' style="display:none"', ' hidden', ' id="i"', ' contenteditable', ' contenteditable="false"', ' style="display:contents"', ' style="content-visibility:hidden"', ' style="visibility:hidden"', ' class="vh"', ' class="vv"', ' style="visibility:visible"', ' class="contents"'];

/** A random tree of blocks, inline elements, hidden ones, comments and whitespace, into `host`. */
export function randomTree(host: Element, seed: number): void {
  const rand = prng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const doc = host.ownerDocument;
  const grow = (parent: Element, depth: number) => {
    const n = Math.floor(rand() * 5);
    for (let i = 0; i < n; i++) {
      const r = rand();
      if (r < 0.45) parent.append(doc.createTextNode(pick(TEXTS)));
      else if (r < 0.5) parent.append(doc.createComment('c'));
      else if (depth < 5) {
        const tag = pick(TAGS);
        const wrap = doc.createElement('div');
        wrap.innerHTML = `<${tag}${pick(ATTRS)}></${tag}>`;
        const el = wrap.firstElementChild ?? doc.createElement(tag);
        parent.append(el);
        if (tag !== 'br' && tag !== 'img') grow(el, depth + 1);
      }
    }
  };
  grow(host, 0);
}
