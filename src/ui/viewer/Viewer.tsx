import { useCallback, useEffect, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';
import { openPdf, pdfjs } from '../../pdf/pdfjs';
import { DocumentView, MAX_SCALE, MIN_SCALE, type ViewState } from '../../pdf/document-view';
import { fileNameOf, parseViewerLocation } from '../../pdf/viewer-url';
import { DEFAULT_SETTINGS, getSettings, onSettingsChanged, type Settings } from '../../settings/settings';
import { CONTENT_NEXT_MARK, OPEN_NATIVE, type PageReport, type ViewerEnvelope } from '../../protocol/page';
import { buildPdfReport } from '../../pdf/report';
import { startPdfSavedHighlights, type PdfSavedHighlights } from '../../pdf/saved-highlights';
import { prefillFromMatch } from '../saved/prefill';
import { takeHandoff } from '../common/pdf-handoff';
import { OpenFileError, READER_ACCEPT, readerDocument, type ReaderFileKind } from '../../pdf/from-files';
import { BrowserRecogniser } from '../../ocr/browser';
import { platform } from '../../platform';
import 'pdfjs-dist/web/pdf_viewer.css';
import './viewer.css';

type Source = { kind: 'url'; url: string; page?: number } | { kind: 'file'; files: File[] };

type Status =
  | { status: 'no-file'; note?: string }
  | { status: 'loading' }
  | { status: 'password'; retry: boolean; submit: (password: string) => void }
  | { status: 'ready'; pages: number }
  | { status: 'error'; message: string; detail?: string };

const target = parseViewerLocation(location.href);
const viewerParams = new URLSearchParams(location.search);
/** A PDF dropped on the popup, kept for this tab in the extension's own storage. */
const handoff = target ? null : viewerParams.get('handoff');
/** Opened from the popup's "Open a PDF from your computer": the file picker has the focus. */
const pick = !target && viewerParams.get('pick') === '1';

export function Viewer() {
  const [source, setSource] = useState<Source | null>(target ? { kind: 'url', url: target.url, page: target.page } : null);
  const [status, setStatus] = useState<Status>(target || handoff ? { status: 'loading' } : { status: 'no-file' });
  const [view, setView] = useState<ViewState | null>(null);
  const [dragging, setDragging] = useState(false);
  const pagesRef = useRef<HTMLDivElement>(null);
  const docViewRef = useRef<DocumentView | null>(null);
  const docRef = useRef<PDFDocumentProxy | null>(null);
  const settingsRef = useRef<Settings>(DEFAULT_SETTINGS);
  const savedRef = useRef<PdfSavedHighlights | null>(null);

  const [fileKind, setFileKind] = useState<ReaderFileKind>('pdf');
  const [scaledDown, setScaledDown] = useState<{ name: string; megapixels: number }[]>([]);
  const name = source ? (source.kind === 'url' ? fileNameOf(source.url) : source.files.length > 1 ? `${source.files[0]!.name} and ${source.files.length - 1} more` : source.files[0]!.name) : '';
  const originalUrl = source?.kind === 'url' ? source.url : undefined;

  useEffect(() => {
    document.title = name ? `${name} – CareLens` : 'CareLens PDF viewer';
  }, [name]);

  // Open the document.
  useEffect(() => {
    if (!source) return;
    let cancelled = false;
    let task: PDFDocumentLoadingTask | null = null;
    setStatus({ status: 'loading' });
    setView(null);
    (async () => {
      if (source.kind === 'url' && source.url.startsWith('file:') && !(await fileAccessAllowed())) {
        if (!cancelled)
          setStatus({
            status: 'no-file',
            note: platform.noFileAccessNote,
          });
        return;
      }
      settingsRef.current = await getSettings().catch(() => DEFAULT_SETTINGS);
      let data: Uint8Array | undefined;
      // A photo or a Word document given by address (a file:// link) is fetched from that address and read here.
      const files = source.kind === 'file' ? source.files : /\.(jpe?g|png|webp|docx)$/i.test(new URL(source.url).pathname) ? [await fetchAsFile(source.url)] : null;
      if (files) {
        const document = await readerDocument(files);
        if (cancelled) return;
        setFileKind(document.kind);
        setScaledDown(document.scaledDown);
        data = document.bytes;
      } else setFileKind('pdf');
      task = data ? openPdf({ data }) : openPdf({ url: (source as { url: string }).url });
      task.onPassword = (update: (password: string) => void, reason: number) => {
        if (cancelled) return;
        setStatus({ status: 'password', retry: reason === pdfjs.PasswordResponses.INCORRECT_PASSWORD, submit: update });
      };
      const doc = await task.promise;
      if (cancelled) return;
      docRef.current = doc;
      const metadata = await doc.getMetadata().catch(() => null);
      const title = ((metadata?.info as { Title?: string } | undefined)?.Title || name).trim();
      setStatus({ status: 'ready', pages: doc.numPages });
      const container = pagesRef.current!;
      // Saved highlights: filed under the PDF's fingerprint too, so another copy of the same letter finds them.
      let saved: PdfSavedHighlights | null = null;
      let read = { pagesRead: -1, complete: false };
      const recogniser = new BrowserRecogniser();
      const docView = new DocumentView({
        recognise: (image, width, height) => recogniser.recognise(image, width, height),
        stopRecognising: () => void recogniser.stop(),
        onPageRendered: () => saved?.redraw(),
        onSaveMark: (range, match) => void saved?.session.openSave({ source: 'card', ...prefillFromMatch(match) }, range),
        doc,
        container,
        url: source.kind === 'url' ? source.url : `file:${source.files[0]!.name}`,
        title,
        settings: settingsRef.current,
        onChange: (state) => {
          if (!cancelled) setView(state);
          if (saved && (state.pagesRead !== read.pagesRead || state.complete !== read.complete)) {
            read = { pagesRead: state.pagesRead, complete: state.complete };
            saved.redraw();
          }
        },
      });
      docViewRef.current = docView;
      const fingerprint = doc.fingerprints[0];
      if (fingerprint) {
        const tab = await browser.tabs.getCurrent().catch(() => undefined);
        if (cancelled) return;
        const ui = document.createElement('div');
        ui.className = 'carelens-saved-ui';
        document.body.append(ui);
        saved = startPdfSavedHighlights({
          doc: document,
          url: source.kind === 'url' ? source.url : `file:${source.files[0]!.name}`,
          title,
          fingerprint,
          ...(tab?.id !== undefined ? { tabId: tab.id } : {}),
          text: () => docView.wholeText(),
          rangeFor: (start, end) => docView.rangeAt(start, end),
          offsetsOf: (range) => docView.offsetsOf(range),
          pageAt: (offset) => docView.pageAt(offset),
          uiContainer: () => ui,
        });
        savedRef.current = saved;
        void saved.refresh();
      }
      await docView.ready;
      if (!cancelled && source.kind === 'url' && source.page) docView.goToPage(source.page);
    })().catch((error: unknown) => {
      if (!cancelled) setStatus({ status: 'error', ...(error instanceof OpenFileError ? { message: error.message } : describeError(error)) });
    });
    return () => {
      cancelled = true;
      savedRef.current?.session.destroy();
      savedRef.current = null;
      document.querySelector('.carelens-saved-ui')?.remove();
      docViewRef.current?.destroy();
      docViewRef.current = null;
      docRef.current = null;
      void task?.destroy();
    };
  }, [source]);

  // Settings changes (kinds, sites, nation) redraw the marks.
  useEffect(
    () =>
      onSettingsChanged((settings) => {
        settingsRef.current = settings;
        docViewRef.current?.updateSettings(settings);
      }),
    [],
  );

  // The popup asks this tab for its report and to reveal a mark (runtime messages in a ViewerEnvelope).
  useEffect(() => {
    let tabId: number | undefined;
    void browser.tabs.getCurrent().then((tab) => (tabId = tab?.id));
    const listener = (message: unknown) => {
      const envelope = message as Partial<ViewerEnvelope> | null;
      if (envelope?.target !== 'viewer' || tabId === undefined || envelope.tabId !== tabId || !envelope.request) return undefined;
      const request = envelope.request as ViewerEnvelope['request'] | { type: typeof CONTENT_NEXT_MARK };
      const docView = docViewRef.current;
      switch (request.type) {
        case CONTENT_NEXT_MARK:
          return (docView ? docView.step(1) : Promise.resolve(false)).then((ok) => ({ ok }));
        case 'carelens:ping':
          return Promise.resolve({ url: location.href, title: document.title, frame: 'top' });
        case 'carelens:get-report':
          return Promise.resolve<PageReport>(
            docView?.report() ??
              buildPdfReport({
                url: originalUrlRef.current ?? '',
                title: document.title,
                text: '',
                matches: [],
                complete: false,
                active: settingsRef.current.enabled,
                highlightsSupported: 'highlights' in CSS,
              }),
          );
        case 'carelens:reveal':
          return (docView ? docView.revealReported(request.index) : Promise.resolve(false)).then((ok) => ({ ok }));
        default:
          return undefined;
      }
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);
  // Saved highlights: save the selection (context menu, keyboard command), changes from elsewhere, reveal.
  useEffect(() => {
    const listener = (message: unknown) => savedRef.current?.handleMessage(message);
    // the page sees the command's keys where the browser does not own the shortcut (as on web pages)
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyS' && savedRef.current) {
        e.preventDefault();
        void savedRef.current.session.openSave({ source: 'command' });
      }
    };
    browser.runtime.onMessage.addListener(listener);
    window.addEventListener('keydown', onKey, true);
    return () => {
      browser.runtime.onMessage.removeListener(listener);
      window.removeEventListener('keydown', onKey, true);
    };
  }, []);
  const originalUrlRef = useRef(originalUrl);
  originalUrlRef.current = originalUrl;

  const openFile = useCallback((files: File[] | File | undefined) => {
    const list = files === undefined ? [] : Array.isArray(files) ? files : [files];
    if (!list.length) return;
    setSource({ kind: 'file', files: list });
  }, []);

  // A file dropped on the popup: take it (once) from the handoff store.
  useEffect(() => {
    if (!handoff) return;
    history.replaceState(null, '', location.pathname);
    void takeHandoff(handoff)
      .catch((): File[] => [])
      .then((files) => {
        if (files.length) openFile(files);
        else setStatus({ status: 'no-file', note: 'The PDF handed over from the CareLens button was not found. Choose it again below, or drop it on this page.' });
      });
  }, [openFile]);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    openFile([...event.dataTransfer.files]);
  };

  return (
    <main
      className={`viewer${dragging ? ' viewer-dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className="viewer-bar">
        <strong>CareLens</strong>
        {name && (
          <span className="viewer-file" title={originalUrl ?? name}>
            {name}
          </span>
        )}
        {status.status === 'ready' && <span>{status.pages === 1 ? '1 page' : `${status.pages} pages`}</span>}
        {status.status === 'ready' && view && <Toolbar view={view} docView={docViewRef} doc={docRef} name={name} />}
        {originalUrl && /^(https?|file):/.test(originalUrl) && (
          <a className="viewer-native" href={originalUrl} onClick={(event) => openNative(event, originalUrl)}>
            Open in the browser's viewer
          </a>
        )}
      </header>
      {status.status === 'no-file' && (
        <section className="viewer-message" aria-labelledby="pick-title">
          <h1 id="pick-title">Open a PDF</h1>
          {status.note ? (
            <p role="status">{status.note}</p>
          ) : pick ? (
            <p role="status">Choose a letter or other PDF saved on this computer, or drop it on this page.</p>
          ) : (
            <p role="status">No PDF was given. Open a PDF link to read it here, or choose a letter saved on this computer.</p>
          )}
          <FilePicker onFile={openFile} autoFocus={pick} />
        </section>
      )}
      {status.status === 'loading' && (
        <p role="status" className="viewer-message">
          Opening the PDF…
        </p>
      )}
      {status.status === 'password' && <PasswordForm retry={status.retry} submit={status.submit} />}
      {status.status === 'error' && (
        <div role="alert" className="viewer-message viewer-error">
          <p>{status.message}</p>
          {status.detail && <p className="viewer-detail">{status.detail}</p>}
          {originalUrl && (
            <p>
              <a href={originalUrl} onClick={(event) => openNative(event, originalUrl)}>
                Open the original file
              </a>
            </p>
          )}
          <FilePicker onFile={openFile} />
        </div>
      )}
      {status.status === 'ready' && view?.scan && <ScanNotice scan={view.scan} pages={view.pages} docView={docViewRef} fileKind={fileKind} />}
      {status.status === 'ready' && scaledDown.length > 0 && (
        <p role="status" className="viewer-message viewer-notice">
          {scaledDown.map((s) => `${s.name} is a ${s.megapixels}-megapixel photo: CareLens read it at 12 megapixels, which is plenty for a letter.`).join(' ')}
        </p>
      )}
      {status.status === 'ready' && view?.noText && (
        <div role="alert" className="viewer-message viewer-notice">
          <p>
            <strong>No text was found in this PDF.</strong> Its pages are blank or hold only drawings, with no scanned
            picture of text for CareLens to read. Nothing is marked.
          </p>
        </div>
      )}
      <div className="pages" ref={pagesRef} />
      {dragging && <div className="viewer-drop">Drop a PDF, a photo of a letter or a Word document to read it</div>}
    </main>
  );
}

function Toolbar({
  view,
  docView,
  doc,
  name,
}: {
  view: ViewState;
  docView: React.RefObject<DocumentView | null>;
  doc: React.RefObject<PDFDocumentProxy | null>;
  name: string;
}) {
  const [pageInput, setPageInput] = useState(String(view.currentPage));
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<{ start: number; end: number }[]>([]);
  const [hit, setHit] = useState(-1);
  useEffect(() => setPageInput(String(view.currentPage)), [view.currentPage]);

  const runFind = (event: FormEvent, direction: 1 | -1 = 1) => {
    event.preventDefault();
    const dv = docView.current;
    if (!dv) return;
    const found = dv.find(query);
    setHits(found);
    const next = found.length ? (hit + direction + found.length) % found.length : -1;
    setHit(next);
    void dv.showFindHit(found[next] ?? null);
  };

  const bytes = async () => new Blob([(await doc.current!.getData()) as BlobPart], { type: 'application/pdf' });
  const download = async () => {
    const url = URL.createObjectURL(await bytes());
    const a = document.createElement('a');
    a.href = url;
    a.download = name || 'document.pdf';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const print = async () => {
    // Print the original file with the browser's own PDF printing, not our screen rendering.
    const url = URL.createObjectURL(await bytes());
    const frame = document.createElement('iframe');
    frame.className = 'viewer-print-frame';
    frame.src = url;
    frame.onload = () => {
      try {
        frame.contentWindow?.print();
      } catch {
        window.print();
      }
    };
    document.body.append(frame);
    setTimeout(() => {
      frame.remove();
      URL.revokeObjectURL(url);
    }, 60_000);
  };

  const zoom = (scale: number) => docView.current?.setScale(scale);
  return (
    <>
      <form
        className="viewer-group"
        aria-label="Page navigation"
        onSubmit={(event) => {
          event.preventDefault();
          docView.current?.goToPage(Number(pageInput) || 1);
        }}
      >
        <button type="button" aria-label="Previous page" disabled={view.currentPage <= 1} onClick={() => docView.current?.goToPage(view.currentPage - 1)}>
          ‹
        </button>
        <label>
          Page{' '}
          <input
            className="viewer-page-input"
            type="number"
            min={1}
            max={view.pages}
            value={pageInput}
            onChange={(event) => setPageInput(event.target.value)}
            aria-label="Page number"
          />{' '}
          of {view.pages}
        </label>
        <button type="button" aria-label="Next page" disabled={view.currentPage >= view.pages} onClick={() => docView.current?.goToPage(view.currentPage + 1)}>
          ›
        </button>
      </form>
      <div className="viewer-group" role="group" aria-label="Zoom">
        <button type="button" aria-label="Zoom out" disabled={view.scale <= MIN_SCALE} onClick={() => zoom(view.scale / 1.2)}>
          −
        </button>
        <output aria-label="Zoom level">{Math.round(view.scale * 100)}%</output>
        <button type="button" aria-label="Zoom in" disabled={view.scale >= MAX_SCALE} onClick={() => zoom(view.scale * 1.2)}>
          +
        </button>
        <button type="button" onClick={() => zoom(docView.current?.fitWidthScale() ?? 1)}>
          Fit width
        </button>
      </div>
      <form className="viewer-group" role="search" onSubmit={(event) => runFind(event)}>
        <input
          type="search"
          placeholder="Find in document"
          aria-label="Find in document"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setHit(-1);
          }}
        />
        <button type="button" aria-label="Previous match" onClick={(event) => runFind(event, -1)}>
          ↑
        </button>
        <button type="submit" aria-label="Next match">
          ↓
        </button>
        {hit >= 0 && (
          <span className="viewer-find-count" role="status">
            {hits.length ? `${hit + 1} of ${hits.length}` : 'Not found'}
          </span>
        )}
      </form>
      <div className="viewer-group">
        <button type="button" onClick={() => void print()}>
          Print
        </button>
        <button type="button" onClick={() => void download()}>
          Download
        </button>
      </div>
      <span className="viewer-progress" role="status" aria-live="polite">
        {view.complete ? `${view.marks} ${view.marks === 1 ? 'mark' : 'marks'}` : `Reading text… ${view.pagesRead}/${view.pages}`}
      </span>
    </>
  );
}

/** Pages read from a scan: progress and Cancel while reading, then what was read and what to check. */
function ScanNotice({ scan, pages, docView, fileKind }: { scan: NonNullable<ViewState['scan']>; pages: number; docView: React.RefObject<DocumentView | null>; fileKind: ReaderFileKind }) {
  const what = fileKind === 'image' ? 'photo' : 'scan';
  const readable = scan.read.filter((n) => !scan.unreadable.includes(n));
  return (
    <div className="viewer-scan" data-testid="scan-notice">
      {scan.reading !== undefined && (
        <p role="status" aria-live="polite">
          Reading page {scan.reading} of {pages} from the {what}… ({scan.read.length} of {scan.pages.length} read; it stays on your computer){' '}
          <button type="button" onClick={() => docView.current?.stopReadingScan()}>
            Cancel
          </button>
        </p>
      )}
      {scan.onlyNearView && (
        <p role="status">
          This PDF has {scan.pages.length} scanned pages, too many to read all at once (a few seconds each). CareLens reads the pages you go to;
          the marks and the letter check cover the pages read so far.
        </p>
      )}
      {scan.stopped && (
        <p role="status">
          Reading stopped. {scan.read.length} of {scan.pages.length} scanned pages were read; the others are not marked.
        </p>
      )}
      {scan.failed && (
        <p role="alert">
          CareLens could not read the {what}: {scan.failed}. Nothing was sent anywhere.
        </p>
      )}
      {readable.length > 0 && (
        <p className="viewer-recognised" data-testid="recognised-text">
          The text of {readable.length === 1 ? `page ${readable[0]}` : `${readable.length} pages`} was read from the {what} by CareLens on this computer. Words it was unsure
          of are underlined: check them, and every date, against the letter.
        </p>
      )}
      {scan.unreadable.length > 0 && (
        <p role="alert" data-testid="unreadable">
          Nothing could be read on {scan.unreadable.length === 1 ? `page ${scan.unreadable[0]}` : `pages ${scan.unreadable.join(', ')}`}: it looks blank, or the
          writing is too faint or blurred. A sharper scan or photo, in good light, may help.
        </p>
      )}
    </div>
  );
}

function FilePicker({ onFile, autoFocus = false }: { onFile: (files: File[]) => void; autoFocus?: boolean }) {
  return (
    <p className="viewer-picker">
      <label>
        Choose a PDF file, photos of a letter (one a page) or a Word document{' '}
        <input type="file" multiple accept={READER_ACCEPT} autoFocus={autoFocus} onChange={(event) => onFile([...(event.target.files ?? [])])} />
      </label>{' '}
      or drop them on this page. The files stay on your computer.
    </p>
  );
}

function PasswordForm({ retry, submit }: { retry: boolean; submit: (password: string) => void }) {
  const [password, setPassword] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), [retry]);
  return (
    <form
      className="viewer-message viewer-password"
      onSubmit={(event) => {
        event.preventDefault();
        submit(password);
        setPassword('');
      }}
    >
      <h1>This PDF is protected by a password</h1>
      {retry ? (
        <p role="alert" className="viewer-wrong">
          That password is not right. Please try again.
        </p>
      ) : (
        <p role="status">Type the password to open it. Councils often send it in a separate email or letter.</p>
      )}
      <label>
        Password{' '}
        <input ref={inputRef} type="password" autoComplete="off" value={password} onChange={(event) => setPassword(event.target.value)} />
      </label>{' '}
      <button type="submit">Open</button>
    </form>
  );
}

function openNative(event: React.MouseEvent, url: string) {
  event.preventDefault();
  const go = () => location.assign(url);
  browser.runtime.sendMessage({ type: OPEN_NATIVE, url }).then(go, go);
}

async function fetchAsFile(url: string): Promise<File> {
  const response = await fetch(url);
  if (!response.ok) throw new OpenFileError(`The file could not be loaded from its address (${response.status}).`);
  return new File([await response.blob()], fileNameOf(url), { type: response.headers.get('content-type') ?? '' });
}

async function fileAccessAllowed(): Promise<boolean> {
  try {
    return await browser.extension.isAllowedFileSchemeAccess();
  } catch {
    return false;
  }
}

function describeError(error: unknown): { message: string; detail?: string } {
  const name = error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return { message: 'This PDF is protected by a password and could not be opened.', detail };
  if (name === 'InvalidPDFException' || name === 'FormatError')
    return {
      message: 'This file is damaged or is not a PDF, so it cannot be shown. It may have been cut short while downloading: try downloading it again.',
      detail,
    };
  if (name === 'ResponseException' || name === 'MissingPDFException' || name === 'UnexpectedResponseException')
    return { message: 'The PDF could not be loaded from its address. The link may be broken, or the site may need you to sign in.', detail };
  return { message: 'The PDF could not be opened.', detail };
}
