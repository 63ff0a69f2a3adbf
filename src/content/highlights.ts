// Drawing marks with the CSS Custom Highlight API: one named highlight per kind (plus conflict and the
// mark the keyboard is on). Styles go into one constructed stylesheet adopted by the document, so no
// page node is added or changed. Underline styles differ by kind so marks are told apart without colour.
import type { MatchKind } from '../core/detect/types';

export type HighlightName = MatchKind | 'conflict' | 'active';

export const HIGHLIGHT_NAMES: HighlightName[] = ['term', 'section', 'duration', 'date', 'conflict', 'active'];

export const highlightId = (name: HighlightName): string => `carelens-${name}`;

/** Mid-tone colours with translucent fills: readable on white and on near-black pages. */
export const HIGHLIGHT_CSS = `
::highlight(carelens-term) { background-color: rgba(20, 160, 160, 0.16); text-decoration: underline dotted rgb(14, 150, 150); text-decoration-thickness: 2px; }
::highlight(carelens-section) { background-color: rgba(59, 130, 246, 0.18); text-decoration: underline solid rgb(59, 130, 246); text-decoration-thickness: 2px; }
::highlight(carelens-duration) { background-color: rgba(245, 158, 11, 0.22); text-decoration: underline double rgb(217, 119, 6); text-decoration-thickness: 2px; }
::highlight(carelens-date) { background-color: rgba(168, 85, 247, 0.18); text-decoration: underline dashed rgb(147, 70, 230); text-decoration-thickness: 2px; }
::highlight(carelens-conflict) { background-color: rgba(239, 68, 68, 0.24); text-decoration: underline wavy rgb(220, 38, 38); text-decoration-thickness: 2px; }
::highlight(carelens-active) { background-color: rgba(250, 204, 21, 0.55); }
`;

export function highlightsSupported(win: Window & typeof globalThis = window): boolean {
  return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}

export class Painter {
  private readonly highlights = new Map<HighlightName, Highlight>();
  private sheet: CSSStyleSheet | null = null;

  constructor(private readonly doc: Document) {}

  /** Can this browser draw our marks? (Asked each time: it is cheap.) */
  get supported(): boolean {
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    return !!win && highlightsSupported(win);
  }

  /** Registers the highlights and adopts the stylesheet (again, if the page replaced its adopted sheets). */
  install(): void {
    if (!this.supported) return;
    const win = this.doc.defaultView as Window & typeof globalThis;
    if (this.highlights.size === 0) {
      HIGHLIGHT_NAMES.forEach((name, i) => {
        const h = new win.Highlight();
        h.priority = name === 'active' ? 10 : name === 'conflict' ? 5 : i;
        this.highlights.set(name, h);
      });
    }
    for (const [name, h] of this.highlights) {
      if (win.CSS.highlights.get(highlightId(name)) !== h) win.CSS.highlights.set(highlightId(name), h);
    }
    if (!this.sheet) {
      this.sheet = new win.CSSStyleSheet();
      this.sheet.replaceSync(HIGHLIGHT_CSS);
    }
    const adopted = this.doc.adoptedStyleSheets;
    if (!adopted.includes(this.sheet)) this.doc.adoptedStyleSheets = [...adopted, this.sheet];
  }

  add(name: HighlightName, range: AbstractRange): void {
    this.highlights.get(name)?.add(range);
  }

  delete(name: HighlightName, range: AbstractRange): void {
    this.highlights.get(name)?.delete(range);
  }

  size(name: HighlightName): number {
    return this.highlights.get(name)?.size ?? 0;
  }

  /** Does `found` (highlights under a point) hold one of our marks' highlights (not the keyboard's "active" one)? */
  holdsMark(found: Set<Highlight>): boolean {
    for (const [name, h] of this.highlights) if (name !== 'active' && found.has(h)) return true;
    return false;
  }

  setActive(range: Range | null): void {
    const h = this.highlights.get('active');
    if (!h) return;
    h.clear();
    if (range) h.add(range);
  }

  clear(): void {
    for (const h of this.highlights.values()) h.clear();
  }

  /** Removes everything we registered and the stylesheet. */
  uninstall(): void {
    if (!this.supported) return;
    const win = this.doc.defaultView as Window & typeof globalThis;
    this.clear();
    for (const name of HIGHLIGHT_NAMES) {
      if (win.CSS.highlights.get(highlightId(name)) === this.highlights.get(name)) win.CSS.highlights.delete(highlightId(name));
    }
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}
