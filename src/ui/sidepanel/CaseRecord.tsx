// The side panel: the case record. Every saved passage across pages and PDFs, with search,
// filters, editing, delete with undo, opening the page at the passage, moved and orphaned
// passages, a chronology with deadlines, and export / import. User and page text only as text.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { askSaved, SAVED_CHANGED, SavedRequestError, type ImportOutcome } from '../../protocol/saved';
import { toCsv } from '../../core/export/csv';
import { toICalendar } from '../../core/export/ics';
import { eventName } from '../../core/export/labels';
import { toMarkdownChronology } from '../../core/export/markdown';
import type { SavedHighlight } from '../../core/record/schema';
import { exportWebAnnotationJson } from '../../core/record/web-annotation';
import { EVENT_OPTIONS } from '../saved/prefill';
import { buildChronology, deadlineEvents } from './chronology';
import { download } from '../common/download';

type View = 'passages' | 'chronology' | 'transfer';
type Order = 'newest' | 'event-date';

function site(r: SavedHighlight): string {
  try {
    const u = new URL(r.url);
    return u.protocol === 'file:' ? 'Files on this computer' : u.host;
  } catch {
    return r.url;
  }
}

function docKey(r: SavedHighlight): string {
  return r.pdfFingerprint ? `pdf:${r.pdfFingerprint}` : r.url;
}

function docName(r: SavedHighlight): string {
  return (r.title || r.url) + (r.pdfFingerprint ? ' (PDF)' : '');
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function CaseRecord() {
  const [records, setRecords] = useState<SavedHighlight[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [view, setView] = useState<View>('passages');
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<Order>('newest');
  const [siteFilter, setSiteFilter] = useState('');
  const [docFilter, setDocFilter] = useState('');
  const [eventFilter, setEventFilter] = useState('');
  const [notice, setNotice] = useState<{ text: string; bad?: boolean; undo?: string } | null>(null);

  const load = useCallback(async () => {
    try {
      setRecords(await askSaved('list-all', {}));
      setLoadError(null);
    } catch (e) {
      setLoadError(message(e));
    }
  }, []);

  useEffect(() => {
    void load();
    const listener = (m: unknown) => {
      if ((m as { type?: string } | null)?.type === SAVED_CHANGED) void load();
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [load]);

  const all = records ?? [];
  const sites = useMemo(() => [...new Set(all.map(site))].sort(), [all]);
  const docs = useMemo(() => {
    const m = new Map<string, string>();
    for (const r of all) if (!siteFilter || site(r) === siteFilter) m.set(docKey(r), docName(r));
    return [...m].sort((a, b) => a[1].localeCompare(b[1]));
  }, [all, siteFilter]);
  const events = useMemo(() => [...new Set(all.map((r) => r.eventType).filter((x): x is string => !!x))].sort(), [all]);

  const shown = useMemo(() => {
    const words = query.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
    const list = all.filter((r) => {
      if (siteFilter && site(r) !== siteFilter) return false;
      if (docFilter && docKey(r) !== docFilter) return false;
      if (eventFilter && r.eventType !== eventFilter) return false;
      if (!words.length) return true;
      const hay = [r.selectors.quote.exact, r.note, r.title, r.url, r.eventType ? eventName(r.eventType) : '', r.eventDate ?? ''].join('\n').toLocaleLowerCase('en-GB');
      return words.every((w) => hay.includes(w));
    });
    if (order === 'event-date') {
      return list.sort((a, b) => (a.eventDate ? 0 : 1) - (b.eventDate ? 0 : 1) || (a.eventDate ?? '').localeCompare(b.eventDate ?? '') || b.createdAt.localeCompare(a.createdAt));
    }
    return list.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }, [all, query, order, siteFilter, docFilter, eventFilter]);

  const remove = async (r: SavedHighlight) => {
    try {
      await askSaved('delete', { id: r.id });
      setNotice({ text: 'Passage deleted.', undo: r.id });
      await load();
    } catch (e) {
      setNotice({ text: message(e), bad: true });
    }
  };
  const undo = async (id: string) => {
    try {
      await askSaved('restore', { id });
      setNotice({ text: 'Passage restored.' });
      await load();
    } catch (e) {
      setNotice({ text: message(e), bad: true });
    }
  };

  return (
    <main className="cr">
      <h1>CareLens case record</h1>
      <nav className="cr-tabs" aria-label="Views">
        {(['passages', 'chronology', 'transfer'] as const).map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
            {v === 'passages' ? 'Saved passages' : v === 'chronology' ? 'Chronology' : 'Export and import'}
          </button>
        ))}
      </nav>
      {notice && (
        <div className={notice.bad ? 'cr-notice cr-bad' : 'cr-notice'} role={notice.bad ? 'alert' : 'status'}>
          {notice.text}{' '}
          {notice.undo && (
            <button type="button" onClick={() => void undo(notice.undo!)}>
              Undo
            </button>
          )}
        </div>
      )}
      {loadError && <p role="alert" className="cr-bad">{loadError}</p>}
      {records === null && !loadError && <p role="status">Loading your saved passages…</p>}
      {records !== null && view === 'passages' && (
        <>
          <div className="cr-filters">
            <input type="search" aria-label="Search saved passages" placeholder="Search quotes, notes, pages" value={query} onChange={(e) => setQuery(e.target.value)} />
            <label>
              Order{' '}
              <select value={order} onChange={(e) => setOrder(e.target.value as Order)}>
                <option value="newest">Newest first</option>
                <option value="event-date">By event date</option>
              </select>
            </label>
            <FilterSelect label="Site" all="All sites" value={siteFilter} choices={sites.map((s) => [s, s])} onChange={(v) => (setSiteFilter(v), setDocFilter(''))} />
            <FilterSelect label="Document" all="All documents" value={docFilter} choices={docs} onChange={setDocFilter} />
            <FilterSelect label="Event" all="All events" value={eventFilter} choices={events.map((id) => [id, eventName(id)])} onChange={setEventFilter} />
          </div>
          <p className="cr-count">
            {shown.length === all.length ? `${all.length} saved ${all.length === 1 ? 'passage' : 'passages'}` : `${shown.length} of ${all.length} saved passages`}
          </p>
          {all.length === 0 && <p>Nothing saved yet. Select words on a page or in a PDF letter and choose “Save to CareLens” (right-click menu, or Alt+Shift+S).</p>}
          <ol className="cr-list">
            {shown.map((r) => (
              <li key={r.id}>
                <Passage record={r} onDelete={() => void remove(r)} onNotice={setNotice} />
              </li>
            ))}
          </ol>
        </>
      )}
      {records !== null && view === 'chronology' && <Chronology records={all} />}
      {records !== null && view === 'transfer' && <Transfer records={all} onChanged={load} />}
    </main>
  );
}

/** A filter of the list: every value in `choices` ([value, what the person reads]), or all of them (""). */
function FilterSelect({ label, all, value, choices, onChange }: { label: string; all: string; value: string; choices: (readonly [string, string])[]; onChange: (value: string) => void }) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{all}</option>
        {choices.map(([v, name]) => (
          <option key={v} value={v}>{name}</option>
        ))}
      </select>
    </label>
  );
}

function Passage({ record: r, onDelete, onNotice }: { record: SavedHighlight; onDelete: () => void; onNotice: (n: { text: string; bad?: boolean }) => void }) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(r.note);
  const [eventType, setEventType] = useState(r.eventType ?? '');
  const [eventDate, setEventDate] = useState(r.eventDate ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The record as it was when editing began: the base for optimistic concurrency. If another tab
  // changes the same field meanwhile, the save is refused with a message instead of overwriting it.
  const [base, setBase] = useState<SavedHighlight>(r);
  const status = r.status ?? 'placed';

  const startEdit = () => {
    setNote(r.note);
    setEventType(r.eventType ?? '');
    setEventDate(r.eventDate ?? '');
    setError(null);
    setBase(r);
    setEditing(true);
  };
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      // `r` is the record as this panel read it: a change made meanwhile in another tab is detected.
      await askSaved('update', { id: r.id, patch: { note, eventType: eventType || null, eventDate: eventDate || null }, base });
      setEditing(false);
      onNotice({ text: 'Changes saved.' });
    } catch (e) {
      if (e instanceof SavedRequestError && e.detail.name === 'ConflictError' && e.detail.current) setBase(e.detail.current);
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };
  const accept = async () => {
    try {
      await askSaved('update', { id: r.id, patch: { status: 'accepted' }, base: r });
      onNotice({ text: 'Accepted: the passage is filed under its new place the next time the page is open.' });
    } catch (e) {
      onNotice({ text: message(e), bad: true });
    }
  };
  const open = async () => {
    try {
      await askSaved('open', { id: r.id });
    } catch (e) {
      onNotice({ text: message(e), bad: true });
    }
  };

  return (
    <article className={`cr-item cr-${status}`} data-status={status} data-id={r.id} aria-label={`Saved passage from ${r.title || r.url}`}>
      {status === 'orphaned' && <p className="cr-flag">Orphaned: not found on the page the last time it was open. The saved text is kept here.</p>}
      {status === 'moved' && (
        <p className="cr-flag">
          Moved, please confirm: the page changed and the passage was placed on similar text.{' '}
          <button type="button" onClick={() => void accept()}>Accept</button>
        </p>
      )}
      <blockquote className="cr-quote">{r.selectors.quote.exact}</blockquote>
      <p className="cr-meta">
        {r.eventType && <strong>{eventName(r.eventType)}</strong>}
        {r.eventType && r.eventDate && ' on '}
        {r.eventDate && <time dateTime={r.eventDate}>{r.eventDate}</time>}
        {(r.eventType || r.eventDate) && ' · '}
        <span className="cr-source">{docName(r)}{r.pdfPage ? `, page ${r.pdfPage}` : ''}</span>
      </p>
      {!editing && r.note && <p className="cr-note">{r.note}</p>}
      {editing ? (
        <div className="cr-edit">
          <label>
            Note
            <textarea rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <label>
            Event
            <select value={eventType} onChange={(e) => setEventType(e.target.value)}>
              <option value="">No event</option>
              {EVENT_OPTIONS.map((o) => (
                <option key={o.id} value={o.id}>{o.name}</option>
              ))}
            </select>
          </label>
          <label>
            Date
            <input type="date" value={eventDate} onChange={(e) => setEventDate(e.target.value)} />
          </label>
          {error && <p role="alert" className="cr-bad">{error}</p>}
          <button type="button" disabled={busy} onClick={() => void save()}>Save changes</button>{' '}
          <button type="button" onClick={() => setEditing(false)}>Cancel</button>
        </div>
      ) : (
        <div className="cr-actions">
          <button type="button" onClick={startEdit}>Edit</button>{' '}
          <button type="button" onClick={() => void open()}>Open at passage</button>{' '}
          <button type="button" onClick={onDelete}>Delete</button>
        </div>
      )}
      <p className="cr-saved">Saved {r.createdAt.slice(0, 10)}{r.updatedAt !== r.createdAt ? `, edited ${r.updatedAt.slice(0, 10)}` : ''}</p>
    </article>
  );
}

function Chronology({ records }: { records: SavedHighlight[] }) {
  const entries = useMemo(() => buildChronology(records), [records]);
  if (!entries.length) return <p>No dated events yet. Give a saved passage an event and a date to see it here with the deadlines it starts.</p>;
  return (
    <ol className="cr-chrono">
      {entries.map((e) => (
        <li key={e.record.id} data-event={e.record.eventType ?? ''}>
          <h2>
            <time dateTime={e.date}>{e.dateText}</time>: {e.event}
          </h2>
          <blockquote className="cr-quote">{e.record.selectors.quote.exact}</blockquote>
          {e.steps.length > 0 && (
            <ul className="cr-steps" aria-label="Deadlines this starts">
              {e.steps.map((s, i) => (
                <li key={`${s.rule}-${i}`}>
                  {s.name}: {s.dueText ? `due ${s.dueText}` : s.note ?? 'no fixed date'}
                  {s.verdict && (
                    <span className={s.verdict === 'late' ? 'cr-late' : 'cr-ontime'}> — {s.verdict === 'late' ? 'late' : 'on time'} ({s.message})</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

function Transfer({ records, onChanged }: { records: SavedHighlight[]; onChanged: () => Promise<void> }) {
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const stamp = new Date().toISOString().slice(0, 10);
  const exportJson = () => download(`carelens-case-record-${stamp}.json`, exportWebAnnotationJson(records), 'application/ld+json');
  const exportCsv = () => download(`carelens-case-record-${stamp}.csv`, toCsv(records), 'text/csv');
  const exportMd = () => download(`carelens-chronology-${stamp}.md`, toMarkdownChronology(records, { exportedOn: stamp }), 'text/markdown');
  const exportIcs = () =>
    download(`carelens-deadlines-${stamp}.ics`, toICalendar(deadlineEvents(buildChronology(records)), { calendarName: 'CareLens deadlines' }), 'text/calendar');

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setOutcome(null);
    setError(null);
    try {
      const text = await file.text();
      const result = await askSaved('import', { json: text });
      setOutcome(result);
      await onChanged();
    } catch (e) {
      setError(message(e));
    }
  };

  return (
    <section className="cr-transfer">
      <h2>Export</h2>
      <p>Files are made on this computer; nothing is sent anywhere.</p>
      <div className="cr-actions">
        <button type="button" onClick={exportJson}>Web Annotation JSON</button>{' '}
        <button type="button" onClick={exportCsv}>CSV</button>{' '}
        <button type="button" onClick={exportMd}>Markdown chronology</button>{' '}
        <button type="button" onClick={exportIcs}>Deadlines (iCalendar)</button>
      </div>
      <h2>Import</h2>
      <label>
        Web Annotation JSON file{' '}
        <input type="file" accept=".json,.jsonld,application/json,application/ld+json" onChange={(e) => void importFile(e.target.files?.[0])} />
      </label>
      {error && <p role="alert" className="cr-bad">{error}</p>}
      {outcome && <ImportSummary outcome={outcome} />}
    </section>
  );
}

function ImportSummary({ outcome }: { outcome: ImportOutcome }) {
  const r = outcome.report;
  return (
    <div role="status" className="cr-import">
      {outcome.error && <p className="cr-bad">The file could not be read: {outcome.error}</p>}
      {r && (
        <p>
          Imported: {r.added.length} added, {r.updated.length} updated, {r.unchanged.length} already here
          {r.keptNewer.length ? `, ${r.keptNewer.length} kept because your copy was edited more recently` : ''}
          {r.restored.length ? `, ${r.restored.length} brought back` : ''}
          {r.duplicateInImport.length ? `, ${r.duplicateInImport.length} repeated in the file (newest used)` : ''}.
        </p>
      )}
      {outcome.skipped.length > 0 && (
        <>
          <p>
            Skipped {outcome.skipped.length} {outcome.skipped.length === 1 ? 'item' : 'items'}:
          </p>
          <ul className="cr-skipped">
            {outcome.skipped.map((s, i) => (
              <li key={i}>
                {s.index >= 0 ? `Item ${s.index + 1}` : 'The file'}
                {s.id ? ` (${s.id})` : ''}: {s.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
