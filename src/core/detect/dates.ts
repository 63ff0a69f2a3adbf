// Full dates in the forms UK documents use, read day-first. A single combined expression finds
// candidates; a tiny parser validates them (no "31/02/2019", no years outside 1900-2100).
// Partial dates ("Monday 5th", "on the 12th", "5 January") only with a document date that makes
// them certain, marked inferred.
import type { Match, Resume } from './types';
import { scanCandidates, startsMatching } from './context';

type DateMatch = Extract<Match, { kind: 'date' }>;

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)`;
const ORD = String.raw`(?:st|nd|rd|th)`;
const L = 'A-Za-z0-9\\u00C0-\\u024F';
const B = String.raw`(?![${L}])`;

const DATE_RE = new RegExp(
  // `\b` first so the engine skips most positions; the character before numeric dates is checked in code.
  String.raw`\b(?:` +
    // 3 Mar 2019 / Monday 5 January 2026 / 23rd of February 2025 / 5 January (partial)
    String.raw`(?:(?<wa>${WEEKDAY})\.?,?[ \t]+(?:the[ \t]+)?)?(?<da>\d{1,2})${ORD}?[ \t]+(?:of[ \t]+)?(?<ma>${MONTH})${B}\.?(?:,?[ \t]+(?<ya>\d{4})(?!\d))?` +
    // May 21, 2026 / Monday, May 21st 2026 / May 21 (partial)
    String.raw`|(?:(?<wb>${WEEKDAY})\.?,?[ \t]+)?(?<mb>${MONTH})\.?[ \t]+(?<db>\d{1,2})(?:${ORD})?${B}(?:,?[ \t]+(?<yb>\d{4})(?!\d))?` +
    // Monday 5th (partial)
    String.raw`|(?<we>${WEEKDAY})\.?,?[ \t]+(?:the[ \t]+)?(?<de>\d{1,2})${ORD}?${B}` +
    // on the 12th (partial)
    String.raw`|(?<thef>the[ \t]+)(?<df>\d{1,2})${ORD}${B}(?![ \t]+(?:of[ \t]+)?${MONTH}${B}|[ \t]+(?:century|birthday|anniversary|floor|time|centuries)${B})` +
    String.raw`)` +
    // 24/06/2019, 5.6.19 (day first); 2019-06-24. Never inside longer runs of digits and separators or file names.
    String.raw`|(?:(?<dc>\d{1,2})(?<sep>[/.\-])(?<mc>\d{1,2})\k<sep>(?<yc>\d{4}|\d{2})|(?<yd>\d{4})-(?<md>\d{2})-(?<dd>\d{2}))` +
    // An ISO date may carry its time ("2019-03-14T09:00").
    String.raw`(?:(?<=\d{4}-\d{2}-\d{2})(?=T\d\d:\d\d)|(?![${L}/\-]|[.:][${L}]))`,
  'gi',
);

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const WEEKDAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysInMonth = (y: number, m: number): number =>
  m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1] ?? 0;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

function valid(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function parseDocDate(s: string | undefined): Date | undefined {
  if (!s) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return valid(y, mo, d) ? new Date(Date.UTC(y, mo - 1, d)) : undefined;
}

const DAY = 86_400_000;

/** A number that belongs to something else: "section 17 May", "Article 8 March". */
const OWNED_BEFORE = /(?:\bsections?|\bs\.?|\bsec\.?|\barticles?|\bart\.?|\bparts?|\bregulations?|\breg\.?|\bparagraphs?|\bpara\.?|\bchapters?|\bno\.?|\bnumber|#)[ \t]*$/i;

const DATE_Y = new RegExp(DATE_RE.source, 'iy');

/**
 * May a numeric date start at `start` (> 0)? Read whole or not at all: never the tail of a longer run of digits
 * ("114/03/2019" is not 14 March) nor a piece of a dotted, slashed or dashed number ("1.14/03/2019", "3-14/03/2019");
 * after a label's colon ("Last reviewed:14/03/2019") or a letter ("Reviewed14/03/2019") it is the whole date,
 * but not after a clock's colon ("09:14/03/2019").
 */
function numericDateMayFollow(text: string, start: number): boolean {
  const prev = text.charCodeAt(start - 1);
  if (prev >= 48 && prev <= 57) return false;
  if (prev === 47 || prev === 46 || prev === 45 || prev === 0x2013) return false;
  if (prev === 58) {
    const before = start >= 2 ? text.charCodeAt(start - 2) : 32;
    return !(before >= 48 && before <= 57);
  }
  return true;
}

export function findDates(text: string, documentDate?: string, starts: number[] = startsMatching(text, /\b[A-Za-z]|\d/g), state?: Resume): DateMatch[] {
  const out: DateMatch[] = [];
  const doc = parseDocDate(documentDate);
  const partials = new Map<string, [number, number, number] | undefined>();
  scanCandidates(text, DATE_Y, starts, state, (m) => {
    const g = m.groups!;
    let start = m.index;
    if (start > 0 && (g.dc !== undefined || g.yd !== undefined) && !numericDateMayFollow(text, start)) return start + 1;
    const end = start + m[0].length;
    let y: number | undefined;
    let mo: number | undefined;
    let d: number;
    let weekday: string | undefined;
    let monthText: string | undefined;
    // The month by name, after the day ("Monday 5th March 2019") or before it ("March 5, 2019"): the same four parts.
    const named = g.da !== undefined ? { day: g.da, month: g.ma!, year: g.ya, wd: g.wa } : g.db !== undefined ? { day: g.db, month: g.mb!, year: g.yb, wd: g.wb } : undefined;
    if (named) {
      d = Number(named.day);
      monthText = named.month;
      mo = MONTHS[monthText.slice(0, 3).toLowerCase()];
      y = named.year !== undefined ? Number(named.year) : undefined;
      weekday = named.wd;
    } else if (g.de !== undefined) {
      d = Number(g.de);
      weekday = g.we;
    } else if (g.df !== undefined) {
      d = Number(g.df);
    } else if (g.dc !== undefined) {
      d = Number(g.dc);
      mo = Number(g.mc);
      y = Number(g.yc);
      if (g.yc!.length === 2) y += y < 70 ? 2000 : 1900;
      // "1.5.10" style dotted numbers are too often version or paragraph numbers.
      if (g.sep === '.' && g.yc!.length === 2) return;
    } else {
      d = Number(g.dd);
      mo = Number(g.md);
      y = Number(g.yd);
    }

    const lowerModal = monthText !== undefined && /^(?:may|mar|march)$/.test(monthText);
    if (g.dc === undefined && g.yd === undefined && OWNED_BEFORE.test(text.slice(Math.max(0, start - 14), start)) && g.wa === undefined && g.wb === undefined) {
      return;
    }

    let inferred = false;
    if (y === undefined || mo === undefined) {
      // Partial: only with a document date, only when certain.
      if (!doc) return;
      if (lowerModal) return;
      if (weekday !== undefined && /^[a-z]/.test(weekday)) return;
      const pkey = `${d}|${mo}|${weekday?.slice(0, 3).toLowerCase()}`;
      let resolved = partials.get(pkey);
      if (resolved === undefined && !partials.has(pkey)) partials.set(pkey, (resolved = completePartial(doc, d, mo, weekday)));
      if (!resolved) return;
      [y, mo, d] = resolved;
      inferred = true;
    }
    if (!valid(y, mo, d)) return;
    // A lower-case weekday is a verb ("she sat 3 May 2019"): leave it out of the span.
    const wdText = g.wa ?? g.wb;
    if (wdText !== undefined && /^[a-z]/.test(wdText)) start = m.index + m[0].indexOf((g.wa !== undefined ? g.da : g.mb)!, wdText.length);
    const value = inferred ? { iso: iso(y, mo, d), inferred: true } : { iso: iso(y, mo, d) };
    out.push({ kind: 'date', start, end, text: text.slice(start, end), value });
  });
  return out;
}

function completePartial(doc: Date, d: number, mo: number | undefined, weekday: string | undefined): [number, number, number] | undefined {
  const dy = doc.getUTCFullYear();
  const dm = doc.getUTCMonth() + 1;
  const dd = doc.getUTCDate();
  const wd = weekday !== undefined ? WEEKDAYS[weekday.slice(0, 3).toLowerCase()] : undefined;
  if (mo !== undefined) {
    // "5 January": the year that puts it nearest the document date (within six months).
    let best: [number, number, number] | undefined;
    let bestDist = Infinity;
    for (const y of [dy - 1, dy, dy + 1]) {
      if (!valid(y, mo, d)) continue;
      const t = Date.UTC(y, mo - 1, d);
      if (wd !== undefined && new Date(t).getUTCDay() !== wd) continue;
      const dist = Math.abs(t - doc.getTime());
      if (dist < bestDist) [best, bestDist] = [[y, mo, d], dist];
    }
    return bestDist <= 183 * DAY ? best : undefined;
  }
  if (wd !== undefined) {
    // "Monday 5th": the only month within three months either side where the 5th is a Monday.
    const found: [number, number, number][] = [];
    for (let k = -3; k <= 3; k++) {
      const dt = new Date(Date.UTC(dy, dm - 1 + k, 1));
      const [y, m] = [dt.getUTCFullYear(), dt.getUTCMonth() + 1];
      if (valid(y, m, d) && new Date(Date.UTC(y, m - 1, d)).getUTCDay() === wd) found.push([y, m, d]);
    }
    return found.length === 1 ? found[0] : undefined;
  }
  // "on the 12th": later this month.
  return d >= dd && valid(dy, dm, d) ? [dy, dm, d] : undefined;
}
