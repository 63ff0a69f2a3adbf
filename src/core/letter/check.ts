// One letter check, as the `letter` command, the popup and the PDF reader all run it:
//
//   checkLetter(text, { today, nation, profile }) -> the letter's date, each date with its event, and the pairings
//                                                    of trigger and meeting dates with their verdicts
//
// The text is a letter as it comes: wrapped lines, "\r\n" line ends, paragraphs parted by blank lines (the web page
// and PDF text models part blocks with "\n\n"; html files are given the same).
import { scan } from '../detect/index';
import type { Match } from '../detect/types';
import { TIMESCALES } from '../knowledge/timescales';
import type { Timescale } from '../knowledge/types';
import { isComputable } from '../deadlines';
import { readClause, type ClauseReading, type DateRole, type Tense } from './events';
import { tableCells, unwrapLines } from './paragraphs';
import { findLetterDate, letterIsResponse, letterTopic, type LetterDate } from './letter-date';
import { judge, type JudgeOptions, type Verdict } from './verdict';

export type { Tense, DateRole };

export interface EventDate {
  /** Index of the date in the letter's list of matches. */
  index: number;
  /** YYYY-MM-DD */
  iso: string;
  /** The date as written. */
  text: string;
  start: number;
  end: number;
  /** The sentence around the date, on one line. */
  sentence: string;
  /** The event the sentence names, when one was recognised. */
  event?: string;
  /** The words that named it, e.g. "strategy discussion". */
  eventWords?: string;
  /** An event, a deadline the letter writes, a date of birth, a reply-by date, or none of these. */
  role: DateRole;
  tense: Tense;
  /** "did not take place", "was cancelled", ... */
  negated: boolean;
  /** The date was completed from the document date (no year written). */
  inferred?: boolean;
  /** This strategy discussion is the one that started the section 47 enquiries. */
  startedEnquiries?: boolean;
  ordinal?: 'first' | 'later';
  /** The event is the letter itself (a response on the letter's date). */
  isLetter?: boolean;
}

export interface Pairing {
  /** Stable key: rule id and the indexes of the dates. */
  key: string;
  rule: string;
  trigger: EventDate;
  /** The date of the event that meets the rule; absent while it is still open. */
  met?: EventDate;
  verdict: Verdict;
}

export interface LetterOptions extends JudgeOptions {
  /** The letter's date as the person corrected it (null: the letter has no date). Default: the one found. */
  letterDate?: string | null;
  /** The person's choice of event for a date, by index (null = not an event). */
  events?: Record<number, string | null>;
}

export interface LetterCheck {
  text: string;
  /** The letter's own date as found in it. */
  foundLetterDate: LetterDate | null;
  /** The letter's date in use (the person's correction, else the one found). */
  letterDate: string | null;
  /** The event the letter itself records on its date, when it is a response. */
  letterEvent?: string;
  dates: EventDate[];
  pairings: Pairing[];
}

const ABBREVIATION = /\b(s|ss|para|paras|no|reg|regs|art|ch|mr|mrs|ms|dr|st|e\.g|i\.e|etc|cf|approx|ref|tel)\.$/i;

/** Bounds of the sentence of the unwrapped text around [start, end): paragraph breaks and full stops end it, wraps do not. */
export function sentenceBounds(unwrapped: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && start - s < 600) {
    const c = unwrapped[s - 1]!;
    if (c === '\n') break;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(unwrapped[s] ?? ' ') && !ABBREVIATION.test(unwrapped.slice(Math.max(0, s - 7), s))) break;
    s--;
  }
  let e = end;
  while (e < unwrapped.length && e - end < 600) {
    const c = unwrapped[e]!;
    if (c === '\n') break;
    if ((c === '.' || c === '!' || c === '?') && /\s|$/.test(unwrapped[e + 1] ?? ' ') && !ABBREVIATION.test(unwrapped.slice(Math.max(0, e - 6), e + 1))) {
      e++;
      break;
    }
    e++;
  }
  while (s < start && /\s/.test(unwrapped[s]!)) s++;
  return [s, e];
}

/** Reads every date of a letter: its event, role, tense and negation. */
export function readLetter(text: string): { unwrapped: string; matches: Match[]; dates: EventDate[]; letterDate: LetterDate | null; letterEvent?: string } {
  // Dates are read in the unwrapped text too: "22nd May" at the end of one line and "2026" on the next are one date.
  const unwrapped = unwrapLines(text);
  const matches = scan(unwrapped);
  const flat = oneSpace(unwrapped);
  const topic = letterTopic(flat);
  const reviews = reviewTopic(flat);
  const referral = !topic && REFERRAL_LETTER.test(flat) && !/\b(conference|core group|review)\b/i.test(flat);
  const context = { ...(topic ? { topic } : {}), ...(reviews ? { reviews } : {}), ...(referral ? { referral } : {}) };
  const dates: EventDate[] = [];
  matches.forEach((m, index) => {
    if (m.kind !== 'date') return;
    // A date alone in a table cell is read with its row's label; any other with the sentence around it.
    const row = tableRowOf(unwrapped, m);
    let sentence: string;
    let reading: ClauseReading;
    if (row) {
      sentence = row.sentence;
      reading = readClause(row.sentence, row.at, row.sentence.length, context);
    } else {
      const [s, e] = sentenceBounds(unwrapped, m.start, m.end);
      // Read with each run of spaces as one ("\r\n" and wraps leave two): the date's place is counted again.
      const raw = oneSpace(unwrapped.slice(s, e));
      const at = oneSpace(unwrapped.slice(s, m.start)).length;
      const paragraphStart = unwrapped.lastIndexOf('\n', s - 1) + 1;
      sentence = raw.trim();
      const paragraphEnd = unwrapped.indexOf('\n', e);
      const after = oneSpace(unwrapped.slice(e, Math.min(e + 300, paragraphEnd < 0 ? unwrapped.length : paragraphEnd)));
      reading = readClause(raw, at, at + oneSpace(m.text).length, { ...context, before: oneSpace(unwrapped.slice(Math.max(paragraphStart, s - 400), s)), earlier: oneSpace(unwrapped.slice(Math.max(0, s - 600), s)), after });
    }
    dates.push({
      index,
      iso: m.value.iso,
      text: m.text,
      start: m.start,
      end: m.end,
      sentence,
      ...(reading.event ? { event: reading.event, eventWords: reading.eventWords } : {}),
      role: reading.role,
      tense: reading.tense,
      negated: reading.negated,
      ...(m.value.inferred ? { inferred: true } : {}),
      ...(reading.startedEnquiries ? { startedEnquiries: true } : {}),
      ...(reading.ordinal ? { ordinal: reading.ordinal } : {}),
    });
  });
  const letterDate = findLetterDate(unwrapped, matches);
  const letterEvent = letterIsResponse(flat, topic);
  return { unwrapped, matches, dates, letterDate, ...(letterEvent ? { letterEvent } : {}) };
}

const REFERRAL_LETTER = /\b(referral|referred|front door|MASH|duty and advice|advice and duty|duty team)\b/i;

/** Which reviews a letter is about, when it names only one kind: a looked-after child's or a child protection plan's. */
function reviewTopic(text: string): 'lac-review-held' | 'rcpc-held' | undefined {
  const lac = /\b(looked[- ]after|in(to)? (our )?care|independent reviewing officer|IRO|foster (carer|home|placement)s?|care plan)\b/i.test(text);
  const cp = /\b(child protection (plan|conference)|review (child protection )?conference|RCPC|ICPC)\b/i.test(text);
  return lac && !cp ? 'lac-review-held' : cp && !lac ? 'rcpc-held' : undefined;
}

const WEEKDAY_OR_TIME = /^((mon|tues|wednes|thurs|fri|satur|sun)day,?\s*|(at\s+)?\d{1,2}[:.]\d{2}\s*(am|pm)?|\(?(mon|tue|wed|thu|fri|sat|sun)\)?\.?)?\s*$/i;
const GENERIC_HEADER = /^(date|dates|when|on|day|date of (the )?(event|meeting))$/i;

/**
 * A date that is a cell of a table row on its own (with at most a weekday or a time): the row read as "Label: date",
 * the label being the row's other cells that are not dates, and the column's header when it says more than "Date"
 * ("Due by", "Held on"). Null when the date is not alone in a cell of a row.
 */
export function tableRowOf(unwrapped: string, m: Match): { sentence: string; at: number } | null {
  const lineStart = unwrapped.lastIndexOf('\n', m.start - 1) + 1;
  const lineEndAt = unwrapped.indexOf('\n', m.end);
  const line = unwrapped.slice(lineStart, lineEndAt < 0 ? unwrapped.length : lineEndAt);
  const cells = tableCells(line);
  if (!cells) return null;
  const at = m.start - lineStart;
  const column = cells.findIndex((c) => c.start <= at && at < c.start + c.text.length);
  const cell = cells[column];
  if (!cell) return null;
  const rest = (cell.text.slice(0, at - cell.start) + ' ' + cell.text.slice(at - cell.start + m.text.length)).trim();
  if (!WEEKDAY_OR_TIME.test(rest)) return null;
  const hasDate = (text: string) => scan(text).some((x) => x.kind === 'date');
  const label = cells.filter((c, i) => i !== column && !hasDate(c.text)).map((c) => c.text).join(' ');
  // The header: the nearest row above in the same table with no dates in it and as many cells.
  let header = '';
  let above = lineStart - 1;
  for (let hops = 0; above > 0 && hops < 40; hops++) {
    const s = unwrapped.lastIndexOf('\n', above - 1) + 1;
    const prev = unwrapped.slice(s, above);
    above = s - 1;
    if (!prev.trim()) continue;
    const prevCells = tableCells(prev);
    if (!prevCells) break;
    if (prevCells.length === cells.length && !hasDate(prev)) {
      header = prevCells[column]?.text ?? '';
      break;
    }
  }
  const headerWords = header && !GENERIC_HEADER.test(header) ? ` ${header}` : '';
  const sentence = `${label}${headerWords}: ${oneSpace(m.text)}`;
  return { sentence, at: sentence.length - oneSpace(m.text).length };
}

/** Rules a letter's dates can be paired on: computable, from one event to another, for England, national or the profile's. */
export function rulesBetween(trigger: string, met?: string, profile: JudgeOptions['profile'] = 'national'): Timescale[] {
  const national = (r: Timescale) => r.scope.kind !== 'local-procedure' && r.scope.kind !== 'community-claim';
  const local = (r: Timescale) => profile !== 'national' && r.scope.kind === 'local-procedure' && (r.scope.area ?? '').toLowerCase().includes(profile);
  return TIMESCALES.filter(
    (r) =>
      r.triggerEvent === trigger &&
      (met === undefined || r.dueEvent === met) &&
      isComputable(r) &&
      r.counting !== 'R5' &&
      r.unit !== 'hour' &&
      (!r.scope.nations || r.scope.nations.includes('england')) &&
      (national(r) || (local(r) && !TIMESCALES.some((n) => national(n) && n.triggerEvent === r.triggerEvent && n.dueEvent === r.dueEvent))),
  );
}

const oneSpace = (s: string) => s.replace(/\s+/g, ' ');

const byIso = (a: EventDate, b: EventDate) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : a.index - b.index);

/** The rule for a repeated event between two occurrences (the first review to the second, later ones). */
function recurringRule(event: string, nth: number, firstKnown: boolean): string | undefined {
  if (event === 'rcpc-held') return 'rcpc-subsequent';
  if (event === 'lac-review-held') return nth === 0 && firstKnown ? 'lac-reviews-second' : 'lac-reviews-subsequent';
  return undefined;
}

/**
 * Pairs trigger dates with the dates of the events that meet their rules. When several dates could start one clock
 * (two strategy discussions before one conference), the one the letter says started the enquiries counts, else the
 * last before the meeting date: one met event gets one verdict. A rule with nothing in the letter to meet it is open
 * (or overdue), unless its trigger is still to come. Negated dates, deadlines, birth dates and reply-by dates take no part.
 */
export function pairDates(dates: readonly EventDate[], opts: LetterOptions): Pairing[] {
  const eventOf = (d: EventDate) => (opts.events && d.index in opts.events ? (opts.events[d.index] ?? undefined) : d.role === 'event' && !d.negated ? d.event : undefined);
  const seen = new Set<string>();
  const usable = dates.filter((d) => {
    const e = eventOf(d);
    if (!e) return false;
    const k = `${e}@${d.iso}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const withEvent = (e: string) => usable.filter((d) => eventOf(d) === e).sort(byIso);
  const out: Pairing[] = [];
  const pairKeys = new Set<string>();
  const push = (ruleId: string, t: EventDate, m: EventDate | undefined) => {
    const verdict = judge(ruleId, t.iso, m?.iso, opts);
    if (verdict.status === 'error') return;
    const k = `${verdict.rule}:${t.iso}:${m?.iso ?? '-'}`;
    if (pairKeys.has(k)) return;
    pairKeys.add(k);
    out.push({ key: `${verdict.rule}:${t.index}:${m?.index ?? '-'}`, rule: verdict.rule, trigger: t, ...(m ? { met: m } : {}), verdict });
  };

  const triggerEvents = [...new Set(usable.map(eventOf))] as string[];
  for (const te of triggerEvents) {
    const triggers = withEvent(te);
    // Repeated events: each occurrence against the one before it.
    const recurring = recurringRule(te, 0, false);
    if (recurring) {
      const firstKnown = triggers[0]?.ordinal === 'first' || usable.some((d) => eventOf(d) === 'child-looked-after');
      for (let i = 1; i < triggers.length; i++) push(recurringRule(te, i - 1, firstKnown)!, triggers[i - 1]!, triggers[i]!);
    }
    for (const rule of rulesBetween(te, undefined, opts.profile)) {
      if (!rule.dueEvent || rule.dueEvent === te || rule.partOf) continue;
      const mets = withEvent(rule.dueEvent);
      const starting = triggers.filter((t) => t.startedEnquiries);
      const candidates = starting.length ? starting : triggers;
      const used = new Set<EventDate>();
      let pairedAny = false;
      for (const m of mets) {
        const before = candidates.filter((t) => t.iso <= m.iso && !used.has(t));
        const t = before[before.length - 1];
        if (!t) continue;
        // Only the first meeting after a trigger meets it; the triggers it superseded are spent too.
        for (const b of before) used.add(b);
        push(rule.id, t, m);
        pairedAny = true;
      }
      if (!pairedAny) {
        const t = candidates[candidates.length - 1];
        if (t && t.tense !== 'future' && !(t.iso > opts.today)) push(rule.id, t, undefined);
      }
    }
  }
  return out.sort((a, b) => Number(!a.met) - Number(!b.met) || byIso(a.trigger, b.trigger));
}

/** The whole check: read the letter, put the letter's own event on its date, pair and judge. */
export function checkLetter(text: string, opts: LetterOptions): LetterCheck {
  const read = readLetter(text);
  const letterDate = opts.letterDate !== undefined ? opts.letterDate : (read.letterDate?.iso ?? null);
  const dates = read.dates.map((d) => ({ ...d }));
  let letterEvent = read.letterEvent;
  // The letter is the response: its date records that event, unless the letter gives the response's date itself.
  if (letterEvent && dates.some((d) => d.role === 'event' && !d.negated && d.event === letterEvent)) letterEvent = undefined;
  if (letterEvent && letterDate) {
    const own = read.letterDate && read.letterDate.iso === letterDate ? dates.find((d) => d.index === read.letterDate!.index) : undefined;
    if (own) Object.assign(own, { event: letterEvent, eventWords: 'this letter', role: 'event' as const, tense: 'past' as const, negated: false, isLetter: true });
    else
      dates.push({
        index: -1,
        iso: letterDate,
        text: letterDate,
        start: -1,
        end: -1,
        sentence: 'The date of this letter',
        event: letterEvent,
        eventWords: 'this letter',
        role: 'event',
        tense: 'past',
        negated: false,
        isLetter: true,
      });
  }
  return {
    text,
    foundLetterDate: read.letterDate,
    letterDate,
    ...(letterEvent ? { letterEvent } : {}),
    dates,
    pairings: pairDates(dates, opts),
  };
}

/** The check as the `letter` command prints it with --json. */
export function letterJson(file: string, check: LetterCheck) {
  return {
    file,
    letterDate: check.letterDate,
    dates: check.dates
      .filter((d) => d.index >= 0)
      .map((d) => ({ iso: d.iso, text: d.text, start: d.start, end: d.end, event: d.event ?? null, tense: d.tense, negated: d.negated })),
    pairings: check.pairings.map((p) => ({
      rule: p.rule,
      from: p.trigger.iso,
      met: p.met?.iso ?? null,
      due: p.verdict.due ?? null,
      status: p.verdict.status,
      lateBy: p.verdict.lateBy ?? null,
    })),
  };
}
