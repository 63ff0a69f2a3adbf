// One CareLens instance per document (frame): reads the page into TextIndex regions, has the service worker
// scan them (scan-client.ts), paints highlights in slices, answers hover and keyboard with the card,
// and keeps up with changes from the MutationObserver.
import { oneLineSentence } from '../core/detect/context';
import type { Match, MatchKind } from '../core/detect/types';
import { decodeMatch, wireCount } from '../core/detect/wire';
import { LETTER_TEXT_MAX } from '../core/letter/limits';
import type { PageReport, ReportedMatch } from '../protocol/page';
import { DEFAULT_SETTINGS, isActiveOn, type Settings } from '../settings/settings';
import { cardContext } from '../ui/card/context';
import { CardOpener, markUnder } from './card-opener';
import { Painter, highlightsOf } from './highlights';
import { caretAt, highlightsAt } from './hit-test';
import { existingHost, isOurNode } from './host';
import { beginTask, noteTask, ourSlices, runSliced } from './idle';
import { PageObserver, UnreadContent, type ChangeBatch } from './observer';
import { pageText } from './page-text';
import { PAINT_ALL, REGION_ALL, windowOf } from './paint-window';
import { ScanClient, type Upload } from './scan-client';
import { looksRelevant } from './prefilter';
import { BLOCK_SEPARATOR, TextIndex } from './text-index';
import { timingMark } from '../timing';


const nodeLength = (n: Node): number => (n.nodeType === 3 ? (n as Text).length : n.childNodes.length);

/** A mark on the page: what was found, and (when first asked for) what is painted and a live Range over it. */
export class Mark {
  private live: Range | null = null;
  private staticRange: AbstractRange | null | undefined;

  constructor(
    readonly id: number,
    readonly match: Match,
    readonly region: Region,
  ) {}

  get start(): number {
    return this.match.start;
  }

  get end(): number {
    return this.match.end;
  }

  /**
   * What is painted: a StaticRange (see TextIndex.toStaticRange), or null when the text is gone. Made when first
   * asked for: a long page paints only the marks around the view (paint-window.ts), and tens of thousands of
   * ranges made up front would cost time and garbage collections for nothing.
   */
  get paint(): AbstractRange | null {
    if (this.staticRange === undefined) this.staticRange = this.region.index.toStaticRange(this.start, this.end);
    return this.staticRange;
  }

  /** A live Range over the mark, made when first asked for (hover, card, keyboard order, save); collapsed when the text is gone. */
  get range(): Range {
    if (!this.live) {
      const { paint } = this;
      const live = (this.live = (this.region.root.ownerDocument ?? (this.region.root as Document)).createRange());
      if (paint) {
        try {
          live.setStart(paint.startContainer, Math.min(paint.startOffset, nodeLength(paint.startContainer)));
          live.setEnd(paint.endContainer, Math.min(paint.endOffset, nodeLength(paint.endContainer)));
        } catch {
          live.collapse(true);
        }
      }
    }
    return this.live;
  }

  /** Is the mark's text still on the page, outside every one of `changed`? (No range is made to find out.) */
  standsOutside(changed: readonly Node[]): boolean {
    const nodes = this.region.index.boundaries(this.start, this.end);
    return !!nodes && !changed.some((r) => r.contains(nodes[0]));
  }
}

/** The page read begun before the settings came: is it relevant, and if so its index and the scan asked for. */
interface EarlyRead {
  relevant: boolean;
  index?: TextIndex;
  /** The page's text on its way to the service worker (sent while it was read), with every kind asked for. */
  upload?: Upload;
}

const ALL_KINDS: MatchKind[] = ['term', 'section', 'duration', 'date'];

/** A page read whole in one task by the prefilter: few elements, and (where the browser says) little HTML. */
const SMALL_PAGE_ELEMENTS = 3_000;
const SMALL_PAGE_BYTES = 512 * 1024;

function isSmallPage(doc: Document): boolean {
  const nav = doc.defaultView?.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (nav && nav.decodedBodySize > SMALL_PAGE_BYTES) return false;
  // (a page's scripts may have built a large document from little HTML)
  return doc.getElementsByTagName('*').length <= SMALL_PAGE_ELEMENTS;
}

interface Region {
  root: Node;
  index: TextIndex;
  marks: Mark[];
  alive: boolean;
}

export class Controller {
  readonly painter: Painter;
  private settings: Settings = DEFAULT_SETTINGS;
  private active = false;
  private regions: Region[] = [];
  private ordered: Mark[] | null = null;
  private nextId = 1;
  private queue: Promise<void> = Promise.resolve();
  private abort = new AbortController();
  private observer: PageObserver;
  /** Content that was hidden when read, which the page may show later (the observer reads it then). */
  private readonly unread = new UnreadContent();
  private readonly scanner = new ScanClient();
  /** The page read begun before the settings came (beginEarlyRead). */
  private early: Promise<EarlyRead> | null = null;
  private readonly earlyAbort = new AbortController();
  private readonly cards: CardOpener<Mark>;
  private pointer: { x: number; y: number } | null = null;
  private rafPending = false;
  private complete = false;
  private firstDrawn = false;
  private skipNoted = false;
  /** Set by the content script where saved highlights run (the top frame): the card shows "Save". */
  onSave: ((range: Range, match: Match) => void) | null = null;

  constructor(private readonly doc: Document) {
    this.painter = new Painter(doc);
    this.observer = new PageObserver(doc, (n) => isOurNode(doc, n), (b) => this.onMutations(b), { unread: this.unread });
    this.cards = new CardOpener<Mark>(doc, {
      markAt: (x, y) => this.markAt(x, y),
      context: ({ region, match }) => cardContext(region.index.text, region.marks.map((m) => m.match), match, this.settings),
      key: (mark) => `${mark.id}`,
      save: () => this.onSave ?? undefined,
      setActive: (range) => this.painter.setActive(range),
      enabled: () => this.active,
    });
    this.beginEarlyRead();
  }

  get win(): Window & typeof globalThis {
    return this.doc.defaultView as Window & typeof globalThis;
  }

  // ------------------------------------------------------------------ lifecycle

  async apply(settings: Settings): Promise<void> {
    const before = this.settings;
    this.settings = settings;
    const active = isActiveOn(settings, this.win.location.hostname);
    const kindsChanged = JSON.stringify(before.kinds) !== JSON.stringify(settings.kinds);
    if (active && (!this.active || kindsChanged)) {
      this.stop();
      this.active = true;
      this.start();
    } else if (!active && this.active) {
      this.stop();
    }
    if (!active) {
      this.earlyAbort.abort();
      this.early = null;
    }
    await this.queue;
  }

  /**
   * Does the page's text hold anything CareLens could mark (prefilter.ts)? A small page's text is read in one
   * native call; a large one's node by node (body.textContent would be one 5 MB string in one task), tested in pieces.
   */
  private async prefilter(body: Node, signal: AbortSignal): Promise<boolean> {
    if (isSmallPage(this.doc)) {
      const t0 = performance.now();
      const relevant = looksRelevant(body.textContent ?? '');
      noteTask(t0, performance.now(), 'prefilter');
      return relevant && !signal.aborted;
    }
    const walker = this.doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let relevant: boolean | undefined;
    let buffer: string[] = [];
    let size = 0;
    let tail = '';
    await runSliced(
      this.win,
      (timeUp) => {
        while (relevant === undefined) {
          const node = walker.nextNode();
          if (node) {
            const data = (node as Text).data;
            buffer.push(data);
            size += data.length;
            if (size < 65_536) continue;
          }
          const piece = tail + buffer.join(''); // as textContent joins them
          if (looksRelevant(piece)) relevant = true;
          else if (!node) relevant = false;
          // the last words, so a phrase cut between two pieces is seen whole (from a word start: no fragments)
          const cut = piece.indexOf(' ', piece.length - 64);
          tail = cut < 0 ? '' : piece.slice(cut + 1);
          buffer = [];
          size = 0;
          if (timeUp()) break;
        }
        return relevant !== undefined;
      },
      { signal, busy: true, name: 'prefilter' },
    );
    return relevant === true && !signal.aborted;
  }

  /**
   * Reads the page (prefilter, the shared TextIndex) and has it scanned while the settings are still on their way
   * (a storage read takes tens of milliseconds on a busy machine): the work overlaps the wait. When the settings
   * say CareLens is off here, the result is dropped and nothing is drawn.
   */
  private beginEarlyRead(): void {
    if (this.early || this.active) return;
    const body = this.doc.body ?? this.doc.documentElement;
    const signal = this.earlyAbort.signal;
    // (no beginTask: this runs in the content script's first task, which began with the bundle's evaluation)
    this.early = this.prefilter(body, signal).then(async (relevant): Promise<EarlyRead> => {
      if (!relevant && !signal.aborted) this.noteSkipped(); // nothing to draw, whatever the settings say
      if (!relevant || signal.aborted) return { relevant };
      // The page goes to the service worker as it is read (its prepass runs on each part as it comes), on a port
      // opened now, while the page is still being read.
      const upload = this.scanner.open(signal);
      const index = await pageText(this.doc).read((part) => upload.send(part));
      if (signal.aborted) return { relevant };
      if (upload.length === 0) await upload.sendAll(this.win, index.text); // the index was read before
      upload.finish(ALL_KINDS); // every kind: the settings choose which are drawn
      return { relevant, index, upload };
    });
  }

  private start(): void {
    const t0 = performance.now();
    beginTask();
    this.abort = new AbortController();
    this.complete = false;
    this.listen();
    this.observer.start();
    const body = this.doc.body ?? this.doc.documentElement;
    this.enqueue(async () => {
      // the read begun while the settings were on their way, else a read now
      const early = this.early ? await this.early : null;
      this.early = null;
      const relevant = early ? early.relevant : await this.prefilter(body, this.abort.signal);
      if (!relevant) return this.noteSkipped();
      await this.scanRegion(body, early);
    });
    void this.queue.then(() => {
      this.complete = true;
      if (!this.firstDrawn) {
        this.firstDrawn = true;
        // our tasks so far (for the content bench, which attributes the page's long tasks by overlap)
        timingMark('carelens:drawn', { marks: this.countMarks(), slices: ourSlices() });
      }
    });
    noteTask(t0, performance.now(), 'start');
  }

  /** The page has no relevant text: nothing is drawn, whatever the settings say (for the content bench, once). */
  private noteSkipped(): void {
    if (this.skipNoted) return;
    this.skipNoted = true;
    timingMark('carelens:skipped', { reason: 'no relevant text', slices: ourSlices() });
  }

  stop(): void {
    this.active = false;
    this.abort.abort();
    this.observer.stop();
    this.unread.clear();
    this.unlisten();
    this.cards.close();
    // (the highlights and their stylesheet go too: a page where CareLens was switched off keeps none of them)
    this.painter.uninstall();
    this.painted.clear();
    this.windowed = false;
    this.regions = [];
    this.unpainted = [];
    this.ordered = null;
  }

  private enqueue(job: () => Promise<void>): void {
    this.queue = this.queue.then(job).catch((e) => console.warn('CareLens:', e));
  }

  countMarks(): number {
    return this.regions.reduce((n, r) => n + r.marks.length, 0);
  }

  // ------------------------------------------------------------------ reading and scanning

  private enabledKinds(): MatchKind[] {
    return (Object.keys(this.settings.kinds) as MatchKind[]).filter((k) => this.settings.kinds[k]);
  }

  /**
   * Scan `root` for marks. The whole page (the body) uses the page's one shared TextIndex (page-text.ts),
   * the same one saved highlights anchor over; a subtree that changed later is read on its own (small).
   */
  private async scanRegion(root: Node, early?: EarlyRead | null): Promise<void> {
    const signal = this.abort.signal;
    let index: TextIndex;
    if (root === this.doc.body || root === this.doc.documentElement) {
      index = await pageText(this.doc).read();
    } else {
      const host = existingHost(this.doc)?.host ?? null;
      index = new TextIndex(root, { exclude: host });
      await runSliced(this.win, (timeUp) => index.step(timeUp), { signal, name: 'index' });
      if (!signal.aborted) timingMark('carelens:indexed', { chars: index.text.length });
    }
    if (signal.aborted) return;
    this.unread.add(index.unread);
    const region: Region = { root, index, marks: [], alive: true };
    this.regions.push(region);
    const text = index.text;
    // The service worker scans (scan-service.ts): the text goes there, the matches come back in compact form, a
    // stretch of the text at a time; the page's first read may have sent it already (beginEarlyRead).
    const kinds = new Set(this.enabledKinds());
    const busy = index === pageText(this.doc).peek();
    let upload: Upload | undefined;
    try {
      upload = early?.upload && early.index === index ? early.upload : await this.scanner.scan(this.win, text, [...kinds], signal);
      for await (const wire of upload.matches()) {
        if (signal.aborted || !region.alive) return;
        const count = wireCount(wire);
        let i = 0;
        await runSliced(
          this.win,
          (timeUp) => {
            while (i < count) {
              const match = decodeMatch(text, wire, i++);
              if (kinds.has(match.kind)) this.addMark(region, match);
              if ((i & 63) === 0 && timeUp()) return false;
            }
            return true;
          },
          { signal, busy, name: 'marks' },
        );
      }
    } catch (e) {
      if (!signal.aborted) console.warn('CareLens: this page could not be scanned:', e);
      return;
    }
    // Painted once, when every stretch is in: each change to the highlights makes the browser place all of their
    // ranges again at the next frame (hundreds of milliseconds on a 5 MB page), so painting stretch by stretch
    // would pay that once per stretch. In slices too (a 5 MB page has tens of thousands of marks).
    // Past PAINT_ALL marks, the painted window is placed by the marks' rectangles: measured after a frame, when the
    // page's layout is done (measured before, the page's pending layout would run inside our task). A background
    // tab has no frames: then after a moment.
    if (this.painter.supported && this.countMarks() > PAINT_ALL) await this.afterFrame(500);
    if (signal.aborted) return;
    await runSliced(this.win, (timeUp) => this.flushPaint(timeUp), { signal, busy, name: 'paint' });
    timingMark('carelens:scanned', {
      chars: text.length, ms: upload.answeredAt - upload.finishedAt, worker: upload.workerMs, early: upload.earlyMs, toWorker: upload.toWorkerMs, back: upload.backMs, pieces: upload.pieces, largest: upload.largest, answers: upload.answerCount,
    });
    this.ordered = null;
  }

  /** Marks found but not yet painted (pages with up to PAINT_ALL marks), and the marks in the highlights now. */
  private unpainted: Mark[] = [];
  private readonly painted = new Set<Mark>();
  /** Past PAINT_ALL marks, only those around the view are painted (paint-window.ts), and the window follows scrolling. */
  private windowed = false;
  private windowPending = false;

  /** Paints the marks found so far; with `timeUp`, stops when it says so. True when all are painted. */
  private flushPaint(timeUp?: () => boolean): boolean {
    if (!this.painter.supported) {
      this.unpainted = [];
      return true;
    }
    if (this.countMarks() > PAINT_ALL) {
      this.unpainted = [];
      this.windowed = true;
      this.paintWindow();
      return true;
    }
    if (this.windowed) {
      // back under the limit: every mark again
      this.windowed = false;
      this.unpainted = this.regions.flatMap((r) => r.marks).filter((m) => !this.painted.has(m));
    }
    if (!this.unpainted.length) return true;
    // (where the styles did not come with the content script's registration, they are adopted now that there is
    // something to paint: adopting them restyles the whole page, and the page has been read)
    this.painter.install();
    const list = this.unpainted;
    let i = 0;
    while (i < list.length) {
      const mark = list[i++]!;
      if (mark.region.alive) this.paintMark(mark);
      if ((i & 255) === 0 && timeUp?.()) break;
    }
    this.unpainted = i < list.length ? list.slice(i) : [];
    return this.unpainted.length === 0;
  }

  private paintMark(mark: Mark): void {
    const { paint } = mark;
    if (!paint || this.painted.has(mark)) return;
    this.painted.add(mark);
    for (const name of highlightsOf(mark.match)) this.painter.add(name, paint);
  }

  private unpaintMark(mark: Mark): void {
    if (!this.painted.delete(mark)) return;
    const paint = mark.paint!; // (painted: it has one)
    for (const name of highlightsOf(mark.match)) this.painter.delete(name, paint);
  }

  /** Each long region's painted window [from, to) (indices into its marks), while nothing was added or dropped. */
  private windows = new WeakMap<Region, [number, number]>();

  /**
   * The marks around the view painted, the others not (short regions keep all theirs). When following the view
   * (`moved`), a region's window is kept while the view and a screen either side stay inside it: every change
   * to the highlights costs a frame that places all of them again, so not one per scrolled frame.
   */
  private paintWindow(moved = false): void {
    this.painter.install();
    if (!moved) this.windows = new WeakMap();
    const probe = this.doc.createRange();
    const height = this.win.innerHeight || this.doc.documentElement.clientHeight;
    let changed = false;
    const wanted = new Set<Mark>();
    for (const region of this.regions) {
      const { marks } = region;
      if (marks.length <= REGION_ALL) {
        for (const m of marks) wanted.add(m);
        continue;
      }
      const rectOf = (i: number) => {
        const p = marks[i]!.paint;
        if (!p) return null;
        try {
          probe.setStart(p.startContainer, p.startOffset);
          probe.setEnd(p.endContainer, p.endOffset);
        } catch {
          return null; // the text changed under it (a rescan is on its way)
        }
        const r = probe.getBoundingClientRect();
        return r.width || r.height ? r : null;
      };
      let span = this.windows.get(region);
      const [near, far] = windowOf(marks.length, rectOf, height, 0);
      if (!span || near < span[0] || far > span[1]) {
        span = windowOf(marks.length, rectOf, height);
        this.windows.set(region, span);
        changed = true;
      }
      for (let i = span[0]; i < Math.min(span[1], marks.length); i++) wanted.add(marks[i]!);
    }
    probe.detach();
    if (moved && !changed) return;
    for (const m of [...this.painted]) if (!wanted.has(m)) this.unpaintMark(m);
    for (const m of wanted) if (m.region.alive) this.paintMark(m);
  }

  /** After the next frame has been drawn, or `wait` milliseconds, whichever comes first. */
  private afterFrame(wait: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = this.win.setTimeout(resolve, wait);
      this.win.requestAnimationFrame(() =>
        this.win.setTimeout(() => {
          this.win.clearTimeout(timer);
          resolve();
        }, 0),
      );
    });
  }

  /** After scrolling or resizing: the window moves with the view (once a frame at most). */
  private followView(): void {
    if (!this.windowed || this.windowPending) return;
    this.windowPending = true;
    this.win.requestAnimationFrame(() => {
      this.windowPending = false;
      if (this.windowed && this.active) this.paintWindow(true);
    });
  }

  private addMark(region: Region, match: Match): void {
    const mark = new Mark(this.nextId++, match, region);
    region.marks.push(mark);
    this.unpainted.push(mark);
  }

  private dropMark(mark: Mark): void {
    this.unpaintMark(mark);
    if (this.cards.openMark === mark) this.cards.close();
  }

  private onMutations(batch: ChangeBatch): void {
    if (!this.active) return;
    this.ordered = null;
    this.windows = new WeakMap(); // marks are dropped below: indices move
    // drop marks whose text went away or sits in a changed subtree
    for (const region of this.regions) {
      if (!region.root.isConnected || batch.roots.some((r) => r !== region.root && r.contains(region.root))) {
        region.alive = false;
      }
      region.marks = region.marks.filter((m) => {
        const gone = !region.alive || !m.standsOutside(batch.roots);
        if (gone) this.dropMark(m);
        return !gone;
      });
    }
    this.regions = this.regions.filter((r) => r.alive);
    for (const root of batch.roots) {
      this.enqueue(async () => {
        if (!root.isConnected || !looksRelevant(root.textContent ?? '')) return;
        await this.scanRegion(root);
        timingMark('carelens:rescanned', { marks: this.countMarks() });
      });
    }
  }

  // ------------------------------------------------------------------ marks in document order

  orderedMarks(): Mark[] {
    if (!this.ordered) {
      const all = this.regions.flatMap((r) => r.marks).filter((m) => m.paint?.startContainer.isConnected);
      all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range) || a.id - b.id);
      this.ordered = all;
    }
    return this.ordered;
  }

  report(): PageReport {
    const matches: ReportedMatch[] = this.orderedMarks().map((m, index) => ({
      ...m.match,
      index,
      sentence: oneLineSentence(m.region.index.text, m.start, m.end),
    }));
    return {
      url: this.win.location.href,
      title: this.doc.title,
      surface: 'page',
      active: this.active,
      highlightsSupported: this.painter.supported,
      complete: this.complete,
      matches,
      ...this.letterText(),
    };
  }

  /** The page's text for "Check a letter": its regions in document order, parted as blocks are. */
  private letterText(): { text?: string } {
    let length = 0;
    for (const r of this.regions) if ((length += r.index.text.length + 2) > LETTER_TEXT_MAX) return {};
    return { text: this.regions.map((r) => r.index.text).join(BLOCK_SEPARATOR) };
  }

  // ------------------------------------------------------------------ the card

  get openMark(): Mark | null {
    return this.cards.openMark;
  }

  /** Moves to the next mark after the open one (or the first below the top of the view) and opens its card. */
  next(): boolean {
    const list = this.orderedMarks();
    if (!list.length) return false;
    let i: number;
    if (this.cards.openMark) {
      i = (list.indexOf(this.cards.openMark) + 1) % list.length;
    } else {
      i = list.findIndex((m) => m.range.getBoundingClientRect().bottom > 0);
      if (i < 0) i = 0;
    }
    this.reveal(i);
    return true;
  }

  reveal(index: number): boolean {
    const mark = this.orderedMarks()[index];
    if (!mark) return false;
    const r = mark.range.getBoundingClientRect();
    if (r.top < 0 || r.bottom > this.win.innerHeight) {
      const el = mark.range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
    this.cards.open(mark, true);
    return true;
  }

  // ------------------------------------------------------------------ pointer and keyboard

  private onPointerMove = (e: PointerEvent) => {
    if (existingHost(this.doc)?.host === e.target) return; // over the card
    this.pointer = { x: e.clientX, y: e.clientY };
    if (this.rafPending) return;
    this.rafPending = true;
    this.win.requestAnimationFrame(() => {
      this.rafPending = false;
      if (this.pointer) this.cards.pointerAt(this.pointer.x, this.pointer.y);
    });
  };

  private onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyL') {
      e.preventDefault();
      e.stopPropagation();
      this.next();
    } else {
      this.cards.keyDown(e);
    }
  };

  private onScroll = () => this.cards.viewMoved();

  /** Any scroll, the page's or a scrolling box's inside it (captured: scroll events do not bubble), and resizes. */
  private onViewMoved = () => this.followView();

  private listen(): void {
    this.doc.addEventListener('pointermove', this.onPointerMove, { passive: true, capture: true });
    this.win.addEventListener('keydown', this.onKeyDown, { capture: true });
    this.win.addEventListener('scroll', this.onScroll, { passive: true });
    this.doc.addEventListener('scroll', this.onViewMoved, { passive: true, capture: true });
    this.win.addEventListener('resize', this.onViewMoved, { passive: true });
  }

  private unlisten(): void {
    this.doc.removeEventListener('pointermove', this.onPointerMove, { capture: true });
    this.win.removeEventListener('keydown', this.onKeyDown, { capture: true });
    this.win.removeEventListener('scroll', this.onScroll);
    this.doc.removeEventListener('scroll', this.onViewMoved, { capture: true });
    this.win.removeEventListener('resize', this.onViewMoved);
  }

  /**
   * The mark under (x, y): our highlights under the point (highlightsFromPoint, where there is one) -> caret
   * position -> region offset -> marks around it -> confirmed by rectangles.
   */
  markAt(x: number, y: number): Mark | null {
    // Where the browser can say which highlights are under the point, most pointer moves (over text without a
    // mark) end here, before any caret or rectangle work.
    const under = this.painter.supported ? highlightsAt(this.win, x, y) : null;
    if (under && !this.painter.holdsMark(under)) return null;
    const caret = caretAt(this.doc, x, y);
    if (!caret || caret.node.nodeType !== 3) return null;
    // the region whose index holds the node (a few regions; each index maps its own nodes)
    let region: Region | undefined;
    for (let i = this.regions.length - 1; i >= 0 && !region; i--) if (this.regions[i]!.index.has(caret.node)) region = this.regions[i];
    if (!region || !region.alive) return null;
    const flat = region.index.offsetOf(caret.node, caret.offset);
    if (flat === null) return null;
    return markUnder(region.marks, flat, x, y);
  }
}
