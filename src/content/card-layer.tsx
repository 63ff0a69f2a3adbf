// The hover card as the controller (and the PDF viewer) sees it: show(card) / show(null). The card itself
// (React, @floating-ui, the card components and the deadline engine) is in /page-ui.js, loaded on the first
// card, or earlier when asked (prepare(): the pointer rests on a mark, a keyboard command). Until it is
// loaded, the latest show() waits and is applied on arrival; if loading fails, the page keeps its marks,
// no card opens, and the console says why (the next show() tries again).
import type { Match } from '../core/detect/types';
import type { CardContext } from '../ui/card/types';
import { ensureHost } from './host';
import { loadPageUi, loadedPageUi, type CardHandlers, type CardView, type OpenCard } from './ui-bridge';

export type { OpenCard } from './ui-bridge';

export class CardLayer {
  current: OpenCard | null = null;
  private view: CardView | null = null;
  private loading: Promise<void> | null = null;
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly handlers: CardHandlers,
  ) {}

  /** Start loading the card's code now, so that the next show() opens it at once. */
  prepare(): void {
    void this.load();
  }

  /**
   * The card of a mark. Where `save` is given, the card's "Save" closes it (`close`) and hands `save` a copy of the
   * mark's range with its match.
   */
  showMark(
    mark: { key: string; match: Match; range: Range },
    context: CardContext,
    focus: boolean,
    close: () => void,
    save?: (range: Range, match: Match) => void,
  ): void {
    const { key, match, range } = mark;
    this.show({
      key,
      match,
      range,
      context,
      focus,
      ...(save
        ? {
            onSave: () => {
              close();
              save(range.cloneRange(), match);
            },
          }
        : {}),
    });
  }

  show(card: OpenCard | null): void {
    this.current = card;
    if (!this.view && loadedPageUi()) this.attach();
    if (this.view) this.view.show(card);
    else if (card) void this.load();
  }

  private attach(): void {
    const ui = loadedPageUi()!;
    this.view = ui.createCardView(ensureHost(this.doc).mount, this.handlers);
  }

  private load(): Promise<void> {
    if (this.view || loadedPageUi()) return Promise.resolve();
    const generation = this.generation;
    this.loading ??= loadPageUi()
      .then(
        () => {
          if (generation !== this.generation || this.view) return;
          if (this.current) this.show(this.current);
        },
        (e: unknown) => {
          console.warn(`CareLens could not load its card (${e instanceof Error ? e.message : String(e)}). The marks stay; hover again or reload the page to retry.`);
        },
      )
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  destroy(): void {
    this.generation++;
    this.view?.destroy();
    this.view = null;
  }
}
