// Selectors in the shape of the W3C Web Annotation data model (TextQuoteSelector and
// TextPositionSelector), minus the `type` tags, which the export adds. Offsets are UTF-16
// code units into the flat text a surface builds (see DESIGN.md, "The text model").

export interface TextQuote {
  /** The selected text, exactly. */
  exact: string;
  /** Up to CONTEXT_LENGTH characters immediately before `exact` ('' at the start of the text). */
  prefix: string;
  /** Up to CONTEXT_LENGTH characters immediately after `exact` ('' at the end of the text). */
  suffix: string;
  /**
   * Optional, newer records only: up to CONTEXT_LONG_LENGTH characters before `exact` (ending with
   * `prefix`), saved only when longer than `prefix`. Tells apart copies of a quote whose 32
   * characters of context are the same (pages repeat blocks) without ever being required.
   */
  prefixLong?: string;
  /** Optional: up to CONTEXT_LONG_LENGTH characters after `exact` (starting with `suffix`), saved only when longer than `suffix`. */
  suffixLong?: string;
}

export interface TextPosition {
  start: number;
  end: number;
}

export interface Selectors {
  quote: TextQuote;
  /** Where the quote was when it was saved. Optional because annotations imported from other tools may lack it. */
  position?: TextPosition;
}

/**
 * - exact-position: the text at the saved offsets is still the quote (and its context agrees).
 * - exact-quote: the quote was found verbatim elsewhere, unambiguously.
 * - fuzzy: placed on a close but not identical (or ambiguous) match: show "moved, please confirm".
 * - orphan: could not be placed with confidence; list it, never drop it.
 */
export type AnchorStatus = 'exact-position' | 'exact-quote' | 'fuzzy' | 'orphan';

export interface AnchorResult {
  status: AnchorStatus;
  start?: number;
  end?: number;
  /** Confidence in [0, 1] for the chosen placement (or the best rejected candidate for an orphan). */
  score?: number;
  /** Short machine-readable reason for a fuzzy or orphan result, for logs and the side panel. */
  reason?: string;
}

export interface AnchorOptions {
  /** Where to expect the passage; defaults to `selectors.position.start`. */
  hint?: number;
  /** Largest share of the quote that may differ in a fuzzy match (default 0.2). */
  maxErrorRatio?: number;
  /** Minimum combined score for a fuzzy placement (default 0.8). */
  minFuzzyScore?: number;
}
