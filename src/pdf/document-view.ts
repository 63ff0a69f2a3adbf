// The viewer's document: continuous pages rendered lazily (only near the viewport), zoom, page
// navigation, the whole document's text read in the background, marks drawn over pdf.js's text layer
// with the content script's painter, and the same hover card.
import type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist';
import { pdfjs } from './pdfjs';
import { extractText } from './extract';
import { buildPdfReport } from './report';
import { scan } from '../core/detect/index';
import type { Match } from '../core/detect/types';
import { locate, PdfTextBuilder, type PdfText, type PdfTextItem, type SourcePoint, type TextRun } from '../core/text/pdf-text';
import { confidenceOf, lowConfidenceSpans, LOW_CONFIDENCE, recognisedItems, type MaybeRecognisedItem, type Placement } from '../core/text/ocr-text';
import { MAX_READ_PIXELS, readingSize } from '../ocr/image-file';
import { scanAsPng } from '../ocr/image-work';
import { hasNoText, largestImage } from './page-image';
import type { PageReport } from '../protocol/page';
import type { Settings } from '../settings/settings';
import { Painter, highlightsOf } from '../content/highlights';
import { caretAt } from '../content/hit-test';
import { CardOpener, markUnder } from '../content/card-opener';
import { isOurNode } from '../content/host';
import { cardContext } from '../ui/card/context';
import { timingMark } from '../timing';
import { firstIndexWhere, lastIndexWhere } from '../core/sorted';

export const MIN_SCALE = 0.5;
export const MAX_SCALE = 3;

export interface ViewState {
  pages: number;
  currentPage: number;
  scale: number;
  pagesRead: number;
  complete: boolean;
  /** True once every page was read and none had any text (a scanned document). */
  noText: boolean;
  marks: number;
  /** Pages that are scans (no text, an image), read by the recogniser in its own worker. */
  scan?: ScanState;
}

export interface ScanState {
  /** Scanned pages, 1-based. */
  pages: number[];
  /** Scanned pages read so far. */
  read: number[];
  /** The page being read now. */
  reading?: number;
  /** Scanned pages on which nothing could be read (blank, or nothing legible). */
  unreadable: number[];
  /** Reading stopped by the person (Cancel). */
  stopped: boolean;
  /** Only pages near the view are read (too many scanned pages to read them all at once). */
  onlyNearView: boolean;
  /** Why the recogniser could not read at all. */
  failed?: string;
}

/** Scanned pages read one after another without being looked at; beyond this, pages are read as they come into view. */
export const MAX_SCANNED_PAGES_READ_AHEAD = 30;

interface Mark {
  match: Match;
  /** Index in the document's match list (the report's index). */
  index: number;
  start: number;
  end: number;
  range: Range;
}

interface PageView {
  number: number;
  div: HTMLDivElement;
  /** Size at scale 1, once known (page 1's size until the page itself is loaded). */
  width: number;
  height: number;
  state: 'empty' | 'rendering' | 'rendered';
  renderTask?: RenderTask;
  textLayer?: InstanceType<typeof pdfjs.TextLayer>;
  textNodes: (Text | null)[];
  marks: Mark[];
  /** Words read with low confidence, underlined (scanned pages). */
  unsure: Range[];
  /** Incremented on each (re)render so a stale render does not paint. */
  generation: number;
  /** A scan the recogniser straightened: the image is shown turned the same way, so the words lie on level lines. */
  straightened?: { radians: number; placement: Placement };
}

export interface DocumentViewOptions {
  doc: PDFDocumentProxy;
  /** The element the pages go into (the window scrolls). */
  container: HTMLElement;
  url: string;
  title: string;
  settings: Settings;
  onChange: (state: ViewState) => void;
  /** A page's text layer was rendered (saved highlights draw on it). */
  onPageRendered?: (page: number) => void;
  /** The hover card's "Save" button (saved highlights): keep this mark's passage. */
  onSaveMark?: (range: Range, match: Match) => void;
  /** Reads a page image (the recogniser in its worker); without it scanned pages stay unread. */
  recognise?: (image: Blob, width: number, height: number) => Promise<import('../core/text/ocr-text').RecognisedPage>;
  /** Stops the recogniser (Cancel). */
  stopRecognising?: () => void;
}

export class DocumentView {
  private readonly doc: PDFDocumentProxy;
  private readonly container: HTMLElement;
  private readonly pages: PageView[] = [];
  private scale = 1.5;
  private observer: IntersectionObserver;
  private readonly near = new Set<number>();
  private readonly painter: Painter;
  private readonly cards: CardOpener<Mark>;
  private text: PdfText = { text: '', pages: [], runs: [] };
  private matches: Match[] = [];
  private documentDate: string | undefined;
  private pagesRead = 0;
  private complete = false;
  private settings: Settings;
  private readonly abort = new AbortController();
  private readonly nodeInfo = new WeakMap<Node, { page: number; item: number }>();
  private currentPage = 1;
  private findHighlight: Highlight | null = null;
  private unsureHighlight: Highlight | null = null;
  private destroyed = false;
  /** Each page's text items as joined into the flat text (recognised words for a scanned page once read). */
  private pageItems: MaybeRecognisedItem[][] = [];
  private scanState: ScanState | null = null;
  readonly ready: Promise<void>;

  constructor(private readonly options: DocumentViewOptions) {
    this.doc = options.doc;
    this.container = options.container;
    this.settings = options.settings;
    this.painter = new Painter(document);
    this.painter.install();
    this.cards = new CardOpener<Mark>(document, {
      markAt: (x, y) => this.markAt(x, y),
      context: (mark) => {
        const confidence = this.recognisedConfidence(mark.match);
        return {
          ...cardContext(this.text.text, this.matches, mark.match, this.settings),
          ...(confidence !== undefined ? { recognised: { confidence, unsure: confidence < LOW_CONFIDENCE } } : {}),
        };
      },
      key: (mark) => `${mark.index}`,
      save: () => this.options.onSaveMark,
      setActive: (range) => this.painter.setActive(range),
      enabled: () => !this.destroyed,
    });
    this.observer = new IntersectionObserver((entries) => this.onIntersect(entries), { rootMargin: '120% 0px' });
    this.ready = this.start();
  }

  // ------------------------------------------------------------------ layout and lazy rendering

  private async start(): Promise<void> {
    const first = await this.doc.getPage(1);
    const base = first.getViewport({ scale: 1 });
    const fragment = document.createDocumentFragment();
    for (let n = 1; n <= this.doc.numPages; n++) {
      const div = document.createElement('div');
      div.className = 'page';
      div.dataset.pageNumber = String(n);
      div.setAttribute('role', 'region');
      div.setAttribute('aria-label', `Page ${n}`);
      const view: PageView = { number: n, div, width: base.width, height: base.height, state: 'empty', textNodes: [], marks: [], unsure: [], generation: 0 };
      this.size(view);
      this.pages.push(view);
      fragment.append(div);
    }
    this.container.replaceChildren(fragment);
    for (const view of this.pages) this.observer.observe(view.div);
    // Page 1 first, without waiting for the observer: the first page marked is what the user sees first.
    this.near.add(1);
    const firstRender = this.render(this.pages[0]!, first);
    window.addEventListener('scroll', this.onScroll, { passive: true });
    document.addEventListener('pointermove', this.onPointerMove, { passive: true, capture: true });
    window.addEventListener('keydown', this.onKeyDown, { capture: true });
    void this.readAllText();
    await firstRender;
  }

  private size(view: PageView) {
    view.div.style.width = `${Math.floor(view.width * this.scale)}px`;
    view.div.style.height = `${Math.floor(view.height * this.scale)}px`;
    view.div.style.setProperty('--scale-factor', String(this.scale));
    view.div.style.setProperty('--total-scale-factor', String(this.scale));
  }

  private onIntersect(entries: IntersectionObserverEntry[]) {
    for (const entry of entries) {
      const n = Number((entry.target as HTMLElement).dataset.pageNumber);
      const view = this.pages[n - 1];
      if (!view) continue;
      if (entry.isIntersecting) {
        this.near.add(n);
        if (view.state === 'empty') void this.render(view);
        if (this.scanState?.onlyNearView && !this.scanState.stopped) void this.readScannedPages();
      } else {
        this.near.delete(n);
        this.release(view);
      }
    }
  }

  private async render(view: PageView, loaded?: PDFPageProxy): Promise<void> {
    if (view.state !== 'empty' || this.destroyed) return;
    view.state = 'rendering';
    const generation = ++view.generation;
    try {
      const page = loaded ?? (await this.doc.getPage(view.number));
      if (generation !== view.generation) return;
      const unscaled = page.getViewport({ scale: 1 });
      if (unscaled.width !== view.width || unscaled.height !== view.height) {
        view.width = unscaled.width;
        view.height = unscaled.height;
        this.size(view);
      }
      const viewport = page.getViewport({ scale: this.scale });
      const ratio = window.devicePixelRatio || 1;
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.style.width = `${Math.floor(viewport.width)}px`;
      canvas.style.height = `${Math.floor(viewport.height)}px`;
      canvas.setAttribute('aria-hidden', 'true');
      const textLayerDiv = document.createElement('div');
      textLayerDiv.className = 'textLayer';
      if (view.straightened) straighten(canvas, view.straightened, view.height, this.scale);
      view.div.replaceChildren(canvas, textLayerDiv);
      view.renderTask = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
      const recognised = this.scanState?.read.includes(view.number) ? this.pageItems[view.number - 1] : undefined;
      if (recognised) view.div.dataset.recognised = 'true';
      const textLayer = new pdfjs.TextLayer({
        textContentSource: recognised ? recognisedTextContent(recognised) : page.streamTextContent(),
        container: textLayerDiv,
        viewport,
      });
      view.textLayer = textLayer;
      await textLayer.render();
      if (generation !== view.generation) return;
      view.textNodes = textLayer.textDivs.map((div, item) => {
        const node = div.firstChild;
        if (node && node.nodeType === Node.TEXT_NODE) {
          this.nodeInfo.set(node, { page: view.number, item });
          return node as Text;
        }
        return null;
      });
      view.state = 'rendered';
      this.paintPage(view);
      this.options.onPageRendered?.(view.number);
      await view.renderTask.promise.catch((error: unknown) => {
        if ((error as Error)?.name !== 'RenderingCancelledException') throw error;
      });
      if (generation === view.generation) view.div.dataset.rendered = 'true';
    } catch (error) {
      if (generation === view.generation) {
        view.state = 'empty';
        if ((error as Error)?.name !== 'RenderingCancelledException' && (error as Error)?.name !== 'AbortException') console.error(error);
      }
    }
  }

  private release(view: PageView) {
    if (view.state === 'empty') return;
    view.generation++;
    view.renderTask?.cancel();
    view.textLayer?.cancel();
    this.unpaintPage(view);
    const canvas = view.div.querySelector('canvas');
    if (canvas) {
      canvas.width = 0;
      canvas.height = 0;
    }
    view.div.replaceChildren();
    delete view.div.dataset.rendered;
    view.textNodes = [];
    view.renderTask = undefined;
    view.textLayer = undefined;
    view.state = 'empty';
  }

  setScale(scale: number) {
    const next = Math.min(MAX_SCALE, Math.max(MIN_SCALE, Math.round(scale * 100) / 100));
    if (next === this.scale) return;
    const page = this.currentPage;
    const view = this.pages[page - 1];
    const within = view ? (window.scrollY - view.div.offsetTop) / Math.max(1, view.div.offsetHeight) : 0;
    this.cards.close();
    this.scale = next;
    for (const v of this.pages) {
      this.release(v);
      this.size(v);
    }
    if (view) window.scrollTo({ top: view.div.offsetTop + within * view.div.offsetHeight });
    for (const n of this.near) void this.render(this.pages[n - 1]!);
    this.emit();
  }

  get zoom(): number {
    return this.scale;
  }

  /** Scale at which a page fills the width available. */
  fitWidthScale(): number {
    const width = this.pages[this.currentPage - 1]?.width ?? 595;
    return (document.documentElement.clientWidth - 48) / width;
  }

  goToPage(n: number, behavior: ScrollBehavior = 'auto') {
    const view = this.pages[Math.min(this.pages.length, Math.max(1, Math.round(n))) - 1];
    if (!view) return;
    const bar = document.querySelector('.viewer-bar')?.getBoundingClientRect().height ?? 0;
    window.scrollTo({ top: view.div.offsetTop - bar - 8, behavior });
    this.currentPage = view.number;
    this.emit();
  }

  private onScroll = () => {
    const middle = window.scrollY + window.innerHeight / 3;
    const current = Math.max(0, lastIndexWhere(this.pages.length, (i) => this.pages[i]!.div.offsetTop <= middle)) + 1;
    if (current !== this.currentPage) {
      this.currentPage = current;
      this.emit();
    }
    this.cards.viewMoved();
  };

  // ------------------------------------------------------------------ text, scanning, marks

  private async readAllText() {
    try {
      timingMark('carelens:pdf-text-start');
      const { text, items } = await extractText(this.doc, {
        signal: this.abort.signal,
        onPage: ({ pagesRead, text }) => {
          this.text = text;
          this.pagesRead = pagesRead;
          const span = text.pages[pagesRead - 1]!;
          const pageText = text.text.slice(span.start, span.end);
          if (pagesRead === 1) {
            const firstScan = scan(pageText);
            this.documentDate = documentDateFromFirstPage(pageText, firstScan);
          }
          const found = scan(pageText, this.documentDate ? { documentDate: this.documentDate } : {}).map((m) => shift(m, span.start));
          this.matches.push(...found);
          const view = this.pages[pagesRead - 1];
          if (view?.state === 'rendered') this.paintPage(view);
          if (pagesRead === 1) timingMark('carelens:pdf-text-page-1');
          if (pagesRead % 10 === 0 || pagesRead === 1) this.emit();
        },
      });
      // One scan of the whole text: context across pages (an act named on page 1, "the Act" on page 3).
      this.text = text;
      this.pageItems = items;
      this.matches = scan(text.text, this.documentDate ? { documentDate: this.documentDate } : {});
      await this.findScannedPages();
      if (!this.scanState) this.complete = true;
      for (const view of this.pages) if (view.state === 'rendered') this.paintPage(view);
      if (!this.scanState) timingMark('carelens:pdf-all-scanned', { pages: this.pages.length, matches: this.matches.length });
      this.emit();
    } catch (error) {
      if ((error as Error)?.name !== 'AbortError' && !this.destroyed) console.error('CareLens: reading the PDF text failed', error);
    }
  }

  // ------------------------------------------------------------------ scanned pages

  /** Finds the scanned pages one by one; reading starts with the first found, the rest join the queue as found. */
  private async findScannedPages() {
    if (!this.options.recognise) return;
    this.findingScans = true;
    try {
      // from the page in view outward, so that page is found (and read) first
      const order = Array.from({ length: this.doc.numPages }, (_, i) => i + 1).sort((a, b) => Math.abs(a - this.currentPage) - Math.abs(b - this.currentPage) || a - b);
      for (const n of order) {
        if (this.destroyed) break;
        if (!hasNoText(this.pageItems[n - 1] ?? [])) continue;
        const image = await largestImage(await this.doc.getPage(n), pdfjs.OPS);
        if (!image) continue;
        if (!this.scanState) this.scanState = { pages: [], read: [], unreadable: [], stopped: false, onlyNearView: false };
        this.scanState.pages.push(n);
        if (this.scanState.pages.length > MAX_SCANNED_PAGES_READ_AHEAD) this.scanState.onlyNearView = true;
        this.emit();
        void this.readScannedPages();
      }
    } finally {
      this.findingScans = false;
    }
    if (this.scanState) void this.readScannedPages();
  }

  private findingScans = false;
  private scanLoopRunning = false;

  /** Reads the scanned pages one at a time, the one in view (or nearest to it) first. */
  private async readScannedPages() {
    const state = this.scanState;
    if (!state || this.scanLoopRunning) return;
    this.scanLoopRunning = true;
    timingMark('carelens:ocr-start', { pages: state.pages.length });
    try {
      for (;;) {
        if (this.destroyed || state.stopped) return;
        const next = this.nextScannedPage(state);
        if (next === undefined) break;
        state.reading = next;
        this.emit();
        try {
          await this.readScannedPage(next);
        } catch (error) {
          if (state.stopped || this.destroyed) return;
          state.failed = error instanceof Error ? error.message : String(error);
          state.reading = undefined;
          this.emit();
          return;
        }
        state.reading = undefined;
      }
      if (this.findingScans) return; // more scanned pages may still be found: they call again
      if (!state.onlyNearView || state.read.length === state.pages.length) this.complete = true;
      timingMark('carelens:pdf-all-scanned', { pages: this.pages.length, matches: this.matches.length });
      this.emit();
    } finally {
      this.scanLoopRunning = false;
    }
  }

  private nextScannedPage(state: ScanState): number | undefined {
    const unread = state.pages.filter((n) => !state.read.includes(n));
    const candidates = state.onlyNearView ? unread.filter((n) => this.near.has(n) || n === this.currentPage) : unread;
    return candidates.sort((a, b) => Math.abs(a - this.currentPage) - Math.abs(b - this.currentPage) || a - b)[0];
  }

  /**
   * Has page `n`'s scan read in the recogniser's worker and makes the words its text. The scan's own pixels
   * (pdf.js decodes images in its worker and hands them over as a bitmap) are encoded off the main thread
   * (OffscreenCanvas.convertToBlob); only a page whose image pdf.js does not hand over is drawn here.
   */
  private async readScannedPage(n: number) {
    const page = await this.doc.getPage(n);
    const image = await largestImage(page, pdfjs.OPS);
    const unscaled = page.getViewport({ scale: 1 });
    const scanned = image ? await scanImage(page, image.name) : null;
    let blob: Blob | null;
    let width: number;
    let height: number;
    let placement = { left: 0, bottom: 0, width: unscaled.width, height: unscaled.height };
    if (scanned && image) {
      ({ blob, width, height } = scanned);
      placement = image.placement;
    } else {
      const wanted = image ? Math.max(1, image.width / Math.max(1, image.placement.width)) : 300 / 72;
      const size = readingSize({ width: unscaled.width * wanted, height: unscaled.height * wanted }, MAX_READ_PIXELS);
      const viewport = page.getViewport({ scale: Math.min(8, size.width / unscaled.width) });
      const canvas = document.createElement('canvas');
      canvas.width = width = Math.floor(viewport.width);
      canvas.height = height = Math.floor(viewport.height);
      await page.render({ canvas, viewport }).promise;
      blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
      canvas.width = 0;
      canvas.height = 0;
    }
    if (!blob) throw new Error(`page ${n} could not be drawn for reading`);
    const recognised = await this.options.recognise!(blob, width, height);
    // The recogniser's answer arrives in a message: what follows (the text again, the marks, the page drawn
    // again) runs in tasks of its own, so the reader answers the person in between.
    await nextTask();
    const state = this.scanState!;
    if (state.stopped || this.destroyed) return;
    const items = recognisedItems(recognised, placement);
    this.pageItems[n - 1] = items;
    if (recognised.rotation) this.pages[n - 1]!.straightened = { radians: recognised.rotation, placement };
    state.read.push(n);
    if (!items.length) state.unreadable.push(n);
    await this.rebuildText();
    await nextTask();
    if (state.stopped || this.destroyed) return;
    const view = this.pages[n - 1];
    if (view && view.state !== 'empty') {
      this.release(view);
      if (this.near.has(n)) void this.render(view);
    }
    timingMark('carelens:ocr-page', { page: n });
  }

  /** The flat text and matches again from every page's items (after a scanned page was read), each step a task of its own. */
  private async rebuildText() {
    const builder = new PdfTextBuilder();
    for (let n = 1; n <= this.doc.numPages; n++) builder.addPage(n, this.pageItems[n - 1] ?? []);
    const text = builder.result();
    const first = text.pages[0];
    const documentDate = first ? documentDateFromFirstPage(text.text.slice(first.start, first.end), scan(text.text.slice(first.start, first.end))) : undefined;
    await nextTask();
    const matches = scan(text.text, documentDate ? { documentDate } : {});
    await nextTask();
    if (this.destroyed) return;
    this.text = text;
    this.documentDate = documentDate;
    this.matches = matches;
    this.pagesRead = this.doc.numPages;
    for (const view of this.pages) if (view.state === 'rendered') this.paintPage(view);
    this.emit();
  }

  /** Stops reading scanned pages (the page being read is abandoned). */
  stopReadingScan() {
    if (!this.scanState || this.scanState.stopped) return;
    this.scanState.stopped = true;
    this.scanState.reading = undefined;
    this.options.stopRecognising?.();
    this.emit();
  }

  /** The lowest confidence of the recognised words under a match, when it was read from a scan. */
  private recognisedConfidence(match: Match): number | undefined {
    return this.scanState?.read.length ? confidenceOf(this.text, this.pageItems, match.start, match.end) : undefined;
  }

  private marksEnabled(): boolean {
    return this.settings.enabled && !this.settings.disabledSites.includes(hostOf(this.options.url));
  }

  /** Draws the page's marks (when both its text layer and its text are there). */
  private paintPage(view: PageView) {
    this.unpaintPage(view);
    const span = this.text.pages[view.number - 1];
    if (!span || view.state !== 'rendered' || !this.marksEnabled()) return;
    const { first, last } = matchesBetween(this.matches, span.start, span.end);
    const marks: Mark[] = [];
    for (let index = first; index < last; index++) {
      const match = this.matches[index]!;
      if (!this.settings.kinds[match.kind]) continue;
      const range = this.rangeFor(view, match.start, match.end);
      if (!range) continue;
      marks.push({ match, index, start: match.start, end: match.end, range });
      for (const name of highlightsOf(match)) this.painter.add(name, range);
    }
    view.marks = marks;
    if (marks.length) view.div.dataset.marks = String(marks.length);
    this.paintUnsureWords(view, span);
    if (view.number === 1) timingMark('carelens:pdf-first-page-marked', { marks: marks.length });
    this.emitSoon();
  }

  /** Words the recogniser read with low confidence, underlined so the person checks them against the page. */
  private paintUnsureWords(view: PageView, span: { start: number; end: number }) {
    if (!this.scanState?.read.includes(view.number) || !this.painter.supported) return;
    if (!this.unsureHighlight) {
      this.unsureHighlight = new Highlight();
      CSS.highlights.set('carelens-unsure', this.unsureHighlight);
    }
    let count = 0;
    for (const word of lowConfidenceSpans(this.text, this.pageItems)) {
      if (word.start < span.start || word.end > span.end) continue;
      const range = this.rangeFor(view, word.start, word.end);
      if (range) {
        this.unsureHighlight.add(range);
        view.unsure.push(range);
        count++;
      }
    }
    view.div.dataset.unsureWords = String(count);
  }

  private unpaintPage(view: PageView) {
    for (const mark of view.marks) {
      for (const name of highlightsOf(mark.match)) this.painter.delete(name, mark.range);
      if (mark === this.cards.openMark) this.cards.close();
    }
    view.marks = [];
    delete view.div.dataset.marks;
    for (const range of view.unsure) this.unsureHighlight?.delete(range);
    view.unsure = [];
  }

  private rangeFor(view: PageView, start: number, end: number): Range | null {
    const from = locate(this.text, start, 'start');
    const to = locate(this.text, end, 'end');
    if (!from || !to || from.page !== view.number || to.page !== view.number) return null;
    return this.rangeBetween(from, to);
  }

  /** A Range between two located points of rendered text layers; null when a page is not rendered or nothing is covered. */
  private rangeBetween(from: SourcePoint, to: SourcePoint): Range | null {
    const a = this.pages[from.page - 1]?.textNodes[from.item];
    const b = this.pages[to.page - 1]?.textNodes[to.item];
    if (!a || !b) return null;
    const range = document.createRange();
    try {
      range.setStart(a, Math.min(from.offset, a.length));
      range.setEnd(b, Math.min(to.offset, b.length));
    } catch {
      return null;
    }
    return range.collapsed ? null : range;
  }

  /** Flat-text offset of a caret in the text layer, or null. */
  private offsetOf(node: Node, offset: number): number | null {
    const info = this.nodeInfo.get(node);
    if (!info) return null;
    const runs = runsOfItem(this.text, info.page, info.item);
    for (const run of runs) {
      if (offset >= run.offset && offset <= run.offset + run.sourceLength) {
        return run.start + (run.length === run.sourceLength ? offset - run.offset : 0);
      }
    }
    return runs[0]?.start ?? null;
  }

  // ------------------------------------------------------------------ for saved highlights (src/pdf/saved-highlights.ts)

  /** The whole document's flat text read so far, and whether every page has been read. */
  wholeText(): { text: string; complete: boolean } {
    return { text: this.text.text, complete: this.complete };
  }

  /** A Range over the rendered text layers for flat [start, end) (may span pages); null when a page it touches is not rendered. */
  rangeAt(start: number, end: number): Range | null {
    const from = locate(this.text, start, 'start');
    const to = locate(this.text, end, 'end');
    return from && to ? this.rangeBetween(from, to) : null;
  }

  /** Flat [start, end) of a DOM range in the text layer (a selection), trimmed of spaces; null when it holds no page text. */
  offsetsOf(range: Range): { start: number; end: number } | null {
    const edge = (node: Node, offset: number, side: 'start' | 'end'): number | null => {
      if (this.nodeInfo.has(node)) return this.offsetOf(node, offset);
      // an element boundary: the nearest text-layer text after (start) or before (end) it
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const child = node.childNodes[side === 'start' ? offset : offset - 1];
      walker.currentNode = child ?? node;
      if (side === 'start') {
        for (let t: Node | null = child?.nodeType === 3 ? child : walker.nextNode(); t; t = walker.nextNode()) if (this.nodeInfo.has(t)) return this.offsetOf(t, 0);
      } else {
        if (child) while (walker.currentNode.lastChild) walker.currentNode = walker.currentNode.lastChild;
        for (let t: Node | null = walker.currentNode.nodeType === 3 ? walker.currentNode : walker.previousNode(); t; t = walker.previousNode())
          if (this.nodeInfo.has(t)) return this.offsetOf(t, (t as Text).length);
      }
      return null;
    };
    let start = edge(range.startContainer, range.startOffset, 'start');
    let end = edge(range.endContainer, range.endOffset, 'end');
    if (start === null || end === null) return null;
    const text = this.text.text;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    return end > start ? { start, end } : null;
  }

  /** 1-based page of a flat offset. */
  pageAt(offset: number): number | undefined {
    return locate(this.text, offset, 'start')?.page;
  }

  /** Re-reads settings (kinds, site switch, nation) and redraws. */
  updateSettings(settings: Settings) {
    this.settings = settings;
    this.cards.close();
    for (const view of this.pages) if (view.state === 'rendered') this.paintPage(view);
    this.emit();
  }

  // ------------------------------------------------------------------ hover card

  private onPointerMove = (event: PointerEvent) => {
    if (isOurNode(document, event.target as Node)) return;
    this.cards.pointerAt(event.clientX, event.clientY);
  };

  private onKeyDown = (event: KeyboardEvent) => {
    if (this.cards.keyDown(event)) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || isOurNode(document, target))) return;
    // Alt+Shift+L (the content script's shortcut) or "n" steps to the next mark, Shift+N to the previous.
    if ((event.altKey && event.shiftKey && event.code === 'KeyL') || (!event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN')) {
      event.preventDefault();
      void this.step(event.shiftKey && event.code === 'KeyN' ? -1 : 1);
    }
  };

  private stepIndex = -1;

  /** Goes to the next (or previous) mark of the document and opens its card, as the keyboard shortcut does. */
  async step(direction: 1 | -1): Promise<boolean> {
    const visible = this.marksEnabled() ? this.matches.map((m, i) => ({ m, i })).filter(({ m }) => this.settings.kinds[m.kind]) : [];
    if (!visible.length) return false;
    let pos = visible.findIndex(({ i }) => i > this.stepIndex);
    if (direction === 1) pos = pos < 0 ? 0 : pos;
    else {
      pos = visible.findIndex(({ i }) => i >= this.stepIndex) - 1;
      if (pos < 0) pos = visible.length - 1;
    }
    const target = visible[pos]!;
    this.stepIndex = target.i;
    return this.reveal(target.i);
  }

  private markAt(x: number, y: number): Mark | null {
    const caret = caretAt(document, x, y);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
    const info = this.nodeInfo.get(caret.node);
    if (!info) return null;
    const view = this.pages[info.page - 1];
    if (!view) return null;
    const flat = this.offsetOf(caret.node, caret.offset);
    if (flat === null) return null;
    return markUnder(view.marks, flat, x, y, 2);
  }

  /** Goes to match `index` (of the whole document), waits for its page, scrolls to it and opens its card. */
  async reveal(index: number): Promise<boolean> {
    const match = this.matches[index];
    if (!match) return false;
    const span = this.text.pages.find((p) => match.start >= p.start && match.start <= p.end);
    if (!span) return false;
    const view = this.pages[span.page - 1]!;
    this.goToPage(span.page);
    this.near.add(span.page);
    if (view.state === 'empty') void this.render(view);
    for (let i = 0; i < 100 && view.state !== 'rendered'; i++) await new Promise((done) => setTimeout(done, 30));
    if (view.state !== 'rendered') return false;
    if (!view.marks.some((m) => m.index === index)) this.paintPage(view);
    const mark = view.marks.find((m) => m.index === index);
    if (!mark) return false;
    const rect = mark.range.getBoundingClientRect();
    window.scrollBy({ top: rect.top - window.innerHeight / 3 });
    this.stepIndex = index;
    this.cards.open(mark, true);
    return true;
  }

  // ------------------------------------------------------------------ find in document

  /** Every occurrence of `query` (case-insensitive, spaces flexible) in the whole text read so far. */
  find(query: string): { start: number; end: number }[] {
    const q = query.trim();
    if (!q) return [];
    const pattern = new RegExp(q.split(/\s+/).map(escapeRegExp).join('\\s+'), 'giu');
    const hits: { start: number; end: number }[] = [];
    for (const m of this.text.text.matchAll(pattern)) {
      hits.push({ start: m.index, end: m.index + m[0].length });
      if (hits.length >= 5000) break;
    }
    return hits;
  }

  /** Scrolls to a find hit and highlights it. */
  async showFindHit(hit: { start: number; end: number } | null): Promise<void> {
    if (!this.findHighlight && this.painter.supported) {
      this.findHighlight = new Highlight();
      this.findHighlight.priority = 20;
      CSS.highlights.set('carelens-find', this.findHighlight);
    }
    this.findHighlight?.clear();
    if (!hit) return;
    const span = this.text.pages.find((p) => hit.start >= p.start && hit.start <= p.end);
    if (!span) return;
    const view = this.pages[span.page - 1]!;
    this.goToPage(span.page);
    this.near.add(span.page);
    if (view.state === 'empty') void this.render(view);
    for (let i = 0; i < 100 && view.state !== 'rendered'; i++) await new Promise((done) => setTimeout(done, 30));
    const range = this.rangeFor(view, hit.start, hit.end);
    if (!range) return;
    this.findHighlight?.add(range);
    const rect = range.getBoundingClientRect();
    window.scrollBy({ top: rect.top - window.innerHeight / 3 });
  }

  // ------------------------------------------------------------------ report and state

  /** The matches of the last report handed out, so a later reveal finds the same match even after the
   *  final whole-document scan replaced the page-by-page results. */
  private reported: Match[] | null = null;

  report(): PageReport {
    const matches = this.marksEnabled() ? this.matches.filter((m) => this.settings.kinds[m.kind]) : [];
    this.reported = matches;
    const report = buildPdfReport({
      url: this.options.url,
      title: this.options.title,
      text: this.text.text,
      matches,
      firstPageEnd: this.text.pages[0]?.end,
      complete: this.complete,
      active: this.marksEnabled(),
      highlightsSupported: this.painter.supported,
    });
    if (this.scanState?.read.length) {
      report.matches = report.matches.map((m, i) => {
        const confidence = this.recognisedConfidence(matches[i]!);
        return confidence !== undefined && confidence < LOW_CONFIDENCE ? { ...m, unsure: Math.round(confidence) } : m;
      });
    }
    return report;
  }

  /** Reveals match `reportIndex` of the last report (the report leaves out kinds switched off). */
  revealReported(reportIndex: number): Promise<boolean> {
    const list = this.reported ?? (this.marksEnabled() ? this.matches.filter((m) => this.settings.kinds[m.kind]) : []);
    const wanted = list[reportIndex];
    if (!wanted) return Promise.resolve(false);
    let index = this.matches.indexOf(wanted);
    if (index < 0) index = this.matches.findIndex((m) => m.kind === wanted.kind && m.start === wanted.start);
    if (index < 0) index = this.matches.findIndex((m) => m.kind === wanted.kind && m.end > wanted.start && m.start < wanted.end);
    return index < 0 ? Promise.resolve(false) : this.reveal(index);
  }

  state(): ViewState {
    return {
      pages: this.doc.numPages,
      currentPage: this.currentPage,
      scale: this.scale,
      pagesRead: this.pagesRead,
      complete: this.complete,
      noText: this.complete && this.text.text.trim() === '' && !this.scanState,
      marks: this.matches.length,
      ...(this.scanState ? { scan: { ...this.scanState, read: [...this.scanState.read], unreadable: [...this.scanState.unreadable] } } : {}),
    };
  }

  private emitPending = false;
  private emitSoon() {
    if (this.emitPending) return;
    this.emitPending = true;
    requestAnimationFrame(() => {
      this.emitPending = false;
      this.emit();
    });
  }

  private emit() {
    if (!this.destroyed) this.options.onChange(this.state());
  }

  destroy() {
    this.destroyed = true;
    this.abort.abort();
    this.observer.disconnect();
    window.removeEventListener('scroll', this.onScroll);
    document.removeEventListener('pointermove', this.onPointerMove, { capture: true });
    window.removeEventListener('keydown', this.onKeyDown, { capture: true });
    for (const view of this.pages) this.release(view);
    this.cards.destroy();
    this.painter.uninstall();
    if (this.findHighlight) CSS.highlights.delete('carelens-find');
    if (this.unsureHighlight) CSS.highlights.delete('carelens-unsure');
    this.stopReadingScan();
  }
}

/**
 * A page's scan as a PNG, from the bitmap pdf.js decoded it to, scaled down to MAX_READ_PIXELS; null when pdf.js
 * has no bitmap of it. pdf.js keeps its bitmap (it paints the page with it): a copy goes to the image worker.
 */
async function scanImage(page: PDFPageProxy, name: string): Promise<{ blob: Blob; width: number; height: number } | null> {
  const decoded = await new Promise<{ bitmap?: ImageBitmap } | null>((done) => {
    try {
      page.objs.get(name, done);
    } catch {
      done(null);
    }
  });
  const source = decoded?.bitmap;
  if (!source) return null;
  // the copy's size, not pdf.js's object's: in Firefox that object does not show its width and height here
  const copy = await createImageBitmap(source);
  if (!copy.width || !copy.height) return null;
  const size = readingSize({ width: copy.width, height: copy.height });
  return { blob: await scanAsPng(copy, size), ...size };
}

/** Resolves in a task of its own, after what is waiting (input, drawing) has run. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Shows a straightened scan: the canvas turned about the scan's centre (a compositor transform, no pixels
 * redrawn on the main thread); the page clips the corners that turn out of it.
 */
function straighten(canvas: HTMLCanvasElement, { radians, placement }: { radians: number; placement: Placement }, pageHeight: number, scale: number) {
  const x = (placement.left + placement.width / 2) * scale;
  const y = (pageHeight - placement.bottom - placement.height / 2) * scale;
  canvas.style.transformOrigin = `${x}px ${y}px`;
  canvas.style.transform = `rotate(${radians}rad)`;
  canvas.dataset.straightened = String(Math.round(((radians * 180) / Math.PI) * 100) / 100);
}

/** Recognised words as pdf.js text content, so pdf.js's TextLayer lays them over the scan like a text PDF's. */
function recognisedTextContent(items: readonly PdfTextItem[]) {
  return {
    items: items.map((item) => ({ ...item, dir: 'ltr', fontName: 'carelens-recognised', hasEOL: !!item.hasEOL })),
    styles: { 'carelens-recognised': { fontFamily: 'sans-serif', ascent: 0.8, descent: -0.2, vertical: false } },
    lang: 'en',
  };
}

function shift(match: Match, by: number): Match {
  return { ...match, start: match.start + by, end: match.end + by };
}

/** Matches (sorted by start) that start in [from, to]: index range [first, last). */
function matchesBetween(matches: readonly Match[], from: number, to: number): { first: number; last: number } {
  const lowerBound = (value: number) => firstIndexWhere(matches.length, (i) => matches[i]!.start >= value);
  return { first: lowerBound(from), last: lowerBound(to + 1) };
}

/** The runs of one item: runs are in flat-text order, so a page's runs are contiguous. */
function runsOfItem(text: PdfText, page: number, item: number): TextRun[] {
  const span = text.pages[page - 1];
  if (!span) return [];
  const { runs } = text;
  const out: TextRun[] = [];
  const first = firstIndexWhere(runs.length, (k) => runs[k]!.start >= span.start);
  for (let i = first; i < runs.length && runs[i]!.page === page; i++) if (runs[i]!.item === item) out.push(runs[i]!);
  return out;
}

function documentDateFromFirstPage(text: string, matches: Match[]): string | undefined {
  return buildPdfReport({ url: '', title: '', text, matches, complete: false, active: true, highlightsSupported: true }).documentDate;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
