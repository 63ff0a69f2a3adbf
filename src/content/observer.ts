// Watching the page for new or changed text (single-page apps, infinite scroll, client-side
// navigation): mutations are gathered, reduced to the smallest set of changed block subtrees, and
// handed on in one batch at idle time.
import { isBlockElement } from './text-index';

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

export class PageObserver {
  private observer: MutationObserver | null = null;
  private pending = new Set<Element>();
  private removed = false;
  private scheduled = false;

  constructor(
    private readonly doc: Document,
    private readonly isOurs: (node: Node) => boolean,
    private readonly onChange: (batch: ChangeBatch) => void,
    private readonly delay = 150,
  ) {}

  start(): void {
    if (this.observer) return;
    const win = this.doc.defaultView!;
    this.observer = new win.MutationObserver((records) => this.collect(records));
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.pending.clear();
  }

  private collect(records: MutationRecord[]): void {
    const body = this.doc.body ?? this.doc.documentElement;
    for (const r of records) {
      if (this.isOurs(r.target)) continue;
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
    if (this.pending.size && !this.scheduled) {
      this.scheduled = true;
      const win = this.doc.defaultView!;
      win.setTimeout(() => this.flush(), this.delay);
    }
  }

  private flush(): void {
    this.scheduled = false;
    const roots = outermost([...this.pending].filter((r) => r.isConnected));
    const removed = this.removed;
    this.pending.clear();
    this.removed = false;
    if (roots.length || removed) this.onChange({ roots, removed });
  }
}
