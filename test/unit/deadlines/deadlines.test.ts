// Table-driven cases. Every expected date was worked out by hand from the official holiday lists
// (the working is in the comment on each row).
import { describe, expect, it } from 'vitest';
import {
  DeadlineError,
  addWorkingDays,
  chain,
  check,
  dueDate,
  progress,
  workingDaysBetween,
  type NationId,
} from '../../../src/core/deadlines/index';

const E: NationId = 'england-and-wales';
const S: NationId = 'scotland';
const N: NationId = 'northern-ireland';
const TODAY = '2026-11-23';

// [nation, from (day 0), working days, expected due, working]
const WORKING_DAY_CASES: [NationId, string, number, string, string][] = [
  // Christmas and New Year, 2019-2027
  [E, '2019-12-20', 1, '2019-12-23', 'Fri -> Mon'],
  [E, '2019-12-20', 3, '2019-12-27', '23, 24, (25, 26 hols), 27'],
  [E, '2019-12-24', 1, '2019-12-27', '25, 26 hols'],
  [E, '2019-12-24', 5, '2020-01-03', '27, 30, 31, (1 Jan), 2, 3'],
  [E, '2020-12-24', 1, '2020-12-29', '25 Fri hol, weekend, 28 Mon Boxing Day substitute'],
  [E, '2020-12-24', 5, '2021-01-05', '29, 30, 31, (1 Jan Fri), 4, 5'],
  [E, '2021-12-24', 1, '2021-12-29', 'weekend, 27 and 28 substitutes'],
  [E, '2021-12-23', 3, '2021-12-30', '24, 29, 30'],
  [E, '2021-12-31', 1, '2022-01-04', '1-2 Jan weekend, 3 Jan substitute'],
  [E, '2022-12-23', 1, '2022-12-28', 'weekend, 26 Boxing Day, 27 Christmas substitute'],
  [E, '2022-12-30', 1, '2023-01-03', '1 Jan Sunday, 2 Jan substitute'],
  [E, '2023-12-22', 2, '2023-12-28', '25, 26 hols; 27, 28'],
  [E, '2023-12-29', 1, '2024-01-02', '1 Jan Monday'],
  [E, '2024-12-24', 1, '2024-12-27', '25 Wed, 26 Thu'],
  [E, '2024-12-31', 1, '2025-01-02', '1 Jan Wed'],
  [E, '2025-12-24', 1, '2025-12-29', '25 Thu, 26 Fri, weekend'],
  [E, '2025-12-31', 2, '2026-01-05', '1 Jan Thu hol, 2 Jan Fri, 5 Jan Mon'],
  [E, '2026-12-24', 1, '2026-12-29', '25 Fri, weekend, 28 Mon Boxing Day substitute'],
  [E, '2026-12-31', 1, '2027-01-04', '1 Jan 2027 Fri, weekend'],
  [E, '2027-12-24', 1, '2027-12-29', 'weekend, 27 and 28 substitutes'],
  [E, '2027-12-31', 1, '2028-01-04', '1-2 Jan weekend, 3 Jan substitute'],
  // Easter
  [E, '2026-03-27', 15, '2026-04-21', 'the seeds worked example: Good Friday and Easter Monday excluded'],
  [E, '2026-04-02', 1, '2026-04-07', 'Good Friday 3, weekend, Easter Monday 6'],
  [E, '2025-04-17', 1, '2025-04-22', 'Good Friday 18, Easter Monday 21'],
  [E, '2024-03-28', 1, '2024-04-02', 'Good Friday 29 Mar, Easter Monday 1 Apr'],
  [E, '2019-04-18', 2, '2019-04-24', 'Good Friday 19, Easter Monday 22; 23, 24'],
  // Triggers on weekends and holidays: still day 0
  [E, '2026-04-03', 1, '2026-04-07', 'trigger on Good Friday; Easter Monday skipped'],
  [E, '2026-04-06', 1, '2026-04-07', 'trigger on Easter Monday'],
  [E, '2026-03-28', 1, '2026-03-30', 'trigger on a Saturday: Monday is day 1'],
  [E, '2026-03-29', 5, '2026-04-07', 'Sunday: 30, 31, 1, 2, (Good Friday, weekend, Easter Monday), 7'],
  [E, '2026-12-25', 1, '2026-12-29', 'trigger on Christmas Day'],
  [E, '2026-03-27', 0, '2026-03-27', 'zero working days is the trigger day'],
  // 2022, 2023 and older one-offs
  [E, '2022-06-01', 1, '2022-06-06', 'Thu 2 and Fri 3 June 2022 hols'],
  [E, '2022-05-31', 3, '2022-06-07', '1, 6, 7'],
  [E, '2022-09-16', 1, '2022-09-20', 'state funeral Mon 19 Sep'],
  [E, '2022-09-12', 10, '2022-09-27', '13-16, 20-23, 26, 27'],
  [E, '2023-05-05', 1, '2023-05-09', 'coronation Mon 8 May'],
  [E, '2023-04-28', 5, '2023-05-09', '(1 May), 2, 3, 4, 5, (8 May), 9'],
  [E, '2020-05-07', 1, '2020-05-11', 'VE day Fri 8 May 2020'],
  [E, '2020-05-01', 1, '2020-05-04', 'Mon 4 May 2020 was a working day'],
  [E, '2012-06-01', 1, '2012-06-06', 'Mon 4 and Tue 5 June 2012'],
  [E, '2012-05-25', 1, '2012-05-28', 'Mon 28 May 2012 was a working day'],
  [E, '2002-05-31', 1, '2002-06-05', 'Mon 3 and Tue 4 June 2002'],
  [E, '2011-04-21', 1, '2011-04-26', 'Good Friday 22, Easter Monday 25'],
  [E, '2011-04-21', 4, '2011-05-03', '26, 27, 28, (royal wedding 29, 2 May), 3'],
  // England summer bank holiday and St Patrick's Day for comparison
  [E, '2026-07-31', 1, '2026-08-03', 'first Monday of August is a working day in England'],
  [E, '2026-08-28', 1, '2026-09-01', 'summer bank holiday Mon 31 Aug'],
  [E, '2026-03-16', 1, '2026-03-17', "St Patrick's Day is a working day in England"],
  // Scotland
  [S, '2026-12-31', 1, '2027-01-05', '1 Jan Fri, 2 Jan Sat -> substitute Mon 4'],
  [S, '2025-12-31', 1, '2026-01-05', '1 Jan Thu, 2 Jan Fri'],
  [S, '2026-04-02', 1, '2026-04-06', 'Good Friday only: Easter Monday is a working day'],
  [S, '2026-07-31', 1, '2026-08-04', 'first Monday of August'],
  [S, '2026-08-28', 1, '2026-08-31', 'last Monday of August is a working day'],
  [S, '2025-11-28', 1, '2025-12-02', "St Andrew's Day Sunday -> substitute Mon 1 Dec"],
  [S, '2024-11-29', 1, '2024-12-03', "St Andrew's Day Saturday -> substitute Mon 2 Dec"],
  [S, '2026-11-27', 1, '2026-12-01', "St Andrew's Day Mon 30 Nov"],
  [S, '2022-12-30', 1, '2023-01-04', '2 and 3 Jan 2023'],
  [S, '2021-12-31', 1, '2022-01-05', '3 and 4 Jan 2022'],
  [S, '2026-03-27', 15, '2026-04-20', 'worked example in Scotland: only Good Friday'],
  [S, '2026-11-23', 10, '2026-12-08', "24-27, (St Andrew's 30), 1-4, 7, 8"],
  // Northern Ireland
  [N, '2026-03-16', 1, '2026-03-18', "St Patrick's Day Tue 17 Mar"],
  [N, '2024-03-15', 1, '2024-03-19', "St Patrick's Day Sunday -> Mon 18"],
  [N, '2019-03-15', 1, '2019-03-19', "St Patrick's Day Sunday -> Mon 18"],
  [N, '2025-07-11', 1, '2025-07-15', '12 July Saturday -> Mon 14'],
  [N, '2026-07-10', 1, '2026-07-14', '12 July Sunday -> Mon 13'],
  [N, '2023-07-11', 1, '2023-07-13', '12 July Wednesday'],
  [N, '2026-04-02', 1, '2026-04-07', 'Good Friday and Easter Monday'],
  [N, '2026-03-27', 15, '2026-04-21', 'worked example in NI: same as England'],
];

describe('R0 working days, hand-worked', () => {
  it.each(WORKING_DAY_CASES)('%s: %s + %i WD = %s (%s)', (nation, from, n, expected) => {
    expect(addWorkingDays(from, n, nation)).toBe(expected);
    expect(workingDaysBetween(from, expected, nation)).toBe(n);
  });
});

// [rule id, from, nation, expected due, extra expectations, working]
type Extra = { lastWorkingDayBefore?: string; rolledForwardFrom?: string; dueTime?: string; maximum?: string; kind?: 'due' | 'latest' };
const RULE_CASES: [string, string, NationId, string, Extra, string][] = [
  ['icpc-15wd', '2026-03-27', E, '2026-04-21', {}, 'seeds worked example'],
  ['referral-decision', '2026-12-24', E, '2026-12-29', {}, 'Christmas Day and the Boxing Day substitute'],
  ['assessment-45wd', '2026-03-27', E, '2026-06-04', {}, '15 WD to 21 Apr; 22-24, 27 Apr-1 May, (4 May), 5-8, 11-15, 18-22, (25 May), 26-29, 1-4 Jun'],
  ['core-group-first', '2026-04-21', E, '2026-05-06', {}, '22-24, 27-30, 1 May, (4 May), 5, 6'],
  ['rcpc-first', '2026-11-30', E, '2027-02-28', { lastWorkingDayBefore: '2027-02-26' }, '3 months clamped to 28 Feb (a Sunday)'],
  ['rcpc-first', '2023-11-29', E, '2024-02-29', {}, 'leap day exists in 2024'],
  ['rcpc-first', '2024-02-29', E, '2024-05-29', {}, 'from 29 February'],
  ['rcpc-subsequent', '2024-02-29', E, '2024-08-29', {}, '6 months from 29 February'],
  ['judicial-review-3m', '2025-11-30', E, '2026-02-28', { lastWorkingDayBefore: '2026-02-27' }, 'clamped to 28 Feb 2026, a Saturday'],
  ['sar-1-month', '2026-01-31', E, '2026-03-02', { rolledForwardFrom: '2026-02-28' }, 'ICO: 28 Feb Saturday -> Monday'],
  ['sar-1-month', '2024-01-31', E, '2024-02-29', {}, 'leap year'],
  ['sar-1-month', '2026-11-25', E, '2026-12-29', { rolledForwardFrom: '2026-12-25' }, 'Christmas Day, weekend, Boxing Day substitute'],
  ['sar-1-month', '2025-03-26', E, '2025-04-28', { rolledForwardFrom: '2025-04-26' }, 'Saturday -> Monday'],
  ['care-proceedings-26wk', '2026-01-05', E, '2026-07-05', { lastWorkingDayBefore: '2026-07-03' }, 'R1: 182 days, last day Sunday 5 July'],
  ['lgsco-12m', '2026-03-10', E, '2027-03-09', {}, 'R1 months: the day before the corresponding date'],
  ['hra-1-year', '2024-02-29', E, '2025-02-28', {}, 'R1: no 29 Feb 2025, so the end of February'],
  ['cao-7-days', '2026-03-27', E, '2026-04-02', {}, 'R1: start + 6'],
  ['epo-8-days', '2026-03-27', E, '2026-04-03', { lastWorkingDayBefore: '2026-04-02' }, 'R1 day 8 is Good Friday'],
  ['pf-notify', '2026-06-15', E, '2026-05-04', { lastWorkingDayBefore: '2026-05-01', kind: 'latest' }, 'R5: 6 weeks back is the early May bank holiday'],
  ['cambs-rcpc-report', '2026-04-09', E, '2026-04-02', { kind: 'latest' }, 'R5: 8, 7, (Easter Monday, Good Friday), 2'],
  ['cambs-rcpc-report', '2026-06-11', E, '2026-06-08', { kind: 'latest' }, '3 WD before a Thursday is the Monday'],
  ['police-protection-72h', '2026-03-27T14:30', E, '2026-03-30', { dueTime: '2026-03-30T15:30+01:00' }, 'clocks go forward on 29 March'],
  ['police-protection-72h', '2026-10-23T09:00', E, '2026-10-26', { dueTime: '2026-10-26T08:00+00:00' }, 'clocks go back on 25 October'],
  ['looked-after-24h', '2026-06-01T18:00', E, '2026-06-02', { dueTime: '2026-06-02T18:00+01:00' }, '24 hours in summer time'],
  ['complaint-stage1', '2026-12-18', E, '2027-01-06', { maximum: '2027-01-20' }, '21-24, (25, 28), 29-31, (1 Jan), 4-6; max: 7, 8, 11-15, 18-20'],
  ['core-group-first', '2026-11-23', S, '2026-12-08', {}, "Scotland: St Andrew's Day skipped"],
];

describe('rules from the knowledge base, hand-worked', () => {
  it.each(RULE_CASES)('%s from %s (%s) -> %s', (rule, from, nation, due, extra) => {
    const a = dueDate(rule, from, { nation, today: TODAY });
    expect(a.due).toBe(due);
    if (extra.lastWorkingDayBefore) expect(a.lastWorkingDayBefore).toBe(extra.lastWorkingDayBefore);
    else expect(a.lastWorkingDayBefore).toBeUndefined();
    if (extra.rolledForwardFrom) expect(a.rolledForwardFrom).toBe(extra.rolledForwardFrom);
    if (extra.dueTime) expect(a.dueTime).toBe(extra.dueTime);
    if (extra.maximum) expect(a.maximum?.due).toBe(extra.maximum);
    expect(a.kind).toBe(extra.kind ?? 'due');
    expect(a.explanation.length).toBeGreaterThan(0);
    expect(a.source.length).toBeGreaterThan(0);
  });
});

describe('the seeds worked example', () => {
  it('strategy discussion Friday 27 March 2026 -> ICPC by Tuesday 21 April 2026 (England)', () => {
    const a = dueDate('icpc-15wd', '2026-03-27', { today: TODAY });
    expect(a.due).toBe('2026-04-21');
    expect(a.dueText).toBe('Tuesday 21 April 2026');
    expect(a.holidaysSkipped).toEqual([
      { date: '2026-04-03', name: 'Good Friday' },
      { date: '2026-04-06', name: 'Easter Monday' },
    ]);
    expect(a.source).toMatch(/Working Together/);
    expect(a.caveats).toEqual([]);
  });
});

describe('answers', () => {
  it('R6 says there is no fixed figure', () => {
    expect(() => dueDate('see-child', '2026-03-27')).toThrow(DeadlineError);
    expect(() => dueDate('see-child', '2026-03-27')).toThrow(/no fixed figure/);
  });
  it('impossible dates and unknown rules are clear errors', () => {
    expect(() => dueDate('icpc-15wd', '2023-02-29')).toThrow(/not a real date/);
    expect(() => dueDate('icpc-15wd', '27/03/2026')).toThrow(/YYYY-MM-DD/);
    expect(() => dueDate('icpc-15', '2026-03-27')).toThrow(/Unknown rule id "icpc-15".*icpc-15wd/);
  });
  it('dates beyond the table are refused', () => {
    expect(() => dueDate('icpc-15wd', '2046-03-01')).toThrow(/outside the years/);
    expect(() => dueDate('icpc-15wd', '1999-06-01')).toThrow(/outside the years/);
    expect(() => dueDate('icpc-15wd', '2045-12-20')).toThrow(/outside the years/);
  });
  it('years where a one-off may still be announced carry a caveat', () => {
    const a = dueDate('icpc-15wd', '2026-12-31', { today: TODAY });
    expect(a.due).toBe('2027-01-22');
    expect(a.caveats.join(' ')).toMatch(/2027.*one-off/);
    expect(dueDate('icpc-15wd', '2026-03-27', { today: TODAY }).caveats).toEqual([]);
    expect(dueDate('icpc-15wd', '2026-03-27', { today: '2025-06-01' }).caveats.join(' ')).toMatch(/2026/);
  });
  it('an England rule counted with Scottish holidays says other rules may apply', () => {
    const a = dueDate('icpc-15wd', '2026-03-27', { nation: S, today: TODAY });
    expect(a.due).toBe('2026-04-20');
    expect(a.caveats.join(' ')).toMatch(/Scotland other rules/);
  });
  it('Northern Ireland uses its own EPO rule', () => {
    const a = dueDate('epo-8-days', '2026-03-27', { nation: N, today: TODAY });
    expect(a.rule).toBe('ni-epo');
    expect(a.requestedRule).toBe('epo-8-days');
  });
  it('the Cambridgeshire profile uses the local rule and names the area', () => {
    const national = dueDate('icpc-15wd', '2026-03-27', { today: TODAY });
    expect(national.area).toBeUndefined();
    const local = dueDate('icpc-15wd', '2026-03-27', { profile: 'cambridgeshire', today: TODAY });
    expect(local.rule).toBe('cambs-icpc');
    expect(local.area).toBe('Cambridgeshire');
    expect(local.due).toBe('2026-04-21');
    expect(local.caveats.join(' ')).toMatch(/Cambridgeshire/);
    // No national figure for later core groups; Cambridgeshire says every 4 weeks.
    expect(() => dueDate('core-group-frequency', '2026-05-06', { today: TODAY })).toThrow(/no fixed figure/);
    expect(dueDate('core-group-frequency', '2026-05-06', { profile: 'cambridgeshire', today: TODAY }).due).toBe('2026-06-03');
  });
});

describe('check', () => {
  it('on time on the due date', () => {
    const c = check('icpc-15wd', '2026-03-27', '2026-04-21');
    expect(c.onTime).toBe(true);
    expect(c.lateBy).toBe(0);
  });
  it('late by working days', () => {
    const c = check('icpc-15wd', '2026-03-27', '2026-04-23');
    expect(c.onTime).toBe(false);
    expect(c.lateBy).toBe(2);
    expect(c.lateUnit).toBe('working days');
    expect(c.message).toMatch(/Late by 2 working days/);
  });
  it('late on a Saturday: 22, 23, 24 working days then the weekend', () => {
    const c = check('icpc-15wd', '2026-03-27', '2026-04-25');
    expect(c.lateBy).toBe(3);
    expect(c.lateCalendarDays).toBe(4);
  });
  it('late across Christmas counts only working days', () => {
    // due Tue 29 Dec 2026; Thu 7 Jan 2027: 30, 31, (1 Jan), 4, 5, 6, 7 = 6 WD
    const c = check('referral-decision', '2026-12-24', '2027-01-07');
    expect(c.lateBy).toBe(6);
  });
  it('calendar-day rules are late by calendar days', () => {
    const c = check('cao-7-days', '2026-03-27', '2026-04-05');
    expect(c.lateBy).toBe(3);
    expect(c.lateUnit).toBe('days');
  });
  it('late against 10 WD but within the 20 WD maximum', () => {
    const c = check('complaint-stage1', '2026-12-18', '2027-01-08');
    expect(c.onTime).toBe(false);
    expect(c.lateBy).toBe(2);
    expect(c.withinMaximum).toBe(true);
  });
  it('hours: late by hours', () => {
    const c = check('police-protection-72h', '2026-03-27T14:30', '2026-03-30T17:30');
    expect(c.onTime).toBe(false);
    expect(c.lateBy).toBe(2);
    expect(c.lateUnit).toBe('hours');
  });
});

describe('progress', () => {
  it('today is working day 10 of 15', () => {
    const p = progress('icpc-15wd', '2026-03-27', '2026-04-14');
    expect(p.elapsed).toBe(10);
    expect(p.total).toBe(15);
    expect(p.remaining).toBe(5);
    expect(p.message).toMatch(/working day 10 of 15/);
  });
  it('on a holiday it says so', () => {
    const p = progress('icpc-15wd', '2026-03-27', '2026-04-06');
    expect(p.todayIsWorkingDay).toBe(false);
    expect(p.elapsed).toBe(4);
    expect(p.message).toMatch(/not a working day/);
  });
  it('due today and overdue', () => {
    expect(progress('icpc-15wd', '2026-03-27', '2026-04-21').status).toBe('due-today');
    const late = progress('icpc-15wd', '2026-03-27', '2026-04-23');
    expect(late.status).toBe('overdue');
    expect(late.elapsed).toBe(17);
  });
  it('calendar-day rules count days (R1: the start is day 1)', () => {
    const p = progress('cao-7-days', '2026-03-27', '2026-03-29');
    expect(p.elapsed).toBe(3);
    expect(p.total).toBe(7);
  });
});

describe('chains', () => {
  it('strategy discussion -> ICPC -> core group -> first review at 3 months -> 6-monthly reviews', () => {
    const c = chain('strategy-discussion-held', '2026-03-27', { today: TODAY });
    const due = Object.fromEntries(c.steps.filter((s) => s.answer).map((s) => [`${s.rule}${s.occurrence ? `#${s.occurrence}` : ''}`, s.answer!.due]));
    expect(due['icpc-15wd']).toBe('2026-04-21');
    expect(due['core-group-first']).toBe('2026-05-06');
    expect(due['rcpc-first']).toBe('2026-07-21');
    expect(due['rcpc-subsequent#1']).toBe('2027-01-21');
    expect(due['rcpc-subsequent#2']).toBe('2027-07-21');
    // s47 enquiries have no fixed figure: said, not invented.
    expect(c.steps.find((s) => s.rule === 's47-enquiry')?.note).toMatch(/no fixed figure/);
    expect(c.caveats.join(' ')).toMatch(/2027/);
  });
  it('an actual date replaces the due date for what follows', () => {
    const c = chain('strategy-discussion-held', '2026-03-27', { actual: { 'icpc-15wd': '2026-04-16' }, today: TODAY });
    const icpc = c.steps.find((s) => s.rule === 'icpc-15wd')!;
    expect(icpc.check?.onTime).toBe(true);
    // 10 WD from Thu 16 Apr: 17, 20-24, 27-30
    expect(c.steps.find((s) => s.rule === 'core-group-first')?.answer?.due).toBe('2026-04-30');
    expect(c.steps.find((s) => s.rule === 'core-group-first')?.basedOn).toBe('actual');
    expect(c.steps.find((s) => s.rule === 'rcpc-first')?.answer?.due).toBe('2026-07-16');
  });
  it('referral -> decision and assessment', () => {
    const c = chain('referral-received', '2026-03-27', { today: TODAY });
    expect(c.steps.find((s) => s.rule === 'referral-decision')?.answer?.due).toBe('2026-03-30');
    expect(c.steps.find((s) => s.rule === 'assessment-45wd')?.answer?.due).toBe('2026-06-04');
  });
  it('complaint stage 1 -> 2 -> 3', () => {
    const c = chain('complaint-received', '2026-01-05', { today: TODAY });
    const due = Object.fromEntries(c.steps.map((s) => [s.rule, s.answer?.due]));
    // stage 1: 10 WD from Mon 5 Jan = Mon 19 Jan
    expect(due['complaint-stage1']).toBe('2026-01-19');
    // stage 2 request: 20 WD from 19 Jan = Mon 16 Feb
    expect(due['complaint-stage2-request']).toBe('2026-02-16');
    // stage 2: 25 WD from 16 Feb = Mon 23 Mar
    expect(due['complaint-stage2']).toBe('2026-03-23');
    // stage 3 request: 20 WD from 23 Mar: 24-27 (4), 30, 31, 1, 2 (8), (3, 6 Easter), 7-10 (12), 13-17 (17), 20-22 (20) = Wed 22 Apr
    expect(due['complaint-stage3-request']).toBe('2026-04-22');
    // panel: 30 WD from 22 Apr: 23, 24 (2), 27-1 May (7), (4 May) 5-8 (11), 11-15 (16), 18-22 (21), (25 May) 26-29 (25), 1-5 Jun (30) = Fri 5 Jun
    expect(due['complaint-stage3-panel']).toBe('2026-06-05');
    expect(c.steps.map((s) => s.rule)).toContain('complaint-stage3-report');
  });
  it('Cambridgeshire chain uses local rules and names them', () => {
    const c = chain('strategy-discussion-held', '2026-03-27', { profile: 'cambridgeshire', today: TODAY });
    const rules = c.steps.map((s) => s.rule);
    expect(rules).toContain('cambs-icpc');
    expect(rules).not.toContain('icpc-15wd');
    expect(rules).toContain('cambs-core-group-frequency');
    expect(c.steps.find((s) => s.rule === 'cambs-icpc')?.answer?.area).toBe('Cambridgeshire');
  });
  it('a chain can start from a rule', () => {
    const c = chain('icpc-15wd', '2026-03-27', { today: TODAY });
    expect(c.startKind).toBe('rule');
    expect(c.steps[0]?.rule === 'icpc-15wd' || c.steps.some((s) => s.rule === 'icpc-15wd')).toBe(true);
    expect(c.steps.some((s) => s.rule === 'core-group-first')).toBe(true);
  });
});
