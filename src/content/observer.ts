// Watching the page for new or changed text (single-page apps, infinite scroll, client-side
// navigation): mutations are gathered, reduced to the smallest set of changed block subtrees, and
// handed on in one batch at idle time. Text the page showed later (an accordion opened, a tab chosen: the
// attributes that hide things changed, not the nodes) is handed on the same way: see UnreadContent.
import { MAX_UNREAD, isBlockElement, ownTextShown } from './text-index';

export interface ChangeBatch {
  /** Changed block subtrees, none inside another. */
  roots: Element[];
  /** True when some marked text was removed (marks may need dropping). */
  removed: boolean;
}

export function blockAncestor(node: Node, limit: Element): Element {
  let n: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (n && n !== limit) {
    if (n.nodeType === 1 && isBlockElement(n as Element)) return n as Element;
    n = n.parentNode;
  }
  return limit;
}

/** Drops roots contained in other roots. */
export function outermost(roots: Iterable<Element>): Element[] {
  const list = [...new Set(roots)];
  return list.filter((r) => !list.some((o) => o !== r && o.contains(r)));
}

/** Attributes by which pages show and hide content: the `hidden` attribute, <details open>, classes and styles. */
export const SHOWING_ATTRIBUTES = ['hidden', 'open', 'class', 'style'];

/** Is `el` (read as hidden) on the page and shown now, its own text visible too? */
function showsNow(el: Element): boolean {
  return el.isConnected && ownTextShown(el);
}

/**
 * Content that was hidden when it was read (TextIndex.unread), which the page may show later. When attributes
 * change on an element, the hidden content inside it (or the element itself) is asked whether it shows now.
 */
export class UnreadContent {
  private list: Element[] = [];

  get size(): number {
    return this.list.length;
  }

  add(elements: readonly Element[]): void {
    for (const el of elements) if (this.list.length < MAX_UNREAD) this.list.push(el);
  }

  clear(): void {
    this.list = [];
  }

  /** Does any of them show now? */
  anyShown(): boolean {
    return this.list.some(showsNow);
  }

  /**
   * The elements at or under one of `changed` that show now, forgotten from here (their text is read again).
   * Elements gone from the page are forgotten too.
   */
  shown(changed: ReadonlySet<Element>): Element[] {
    const out: Element[] = [];
    this.list = this.list.filter((el) => {
      if (!el.isConnected) return false;
      let n: Element | null = el;
      while (n && !changed.has(n)) n = n.parentElement;
      if (!n || !showsNow(el)) return true;
      out.push(el);
      return false;
    });
    return out;
  }
}

export class PageObserver {
  private observer: MutationObserver | null = null;
  private pending = new Set<Element>();
  /** Elements whose showing attributes changed since the last batch (only while some content is unread). */
  private restyled = new Set<Element>();
  private removed = false;
  private scheduled = false;
  private readonly delay: number;
  /** Hidden content to look at again when showing attributes change (none: attribute changes are ignored). */
  private readonly unread: UnreadContent;

  constructor(
    private readonly doc: Document,
    private readonly isOurs: (node: Node) => boolean,
    private readonly onChange: (batch: ChangeBatch) => void,
    options: { delay?: number; unread?: UnreadContent } = {},
  ) {
    this.delay = options.delay ?? 150;
    this.unread = options.unread ?? new UnreadContent();
  }

  start(): void {
    if (this.observer) return;
    const win = this.doc.defaultView!;
    this.observer = new win.MutationObserver((records) => this.collect(records));
    this.observer.observe(this.doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: SHOWING_ATTRIBUTES,
    });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.pending.clear();
    this.restyled.clear();
  }

  private collect(records: MutationRecord[]): void {
    const body = this.doc.body ?? this.doc.documentElement;
    for (const r of records) {
      if (this.isOurs(r.target)) continue;
      if (r.type === 'attributes') {
        if (this.unread.size) this.restyled.add(r.target as Element);
        continue;
      }
      if (r.type === 'childList') {
        let relevant = false;
        for (const n of r.addedNodes) if (!this.isOurs(n) && (n.nodeType === 1 || n.nodeType === 3)) relevant = true;
        if (r.removedNodes.length) {
          this.removed = true;
          relevant = true;
        }
        if (!relevant) continue;
      }
      if (!body.contains(r.target) && r.target !== body) continue;
      this.pending.add(blockAncestor(r.target, body));
    }
    if ((this.pending.size || this.restyled.size) && !this.scheduled) {
      this.scheduled = true;
      const win = this.doc.defaultView!;
      win.setTimeout(() => this.flush(), this.delay);
    }
  }

  private flush(): void {
    this.scheduled = false;
    if (this.restyled.size) {
      const body = this.doc.body ?? this.doc.documentElement;
      for (const el of this.unread.shown(this.restyled)) this.pending.add(blockAncestor(el, body));
      this.restyled.clear();
    }
    const roots = outermost([...this.pending].filter((r) => r.isConnected));
    const removed = this.removed;
    this.pending.clear();
    this.removed = false;
    if (roots.length || removed) this.onChange({ roots, removed });
  }
}
