export { toCsv, toCsvRows, csvCell, parseCsv, chronologyOrder, CSV_COLUMNS } from './csv.ts';
export { toMarkdownChronology, escapeMarkdown } from './markdown.ts';
export type { MarkdownOptions } from './markdown.ts';
export { toICalendar, escapeText, foldLine } from './ics.ts';
export type { CalendarEvent, ICalendarOptions } from './ics.ts';
export { eventName } from './labels.ts';
