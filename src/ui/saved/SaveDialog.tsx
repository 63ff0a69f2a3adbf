// The save dialog: the quoted passage (as text), an optional note, event type and event date.
// Rendered inside CareLens's closed shadow root on web pages, and in the PDF viewer.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { EVENT_OPTIONS } from './prefill';

export interface SaveValues {
  note: string;
  eventType: string;
  eventDate: string;
}

export interface SaveDialogProps {
  quote: string;
  initial: SaveValues;
  /** Resolves when saved; rejects with a message to show (quota, conflict, page gone...). */
  onSave: (values: SaveValues) => Promise<void>;
  onCancel: () => void;
}

export function SaveDialog({ quote, initial, onSave, onCancel }: SaveDialogProps) {
  const [values, setValues] = useState<SaveValues>(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteRef.current?.focus({ preventScroll: true }), []);

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (busy) return; // one save per click: never a duplicate record
    setBusy(true);
    setError(null);
    try {
      await onSave(values);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  };
  const shown = quote.length > 400 ? `${quote.slice(0, 400)}…` : quote;
  return (
    <form className="cls-dialog" role="dialog" aria-modal="false" aria-labelledby="cls-title" onSubmit={submit} onKeyDown={onKey}>
      <h2 id="cls-title" className="cls-title">Save to CareLens</h2>
      <blockquote className="cls-quote">{shown}</blockquote>
      <label className="cls-label" htmlFor="cls-note">Note (optional)</label>
      <textarea id="cls-note" ref={noteRef} rows={3} value={values.note} onChange={(e) => setValues({ ...values, note: e.target.value })} />
      <label className="cls-label" htmlFor="cls-event">What happened (optional)</label>
      <select id="cls-event" value={values.eventType} onChange={(e) => setValues({ ...values, eventType: e.target.value })}>
        <option value="">No event</option>
        {EVENT_OPTIONS.map((o) => (
          <option key={o.id} value={o.id}>{o.name}</option>
        ))}
      </select>
      <label className="cls-label" htmlFor="cls-date">Date it happened (optional)</label>
      <input id="cls-date" type="date" value={values.eventDate} onChange={(e) => setValues({ ...values, eventDate: e.target.value })} />
      {error && <p className="cls-error" role="alert">{error}</p>}
      <div className="cls-actions">
        <button type="submit" disabled={busy}>{busy ? 'Saving…' : 'Save'}</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
      <p className="cls-hint">Saved on this computer only. Ctrl+Enter saves, Esc closes.</p>
    </form>
  );
}

export const SAVED_UI_CSS = `
.cls-layer { all: initial; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; }
.cls-dialog, .cls-toast, .cls-moved { position: fixed; right: 16px; z-index: 2147483647; background: #fff; color: #1b1f24; border: 1px solid #8a94a3;
  border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.28); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; box-sizing: border-box; }
.cls-dialog { top: 16px; width: min(24rem, calc(100vw - 32px)); padding: 12px 14px; display: flex; flex-direction: column; gap: 4px; }
.cls-title { font-size: 16px; margin: 0 0 4px; }
.cls-quote { margin: 0 0 6px; padding: 4px 8px; border-left: 4px solid rgb(22, 128, 61); background: #f0fdf4; max-height: 8rem; overflow: auto; white-space: pre-wrap; font-size: 13px; }
.cls-label { font-size: 13px; font-weight: 600; margin-top: 4px; }
.cls-dialog textarea, .cls-dialog select, .cls-dialog input { font: inherit; font-size: 13px; padding: 3px 5px; border: 1px solid #6b7280; border-radius: 4px; background: #fff; color: #111827; }
.cls-actions { display: flex; gap: 8px; margin-top: 8px; }
.cls-layer button { font: inherit; font-size: 13px; padding: 3px 10px; border: 1px solid #6b7280; border-radius: 4px; background: #f3f4f6; color: #111827; cursor: pointer; }
.cls-layer button[type=submit] { background: #166534; color: #fff; border-color: #166534; }
.cls-layer :focus-visible { outline: 3px solid #2563eb; outline-offset: 1px; }
.cls-error { color: #991b1b; margin: 4px 0; font-size: 13px; }
.cls-hint { color: #4b5563; font-size: 12px; margin: 4px 0 0; }
.cls-toast { bottom: 16px; padding: 8px 12px; max-width: min(26rem, calc(100vw - 32px)); }
.cls-toast.cls-bad { border-color: #dc2626; background: #fef2f2; }
.cls-moved { bottom: 16px; left: 16px; right: auto; padding: 8px 12px; max-width: min(28rem, calc(100vw - 32px)); max-height: 40vh; overflow: auto; border-color: rgb(194, 65, 12); }
.cls-moved h2 { font-size: 14px; margin: 0 0 4px; }
.cls-moved ul { margin: 0; padding-left: 16px; }
.cls-moved li { margin: 4px 0; font-size: 13px; }
.cls-moved q { display: block; color: #374151; }
`;
