// The hover card's React side, part of /page-ui.js (loaded on demand, see ui-bridge.ts): renders the card
// into our shadow root and keeps it next to its mark with @floating-ui/dom (flip and shift so it never
// leaves the viewport). The content script talks to it through CardLayer (card-layer.tsx).
import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { useLayoutEffect, useRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { Card } from '../ui/card/Card';
import type { CardHandlers, CardView, OpenCard } from './ui-bridge';

interface LayerProps extends CardHandlers {
  card: OpenCard | null;
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

/** A card view over `mount` (an element in our shadow root); the React root is made on the first card. */
export function createCardView(mount: HTMLElement, handlers: CardHandlers): CardView {
  let root: Root | null = null;
  return {
    show(card) {
      if (!card && !root) return;
      root ??= createRoot(mount);
      const r = root;
      flushSync(() => r.render(<Layer card={card} {...handlers} />));
    },
    destroy() {
      root?.unmount();
      root = null;
    },
  };
}
