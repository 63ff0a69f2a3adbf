// The letter's own date, and what the letter itself is when it is the response a rule waits for (a Stage 1 reply
// to a complaint, the disclosure that answers a subject access request, the outcome of an assessment).
import type { Match } from '../detect/types';
import { tableCells } from './paragraphs';

type DateMatch = Extract<Match, { kind: 'date' }>;

export interface LetterDate {
  iso: string;
  /** Index of the date among the matches. */
  index: number;
  /** How it was found: a "Date:" line, a date alone on a line near the top, or a dated line at the end. */
  how: 'labelled' | 'alone-at-top' | 'dated-at-end';
}

const HEAD = 1500;
const TAIL = 600;

function lineOf(text: string, m: DateMatch): { before: string; after: string } {
  const s = text.lastIndexOf('\n', m.start - 1) + 1;
  const e = text.indexOf('\n', m.end);
  return { before: text.slice(s, m.start), after: text.slice(m.end, e < 0 ? text.length : e) };
}

const LABEL = /^\s*(date|dated|date of (this )?letter|letter date|sent|date sent|date of issue|issued)\s*:?\s*((mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$/i;
const ALONE_AFTER = /^[\s.,]*$|^\s*(at\s+)?\d{1,2}[:.]\d{2}\s*(am|pm)?\s*$/i;
const WEEKDAY = /^\s*((mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$/i;

/** The letter's date, found in `unwrapped` (the text with its wrapped line breaks turned into spaces). */
export function findLetterDate(unwrapped: string, matches: readonly Match[]): LetterDate | null {
  // A date in a table of dates is an event's, never the letter's own: only a row that labels it the letter's date counts.
  const dates = matches
    .map((m, index) => ({ m, index }))
    .filter((x): x is { m: DateMatch; index: number } => x.m.kind === 'date')
    .filter(({ m }) => {
      const { before, after } = lineOf(unwrapped, m);
      const cells = tableCells(before + m.text + after);
      return !cells || (cells.length === 2 && LABEL.test(cells[0]!.text));
    });
  for (const { m, index } of dates) {
    if (m.start > HEAD && !/^\s*(sent|date)\s*:/i.test(lineOf(unwrapped, m).before)) continue;
    if (LABEL.test(lineOf(unwrapped, m).before)) return { iso: m.value.iso, index, how: 'labelled' };
  }
  for (const { m, index } of dates) {
    if (m.start > HEAD) break;
    const { before, after } = lineOf(unwrapped, m);
    if (WEEKDAY.test(before) && ALONE_AFTER.test(after)) return { iso: m.value.iso, index, how: 'alone-at-top' };
  }
  for (const { m, index } of [...dates].reverse()) {
    if (m.start < unwrapped.length - TAIL) break;
    const { before, after } = lineOf(unwrapped, m);
    if ((/^\s*(dated|signed|date)\b[^.]{0,30}$/i.test(before) || /^[^.:]{0,60},\s*$/.test(before) || WEEKDAY.test(before)) && ALONE_AFTER.test(after)) return { iso: m.value.iso, index, how: 'dated-at-end' };
  }
  return null;
}

/** What a letter is mostly about, for a bare "our reply" or "the response". */
export function letterTopic(text: string): 'complaint' | 'stage2' | 'sar' | undefined {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const sar = count(/\b(subject access|SAR\b|cop(y|ies) of (your|the|all) (social care )?(records?|files?|information|personal data))/gi);
  const complaint = count(/\bcomplain/gi);
  if (!sar && !complaint) return undefined;
  if (sar > complaint) return 'sar';
  if (/\b(adjudicat\w*|stage (2|two) (response|investigation report|report|findings)|investigating officer'?s? report)\b/i.test(text)) return 'stage2';
  return 'complaint';
}

// The letter hands over what was asked for: a verb of enclosing and a thing of the file in one sentence, in either
// order and whatever comes between ("we have now completed our search and enclose the records", "enclosed are copies
// of", "please find the documents attached").
const ENCLOSING = String.raw`(enclose|enclosed|enclosing|attach|attached|attaching|please find|here are|included with this letter|are sending you|am sending you|have sent you|sent with this letter|accompany this letter|accompanying this letter)`;
const FILE_THINGS = String.raw`(information|records?|cop(y|ies)|files?|documents|data|papers|notes|pages|material)`;
// The letter says it is the answer, whoever is the subject and whatever the verb: the letter itself ("this e-mail is our
// Stage 1 response", "please treat this letter as our reply"), the writer handing it over ("I am now able to give you
// our response", "here is my answer", "I set out my findings below") or answering ("we now respond to the points you
// raised"). A determiner and up to three words may come before the noun ("our formal Stage 1 response").
const DETERMINER = String.raw`(?:our|my|the|a|the council'?s|the local authority'?s|the trust'?s)`;
const QUALIFIERS = String.raw`(?:[\w'’-]+\s+){0,3}?`;
const ANSWER = String.raw`(?:reply|replies|response|responses|answers?|adjudication|findings|outcome|decision|conclusions?)`;
// The letter itself, or the part of it that follows: "what follows", "the rest of this letter", "the paragraphs below".
const SELF = String.raw`(?:this (?:letter|e-?mail|message|note|reply|correspondence)|what follows|the following|what I (?:have )?(?:set|write) out below|the rest of this (?:letter|e-?mail)|the remainder of this (?:letter|e-?mail)|the (?:paragraphs|points|sections) below)`;
const SELF_RESPONSE = [
  new RegExp(String.raw`\b(?:${SELF}|this)\s+(?:is|forms|serves as|contains|sets out|gives|provides|explains|brings)\s+(?:you\s+(?:with\s+)?)?${DETERMINER}\s+${QUALIFIERS}${ANSWER}\b`, 'i'),
  new RegExp(String.raw`\b(?:please (?:accept|treat|take|read) ${SELF} as|(?:here|below) (?:is|are)|(?:I|we) (?:now )?(?:set out|give|send|enclose|attach)(?: you)?|set out below (?:is|are))\s+${DETERMINER}\s+${QUALIFIERS}${ANSWER}\b`, 'i'),
  new RegExp(String.raw`\b(?:I|we) (?:(?:am|are|have|feel) (?:now |finally )?(?:able|pleased|writing|in a position|ready|happy) to|can (?:now |finally )?) ?(?:give|send|provide|set out|share|let you have|offer|explain)\s+(?:you\s+(?:with\s+)?)?${DETERMINER}\s+${QUALIFIERS}${ANSWER}\b`, 'i'),
  /\b(?:I|we) (?:am|are) (?:now )?writing (?:to|in) (?:respond|reply|response|answer)/i,
  /\b(?:I|we) (?:now )?(?:respond|reply) (?:below |here |in full )?to (?:your complaint|the (?:concerns|points|issues|matters) you (?:raised|made)|what you raised|each of your)/i,
  /\b(?:sets? out|this is|here (?:is|are)) the (?:outcome|findings|result) of (?:the|my|our) (?:stage (?:1|one|2|two) )?(?:investigation|look into your complaint|review of your complaint)/i,
  new RegExp(String.raw`\b(?:my|our) ${QUALIFIERS}${ANSWER}(?: (?:to|on|about) [^.]{0,40}?)? (?:is|are) (?:set out |given )?below\b`, 'i'),
  // Where the answer is: "my findings are as follows", "our answers are in this letter", "I set out my conclusions below",
  // and the writer bringing it: "I write with the outcome of my investigation".
  new RegExp(String.raw`\b(?:my|our) ${QUALIFIERS}${ANSWER}\b[^.]{0,40}?\b(?:is|are) (?:as follows|(?:set out |given |written )?(?:below|in this (?:letter|e-?mail)))`, 'i'),
  new RegExp(String.raw`\b(?:set|sets|setting) out ${DETERMINER} ${QUALIFIERS}${ANSWER} (?:below|in this (?:letter|e-?mail)|here)\b`, 'i'),
  new RegExp(String.raw`\b(?:I|we) (?:now )?(?:write|am writing|are writing) (?:to you )?(?:with|to (?:give you|share|tell you|let you know)) ${DETERMINER} ${QUALIFIERS}${ANSWER}\b`, 'i'),
];

/** Just before the words: "I will set out my conclusions below", "we cannot yet give you". */
const PROMISED_BEFORE = /\b(will|shall|cannot|can't|won't|not|unable to|hope to|aim to|intend to)\s+(\w+\s+)?$/i;
/** "We will enclose", "we cannot send you the records", "once we have the form we will send": not handed over yet. */
const NOT_YET = /\b(will|shall|cannot|can't|could not|not|once|when|if|form)\b/i;
const SAR_ENCLOSED = [
  new RegExp(String.raw`\b(I|we|you will)\b[^.]{0,80}\b${ENCLOSING}\b[^.]{0,40}\b${FILE_THINGS}\b`, 'i'),
  new RegExp(String.raw`\b${ENCLOSING}\b[^.]{0,20}\b(is|are)\b[^.]{0,40}\b${FILE_THINGS}\b`, 'i'),
  new RegExp(String.raw`\b${FILE_THINGS}\b[^.]{0,60}\b(is|are|have been)\s+(now\s+)?${ENCLOSING}\b`, 'i'),
];

// Handing over, said by the verb or by where the thing is: "please find the records ... enclosed", "the copies are
// with this letter", "you will find your file on the memory stick with this letter".
const HANDOVER = /\b(enclos\w*|attach\w*|linked (from|in|to|below)|(in|on|through|via) the (secure|encrypted|enclosed|attached|shared) (folder|drive|portal|link|disc|memory stick)|please find|here (is|are)|with this (letter|e-?mail)|accompan\w*|included|sending you|sent you|disclos(e|ed|ing)|releas(e|ed|ing))\b/i;
const FILE_THING = new RegExp(String.raw`\b${FILE_THINGS}\b`, 'i');
/** Words between the two (and just before the first) that make it a promise or a condition, not a handing over. */
const NOT_HANDED = /\b(will|shall|would|cannot|can't|could not|not|once|when|if|unable|before|until|need|needs|form)\b/i;

/** "You will find the records attached" describes what this letter holds now: no promise. */
const PRESENT_FINDING = /\b(you will|you'll|you should|you can) (find|see)\b/gi;

/** One sentence of the letter hands over the file asked for, the verb and the thing in either order. */
function handsOverFile(text: string): boolean {
  for (const written of text.split(/(?<=[.!?])\s+|\n/)) {
    const sentence = written.replace(PRESENT_FINDING, 'find');
    const verb = HANDOVER.exec(sentence);
    const thing = FILE_THING.exec(sentence);
    if (!verb || !thing) continue;
    const from = Math.min(verb.index, thing.index);
    const to = Math.max(verb.index + verb[0].length, thing.index + thing[0].length);
    if (to - from > 120) continue;
    if (!NOT_HANDED.test(sentence.slice(Math.max(0, from - 30), to))) return true;
  }
  return false;
}

/**
 * The event the letter itself records on its date, when it says it is that event: "This is our formal reply to your
 * complaint" (Stage 1 response), "I enclose the information you asked for" (the subject access response), "Here is
 * the outcome of the assessment" (assessment completed), "what we decided about the referral" (decision).
 */
export function letterIsResponse(text: string, topic: ReturnType<typeof letterTopic>): string | undefined {
  const said = SELF_RESPONSE.map((re) => re.exec(text)).find((m) => m && !NOT_YET.test(m[0]) && !PROMISED_BEFORE.test(text.slice(Math.max(0, m.index - 25), m.index)));
  if ((topic === 'complaint' || topic === 'stage2') && said) {
    // The sentence that says it is the reply says which stage ("our response to the Stage 2 investigation").
    const sentenceEnd = text.indexOf('. ', said.index);
    const sentence = text.slice(said.index, sentenceEnd < 0 ? text.length : sentenceEnd);
    return topic === 'stage2' || /\bstage (2|two)\b/i.test(sentence) ? 'stage2-response-received' : 'stage1-response-received';
  }
  if (topic === 'sar' && (SAR_ENCLOSED.some((re) => [...text.matchAll(new RegExp(re.source, 'gi'))].some((m) => !NOT_YET.test(m[0]))) || handsOverFile(text))) return 'sar-response-received';
  if (topic === 'sar' && /\b((I|we) (enclose|attach|am enclosing|are enclosing|have enclosed|have attached|are sending|am sending)\b[^.]{0,100}\b(information|records?|cop(y|ies)|files?|documents|data)|(here|enclosed|attached) (is|are) (the|a copy of the|copies of the) (information|records?|files?|documents)|\b(information|records?|cop(y|ies)|files?|documents)\b[^.]{0,60}\b(is|are) (enclosed|attached)\b|please find (enclosed|attached)\b[^.]{0,60}\b(information|records?|cop(y|ies)|files?|documents))/i.test(text)) {
    return 'sar-response-received';
  }
  if (/\b(here is the outcome of|(this letter|I am writing to) (sets? out|tells? you|let you know|explains?|gives? you) (about )?the (outcome|result|findings|conclusions?) of (the|your|our) [\w\s]{0,30}assessment)/i.test(text)) return 'assessment-completed';
  if (/\b(what (we|I) (have )?decided (to do )?about the referral|(our|my|the) decision (on|about) the referral)\b/i.test(text)) return 'referral-decision-made';
  return undefined;
}
