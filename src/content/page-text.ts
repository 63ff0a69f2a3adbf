// ONE text model per page (DESIGN.md, "The text model"): the body read into a TextIndex once, shared
// by the marks controller and saved highlights, so both see the same flat string (a mark's range and a
// saved passage's selectors agree) and the page is indexed once, not once per feature.
//
// The index stays until the page changes. A cheap MutationObserver only marks it stale; nothing is read
// again until someone asks (`read()`): saved highlights re-read the whole body when they have passages to
// place, while the controller scans changed subtrees on their own (small regions, see controller.ts).
// Content the page shows later (its attributes change, not its nodes) makes the index stale too: asked when
// someone reads, only after such attributes changed.
import { existingHost, isOurNode } from './host';
import { SHOWING_ATTRIBUTES, UnreadContent } from './observer';
import { runSliced } from './idle';
import { SCAN_PIECE } from '../protocol/scan';
import { TextIndex } from './text-index';
import { timingMark } from '../timing';

export class PageText {
  private index: TextIndex | null = null;
  private building: Promise<TextIndex> | null = null;
  private stale = false;
  /** What the index left out as hidden, and whether attributes that show things changed since it was read. */
  private readonly unread = new UnreadContent();
  private restyled = false;
  private observer: MutationObserver | null = null;
  /** How many times the body has been read (tests and benchmarks). */
  builds = 0;

  constructor(readonly doc: Document) {}

  get win(): Window & typeof globalThis {
    return this.doc.defaultView as Window & typeof globalThis;
  }

  /** The current index without reading anything (null before the first read, or when stale). */
  peek(): TextIndex | null {
    if (this.index && !this.stale && this.restyled) {
      this.restyled = false;
      if (this.unread.anyShown()) this.stale = true;
    }
    return this.index && !this.stale ? this.index : null;
  }

  /**
   * The body's TextIndex: the shared one when the page has not changed since it was read, else read once more.
   * When this call starts the reading, `onText` is given the text as it is read, in parts of about SCAN_PIECE
   * characters, what one message to the service worker carries (joined, they are the index's text): a reader can
   * pass the page on before it is all read. It is not called when the index was already there or being read.
   */
  read(onText?: (part: string) => void): Promise<TextIndex> {
    const fresh = this.peek();
    if (fresh) return Promise.resolve(fresh);
    if (!this.building) this.building = this.build(onText).finally(() => (this.building = null));
    return this.building;
  }

  /** The page changed: the next read() builds anew. */
  invalidate(): void {
    this.stale = true;
  }

  private async build(onText?: (part: string) => void): Promise<TextIndex> {
    this.watch();
    this.stale = false;
    this.restyled = false;
    const root = this.doc.body ?? this.doc.documentElement;
    const index = new TextIndex(root, { exclude: existingHost(this.doc)?.host ?? null });
    const step = onText
      ? (timeUp: () => boolean) => {
          for (;;) {
            const done = index.step(() => timeUp() || index.untaken >= SCAN_PIECE);
            // (all read: the rest goes now, before the text is joined in a step of its own)
            if (index.untaken > 0 && (done || index.allRead || index.untaken >= SCAN_PIECE)) onText(index.takeText());
            if (done) return true;
            if (index.allRead || timeUp()) return false; // (all read: the text is joined in a slice of its own)
          }
        }
      : (timeUp: () => boolean) => index.step(timeUp);
    // The first read is awaited by the user (marks, saved passages): slices back to back; later ones in idle time.
    await runSliced(this.win, step, { timeout: 200, busy: this.builds === 0, name: 'index' });
    this.builds++;
    timingMark('carelens:indexed', { chars: index.text.length, page: true, builds: this.builds });
    // changed while reading: this index is returned (it is whole and consistent with the DOM it read), but
    // `stale` stays set so the next read() reads again
    this.index = index;
    this.unread.clear();
    this.unread.add(index.unread);
    return index;
  }

  private watch(): void {
    if (this.observer) return;
    this.observer = new this.win.MutationObserver((records) => {
      if (this.stale) return;
      for (const r of records) {
        if (isOurNode(this.doc, r.target)) continue;
        if (r.type === 'attributes') {
          this.restyled = true;
          continue;
        }
        if (r.type === 'childList') {
          const ours = (n: Node) => isOurNode(this.doc, n);
          if ([...r.addedNodes].every(ours) && [...r.removedNodes].every(ours)) continue;
        }
        this.stale = true;
        return;
      }
    });
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true, attributeFilter: SHOWING_ATTRIBUTES });
  }
}

const pages = new WeakMap<Document, PageText>();

/** The page's one text model. */
export function pageText(doc: Document): PageText {
  let p = pages.get(doc);
  if (!p) pages.set(doc, (p = new PageText(doc)));
  return p;
}
