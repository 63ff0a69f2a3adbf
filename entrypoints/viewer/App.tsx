import { useEffect, useRef, useState } from 'react';
import { openPdf, pdfjs } from '@/src/pdf/pdfjs';
import 'pdfjs-dist/web/pdf_viewer.css';
import './viewer.css';

type State =
  | { status: 'no-file' }
  | { status: 'loading'; url: string }
  | { status: 'ready'; url: string; pages: number }
  | { status: 'error'; url: string; message: string };

const SCALE = 1.5;

export function App() {
  const fileUrl = new URLSearchParams(location.search).get('file');
  const [state, setState] = useState<State>(fileUrl ? { status: 'loading', url: fileUrl } : { status: 'no-file' });
  const pageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!fileUrl) return;
    let cancelled = false;
    const task = openPdf({ url: fileUrl });
    (async () => {
      const doc = await task.promise;
      const page = await doc.getPage(1);
      const viewport = page.getViewport({ scale: SCALE });
      const container = pageRef.current;
      if (cancelled || !container) return;
      container.style.setProperty('--scale-factor', String(SCALE));
      container.style.width = `${viewport.width}px`;
      container.style.height = `${viewport.height}px`;
      const canvas = document.createElement('canvas');
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.style.width = `${viewport.width}px`;
      canvas.style.height = `${viewport.height}px`;
      const textLayerDiv = document.createElement('div');
      textLayerDiv.className = 'textLayer';
      container.replaceChildren(canvas, textLayerDiv);
      await page.render({
        canvas,
        viewport,
        transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
      }).promise;
      const textLayer = new pdfjs.TextLayer({
        textContentSource: page.streamTextContent(),
        container: textLayerDiv,
        viewport,
      });
      await textLayer.render();
      if (!cancelled) setState({ status: 'ready', url: fileUrl, pages: doc.numPages });
    })().catch((error: unknown) => {
      if (!cancelled) setState({ status: 'error', url: fileUrl, message: describeError(error) });
    });
    return () => {
      cancelled = true;
      void task.destroy();
    };
  }, [fileUrl]);

  return (
    <main className="viewer">
      <header className="viewer-bar">
        <strong>CareLens</strong>
        {state.status !== 'no-file' && <span className="viewer-file">{fileName(state.url)}</span>}
        {state.status === 'ready' && <span>{state.pages === 1 ? '1 page' : `${state.pages} pages`}</span>}
      </header>
      {state.status === 'no-file' && <p role="status">No PDF was given. Open a PDF link to read it here.</p>}
      {state.status === 'loading' && <p role="status">Opening the PDF…</p>}
      {state.status === 'error' && (
        <div role="alert" className="viewer-error">
          <p>{state.message}</p>
          <p>
            <a href={state.url}>Open the original file</a>
          </p>
        </div>
      )}
      <div className="page" ref={pageRef} data-page-number="1" />
    </main>
  );
}

function fileName(url: string): string {
  try {
    const path = new URL(url).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || url;
  } catch {
    return url;
  }
}

function describeError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return 'This PDF is protected by a password.';
  if (name === 'InvalidPDFException') return 'This file is damaged or is not a PDF, so it cannot be shown.';
  if (name === 'ResponseException' || name === 'MissingPDFException') return 'The PDF could not be loaded from its address.';
  return `The PDF could not be opened: ${error instanceof Error ? error.message : String(error)}`;
}
