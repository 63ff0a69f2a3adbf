// "Open a PDF from your computer": a letter that was downloaded or scanned opens in CareLens's viewer. A file dialog
// opened from the popup would close the popup (it loses focus) before the file arrives, so the button opens the
// viewer in a new tab with its file picker ready (`viewer.html?pick=1`). Files dropped on the popup (a PDF, a Word
// document, or several photos of one letter, its pages) are handed to a new viewer tab through the extension's own
// storage (see pdf-handoff). The files never leave the machine.
import { useState, type DragEvent } from 'react';
import { browser } from 'wxt/browser';
import { putHandoff } from '../common/pdf-handoff';
import { NOT_READ, SEVERAL_ONLY_PHOTOS, readerFileKind } from '../../pdf/file-kinds';

export function OpenPdf() {
  const [dragging, setDragging] = useState(false);
  const [problem, setProblem] = useState('');

  const openViewer = (query: string) => void browser.tabs.create({ url: `${browser.runtime.getURL('/viewer.html')}?${query}` });

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (!files.length) return;
    const unknown = files.find((file) => !readerFileKind(file));
    if (unknown) return setProblem(`${unknown.name} ${NOT_READ}`);
    if (files.length > 1 && files.some((file) => readerFileKind(file) !== 'image')) return setProblem(SEVERAL_ONLY_PHOTOS);
    setProblem('');
    try {
      openViewer(`handoff=${encodeURIComponent(await putHandoff(files))}`);
    } catch {
      setProblem('CareLens could not open that file. Use the button instead.');
    }
  };

  return (
    <section className="open-pdf" aria-label="A PDF on this computer">
      <div
        className={`drop-area${dragging ? ' dragging' : ''}`}
        data-testid="pdf-drop"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={(event) => {
          if (event.currentTarget === event.target) setDragging(false);
        }}
        onDrop={(event) => void onDrop(event)}
      >
        <button type="button" onClick={() => openViewer('pick=1')}>
          Open a PDF from your computer
        </button>
        <span className="muted">or drop a PDF here (a Word document too, or photos of a letter, one a page). It stays on your computer.</span>
      </div>
      {problem && (
        <p role="alert" className="warning">
          {problem}
        </p>
      )}
    </section>
  );
}
