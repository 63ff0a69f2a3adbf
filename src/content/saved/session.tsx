// One saved-highlights session per document surface (a web page, or the PDF viewer's text layer):
// reads the surface into a TextIndex, fetches the records for this address (or PDF fingerprint)
// from the background broker, re-anchors them with anchorMany over the flat text, draws them,
// reports what moved or could not be placed, and saves new passages from the selection.
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { anchorMany, describe, findAll } from '../../core/anchoring';
import { oneLine } from '../../core/detect/context';
import type { AnchorResult } from '../../core/anchoring/types';
import type { SavedHighlight } from '../../core/record/schema';
import { askSaved, type AnchorReport, type PageListing, type SaveSelectionMessage } from '../../protocol/saved';
import { dateInText } from '../../ui/saved/prefill';
import type { SaveValues } from '../../ui/saved/SaveDialog';
import { SavedLayer, type LayerState } from './layer';
import { OverlayPainter } from './overlay';
import { SavedPainter, type PassagePainter } from './painter';
import { timingMark } from '../../timing';

export interface SurfaceKey {
  url: string;
  title: string;
  /** PDFs: pdf.js `doc.fingerprints[0]`, so a downloaded copy of the same letter finds its highlights. */
  fingerprint?: string;
}

/** Flat text with a way back to the DOM: a TextIndex on web pages, the PDF's joined text in the viewer. */
export interface FlatText {
  readonly text: string;
  readonly finished: boolean;
  toRange(start: number, end: number): Range | null;
  /** Flat [start, end) of a DOM range (a selection or a mark), or null. */
  offsetsOf(range: Range): { start: number; end: number } | null;
  /** The text of parts of the surface that are hidden now (a closed accordion's panel), left out of `text`. */
  hiddenText?(): string[];
}

export interface SavedSurface {
  doc: Document;
  /**
   * The surface's flat text, as it is now: on web pages the page's one shared TextIndex (the same the
   * marks are found in, src/content/page-text.ts), in the viewer the PDF's joined text. Never built here.
   */
  readText(): Promise<FlatText | null>;
  key(): SurfaceKey;
  /** Where our UI goes: an element inside CareLens's own (shadow) root. */
  uiContainer(): { container: Node };
  /**
   * Web pages: where saved passages are drawn, inside CareLens's closed shadow root (overlay.ts), so the page's
   * scripts cannot list them. Absent (the PDF viewer, an extension page): the highlight registry.
   */
  passageLayer?(): Node;
  /** PDFs: the page number a range starts on. */
  pageOf?(range: Range): number | undefined;
  /** Is CareLens switched on here? (per-site setting) */
  enabled?(): boolean;
}

interface Placement {
  record: SavedHighlight;
  result: AnchorResult;
  range: Range | null;
}

export class SavedSession {
  index: FlatText | null = null;
  records: SavedHighlight[] = [];
  placements = new Map<string, Placement>();
  private readonly painter: PassagePainter;
  private root: Root | null = null;
  private state: LayerState = { dialog: null, toast: null, moved: [] };
  private toastTimer = 0;
  private reportTimer = 0;
  private refreshing: Promise<void> | null = null;
  private again = false;
  private pendingReveal: string | null = null;

  constructor(readonly surface: SavedSurface) {
    const layer = surface.passageLayer?.bind(surface);
    this.painter = layer ? new OverlayPainter(surface.doc, layer) : new SavedPainter(surface.doc);
  }

  get win(): Window & typeof globalThis {
    return this.surface.doc.defaultView as Window & typeof globalThis;
  }

  // ---- reading and anchoring ------------------------------------------------------------------

  private async reindex(): Promise<FlatText | null> {
    return (this.index = await this.surface.readText());
  }

  /**
   * Fetch this page's records and re-anchor them over freshly read text. Calls made meanwhile coalesce.
   * `listing`: the records as just fetched (by the content script's light check), used instead of a first fetch.
   */
  refresh(listing?: PageListing): Promise<void> {
    if (this.refreshing) {
      this.again = true;
      return this.refreshing;
    }
    let given = listing;
    this.refreshing = (async () => {
      do {
        this.again = false;
        if (this.surface.enabled && !this.surface.enabled()) {
          this.records = [];
          this.placements.clear();
          this.painter.draw([], []);
          continue;
        }
        const key = this.surface.key();
        const listing = given ?? (await askSaved('list-page', { url: key.url, ...(key.fingerprint ? { fingerprint: key.fingerprint } : {}) }));
        given = undefined;
        this.records = listing.records;
        if (listing.reveal) this.pendingReveal = listing.reveal;
        await this.reindex();
        this.anchorAll();
      } while (this.again);
    })().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  /** Re-read the text only (content arrived or changed): records stay as fetched. */
  async reread(): Promise<void> {
    if (this.refreshing) {
      this.again = true;
      return this.refreshing;
    }
    await this.reindex();
    this.anchorAll();
  }

  anchorAll(): void {
    const index = this.index;
    if (!index) return;
    const results = anchorMany(index.text, this.records.map((r) => r.selectors));
    this.placements.clear();
    const placed: Range[] = [];
    const moved: Range[] = [];
    const movedList: LayerState['moved'] = [];
    this.records.forEach((record, i) => {
      const result = results[i]!;
      const range = result.start !== undefined && result.end !== undefined && result.status !== 'orphan' ? index.toRange(result.start, result.end) : null;
      this.placements.set(record.id, { record, result, range });
      if (!range) return;
      if (result.status === 'fuzzy' && record.status !== 'accepted') {
        moved.push(range);
        movedList.push({ id: record.id, quote: record.selectors.quote.exact, found: index.text.slice(result.start, result.end) });
      } else placed.push(range);
    });
    this.painter.draw(placed, moved);
    timingMark('carelens:passages-drawn', { placed: placed.length, moved: moved.length });
    this.render({ moved: movedList });
    if (this.pendingReveal && this.placements.get(this.pendingReveal)?.range) {
      this.reveal(this.pendingReveal);
      this.pendingReveal = null;
    }
    this.scheduleReport();
  }

  /** Tell the broker which records moved or could not be placed (and clear that once they are found again). */
  private scheduleReport(): void {
    this.win.clearTimeout(this.reportTimer);
    this.reportTimer = this.win.setTimeout(() => void this.report(), 600);
  }

  private async report(): Promise<void> {
    const index = this.index;
    // not before the whole text is read (a PDF still loading): a passage on an unread page is not an orphan
    if (!index || !index.finished) return;
    const reports: AnchorReport[] = [];
    // A passage in a part of the page that is closed now (an accordion) is folded away, not gone: not an orphan.
    let hidden: string[] | null = null;
    const folded = (quote: string): boolean => {
      const needle = oneLine(quote);
      hidden ??= (index.hiddenText?.() ?? []).map(oneLine);
      return needle.length > 0 && hidden.some((text) => text.includes(needle));
    };
    for (const { record, result } of this.placements.values()) {
      const base = { id: record.id, updatedAt: record.updatedAt };
      if (result.status === 'orphan') {
        if (folded(record.selectors.quote.exact)) {
          if (record.status === 'orphaned') reports.push({ ...base, status: null });
        } else if (record.status !== 'orphaned') reports.push({ ...base, status: 'orphaned' });
      } else if (result.status === 'fuzzy') {
        if (record.status === 'accepted') {
          // accepted in the side panel: file the passage under where it is now
          reports.push({ ...base, status: null, selectors: describe(index.text, result.start!, result.end!) });
        } else if (record.status !== 'moved') reports.push({ ...base, status: 'moved' });
      } else if (record.status === 'moved' || record.status === 'orphaned') {
        reports.push({ ...base, status: null });
      }
    }
    if (reports.length) await askSaved('anchored', { reports }).catch(() => undefined);
  }

  // ---- saving ---------------------------------------------------------------------------------

  /** Offsets of the current selection (or, failing that, of the text the context menu saw). */
  selectionOffsets(hint?: string): { start: number; end: number; range: Range | null } | null {
    const index = this.index;
    if (!index) return null;
    const sel = this.surface.doc.getSelection();
    if (sel && sel.rangeCount && !sel.isCollapsed) {
      const range = sel.getRangeAt(0);
      const off = index.offsetsOf(range);
      if (off) return { ...off, range };
    }
    if (hint) {
      const needle = oneLine(hint);
      const hits = needle ? findAll(index.text, needle) : [];
      if (hits.length === 1) return { start: hits[0]!, end: hits[0]! + needle.length, range: null };
    }
    return null;
  }

  /** Open the save dialog for the selection (context menu, keyboard command) or a given range (hover card). */
  async openSave(message: Partial<SaveSelectionMessage> = {}, range?: Range): Promise<void> {
    // the shared text as it is now (no reading at all when the page has not changed since it was read)
    const index = await this.reindex();
    if (!index) return;
    let off: { start: number; end: number } | null = null;
    if (range) off = index.offsetsOf(range);
    else off = this.selectionOffsets(message.selectionText);
    if (!off) {
      this.toast('Select the words you want to keep first, then save them to CareLens.', true);
      return;
    }
    // Describe now, against the text as it is at the moment of selecting: if the page changes while the
    // dialog is open or the save is in flight, the selectors still say exactly what was chosen.
    const selectors = describe(index.text, off.start, off.end);
    const key = this.surface.key();
    const r = range ?? index.toRange(off.start, off.end);
    const pdfPage = r && this.surface.pageOf ? this.surface.pageOf(r) : undefined;
    const initial: SaveValues = {
      note: message.note ?? '',
      eventType: message.eventType ?? '',
      eventDate: message.eventDate ?? dateInText(selectors.quote.exact) ?? '',
    };
    const save = async (values: SaveValues) => {
      const saved = await askSaved('save', {
        input: {
          url: key.url,
          title: key.title,
          selectors: { quote: selectors.quote, position: selectors.position },
          note: values.note,
          ...(values.eventType ? { eventType: values.eventType } : {}),
          ...(values.eventDate ? { eventDate: values.eventDate } : {}),
          ...(key.fingerprint ? { pdfFingerprint: key.fingerprint } : {}),
          ...(pdfPage ? { pdfPage } : {}),
        },
      });
      this.render({ dialog: null });
      if (!this.records.some((x) => x.id === saved.id)) this.records.push(saved);
      // the page may have changed meanwhile: place it over the text as it is now
      await this.reread();
      const p = this.placements.get(saved.id);
      if (!p?.range) this.toast('Saved, but the page changed while saving and the passage is no longer on it. It is listed in the side panel.', true);
      else if (p.result.status === 'fuzzy') this.toast('Saved. The page changed while saving: the passage is marked "moved, please confirm".', true);
      else this.toast('Saved to your CareLens case record.');
    };
    if (message.submit) {
      try {
        await save(initial);
      } catch (e) {
        this.toast(e instanceof Error ? e.message : String(e), true);
      }
      return;
    }
    this.render({
      dialog: {
        quote: selectors.quote.exact,
        initial,
        onSave: save,
        onCancel: () => this.render({ dialog: null }),
      },
    });
  }

  // ---- moved passages, reveal -----------------------------------------------------------------

  async accept(id: string): Promise<void> {
    const p = this.placements.get(id);
    const index = this.index;
    if (!p || !index || p.result.start === undefined || p.result.end === undefined) return;
    try {
      await askSaved('update', {
        id,
        patch: { selectors: describe(index.text, p.result.start, p.result.end), status: null },
        base: p.record,
      });
      await this.refresh();
      this.toast('Kept at its new place.');
    } catch (e) {
      this.toast(e instanceof Error ? e.message : String(e), true);
    }
  }

  reveal(id: string): boolean {
    const p = this.placements.get(id);
    if (!p?.range) {
      this.pendingReveal = id;
      return false;
    }
    const el = p.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.painter.flash(p.range);
    this.win.setTimeout(() => this.painter.flash(null), 2500);
    return true;
  }

  // ---- UI -------------------------------------------------------------------------------------

  toast(text: string, bad = false): void {
    this.render({ toast: { text, bad } });
    this.win.clearTimeout(this.toastTimer);
    this.toastTimer = this.win.setTimeout(() => this.render({ toast: null }), bad ? 9000 : 4000);
  }

  private render(patch: Partial<LayerState>): void {
    this.state = { ...this.state, ...patch };
    const empty = !this.state.dialog && !this.state.toast && !this.state.moved.length;
    if (!this.root) {
      if (empty) return;
      const { container } = this.surface.uiContainer();
      const div = this.surface.doc.createElement('div');
      container.appendChild(div);
      this.root = createRoot(div);
    }
    const root = this.root;
    const state = this.state;
    flushSync(() => root.render(<SavedLayer state={state} onAccept={(id) => void this.accept(id)} onShow={(id) => this.reveal(id)} />));
  }

  destroy(): void {
    this.root?.unmount();
    this.root = null;
    this.painter.draw([], []);
  }
}
