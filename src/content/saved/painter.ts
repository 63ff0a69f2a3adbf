// How saved passages are drawn. On web pages: boxes inside CareLens's closed shadow root (overlay.ts), out of the
// page's reach. In the PDF viewer (an extension page, no page scripts): the CSS Custom Highlight API, below: a solid
// highlighter fill for placed passages, a wavy underline for "moved, please confirm", and a flash for the one being
// revealed, in highlights of their own (distinct from the detector marks').
import { HighlightStyles, highlightsSupported } from '../highlights';
import savedCss from './saved-highlights.css?raw';

export const SAVED_HIGHLIGHT = 'carelens-saved';
export const SAVED_MOVED_HIGHLIGHT = 'carelens-saved-moved';
export const SAVED_FLASH_HIGHLIGHT = 'carelens-saved-flash';

export const SAVED_CSS = savedCss;

const NAMES = [SAVED_HIGHLIGHT, SAVED_MOVED_HIGHLIGHT, SAVED_FLASH_HIGHLIGHT] as const;
type Name = (typeof NAMES)[number];

export interface PassagePainter {
  readonly supported: boolean;
  /** Replace what is drawn: `placed` in the saved style, `moved` in the "please confirm" style. */
  draw(placed: Range[], moved: Range[]): void;
  /** The passage being revealed (null: none). */
  flash(range: Range | null): void;
}

export class SavedPainter implements PassagePainter {
  readonly supported: boolean;
  private readonly highlights = new Map<Name, Highlight>();
  private readonly styles: HighlightStyles;

  constructor(private readonly doc: Document) {
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    this.supported = !!win && highlightsSupported(win);
    this.styles = new HighlightStyles(doc, SAVED_CSS, SAVED_HIGHLIGHT);
  }

  private install(): void {
    const win = this.doc.defaultView as Window & typeof globalThis;
    if (!this.highlights.size) {
      for (const name of NAMES) {
        const h = new win.Highlight();
        // above detector marks (priority 0-10 there) so a saved passage stays visible under a mark
        h.priority = name === SAVED_FLASH_HIGHLIGHT ? 30 : 20;
        this.highlights.set(name, h);
      }
    }
    for (const [name, h] of this.highlights) if (win.CSS.highlights.get(name) !== h) win.CSS.highlights.set(name, h);
    this.styles.ensure();
  }

  /** Replace what is drawn: `placed` in the saved style, `moved` in the "please confirm" style. */
  draw(placed: Range[], moved: Range[]): void {
    if (!this.supported) return;
    // Nothing to draw yet: nothing to register (and where the styles did not come with the manifest, no
    // stylesheet to adopt: adopting one restyles the whole page, costly on a long page).
    if (!this.highlights.size && !placed.length && !moved.length) return;
    this.install();
    const a = this.highlights.get(SAVED_HIGHLIGHT)!;
    const b = this.highlights.get(SAVED_MOVED_HIGHLIGHT)!;
    a.clear();
    b.clear();
    for (const r of placed) a.add(r);
    for (const r of moved) b.add(r);
  }

  flash(range: Range | null): void {
    if (!this.supported) return;
    this.install();
    const h = this.highlights.get(SAVED_FLASH_HIGHLIGHT)!;
    h.clear();
    if (range) h.add(range);
  }
}
