import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv, toCsv, toICalendar, toMarkdownChronology, foldLine } from '../../../src/core/export/index.ts';
import { sampleRecords } from './fixtures.ts';

describe('CSV', () => {
  it('quotes per RFC 4180 and guards against formula injection', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    for (const danger of ['=1+2', '+44 1223', '-5 days', '@SUM(A1)', '\tx']) expect(csvCell(danger).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
  it('round-trips through a parser, CRLF line ends, one row per record', () => {
    const csv = toCsv(sampleRecords());
    expect(csv.split('\r\n').length).toBeGreaterThan(3);
    const rows = parseCsv(csv);
    expect(rows[0]).toContain('event_date');
    expect(rows).toHaveLength(4);
    const header = rows[0]!;
    const note = rows.find((r) => r[header.indexOf('id')] === '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b')![header.indexOf('note')];
    expect(note).toBe(`'=HYPERLINK("http://evil") , "quoted", line one\nline two`);
  });
});

describe('Markdown chronology and CSV list the same events', () => {
  it('events by date, then undated passages', () => {
    const records = sampleRecords();
    const md = toMarkdownChronology(records);
    const mdEvents = [...md.matchAll(/^### (\d{4}-\d{2}-\d{2}): (.+)$/gm)].map((m) => [m[1], m[2]]);
    expect(mdEvents).toEqual([
      ['2024-02-20', 'Strategy discussion held'],
      ['2024-03-05', 'Initial child protection conference held'],
    ]);
    const rows = parseCsv(toCsv(records));
    const h = rows[0]!;
    const csvEvents = rows.slice(1).filter((r) => r[h.indexOf('event_date')]).map((r) => [r[h.indexOf('event_date')], r[h.indexOf('event')]]);
    expect(csvEvents).toEqual(mdEvents);
    expect(md.indexOf('## Events by date')).toBeLessThan(md.indexOf('## Passages without a date'));
    expect(md).toContain('page 2');
    // page text cannot become a link or HTML
    expect(md).not.toContain('("http://evil")');
    expect(md).toContain('\\(');
  });
});

describe('iCalendar', () => {
  const events = [
    { uid: 'rec-1-icpc@carelens', date: '2024-03-26', summary: 'ICPC due (15 working days after strategy discussion)', description: 'Strategy discussion held 2024-03-05; Working Together 2018, ch. 1, para 65.\nSecond line, with commas; and semicolons \\ backslash.' },
    { uid: 'rec-1-core@carelens', date: '2024-04-05', summary: 'First core group meeting due – within 10 working days of the ICPC', description: 'ü'.repeat(100) },
  ];
  it('parses with ical.js, one VEVENT per deadline, all-day dates and escaped text', () => {
    const ics = toICalendar(events, { now: new Date('2024-03-06T12:00:00Z') });
    const comp = new ICAL.Component(ICAL.parse(ics));
    const vevents = comp.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(2);
    const first = new ICAL.Event(vevents[0]!);
    expect(first.uid).toBe('rec-1-icpc@carelens');
    expect(first.startDate.isDate).toBe(true);
    expect(first.startDate.toString()).toBe('2024-03-26');
    expect(first.summary).toBe(events[0]!.summary);
    expect(first.description).toBe(events[0]!.description);
    expect(new ICAL.Event(vevents[1]!).description).toBe(events[1]!.description);
    expect(vevents[0]!.getFirstPropertyValue('dtstamp')!.toString()).toBe('2024-03-06T12:00:00Z');
  });
  it('CRLF line ends and no line longer than 75 octets', () => {
    const ics = toICalendar(events);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).toContain('DTSTART;VALUE=DATE:20240326');
  });
  it('folding never splits a multi-byte character', () => {
    const folded = foldLine('DESCRIPTION:' + '€'.repeat(60));
    expect(folded.split('\r\n').join('').replace(/\r\n /g, '')).toContain('€');
    for (const l of folded.split('\r\n')) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe('DESCRIPTION:' + '€'.repeat(60));
  });
  it('rejects a bad date', () => {
    expect(() => toICalendar([{ uid: 'x', date: '2024-3-1', summary: 's' }])).toThrow(RangeError);
  });
});
