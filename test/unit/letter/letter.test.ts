import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText, scan } from '../../../src/core/detect/index';
import { judge, readEventDates, readSentence, sentenceAround, suggestPairings } from '../../../src/core/letter/index';

function letter(name: string) {
  const text = htmlToText(readFileSync(`test/fixtures/letters/${name}.html`, 'utf8'));
  return readEventDates(text, scan(text));
}

describe('reading one sentence', () => {
  it('names the event, tense and negation', () => {
    expect(readSentence('A strategy discussion was held on 7 April 2025.')).toMatchObject({ event: 'strategy-discussion-held', tense: 'past', negated: false });
    expect(readSentence('The initial child protection conference will take place on 2 May 2025.')).toMatchObject({ event: 'icpc-held', tense: 'future' });
    expect(readSentence('The conference did not take place on 28 March 2025.')).toMatchObject({ event: 'icpc-held', negated: true });
    expect(readSentence('The review conference is scheduled for 4 June 2025.')).toMatchObject({ event: 'rcpc-held', tense: 'future' });
    expect(readSentence('We received your subject access request on 3 March 2025.')).toMatchObject({ event: 'sar-received' });
    expect(readSentence('We received your complaint on 3 March 2025.')).toMatchObject({ event: 'complaint-received' });
    expect(readSentence('Thank you for your letter of 3 March 2025.').event).toBeUndefined();
  });
  it('takes the event written nearest before the date when a sentence names two', () => {
    const s = 'The conference will take place on 2 May 2025, after the strategy discussion held on 7 April 2025.';
    expect(readSentence(s, s.indexOf('2 May')).event).toBe('icpc-held');
    expect(readSentence(s, s.indexOf('7 April')).event).toBe('strategy-discussion-held');
  });
  it('cuts the sentence around a date', () => {
    const text = 'Dear Ms A.\nThe strategy discussion was held on 7 April 2025. Then nothing happened.';
    const at = text.indexOf('7 April');
    expect(sentenceAround(text, at, at + 12).sentence).toBe('The strategy discussion was held on 7 April 2025.');
  });
});

describe('checking a letter', () => {
  it('pairs the strategy discussion with the conference: late by 2 working days (Easter in England and Wales)', () => {
    const dates = letter('late-conference');
    const pairs = suggestPairings(dates, { today: '2025-05-08' });
    const icpc = pairs.find((p) => p.rule === 'icpc-15wd')!;
    expect(icpc.trigger.iso).toBe('2025-04-07');
    expect(icpc.met?.iso).toBe('2025-05-02');
    expect(icpc.verdict).toMatchObject({ status: 'late', lateBy: 2, due: '2025-04-30' });
    expect(icpc.verdict.headline).toBe('Late by 2 working days');
  });
  it('changes with the nation: Easter Monday is not a Scottish bank holiday', () => {
    const pairs = suggestPairings(letter('late-conference'), { today: '2025-05-08', nation: 'scotland' });
    expect(pairs.find((p) => p.rule === 'icpc-15wd')!.verdict).toMatchObject({ status: 'late', lateBy: 3, due: '2025-04-29' });
  });
  it('says a planned conference is on time', () => {
    const pairs = suggestPairings(letter('on-time-conference'), { today: '2025-11-24' });
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.verdict).toMatchObject({ status: 'planned-on-time', due: '2025-12-11' });
    const scot = suggestPairings(letter('on-time-conference'), { today: '2025-11-24', nation: 'scotland' });
    expect(scot[0]!.verdict.due).toBe('2025-12-12'); // St Andrew's Day substitute, Monday 1 December
  });
  it('lets the person change an event: the letter date is not an event until they say so', () => {
    const dates = letter('late-conference');
    const letterDate = dates.find((d) => d.iso === '2025-05-08')!;
    expect(letterDate.event).toBeUndefined();
    const pairs = suggestPairings(dates, { today: '2025-05-08', events: { [dates.find((d) => d.iso === '2025-05-02')!.index]: null } });
    expect(pairs.find((p) => p.rule === 'icpc-15wd')!.met).toBeUndefined();
  });
  it('judges an open deadline with working days left', () => {
    expect(judge('icpc-15wd', '2025-04-07', undefined, { today: '2025-04-28' })).toMatchObject({ status: 'open', left: 2 });
    expect(judge('no-such-rule', '2025-04-07', undefined, { today: '2025-04-28' }).status).toBe('error');
  });
});
