/**
 * A content script has the service worker scan a page's text (src/background/scan-service.ts) over a port of this
 * name: the text goes in pieces (a piece is serialised in one task of the page: a 5 MB string at once would
 * block it for 100 ms), the matches come back in compact form (src/core/detect/wire.ts), a stretch of the text at a
 * time.
 */
export const SCAN_PORT = 'carelens:scan';
/** Most characters of page text per message. */
export const SCAN_PIECE = 262_144;
export interface ScanPiece {
  type: 'piece';
  /** The scan this piece belongs to (per port). */
  id: number;
  text: string;
  /** Set on the last piece: then the text is scanned for these kinds. */
  kinds?: ('term' | 'section' | 'duration' | 'date')[];
}
export interface ScanResult {
  type: 'result';
  id: number;
  /** WireMatches, or an error message. */
  wire?: unknown;
  error?: string;
  /** More results of this scan follow (the worker answers a long text in stretches, in order). */
  more?: boolean;
  /** Milliseconds the worker spent on this scan: after the last piece came (`took`), and on the pieces before it
   *  as they came (`early`: the prepass, and the matches found ahead). On the last result (benchmarks). */
  took?: number;
  early?: number;
  /** When the worker took the last piece up and when it sent the last result (performance.timeOrigin + now(), so
   *  comparable with the page's clock). On the last result (benchmarks). */
  takenUpAt?: number;
  sentAt?: number;
}
