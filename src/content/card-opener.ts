// One way to open a mark's card, on web pages (controller.ts) and in the PDF viewer (src/pdf/document-view.ts):
// the pointer rests on a mark (hit-test -> which mark) -> its card after a short delay; the keyboard opens a card at
// once and keeps it until Escape or the next mark, then gives the focus back; the pointer leaving the mark and its
// card closes it; the card's "Save" keeps the mark's passage. What differs between the surfaces is passed in: how a
// point becomes a mark, the text around a mark (the card's context), and what saving does.
import type { Match, MatchKind } from '../core/detect/types';
import type { CardContext } from '../ui/card/types';
import { timingMark } from '../timing';
import { CardLayer } from './card-layer';
import { isOurNode } from './host';
import { itemsAround, rangeContainsPoint } from './hit-test';

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 350;
const KIND_PRIORITY: Record<MatchKind, number> = { duration: 0, date: 1, section: 2, term: 3 };

export interface CardMark {
  start: number;
  end: number;
  match: Match;
  range: Range;
}

/** The mark under (x, y) among `marks` (sorted by start) around flat offset `flat`: timescales first, then the shortest. */
export function markUnder<M extends CardMark>(marks: readonly M[], flat: number, x: number, y: number, slack?: number): M | null {
  const hits = itemsAround(marks, flat).filter((m) => rangeContainsPoint(m.range, x, y, slack));
  hits.sort((a, b) => KIND_PRIORITY[a.match.kind] - KIND_PRIORITY[b.match.kind] || a.end - a.start - (b.end - b.start));
  return hits[0] ?? null;
}

export interface CardSurface<M extends CardMark> {
  /** The mark under a point of the view, or null. */
  markAt(x: number, y: number): M | null;
  /** The card's context: the text around the mark and the other marks there. */
  context(mark: M): CardContext;
  /** A key that stays the same for the same mark (the card is not rebuilt while it is the same). */
  key(mark: M): string;
  /** The card's "Save" (absent where saving is not possible): keep this passage. */
  save(): ((range: Range, match: Match) => void) | undefined;
  /** The open card's mark shown as active (keyboard), or none. */
  setActive(range: Range | null): void;
  /** False while the surface is switched off: a pending hover opens nothing. */
  enabled(): boolean;
}

export class CardOpener<M extends CardMark> {
  private readonly layer: CardLayer;
  private cardMark: M | null = null;
  private byKeyboard = false;
  private returnFocus: Element | null = null;
  private overCard = false;
  private hoverTimer = 0;
  private closeTimer = 0;
  private pendingHover: M | null = null;
  private pointer: { x: number; y: number } | null = null;

  constructor(
    private readonly doc: Document,
    private readonly surface: CardSurface<M>,
  ) {
    this.layer = new CardLayer(doc, {
      onClose: () => this.close(true),
      onEnter: () => {
        this.overCard = true;
        this.win.clearTimeout(this.closeTimer);
      },
      onLeave: () => {
        this.overCard = false;
        this.scheduleClose();
      },
    });
  }

  private get win(): Window {
    return this.doc.defaultView!;
  }

  /** The mark whose card is open. */
  get openMark(): M | null {
    return this.cardMark;
  }

  open(mark: M, byKeyboard: boolean): void {
    timingMark('carelens:card-open', { kind: mark.match.kind });
    this.win.clearTimeout(this.closeTimer);
    if (byKeyboard && !this.byKeyboard) {
      const active = this.doc.activeElement;
      this.returnFocus = active && !isOurNode(this.doc, active) ? active : null;
    }
    this.cardMark = mark;
    this.byKeyboard = byKeyboard;
    this.surface.setActive(byKeyboard ? mark.range : null);
    const { match, range } = mark;
    this.layer.showMark({ key: this.surface.key(mark), match, range }, this.surface.context(mark), byKeyboard, () => this.close(false), this.surface.save());
  }

  /** Closes the card; `restoreFocus` (Escape, the card's close button) gives the focus back to where the keyboard was. */
  close(restoreFocus = false): void {
    if (!this.cardMark) return;
    const byKeyboard = this.byKeyboard;
    this.cardMark = null;
    this.byKeyboard = false;
    this.overCard = false;
    this.surface.setActive(null);
    this.layer.show(null);
    if (restoreFocus && byKeyboard) {
      const target = this.returnFocus as HTMLElement | null;
      if (target && target.isConnected && typeof target.focus === 'function') target.focus({ preventScroll: true });
      else (this.doc.activeElement as HTMLElement | null)?.blur?.();
    }
    this.returnFocus = null;
  }

  /** The card and its timers go (the surface is going away). */
  destroy(): void {
    this.win.clearTimeout(this.hoverTimer);
    this.win.clearTimeout(this.closeTimer);
    this.cardMark = null;
    this.layer.destroy();
  }

  /** Escape closes the open card; true when the key was used. */
  keyDown(event: KeyboardEvent): boolean {
    if (event.key !== 'Escape' || !this.cardMark) return false;
    this.close(true);
    return true;
  }

  /** The pointer is at (x, y) of the view. */
  pointerAt(x: number, y: number): void {
    this.pointer = { x, y };
    this.hover();
  }

  /** The view scrolled: a card opened by hovering closes unless the pointer is still on its mark or on the card. */
  viewMoved(): void {
    if (this.cardMark && !this.byKeyboard && !this.overCard) this.scheduleClose();
  }

  private hover(): void {
    if (!this.pointer || this.overCard) return;
    const mark = this.surface.markAt(this.pointer.x, this.pointer.y);
    if (mark && mark === this.cardMark) {
      this.win.clearTimeout(this.closeTimer);
      return;
    }
    if (mark !== this.pendingHover) {
      this.win.clearTimeout(this.hoverTimer);
      this.pendingHover = mark;
      if (mark) {
        this.layer.prepare(); // hover intent: the card's code loads during the open delay
        this.hoverTimer = this.win.setTimeout(() => {
          this.pendingHover = null;
          if (this.surface.enabled()) this.open(mark, false);
        }, HOVER_OPEN_MS);
      }
    }
    if (!mark && this.cardMark && !this.byKeyboard) this.scheduleClose();
  }

  private scheduleClose(): void {
    this.win.clearTimeout(this.closeTimer);
    this.closeTimer = this.win.setTimeout(() => {
      if (!this.overCard && this.cardMark && !this.byKeyboard) {
        const still = this.pointer ? this.surface.markAt(this.pointer.x, this.pointer.y) : null;
        if (still !== this.cardMark) this.close();
      }
    }, HOVER_CLOSE_MS);
  }
}
