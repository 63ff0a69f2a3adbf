// Saved passages on web pages, drawn where the page's scripts cannot read them: boxes inside CareLens's closed
// shadow root, laid over the passage's client rectangles. (The page's highlight registry, CSS.highlights, is shared
// with the page's own scripts: a passage there could be listed by any of them.)
//
// The boxes follow the text: they are placed again, once a frame at most, after scrolling a box inside the page (the
// page's own scroll moves them with it, unless a passage is in a fixed or sticky box), resizing and zooming, a change of the page's size or content (an accordion opening above), the end of
// a transition or animation, and fonts loading. They are moved with transforms (not left/top), so the browser's
// layout-shift entries, which a page can read, never see them move; they take no pointer events, so the page's text
// is hovered and selected through them; and each is clipped to the boxes that clip its text (a scrolling panel), so
// none is drawn outside what the page shows or adds to the page's scrollable size.
import type { PassagePainter } from './painter';

type State = 'saved' | 'moved' | 'flash';

export const OVERLAY_CSS = `
.cls-passages { position: absolute; left: 0; top: 0; width: 0; height: 0; pointer-events: none; }
.cls-passages div { position: absolute; left: 0; top: 0; box-sizing: border-box; pointer-events: none; }
.cls-passages [data-state="saved"] div { background: rgba(74, 222, 128, 0.38); border-bottom: 3px solid rgb(22, 128, 61); }
.cls-passages [data-state="moved"] div { background: rgba(251, 146, 60, 0.30); border-bottom: 2px dashed rgb(194, 65, 12); }
.cls-passages [data-state="flash"] div { background: rgba(250, 204, 21, 0.6); }
`;

interface Passage {
  range: Range;
  state: State;
  group: HTMLElement;
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const intersect = (a: Box, b: Box): Box | null => {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.left + a.width, b.left + b.width);
  const bottom = Math.min(a.top + a.height, b.top + b.height);
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : null;
};

export class OverlayPainter implements PassagePainter {
  readonly supported = true;
  private layer: HTMLElement | null = null;
  private passages: Passage[] = [];
  private flashed: Passage | null = null;
  private pending = false;
  /** Is some passage's text in a fixed or sticky box (it stays put while the page scrolls, and our layer does not)? */
  private pinned = false;
  private readonly cleanup: (() => void)[] = [];

  /** `container`: where our layer goes, inside the closed shadow root. */
  constructor(
    private readonly doc: Document,
    private readonly container: () => Node,
  ) {}

  private get win(): Window & typeof globalThis {
    return this.doc.defaultView as Window & typeof globalThis;
  }

  draw(placed: Range[], moved: Range[]): void {
    for (const p of this.passages) p.group.remove();
    this.passages = [];
    if (!placed.length && !moved.length && !this.flashed) return this.stop();
    const layer = this.ensureLayer();
    const add = (range: Range, state: State) => {
      const group = this.doc.createElement('div');
      group.dataset.state = state;
      layer.insertBefore(group, this.flashed?.group ?? null);
      this.passages.push({ range, state, group });
    };
    for (const r of placed) add(r, 'saved');
    for (const r of moved) add(r, 'moved');
    this.place();
  }

  flash(range: Range | null): void {
    this.flashed?.group.remove();
    this.flashed = null;
    if (range) {
      const group = this.doc.createElement('div');
      group.dataset.state = 'flash';
      this.ensureLayer().appendChild(group);
      this.flashed = { range, state: 'flash', group };
      this.place();
    } else if (!this.passages.length) this.stop();
  }

  /** Every passage's boxes, measured first and written after (one layout, not one per passage). */
  private place(): void {
    const layer = this.layer;
    if (!layer) return;
    const origin = layer.getBoundingClientRect();
    // (a page that zooms itself with CSS `zoom` zooms our layer too: its lengths are in zoomed pixels)
    const zoom = (layer as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom || 1;
    const all = this.flashed ? [...this.passages, this.flashed] : this.passages;
    const clips = new Map<Element, Box | null>();
    this.pinned = false;
    const measured = all.map((p) => this.boxesOf(p.range, origin, clips));
    all.forEach((p, i) => {
      const boxes = measured[i]!;
      const children = p.group.children;
      while (children.length > boxes.length) children[children.length - 1]!.remove();
      boxes.forEach((b, j) => {
        const el = (children[j] as HTMLElement | undefined) ?? p.group.appendChild(this.doc.createElement('div'));
        el.style.transform = `translate(${b.left / zoom}px, ${b.top / zoom}px)`;
        el.style.width = `${b.width / zoom}px`;
        el.style.height = `${b.height / zoom}px`;
      });
    });
  }

  /** A range's rectangles in the layer's coordinates, clipped to what clips its text; none where it is hidden. */
  private boxesOf(range: Range, origin: DOMRect, clips: Map<Element, Box | null>): Box[] {
    if (!range.startContainer.isConnected) return [];
    const start = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
    if (!start || !start.checkVisibility({ visibilityProperty: true })) return [];
    const clip = this.clipOf(start, clips);
    if (clip === null) return [];
    const out: Box[] = [];
    for (const r of range.getClientRects()) {
      if (r.width < 0.5 || r.height < 0.5) continue;
      const box = intersect({ left: r.left, top: r.top, width: r.width, height: r.height }, clip);
      if (box) out.push({ left: box.left - origin.left, top: box.top - origin.top, width: box.width, height: box.height });
    }
    return out;
  }

  /** The area (viewport coordinates) the element's ancestors that clip their overflow leave visible; null: nothing. */
  private clipOf(el: Element | null, clips: Map<Element, Box | null>): Box | null {
    const everything: Box = { left: -1e7, top: -1e7, width: 2e7, height: 2e7 };
    if (!el || el === this.doc.documentElement || el === this.doc.body) return everything;
    const known = clips.get(el);
    if (known !== undefined) return known;
    let clip = this.clipOf(el.parentElement, clips);
    if (clip) {
      const style = this.win.getComputedStyle(el);
      if (style.position === 'fixed' || style.position === 'sticky') this.pinned = true;
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
        const r = el.getBoundingClientRect();
        clip = intersect(clip, { left: r.left + el.clientLeft, top: r.top + el.clientTop, width: el.clientWidth, height: el.clientHeight });
      }
    }
    clips.set(el, clip);
    return clip;
  }

  /**
   * A scroll: the page's own scroll moves our layer with the text (it is laid out in the document), so the boxes are
   * placed again only for a scrolling box inside the page, or when some passage's text is in a fixed or sticky box.
   * (Placing 200 passages measures each one's rectangles: not once a frame while the page scrolls.)
   */
  private onScroll = (e: Event): void => {
    const target = e.target;
    if (!this.pinned && (target === this.doc || target === this.doc.scrollingElement || target === this.doc.documentElement)) return;
    this.schedule();
  };

  /** Once a frame at most. */
  private schedule = (): void => {
    if (this.pending || !this.layer) return;
    this.pending = true;
    this.win.requestAnimationFrame(() => {
      this.pending = false;
      this.place();
    });
  };

  private ensureLayer(): HTMLElement {
    if (this.layer?.isConnected) return this.layer;
    const layer = this.doc.createElement('div');
    layer.className = 'cls-passages';
    layer.setAttribute('aria-hidden', 'true');
    const style = this.doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    layer.appendChild(style);
    this.container().appendChild(layer);
    this.layer = layer;
    this.follow();
    return layer;
  }

  /** Places the boxes again whenever the page's layout may have moved the text. */
  private follow(): void {
    if (this.cleanup.length) return;
    const { win, doc, schedule } = this;
    const on = (target: EventTarget, type: string, options: AddEventListenerOptions, listener: (e: Event) => void = schedule) => {
      target.addEventListener(type, listener, options);
      this.cleanup.push(() => target.removeEventListener(type, listener, options));
    };
    on(win, 'resize', { passive: true });
    on(doc, 'scroll', { passive: true, capture: true }, this.onScroll);
    on(doc, 'transitionend', { passive: true, capture: true });
    on(doc, 'animationend', { passive: true, capture: true });
    on(doc.fonts, 'loadingdone', {});
    const resized = new win.ResizeObserver(schedule);
    resized.observe(doc.documentElement);
    if (doc.body) resized.observe(doc.body);
    const changed = new win.MutationObserver(schedule);
    changed.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    this.cleanup.push(
      () => resized.disconnect(),
      () => changed.disconnect(),
    );
  }

  /** Nothing to draw: the layer and its watchers go. */
  private stop(): void {
    for (const undo of this.cleanup.splice(0)) undo();
    this.layer?.remove();
    this.layer = null;
  }
}
