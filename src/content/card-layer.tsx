// Renders the hover card into our shadow root and keeps it next to its mark with @floating-ui/dom
// (flip and shift so it never leaves the viewport).
import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { useLayoutEffect, useRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { Match } from '../core/detect/types';
import { Card, type CardContext } from '../ui/card/Card';
import { ensureHost } from './host';

export interface OpenCard {
  key: string;
  match: Match;
  range: Range;
  context: CardContext;
  focus: boolean;
  /** The card's "Save" button (absent where saving is not possible, e.g. inside frames). */
  onSave?: () => void;
}

interface LayerProps {
  card: OpenCard | null;
  onClose: () => void;
  onEnter: () => void;
  onLeave: () => void;
}

function Layer({ card, onClose, onEnter, onLeave }: LayerProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!card || !el) return;
    const reference = {
      getBoundingClientRect: () => {
        const rects = card.range.getClientRects();
        return rects.length ? rects[0]! : card.range.getBoundingClientRect();
      },
      getClientRects: () => card.range.getClientRects(),
    };
    let alive = true;
    const update = () =>
      void computePosition(reference, el, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({ padding: 8, apply: ({ availableHeight }) => { el.style.maxHeight = `${Math.max(160, availableHeight)}px`; } }),
        ],
      }).then(({ x, y }) => {
        if (!alive) return;
        el.style.left = `${x}px`;
        el.style.top = `${y}px`;
        const first = el.style.visibility !== 'visible';
        el.style.visibility = 'visible';
        // a hidden element cannot take focus: focus once it is placed and shown
        if (first && card.focus) el.focus({ preventScroll: true });
      });
    update();
    const win = el.ownerDocument.defaultView!;
    win.addEventListener('scroll', update, { capture: true, passive: true });
    win.addEventListener('resize', update, { passive: true });
    return () => {
      alive = false;
      win.removeEventListener('scroll', update, { capture: true });
      win.removeEventListener('resize', update);
    };
  }, [card?.key]);
  if (!card) return null;
  return (
    <Card
      key={card.key}
      ref={ref}
      match={card.match}
      context={card.context}
      onClose={onClose}
      {...(card.onSave ? { onSave: card.onSave } : {})}
      onPointerEnter={onEnter}
      onPointerLeave={onLeave}
      style={{ visibility: 'hidden' }}
    />
  );
}

export class CardLayer {
  private root: Root | null = null;
  current: OpenCard | null = null;

  constructor(
    private readonly doc: Document,
    private readonly handlers: { onClose: () => void; onEnter: () => void; onLeave: () => void },
  ) {}

  show(card: OpenCard | null): void {
    this.current = card;
    if (!card && !this.root) return;
    if (!this.root) this.root = createRoot(ensureHost(this.doc).mount);
    const root = this.root;
    flushSync(() => root.render(<Layer card={card} {...this.handlers} />));
  }

  /** True when the node is inside the open card (the host, seen from the page). */
  destroy(): void {
    this.root?.unmount();
    this.root = null;
  }
}
