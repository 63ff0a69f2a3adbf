import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/core/detect/index';
import { checkLetter, judge, readClause, unwrapLines, type LetterOptions } from '../../../src/core/letter/index';
import { madePageOrThrow } from '../../fixtures/made-pages';

function letter(name: string, opts: LetterOptions) {
  const text = htmlToText(madePageOrThrow(`/letters/${name}.html`)).replace(/\n/g, '\n\n');
  return checkLetter(text, opts);
}
const read = (s: string, date: string) => readClause(s, s.indexOf(date), s.indexOf(date) + date.length);

describe('reading one sentence', () => {
  it('names the event, tense and negation', () => {
    expect(read('A strategy discussion was held on 7 April 2025.', '7 April')).toMatchObject({ event: 'strategy-discussion-held', tense: 'past', negated: false });
    expect(read('The initial child protection conference will take place on 2 May 2025.', '2 May')).toMatchObject({ event: 'icpc-held', tense: 'future' });
    expect(read('The conference did not take place on 28 March 2025.', '28 March')).toMatchObject({ event: 'icpc-held', negated: true });
    expect(read('The review conference is scheduled for 4 June 2025.', '4 June')).toMatchObject({ event: 'rcpc-held', tense: 'future' });
    expect(read('We received your subject access request on 3 March 2025.', '3 March')).toMatchObject({ event: 'sar-received' });
    expect(read('We received your complaint on 3 March 2025.', '3 March')).toMatchObject({ event: 'complaint-received' });
    expect(read('Thank you for your letter of 3 March 2025.', '3 March').event).toBeUndefined();
  });
  it('generalises over the ways councils say it', () => {
    expect(read('The meeting to plan how to keep Amir safe took place on 4 May 2026.', '4 May')).toMatchObject({ event: 'icpc-held', tense: 'past' });
    expect(read("Children's services in your new area were told of the move on 2 March 2026.", '2 March')).toMatchObject({ event: 'cp-move-notified' });
    expect(read('Your concerns were registered as a complaint on 9 February 2026.', '9 February')).toMatchObject({ event: 'complaint-received' });
    expect(read('The assessment finished on 12 June 2026.', '12 June')).toMatchObject({ event: 'assessment-completed' });
    expect(read('ICPC date: 04/05/2026', '04/05')).toMatchObject({ event: 'icpc-held' });
  });
  it('tells events from deadlines, dates of birth and reply-by dates', () => {
    expect(read('The conference should be held by 21 April 2026.', '21 April').role).toBe('deadline');
    expect(read('Our reply is due by 17 March 2026.', '17 March').role).toBe('deadline');
    expect(read('Re: Sam Ellis (date of birth 14/09/2019)', '14/09').role).toBe('birth');
    expect(read('Please reply by 10 April 2026 if you want to attend.', '10 April').role).toBe('reply-by');
  });
  it('reads a rearranged meeting: the old date did not happen, the new one is planned', () => {
    const s = 'The conference due to take place on 3 May 2026 was postponed and has been rearranged for 10 May 2026.';
    expect(read(s, '3 May')).toMatchObject({ event: 'icpc-held', negated: true });
    expect(read(s, '10 May')).toMatchObject({ event: 'icpc-held', negated: false, tense: 'future' });
  });
});

describe('wrapped lines', () => {
  it('joins a wrapped line and keeps every offset', () => {
    const text = 'Dear Ms A,\n\nThe initial child protection conference will take place on\n21 April 2026 at the Family Centre.\n';
    const flat = unwrapLines(text);
    expect(flat).toHaveLength(text.length);
    expect(flat).toContain('take place on 21 April 2026');
  });
  it('keeps a table row and a date alone on a line apart from the text around them', () => {
    const flat = unwrapLines('14 Mill Lane\nHF1 2AB\n8 May 2025\nDear Ms Okafor,\nICPC date: 04/05/2026\nCore group: 12/05/2026');
    expect(flat.split('\n')).toEqual(['14 Mill Lane HF1 2AB', '8 May 2025', 'Dear Ms Okafor,', 'ICPC date: 04/05/2026', 'Core group: 12/05/2026']);
  });
});

describe('checking a letter', () => {
  it('pairs the strategy discussion with the conference: late by 2 working days (Easter in England and Wales)', () => {
    const check = letter('late-conference', { today: '2025-05-08' });
    expect(check.letterDate).toBe('2025-05-08');
    const icpc = check.pairings.find((p) => p.rule === 'icpc-15wd')!;
    expect(icpc.trigger.iso).toBe('2025-04-07');
    expect(icpc.met?.iso).toBe('2025-05-02');
    expect(icpc.verdict).toMatchObject({ status: 'late', lateBy: 2, due: '2025-04-30' });
    expect(icpc.verdict.headline).toBe('Late by 2 working days');
  });
  it('changes with the nation: Easter Monday is not a Scottish bank holiday', () => {
    const check = letter('late-conference', { today: '2025-05-08', nation: 'scotland' });
    expect(check.pairings.find((p) => p.rule === 'icpc-15wd')!.verdict).toMatchObject({ status: 'late', lateBy: 3, due: '2025-04-29' });
  });
  it('says a planned conference is on time', () => {
    const check = letter('on-time-conference', { today: '2025-11-24' });
    expect(check.pairings.filter((p) => p.met)).toHaveLength(1);
    expect(check.pairings[0]!.verdict).toMatchObject({ status: 'planned-on-time', due: '2025-12-11' });
    const scot = letter('on-time-conference', { today: '2025-11-24', nation: 'scotland' });
    expect(scot.pairings[0]!.verdict.due).toBe('2025-12-12'); // St Andrew's Day substitute, Monday 1 December
  });
  it('lets the person change an event: with the conference date taken away, the rule is open', () => {
    const first = letter('late-conference', { today: '2025-05-08' });
    const conference = first.dates.find((d) => d.iso === '2025-05-02')!;
    const check = letter('late-conference', { today: '2025-05-08', events: { [conference.index]: null } });
    expect(check.pairings.find((p) => p.rule === 'icpc-15wd')!.met).toBeUndefined();
  });
  it('counts the last of two strategy discussions, once', () => {
    const text =
      'A strategy discussion was held on 2 March 2026. A second strategy discussion was held on 9 March 2026.\n\nThe initial child protection conference took place on 27 March 2026.';
    const icpc = checkLetter(text, { today: '2026-04-01' }).pairings.filter((p) => p.rule === 'icpc-15wd');
    expect(icpc).toHaveLength(1);
    expect(icpc[0]).toMatchObject({ trigger: { iso: '2026-03-09' }, met: { iso: '2026-03-27' } });
  });
  it('judges an open deadline with working days left', () => {
    expect(judge('icpc-15wd', '2025-04-07', undefined, { today: '2025-04-28' })).toMatchObject({ status: 'open', left: 2 });
    expect(judge('no-such-rule', '2025-04-07', undefined, { today: '2025-04-28' }).status).toBe('error');
  });
});

describe('generalising past the wordings it was tuned on', () => {
  const check = (text: string) => checkLetter(text, { today: '2026-12-01', nation: 'england-and-wales', profile: 'national' });
  const pairs = (text: string) => check(text).pairings.filter((p) => p.met).map((p) => `${p.rule} ${p.trigger.iso} ${p.met!.iso} ${p.verdict.status}`);

  it('hears the ways a thing reaches the council: came in, reached us, were passed to us, receipt of', () => {
    expect(read('Contact about Jack came in from his school on 2 March 2026.', '2 March')).toMatchObject({ event: 'referral-received' });
    expect(read('Concerns about Mia were passed to us by the health visitor on 5 January 2026.', '5 January')).toMatchObject({ event: 'referral-received' });
    expect(read('Your request for a review panel reached us on 4 May 2026.', '4 May')).toMatchObject({ event: 'stage3-requested' });
    expect(read('Following receipt of your Stage 2 request on 5 October 2026, the investigation began.', '5 October')).toMatchObject({ event: 'stage2-requested' });
    // "Contact" alone is also family time with a parent: not a referral.
    expect(read('Contact with your father took place on 2 March 2026.', '2 March').event).toBeUndefined();
  });

  it('reads the panel meeting whatever its verb', () => {
    for (const verb of ['meet', 'sit', 'convene']) expect(read(`The panel will ${verb} on 10 June 2026.`, '10 June')).toMatchObject({ event: 'review-panel-held', tense: 'future' });
  });

  it('reads a table by its rows and cells: tabs (HTML), lined-up columns and "|" rows, with no colons', () => {
    const html = htmlToText(
      '<p>Date: 10 August 2026</p><table><tr><th>Meeting</th><th>Date held</th></tr><tr><td>Strategy discussion</td><td>1 July 2026</td></tr><tr><td>Initial child protection conference</td><td>21 July 2026</td></tr></table>',
    ).replace(/\n/g, '\n\n');
    expect(pairs(html)).toEqual(['icpc-15wd 2026-07-01 2026-07-21 on-time']);
    const columns = 'Our ref AB/1\n\nEvent                         Date\nStrategy discussion           1 July 2026\nInitial conference held       21 July 2026\n';
    expect(pairs(columns)).toEqual(['icpc-15wd 2026-07-01 2026-07-21 on-time']);
    const piped = '| Step | Date |\n| Strategy meeting | 01/07/2026 |\n| Child protection conference | 21/07/2026 |\n';
    expect(pairs(piped)).toEqual(['icpc-15wd 2026-07-01 2026-07-21 on-time']);
  });

  it('never takes the letter\'s own date from a table of dates, and a column headed "Due by" is a deadline', () => {
    const text = 'Dear Ms Hall,\n\nStrategy discussion\t1 July 2026\nInitial conference\t21 July 2026\n\nYours sincerely';
    expect(check(text).letterDate).toBeNull();
    const due = 'Meeting\tDue by\tHeld on\nInitial conference\t22/07/2026\t21/07/2026\nStrategy discussion\t\t01/07/2026\n';
    expect(check(due).dates.find((d) => d.iso === '2026-07-22')?.role).toBe('deadline');
    expect(pairs(due)).toEqual(['icpc-15wd 2026-07-01 2026-07-21 on-time']);
  });

  it('knows the letter hands over the records, in any order of words', () => {
    const sar = (last: string) => check(`Date: 5 February 2026\n\nYour subject access request reached us on 5 January 2026. ${last}`).pairings.find((p) => p.met)?.met?.iso;
    expect(sar('We have now completed our search and enclose the records.')).toBe('2026-02-05');
    expect(sar('Enclosed are copies of the documents we hold.')).toBe('2026-02-05');
    expect(sar('We will send the records once we have checked your identity.')).toBeUndefined();
    expect(sar('Please find your social care file on the memory stick sent with this letter.')).toBe('2026-02-05');
    expect(sar('The copies of your records that we hold are with this letter.')).toBe('2026-02-05');
    expect(sar('Before we can release the documents we need proof of your address.')).toBeUndefined();
  });

  it('reads a "|" table whatever the padding around its bars, and a row that names the decision by its next steps', () => {
    const piped = '| What happened                 | When       |\n|-------------------------------|:----------:|\n| Contact from nursery received | 02/03/2026 |\n| Decision on next steps        | 03/03/2026 |\n';
    expect(pairs(piped)).toEqual(['referral-decision 2026-03-02 2026-03-03 on-time']);
  });

  it('reads the event of a sentence that starts with its date, and a decision that an assessment is needed', () => {
    const text = 'A referral about Ruby reached us on Thursday 5 March 2026. On 9 March 2026 the team agreed that an assessment should be carried out.';
    expect(pairs(text)).toEqual(['referral-decision 2026-03-05 2026-03-09 late']);
  });

  it('gives a date to the thing its own participle follows, not to the sentence\'s main verb', () => {
    expect(read('In reply to your subject access request received on 6 March 2026, we send the file.', '6 March')).toMatchObject({ event: 'sar-received' });
    expect(read('Thank you for your complaint, which we logged on 6 March 2026; my reply follows.', '6 March')).toMatchObject({ event: 'complaint-received' });
    expect(read('A decision about the contact from the school was made on 6 March 2026.', '6 March').event).not.toBe('referral-received');
  });

  it('hears a request to take a complaint further, wherever the stage is named', () => {
    expect(read('On 2 November 2026 you asked for your complaint to be looked at again at Stage 2.', '2 November')).toMatchObject({ event: 'stage2-requested' });
    expect(read('You wrote on 2 November 2026 asking that your complaint be escalated to stage two.', '2 November')).toMatchObject({ event: 'stage2-requested' });
    expect(read('You requested on 2 November 2026 that your complaint go to a review panel.', '2 November')).toMatchObject({ event: 'stage3-requested' });
    expect(read('Your e-mail of 2 November 2026 asked us to escalate your complaint.', '2 November')).toMatchObject({ event: 'stage2-requested' });
    expect(read('You told us on 2 November 2026 that you were unhappy with our first reply and wanted an independent investigation.', '2 November')).toMatchObject({ event: 'stage2-requested' });
    expect(read('You rang on 2 November 2026 to complain about the visit.', '2 November')).toMatchObject({ event: 'complaint-received' });
    expect(read('Stage 2 outcome sent: 2 November 2026', '2 November')).toMatchObject({ event: 'stage2-response-received' });
  });

  it('knows a letter, e-mail or message that is itself the complaint response, in many wordings', () => {
    const stage1 = (said: string) =>
      check(`Date: 20 March 2026\n\nYour complaint was received on 9 March 2026. ${said}\n\nYours sincerely`).pairings.find((p) => p.rule === 'complaint-stage1')?.met?.iso;
    for (const said of [
      'This e-mail is our Stage 1 response.',
      'Please treat this letter as my formal reply.',
      'I am now in a position to give you the council\'s full response.',
      'Having looked into it, I am pleased to provide you with my findings.',
      'Here is our answer to each of the points.',
      'My response to each point is set out below.',
      'We now respond to the points you raised.',
    ])
      expect(stage1(said), said).toBe('2026-03-20');
    expect(stage1('We will send you our response by 23 March 2026.')).toBeUndefined();
    expect(stage1('I am not yet able to give you our response.')).toBeUndefined();
  });

  it('reads a referral named by who made it, and a thing named only after its date', () => {
    expect(read('The hospital e-mailed its concerns about the baby to our team on 4 March 2026.', '4 March')).toMatchObject({ event: 'referral-received' });
    expect(read('Your old council rang us on 4 March 2026 to let us know that you had moved to Hatherley.', '4 March')).toMatchObject({ event: 'cp-move-notified' });
    // A report to a conference is no referral: no verb of receiving.
    expect(read('The school wrote its report for the conference on 4 March 2026.', '4 March').event).not.toBe('referral-received');
  });

  it('does not negate an event by what the person complained about, and reads "by" in a table label as who did it', () => {
    expect(read('You e-mailed on 4 March 2026 to complain that the visit had not been arranged with you.', '4 March')).toMatchObject({ event: 'complaint-received', negated: false });
    expect(read('Complaint logged by the customer team: 4 March 2026', '4 March')).toMatchObject({ event: 'complaint-received', role: 'event' });
    expect(read('Reply needed by: 4 March 2026', '4 March').role).not.toBe('event');
  });

  it('reads a bare "second review" as the kind of review the letter is about', () => {
    const text = 'Date: 20 November 2026\n\nDear Sam,\n\nYou became looked after on 2 March 2026. Your first looked after review was on 26 March 2026.\n\nThe second review happened on 22 June 2026.';
    expect(pairs(text)).toEqual(['lac-reviews 2026-03-02 2026-03-26 on-time', 'lac-reviews-second 2026-03-26 2026-06-22 on-time']);
  });

  it('lets the next sentence cancel a booked meeting and follows "it" to the new date', () => {
    const text =
      'Dear Mr Lee,\n\nThe strategy meeting on 2 March 2026 decided to start section 47 enquiries. The initial conference was arranged for 20 March 2026. Sadly, it has had to be postponed, and it has now been moved to 24 March 2026.';
    expect(check(text).pairings.filter((p) => p.met).map((p) => `${p.rule} ${p.trigger.iso} ${p.met!.iso}`)).toEqual(['icpc-15wd 2026-03-02 2026-03-24']);
  });

  it('knows a letter that gives you the answer, or says it can now give it', () => {
    const stage = (said: string) => check(`Date: 20 March 2026\n\nYour complaint was received on 9 March 2026. ${said}\n\nYours sincerely`).pairings.find((p) => p.rule === 'complaint-stage1')?.met?.iso;
    expect(stage('This letter brings you our reply.')).toBe('2026-03-20');
    expect(stage('We can now give you the council\'s answer.')).toBe('2026-03-20');
  });

  it('reads a reply sent by e-mail, by post or given by phone', () => {
    expect(read('Our Stage 1 response was e-mailed to you on 20 March 2026.', '20 March')).toMatchObject({ event: 'stage1-response-received' });
    expect(read('We posted our reply to your complaint on 20 March 2026.', '20 March')).toMatchObject({ event: 'stage1-response-received' });
    expect(read('The records you asked for were sent to you by post on 20 March 2026.', '20 March')).toMatchObject({ event: 'sar-response-received' });
  });
});

describe('generalising by concept, not by phrase (synonym lexicons: sender, verb of contact, the council, the file, the move)', () => {
  const check = (text: string) => checkLetter(text, { today: '2026-12-01', nation: 'england-and-wales', profile: 'national' });
  const pairs = (text: string) => check(text).pairings.filter((p) => p.met).map((p) => `${p.rule} ${p.trigger.iso} ${p.met!.iso} ${p.verdict.status}`);
  it('reads a referral as any sender getting in touch with the council, whatever the verb', () => {
    for (const [s, d] of [
      ['The nursery rang the duty team about Mia on 3 March 2026.', '3 March'],
      ["Mia's health visitor contacted us on 3 March 2026 with worries about her weight.", '3 March'],
      ["On 3 March 2026 the police got in touch with children's services about the incident.", '3 March'],
    ] as const)
      expect(read(s, d), s).toMatchObject({ event: 'referral-received', negated: false });
  });
  it('reads a subject access request said in plain words: to see, to have, to access the information held about you', () => {
    expect(read('Your application to see the records we keep about you reached us on 3 March 2026.', '3 March')).toMatchObject({ event: 'sar-received' });
    expect(read('Your request to have copies of the notes held about you was received on 3 March 2026.', '3 March')).toMatchObject({ event: 'sar-received' });
  });
  it('hears a move notified by any verb of learning, and "now live in" as the move', () => {
    expect(read('We heard from Dunmore Council on 3 March 2026 that the family now live in Ashby permanently.', '3 March')).toMatchObject({ event: 'cp-move-notified' });
    expect(read('Kestrel Council informed us on 3 March 2026 that you had gone to live in Ashby.', '3 March')).toMatchObject({ event: 'cp-move-notified' });
  });
  it('follows "this conference" back to the meeting named in an earlier paragraph', () => {
    const text =
      'Date: 30 March 2026\n\nDear Ms A,\n\nWe were told by Wexham Council on 2 March 2026 that you had moved here for good, so a transfer-in conference had to be arranged.\n\nThis conference was held on 19 March 2026.';
    expect(pairs(text)).toEqual(['cp-transfer-conference 2026-03-02 2026-03-19 on-time']);
  });
  it('knows "the following" or "what follows" is the response, and "you will find ... with this letter" is handed over now', () => {
    const stage1 = check('Date: 20 March 2026\n\nYour complaint was received on 9 March 2026.\n\nThe following is my response under Stage 1.\n\nYours').pairings.find((p) => p.rule === 'complaint-stage1');
    expect(stage1?.met?.iso).toBe('2026-03-20');
    const sar = check('Date: 5 February 2026\n\nYour subject access request reached us on 5 January 2026. With this letter you will find the copies of your file.').pairings.find((p) => p.met);
    expect(sar?.met?.iso).toBe('2026-02-05');
    const promised = check('Date: 5 February 2026\n\nYour subject access request reached us on 5 January 2026. We will send you the copies of your file next week.').pairings.find((p) => p.met);
    expect(promised).toBeUndefined();
  });
  it('reads the same concepts in the passive, split by the date, or said as a feeling', () => {
    expect(read("We were contacted by Ava's school on 3 March 2026.", '3 March')).toMatchObject({ event: 'referral-received' });
    expect(read('Concerns about Ava were shared with us by her GP on 3 March 2026.', '3 March')).toMatchObject({ event: 'referral-received' });
    expect(read('You asked us on 5 January 2026 for everything we hold about you.', '5 January')).toMatchObject({ event: 'sar-received' });
    expect(read('You asked on 5 January 2026 to see your social care file.', '5 January')).toMatchObject({ event: 'sar-received' });
    expect(read("The duty manager agreed on 4 March 2026 that we would assess Ava's needs.", '4 March')).toMatchObject({ event: 'referral-decision-made' });
    expect(read("We finished assessing Ava's needs on 20 April 2026.", '20 April')).toMatchObject({ event: 'assessment-completed' });
    expect(read('On 9 March 2026 you told us you were not happy with how the social worker had treated you.', '9 March')).toMatchObject({ event: 'complaint-received', negated: false });
    expect(read('Your previous council let us know on 2 March 2026 that you had settled in Ashby.', '2 March')).toMatchObject({ event: 'cp-move-notified' });
  });
  it('knows where the letter says its answer is, and a promise of it is not the answer', () => {
    const stage1 = (said: string) =>
      check(`Date: 20 March 2026\n\nYour complaint was received on 9 March 2026.\n\n${said}\n\nYours`).pairings.find((p) => p.rule === 'complaint-stage1')?.met?.iso;
    for (const said of ['My findings are as follows.', 'I have now investigated your complaint and set out my conclusions below.', 'I write with the outcome of my investigation at Stage 1.'])
      expect(stage1(said), said).toBe('2026-03-20');
    expect(stage1('I will set out my conclusions below once the team has replied.')).toBeUndefined();
  });
  it('reads a state begun "since" a date, a first hearing of a family, a transfer conference with or without "-in", a move told by phone', () => {
    expect(read('Mia has been in our care, placed with her aunt, since 4 February 2026.', '4 February')).toMatchObject({ event: 'child-looked-after' });
    expect(read('Children\'s services first learned of Mia on 4 February 2026 through an anonymous call.', '4 February')).toMatchObject({ event: 'referral-received' });
    expect(read('A transfer case conference was held on 4 February 2026.', '4 February')).toMatchObject({ event: 'transfer-in-conference-held' });
    expect(read('On 4 February 2026 your old council telephoned us to say the family had moved here for good.', '4 February')).toMatchObject({ event: 'cp-move-notified' });
  });
  it('reads a bare "decision" as the referral decision only in a letter about a referral', () => {
    expect(pairs('Date: 20 March 2026\n\nDear Ms B,\n\nThe Front Door received a referral about Leo on 9 March 2026.\n\nDecision reached: 10 March 2026\n')).toEqual(['referral-decision 2026-03-09 2026-03-10 on-time']);
    expect(pairs('Date: 20 March 2026\n\nDear Ms B,\n\nYour complaint was received on 9 March 2026.\n\nDecision reached: 10 March 2026\n').filter((p) => p.startsWith('referral'))).toEqual([]);
  });
  it('knows records handed over through a secure folder or a link in the e-mail', () => {
    const sar = (last: string) => check(`Sent: 5 February 2026\n\nYour subject access request reached us on 5 January 2026. ${last}`).pairings.find((p) => p.met)?.met?.iso;
    expect(sar('Your file can be opened through the secure portal link in this e-mail.')).toBe('2026-02-05');
    expect(sar('The records will be in the secure folder once they are ready.')).toBeUndefined();
  });
});
