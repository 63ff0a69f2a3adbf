// iCalendar export for the popup: the project's writer (src/core/export/ics.ts) plus a file download.
export { toICalendar, type CalendarEvent } from '../../core/export/ics';

/** Offers the text as a file download. */
export function download(filename: string, text: string, type = 'text/calendar'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
