// Drawing marks with the CSS Custom Highlight API: one named highlight per kind (plus conflict and the
// mark the keyboard is on). Styles go into one constructed stylesheet adopted by the document, so no
// page node is added or changed. Underline styles differ by kind so marks are told apart without colour.
import type { MatchKind } from '../core/detect/types';
import highlightCss from './highlights.css?raw';

export type HighlightName = MatchKind | 'conflict' | 'active';

export const HIGHLIGHT_NAMES: HighlightName[] = ['term', 'section', 'duration', 'date', 'conflict', 'active'];

export const highlightId = (name: HighlightName): string => `carelens-${name}`;

/** The marks' styles: mid-tone colours with translucent fills, readable on white and on near-black pages. */
export const HIGHLIGHT_CSS = highlightCss;

export function highlightsSupported(win: Window & typeof globalThis = window): boolean {
  return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}

/**
 * Our rules for a set of highlights in one document: a stylesheet adopted when there is first something to draw
 * (and again if the page replaced its adopted sheets), taken back when CareLens stops. Never in the manifest, so a
 * page where CareLens is off has none of our styles.
 */
export class HighlightStyles {
  private sheet: CSSStyleSheet | null = null;

  constructor(
    private readonly doc: Document,
    private readonly css: string,
  ) {}

  ensure(): void {
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!win) return;
    if (!this.sheet) {
      this.sheet = new win.CSSStyleSheet();
      this.sheet.replaceSync(this.css);
    }
    const adopted = this.doc.adoptedStyleSheets;
    if (!adopted.includes(this.sheet)) this.doc.adoptedStyleSheets = [...adopted, this.sheet];
  }

  /** Takes back the stylesheet adopted, if any. */
  remove(): void {
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}

export class Painter {
  private readonly highlights = new Map<HighlightName, Highlight>();
  private readonly styles: HighlightStyles;

  constructor(private readonly doc: Document) {
    this.styles = new HighlightStyles(doc, HIGHLIGHT_CSS);
  }

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
    this.styles.ensure();
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
    this.clear();
    this.styles.remove();
    if (!this.supported) return;
    const win = this.doc.defaultView as Window & typeof globalThis;
    for (const name of HIGHLIGHT_NAMES) {
      if (win.CSS.highlights.get(highlightId(name)) === this.highlights.get(name)) win.CSS.highlights.delete(highlightId(name));
    }
  }
}
