// Saved highlights in the PDF viewer (an extension page): the same session as on web pages, over the
// PDF's whole-document flat text (src/core/text/pdf-text), filed under the PDF's fingerprint
// (pdf.js `doc.fingerprints[0]`) as well as its address, so a downloaded copy finds its highlights.
//
// The viewer calls `startPdfSavedHighlights` once the document is open, `refresh()` when more of the
// text has been read, `redraw()` when a page's text layer is rendered (ranges exist only for rendered
// pages), and `handleMessage` for SAVE_SELECTION / SAVED_CHANGED / REVEAL from its runtime listener.
import { REVEAL, SAVE_SELECTION, SAVED_CHANGED, type SaveSelectionMessage } from '../protocol/saved';
import { SavedSession, type FlatText } from '../content/saved/session';

export interface PdfSavedOptions {
  doc: Document;
  url: string;
  title: string;
  fingerprint: string;
  /** The tab the viewer is in (runtime broadcasts name it). */
  tabId?: number;
  /** Whole-document flat text as read so far, and whether every page has been read. */
  text(): { text: string; complete: boolean };
  /** A Range over a rendered page's text layer for flat [start, end), or null (page not rendered). */
  rangeFor(start: number, end: number): Range | null;
  /** Flat offsets of a DOM range in the text layer, or null. */
  offsetsOf(range: Range): { start: number; end: number } | null;
  /** 1-based page of a flat offset. */
  pageAt(offset: number): number | undefined;
  /** An element for our UI (the viewer's own DOM is ours: no shadow root needed). */
  uiContainer(): Node;
}

export interface PdfSavedHighlights {
  session: SavedSession;
  refresh(): Promise<void>;
  /** A page's text layer was (re)rendered: draw again without fetching. */
  redraw(): void;
  /** Returns a reply promise for messages it handles, undefined otherwise. */
  handleMessage(message: unknown): Promise<unknown> | undefined;
}

export function startPdfSavedHighlights(o: PdfSavedOptions): PdfSavedHighlights {
  const readText = async (): Promise<FlatText> => {
    const { text, complete } = o.text();
    return { text, finished: complete, toRange: o.rangeFor, offsetsOf: o.offsetsOf };
  };
  const session = new SavedSession({
    doc: o.doc,
    readText,
    key: () => ({ url: o.url, title: o.title, fingerprint: o.fingerprint }),
    uiContainer: () => ({ container: o.uiContainer() }),
    pageOf: (range) => {
      const off = o.offsetsOf(range);
      return off ? o.pageAt(off.start) : undefined;
    },
  });
  return {
    session,
    refresh: () => session.refresh(),
    redraw: () => void readText().then((t) => ((session.index = t), session.anchorAll())),
    handleMessage(message) {
      const m = message as { type?: string; tabId?: number; id?: string } | null;
      if (!m?.type) return undefined;
      if (m.tabId !== undefined && o.tabId !== undefined && m.tabId !== o.tabId) return undefined;
      if (m.type === SAVE_SELECTION) return session.openSave(m as SaveSelectionMessage).then(() => ({ ok: true }));
      if (m.type === SAVED_CHANGED) {
        void session.refresh();
        return undefined;
      }
      if (m.type === REVEAL && m.id) return Promise.resolve({ ok: session.reveal(m.id) });
      return undefined;
    },
  };
}
