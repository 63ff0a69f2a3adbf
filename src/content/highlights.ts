// Drawing marks with the CSS Custom Highlight API: one named highlight per kind (plus former names, conflict and
// the mark the keyboard is on). The styles come with the content script's registration, or are adopted as a
// constructed stylesheet where they did not (HighlightStyles), so no page node is added or changed. Underline
// styles differ by kind so marks are told apart without colour.
import type { Match, MatchKind } from '../core/detect/types';
import highlightCss from './highlights.css?raw';
import { HIGHLIGHT_PREFIX } from './page-names';

export type HighlightName = MatchKind | 'former' | 'conflict' | 'active';

export const HIGHLIGHT_NAMES: HighlightName[] = ['term', 'section', 'duration', 'date', 'former', 'conflict', 'active'];

/**
 * The highlights a match is drawn in: its kind's; a term written under an older or wrong name in 'former' instead
 * (drawn differently from the current name); a duration that sources disagree on in 'conflict' as well.
 */
export function highlightsOf(match: Match): HighlightName[] {
  if (match.kind === 'term' && match.value.formerName) return ['former'];
  if (match.kind === 'duration' && match.value.conflict) return ['duration', 'conflict'];
  return [match.kind];
}

/** The name in the page's highlight registry (neutral: page-names.ts); highlights.css uses the same. */
export const highlightId = (name: HighlightName): string => `${HIGHLIGHT_PREFIX}${name}`;

/** The marks' styles: mid-tone colours with translucent fills, readable on white and on near-black pages. */
export const HIGHLIGHT_CSS = highlightCss;

export function highlightsSupported(win: Window & typeof globalThis = window): boolean {
  return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}

/**
 * Our rules for a set of highlights in one document. On web pages they come with the content script's registration
 * (src/background/reading.ts registers /marks.css with it, for the same sites), so the browser has them from the
 * page's first style computation: a stylesheet adopted later makes it restyle every element of the page (half a second
 * on a 5 MB page). Where they are missing (the PDF viewer, a tab the content script was run into by hand), a
 * stylesheet is adopted on first need, and again if the page replaced its adopted sheets. `probe` is one of the set's
 * names, whose rules have an underline.
 */
export class HighlightStyles {
  private sheet: CSSStyleSheet | null = null;
  private present: boolean | null = null;

  constructor(
    private readonly doc: Document,
    private readonly css: string,
    private readonly probe: string,
  ) {}

  ensure(): void {
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!win) return;
    this.present ??= this.fromRegistration(win);
    if (this.present) return;
    if (!this.sheet) {
      this.sheet = new win.CSSStyleSheet();
      this.sheet.replaceSync(this.css);
    }
    const adopted = this.doc.adoptedStyleSheets;
    if (!adopted.includes(this.sheet)) this.doc.adoptedStyleSheets = [...adopted, this.sheet];
  }

  /** Takes back the stylesheet adopted, if any. (Rules that came with the registration stay until the page is left.) */
  remove(): void {
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }

  private fromRegistration(win: Window): boolean {
    try {
      return win.getComputedStyle(this.doc.documentElement, `::highlight(${this.probe})`).textDecorationLine.includes('underline');
    } catch {
      return false;
    }
  }
}

export class Painter {
  private readonly highlights = new Map<HighlightName, Highlight>();
  private readonly styles: HighlightStyles;

  constructor(private readonly doc: Document) {
    this.styles = new HighlightStyles(doc, HIGHLIGHT_CSS, highlightId('term'));
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
        h.priority = name === 'active' ? 10 : name === 'conflict' || name === 'former' ? 5 : i;
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
