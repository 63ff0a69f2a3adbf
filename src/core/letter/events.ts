// Which event a date in a letter records, read from the one clause (or table row) the date sits in.
//
// Councils name the same event in many ways ("the initial child protection conference", "the meeting to plan how to
// keep Amir safe", "ICPC date:"), and the same thing can be the start or the end of a clock depending on the verb
// ("we received your complaint" starts Stage 1, "we replied to your complaint" meets it). So an event is read as a
// thing (a noun phrase from our lexicon) and what was done to it (the clause's verbs, from compromise, reduced to
// their infinitive and sorted into a few kinds of action). compromise also gives each verb's tense and negation.
import nlp from 'compromise';

export type Tense = 'past' | 'future' | 'unknown';

/** What a date is in its sentence: an event that happened (or will), a deadline the letter writes, or neither. */
export type DateRole = 'event' | 'deadline' | 'birth' | 'reply-by' | 'none';

export interface ClauseReading {
  event?: string;
  /** The words that named the event. */
  eventWords?: string;
  role: DateRole;
  tense: Tense;
  negated: boolean;
  /** The clause says enquiries under s47 were started at this strategy discussion. */
  startedEnquiries?: boolean;
  /** The clause says this is the first of its kind ("the first review"). */
  ordinal?: 'first' | 'later';
}

type Action = 'happen' | 'receive' | 'respond' | 'request' | 'finish' | 'decide' | 'notify' | 'plan' | 'start' | 'other';

const ACTIONS: Record<string, Action> = {};
const addActions = (action: Action, verbs: string) => verbs.split(' ').forEach((v) => (ACTIONS[v] = action));
addActions('happen', 'hold meet take happen go convene attend sit chair run');
addActions('receive', 'receive register log record get raise lodge submit make accept acknowledge treat arrive reach');
addActions('respond', 'respond reply send answer issue write provide disclose enclose release give share post email e-mail complete');
addActions('request', 'ask request escalate refer want');
addActions('finish', 'finish conclude end close sign finalise finalize');
addActions('decide', 'decide agree determine');
addActions('notify', 'tell notify inform advise alert learn hear phone telephone ring text contact');
addActions('plan', 'arrange schedule book rearrange reschedule move plan organise organize set fix invite expect');
addActions('start', 'start begin open initiate commence');


// Lexicons of synonyms, one per concept, so that a new wording of an event is a new combination of known words rather
// than a new phrase to add: who sends a referral, the verbs of getting in touch, the council as the one contacted,
// the file a subject access request asks for, and the words of a family having moved.
const SENDERS = String.raw`(?:police|school|nursery|GP|doctor|health visitor|hospital|midwife|paediatrician|teacher|college|head ?teacher|school nurse|neighbou?r|housing officer|probation|youth (?:offending|justice) (?:team|service)|ambulance service|A&E|clinic|surgery|children'?s centre)`;
const CONTACT_VERBS = String.raw`(?:got in touch|get in touch|gets in touch|contacted|contact|rang|rung|phoned|telephoned|called|e-?mailed|wrote|texted|messaged|raised (?:a |their |its |his |her )?concerns?|passed (?:on )?(?:concerns|information)|shared (?:concerns|information)|alerted|made (?:a )?referral|referred|reported)`;
const COUNCIL = String.raw`(?:us|me|the council|the local authority|children'?s (?:social )?(?:services|social care)|the (?:front door|MASH|multi-agency safeguarding hub|hub|duty team|referral team|assessment team|access team|contact centre|children'?s advice (?:and support )?service)|our (?:[\w'’-]+ ){0,2}(?:team|service|hub)|the [\w'’-]+ team)`;
const FILE_OBJECT = String.raw`(?:(?:a |the |all |any )?(?:cop(?:y|ies) of )?(?:the |your |all |any |our )?(?:[\w'’-]+ ){0,3}?(?:information|records?|files?|data|notes|documents|personal (?:data|information)|papers)(?: (?:that |which )?(?:we|our [\w'’ ]{1,30}?|the council|children'?s services|the local authority) (?:hold|holds|keep|keeps|have|has)(?: on| about)? you| (?:held|kept) (?:on|about) you| about you)?)`;
// The file about the person themselves, said so (their own, or held about them): "everything we hold about you", "your
// social care file", "the information kept on you".
const PERSONAL_FILE = String.raw`(?:(?:everything|anything|all(?: the)? (?:information|records|data))(?: (?:that )?(?:we|the council|children'?s services) (?:hold|holds|keep|keeps|have|has))?(?: on| about)? you|(?:(?:a )?cop(?:y|ies) of )?(?:all )?(?:of )?your (?:[\w'’-]+ ){0,2}?(?:information|records?|files?|data|notes|personal (?:data|information))|(?:the )?(?:information|records?|files?|data|notes)(?: (?:that |which )?(?:we|the council|children'?s services) (?:hold|holds|keep|keeps)(?: on| about)? you| (?:held|kept) (?:on|about) you| about you))`;
const MOVED = String.raw`(?:move|moved|moving|new address|new area|relocat\w*|(?:had|have|has) settled (?:in|at)|(?:now|had come to|have come to|had gone to|went to|gone to) (?:live|living|settle|settled|stay|stays) (?:in|at)|(?:now )?(?:live|lives|living|settled) (?:in|at) [A-Z]\w+ (?:for good|permanently)|(?:now )?(?:live|lives|living) permanently (?:in|at))`;

/** A thing the letter can name, and the event it makes with each kind of action (`*` for any). */
interface Thing {
  id: string;
  re: RegExp;
  events: Partial<Record<Action | '*', string>>;
}

// Order matters: more specific names first; a span taken by one thing is not read again by a later one.
const THINGS: Thing[] = [
  { id: 'dob', re: /\b(date of birth|d\.?o\.?b\.?|born)\b/i, events: {} },
  { id: 'transfer-conference', re: /\btransfer([- ]in)? (child protection )?(case )?conference\b|\b(child protection )?conference (held )?(by|in) (your|the|their) new (area|council|local authority)\b/i, events: { '*': 'transfer-in-conference-held' } },
  { id: 'rcpc', re: /\b((first |second |next |later )?review (child protection )?(case )?conference|RCPC|review of the child protection plan|child protection review)\b/i, events: { '*': 'rcpc-held' } },
  { id: 'icpc', re: /\b(initial (child protection )?(case )?conference|ICPC|child protection (case )?conference|(case )?conference|meeting to (plan|decide|agree) how to (keep|protect) \w+( \w+)? safe|meeting to decide whether .{0,40}child protection plan)\b/i, events: { '*': 'icpc-held' } },
  { id: 'strategy', re: /\b(strategy (discussion|meeting|call)s?|multi-agency (strategy )?discussion)\b/i, events: { '*': 'strategy-discussion-held' } },
  { id: 'core-group', re: /\b(first )?core group( meeting)?s?\b/i, events: { '*': 'core-group-held' } },
  { id: 'lac-review', re: /\b(looked[- ]after (child |children'?s? )?review|LAC review|CLA review|child in care review|(first |second )?review of (his|her|their|the child'?s?|\w+'s) care plan|care plan review)\b/i, events: { '*': 'lac-review-held' } },
  { id: 'looked-after', re: /\b((has|have|had) been (looked after|in (our |local authority )?care|in foster care|accommodated)\b[^.;]{0,80}?\bsince|became looked after|came into (our )?care|started to be looked after|was accommodated|were accommodated|became a looked[- ]after child)\b/i, events: { '*': 'child-looked-after' } },
  { id: 'panel-report', re: /\b(panel'?s? (report|findings|recommendations)|report (of|from) the (review )?panel)\b/i, events: { receive: 'panel-report-received', respond: 'panel-report-received', '*': 'panel-report-received' } },
  { id: 'panel', re: /\b((stage (3|three) )?review panel|the panel|(stage (3|three)|third stage)( of the (complaints )?(procedure|process))?)\b/i, events: { request: 'stage3-requested', receive: 'stage3-requested', happen: 'review-panel-held', plan: 'review-panel-held', '*': 'review-panel-held' } },
  // The Stage 2 answer named as a thing of its own: "Stage 2 response sent:", "the investigating officer's report".
  { id: 'stage2-response', re: /\b((stage (2|two)|second stage) (reply|response|answer|outcome|decision|adjudication)( letter)?|(investigating officer|investigator)'?s? report|(stage (2|two) )?investigation report)\b/i, events: { request: 'stage2-requested', '*': 'stage2-response-received' } },
  { id: 'stage2', re: /\b(stage (2|two)|second stage|next stage|independent (investigation|review|look)|(looked at|considered|investigated|reviewed) independently|adjudicat(ion|or'?s? (letter|response|decision)))\b/i, events: { request: 'stage2-requested', receive: 'stage2-requested', respond: 'stage2-response-received', finish: 'stage2-response-received', '*': 'stage2-requested' } },
  { id: 'stage1-complaint', re: /\bstage (1|one) complaint\b/i, events: { respond: 'stage1-response-received', '*': 'complaint-received' } },
  { id: 'stage1', re: /\b((stage (1|one)|first stage|first) (reply|response|answer|letter))\b/i, events: { '*': 'stage1-response-received' } },
  { id: 'sar', re: new RegExp(String.raw`\b(?:(?:request|requests|application|asked|asking|ask)\s+(?:to (?:see|have|get|receive|look at|read)|for access to|to access)\s+${FILE_OBJECT})|` + /\b(subject access request|SAR|(request|ask|asked|asking) for (a )?(copy|copies) of (your|the|all|our)( [\w'’]+){0,3}? (records?|files?|information|notes|personal (data|information))|(request|ask|asked|asking) for (your|the) (records?|files?)|(copy|copies) of (your|the)( [\w'’]+){0,3}? (records?|files?))\b/.source, 'i'), events: { receive: 'sar-received', respond: 'sar-response-received', finish: 'sar-response-received', '*': 'sar-received' } },
  // The request told with its date between the verb and what was asked for: "You asked us on 5 January for everything
  // we hold about you", "you applied on 5 January to see your file".
  { id: 'sar-asked', re: new RegExp(String.raw`\b(?:asked|requested|applied|wrote|e-?mailed)\b[^.;]{0,50}?\b(?:to see|to have|to access|for access to|for|to be sent|to be given)\s+${PERSONAL_FILE}`, 'i'), events: { '*': 'sar-received' } },
  { id: 'records', re: /\b(the (information|records|files|documents) you (asked|requested) for|your (records|file|personal (data|information)))\b/i, events: { respond: 'sar-response-received', finish: 'sar-response-received' } },
  { id: 'complaint', re: /\b(complain(ts?|ed|ing)?|what you raised|the concerns? you raised|your concerns|(not happy|unhappy|dissatisfied|not satisfied) (with|about) (how|the way|what))\b/i, events: { receive: 'complaint-received', request: 'complaint-received', respond: 'stage1-response-received', finish: 'stage1-response-received', '*': 'complaint-received' } },
  { id: 'permanent-address', re: /\b(written (notice|notification|confirmation) of (the|your|their) (new )?(permanent )?address|(the|your|their) permanent address)\b/i, events: { notify: 'permanent-address-notified', receive: 'permanent-address-notified' } },
  { id: 'arrival', re: /\b((family|you) (moved|arrived|came) (in)?to (the area|our area|live in|Cambridgeshire))\b/i, events: { '*': 'family-arrived' } },
  { id: 'cin-meeting', re: /\b(child in need (meeting|review)|CIN (meeting|review))\b/i, events: { '*': 'cin-meeting-held' } },
  { id: 'move', re: new RegExp(String.raw`\b${MOVED}\b`, 'i'), events: { notify: 'cp-move-notified', receive: 'cp-move-notified' } },
  // A contact or concerns about a child that came in are a referral; "contact" alone is also family time, so only
  // "contact about Jack" / "a contact from the school" is read, and only with a verb of receiving or deciding.
  { id: 'contact', re: /\b((a |the |this )?contact (about|regarding|concerning|in relation to|relating to|for) [A-Z]\w+|(a|the|this) contact (was|came|from|made)\b|concerns? (about|for|regarding|in relation to|relating to) (the children|the child|[A-Z]\w+)|(the|a) (safeguarding )?(notification|report) (about|regarding|concerning) [A-Z]\w+)/, events: { decide: 'referral-decision-made', receive: 'referral-received', notify: 'referral-received' } },
  // The council hearing of a family for the first time: "we first heard about your family on", "we became aware of Ava".
  { id: 'first-heard', re: /\b(we|I|the council|children'?s services)\s+(first\s+)?(heard|learned|learnt|found out|became aware|were made aware|were alerted)\s+(about|of)\s+(your family|you|the (children|family|child)|[A-Z]\w+|concerns)\b/, events: { '*': 'referral-received' } },
  // A referral told as who got in touch with whom, whatever the verb: "Theo's school got in touch with the Front Door
  // about him", "the GP rang us", "the police contacted the duty team".
  { id: 'agency-contact', re: new RegExp(String.raw`\b${SENDERS}s?(?:'s?)?(?:\s+[\w'’-]+){0,2}?\s+(?:had\s+|have\s+|has\s+|then\s+|first\s+)?${CONTACT_VERBS}\s+(?:(?:with|to)\s+)?${COUNCIL}\b`, 'i'), events: { '*': 'referral-received' } },
  // ... and the same in the passive: "we were contacted by Ava's school", "concerns were shared with us by her GP".
  { id: 'agency-contacted', re: new RegExp(String.raw`\b(?:(?:we|I|the council|children'?s services|the [\w'’-]+ team)\s+(?:was|were|had been|have been|has been)\s+(?:contacted|rung|phoned|telephoned|called|e-?mailed|alerted|told|approached)|(?:concerns?|information|worries|a referral)[^.;]{0,40}?\b(?:was|were|had been|have been)\s+(?:shared|raised|passed|reported|made|sent|given)(?: on)?\s+(?:with|to)\s+${COUNCIL})\s+by\s+(?:[\w'’-]+\s+){0,2}?${SENDERS}`, 'i'), events: { '*': 'referral-received' } },
  // A referral named by who made it and what they sent: "the police passed their report about ... to us", "the school's
  // concerns reached us". Only with a verb of receiving (their report to a conference is no referral).
  { id: 'sender-report', re: /\b(police|school|nursery|GP|doctor|health visitor|hospital|midwife|paediatrician|teacher|college)s?('s?)?\s+([\w'’-]+\s+){0,2}?(report|concerns?|notification|call|e-?mail|referral form|information)\b/i, events: { receive: 'referral-received' } },
  { id: 'referral', re: /\b(referral|referred|contact from|concerns? (from|raised by) (the|his|her|their) (school|nursery|GP|health visitor|police|hospital))\b/i, events: { decide: 'referral-decision-made', receive: 'referral-received', '*': 'referral-received' } },
  { id: 'referral-decision', re: /\b(decision (to|that we would|that we should) (carry out|start|do|undertake|begin) (an? |the )?(child and family |single )?assessment|decided (to|that we would|that we should) (carry out|start|do|undertake|begin) (an? |the )?(child and family |single )?assessment)\b/i, events: { '*': 'referral-decision-made' } },
  { id: 'assessment', re: /\b((child and family |single |social work |family )?assessment|assess(ing)? ([\w'’]+ ){0,2}?needs)\b/i, events: { decide: 'referral-decision-made', finish: 'assessment-completed', respond: 'assessment-completed' } },
  // What happens after a referral, named by what was decided rather than by the referral: "Decision about next steps",
  // "we agreed what should happen next", "no further action".
  { id: 'next-steps', re: /\b(next steps?|what (would|will|should|is to) happen next|what (to do|we would do) next|(no )?further action|NFA|(early help|support) (was|is|would be) (offered|needed|the right response))\b/i, events: { decide: 'referral-decision-made' } },
  // "In response to your request received on ..." is a preposition, not a reply.
  // "Your request" alone: the subject access request in a letter about one.
  { id: 'request', re: /\b(your|the|this|a) (written )?(request|application)\b(?!\s+(for|to|that|about|regarding|of|from)\b)/i, events: { receive: 'request-received', request: 'request-received' } },
  // "Your second review was held on": a review the letter has named more fully elsewhere (a looked-after review, a
  // review conference), resolved by the letter's topic.
  { id: 'review', re: /\b((first|second|third|fourth|next|last|latest|later|annual|statutory|\w+'s) review( meeting)?|(your|the|his|her|their) review meeting)\b(?!\s+(panel|of (the|your|our|this) (complaint|decision)))/i, events: { '*': 'review' } },
  // A bare decision ("Decision made:") is the referral decision in a letter about a referral, else nothing.
  { id: 'decision', re: /\b(decision( made| taken| reached)?|decided)\b(?!\s+(on|about|regarding|as to|to|that|whether)\b)/i, events: { '*': 'decision' } },
  { id: 'reply', re: /(?<!\b(in|with) )\b((first |our |my |a )?(reply|response|answer))\b/i, events: { '*': 'response' } },
];

const WRITTEN_DEADLINE =
  /\b(due|needed|required|expected|should|must|has to|have to|needs? to|ought to|latest|deadline|no later than|not later than|on or before|at the latest|within)\b[^.]{0,60}\b(by|before|no later than|not later than|on or before)\s*(the\s+)?((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$|\b(no later than|not later than|on or before|by no later than|deadline( was| is| of)?|due (by|on|date)|due:?|should have been (held|sent|completed|made) by|by)\s*(the\s+)?((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;
const REPLY_BY = /\b(please|you|your)\b[^.]{0,60}\b(by|before|until|no later than|on or before)\s*(the\s+)?((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;
const FUTURE = /\b(will|shall|is going to|are going to|is to be|are to be|due to (take place|be held|meet)|(is|are|has been|have been|was|were) (now )?(scheduled|planned|booked|arranged|rearranged|rescheduled|moved|set|fixed|re-?arranged) (for|to|on)|next|upcoming|going ahead)\b/i;
const NEGATED = /\b(not|n't|never|no longer|cancel+ed|postponed|called off|did not go ahead|was stood down|adjourned)\b/i;
const RESCHEDULED_TO = /\b(rearranged|rescheduled|re-arranged|moved|put back|brought forward|postponed|changed)\b[^.]{0,30}\b(to|for|until|till)\s*(the\s+)?((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;
const STARTED_ENQUIRIES = /\b(start|begin|began|begun|started|open|opened|initiate|initiated|decided to (make|carry out|undertake|start))\b[^.]{0,40}\b(section 47|s\.? ?47|enquir)/i;

/** Clause separators: a date's clause runs from the last one before it to the next one after it. */
const CUTS = /[;]|\s+\b(because|as|since|so that|as the|unless)\b\s+|,\s+(?=(and|but|which|when|after|before|following|while|so|although|then|with)\b)|\s+\b(and then|but|although|whereas|after which|following which)\b\s+|,?\s+\band\b\s+(?=(the|a|an|your|our|we|you|it|this|that|he|she|they|their|his|her)\b)|\b(after|following|before)\b\s+(?=(the|a|an|your|our|we|you|it|this|that|he|she|they|their|his|her)\b)|\(|\)/gi;

export function clauseBounds(sentence: string, at: number, atEnd: number): [number, number] {
  let s = 0;
  let e = sentence.length;
  CUTS.lastIndex = 0;
  for (let m = CUTS.exec(sentence); m; m = CUTS.exec(sentence)) {
    if (m.index + m[0].length <= at) s = m.index + m[0].length;
    else if (m.index >= atEnd) {
      e = m.index;
      break;
    }
  }
  return [s, e];
}

interface ThingHit {
  thing: Thing;
  words: string;
  at: number;
  end: number;
}

function thingsIn(text: string, keepModifiers = false): ThingHit[] {
  const hits: ThingHit[] = [];
  for (const thing of THINGS) {
    const g = new RegExp(thing.re.source, 'gi');
    for (let m = g.exec(text); m; m = g.exec(text)) {
      const at = m.index;
      const end = at + m[0].length;
      if (m[0].length === 0) {
        g.lastIndex++;
        continue;
      }
      if (hits.some((h) => at < h.end && end > h.at)) continue;
      hits.push({ thing, words: m[0], at, end });
    }
  }
  hits.sort((a, b) => a.at - b.at);
  // "my first reply to what you raised", "the outcome of the assessment": the first thing is the head, the one in
  // its prepositional phrase only qualifies it.
  return keepModifiers ? hits : hits.filter((h, i) => i === 0 || !MODIFIER_GAP.test(text.slice(hits[i - 1]!.end, h.at)));
}

const MODIFIER_GAP = /^\s+(to|of|about|into|for|regarding|concerning|on)\s+((the|your|my|our|his|her|their)\s+)?$/i;

/** Ways of saying a thing reached the council, whatever the verb: "came in", "reached us", "were passed to us". */
const RECEIVED =
  /\b(received|receipt|registered|logged|came in|come in|came to (us|me|the \w+ team)|reached (us|me|the council|our|the \w+ team)|(was|were|been) (passed|forwarded|sent|referred|handed) (on )?to (us|me|the council|our|children'?s services|the \w+ team)|got to us|arrived (with us)?|landed with us|was made to us|were made to us|we were contacted|we heard from|(passed|sent|forwarded|handed|gave|shared|emailed|e-mailed)\b[^.;]{0,60}\b(to|with) (us|me|the council|our ([\w'’-]+ ){0,2}(team|service)|children'?s services))\b/i;

interface VerbReading {
  actions: Action[];
  tense: Tense;
  negated: boolean;
}

/** What someone said, complained or worried about is reported, not done: "you rang to complain that contact had been cancelled". */
const REPORTED = /\b(complain\w*|sa(y|ys|id)|t(ell|old)|explain\w*|worr(y|ied)|felt|feel|unhappy|upset|concerned|raised|report\w*)\s+(that|because|about how|how)\b.*$/i;

/** "You were not happy with ...": a complaint's words, not a negated event. */
const NOT_CONTENT = /\bnot (happy|satisfied|pleased|content)\b/gi;

function readVerbs(written: string): VerbReading {
  const clause = written.replace(NOT_CONTENT, (_m, feeling: string) => `un${feeling}`);
  const verbs = nlp(clause).verbs().json() as { text: string; verb?: { infinitive?: string; grammar?: { tense?: string }; negative?: boolean } }[];
  const reportedAt = REPORTED.exec(clause)?.index;
  const own = reportedAt === undefined ? clause : clause.slice(0, reportedAt + clause.slice(reportedAt).search(/\s/));
  const ownNegated = reportedAt === undefined ? undefined : (nlp(own).verbs().json() as { verb?: { negative?: boolean } }[]).some((v) => v.verb?.negative);
  const actions: Action[] = [];
  let tense: Tense = 'unknown';
  let negated = false;
  for (const v of verbs) {
    // A verb phrase ("finish assessing", "sign off") acts by its last word that is one of ours.
    const words = (v.verb?.infinitive ?? v.text).toLowerCase().split(' ');
    const action = [...words].reverse().map((w) => ACTIONS[w]).find(Boolean) ?? 'other';
    // What the person (or another agency) sent is what the council received: "you e-mailed on 4 March to complain".
    const at = clause.indexOf(v.text);
    const sentByThem = action === 'respond' && at >= 0 && /\b(you|he|she|they)\s+((then|also|first|had|have)\s+)?$/i.test(clause.slice(0, at));
    actions.push(sentByThem ? 'receive' : action);
    const t = v.verb?.grammar?.tense;
    if (t === 'FutureTense') tense = 'future';
    else if (t === 'PastTense' && tense === 'unknown') tense = 'past';
    if (v.verb?.negative && ownNegated === undefined) negated = true;
  }
  if (ownNegated) negated = true;
  // Nouns of action count too: "our response", "the outcome", "your request".
  if (/\b(response|reply|answer|outcome|findings|decision letter|enclosed|attached)\b/i.test(clause)) actions.push('respond');
  if (/\b(request|asked for|escalat)/i.test(clause)) actions.push('request');

  if (RECEIVED.test(clause)) actions.unshift('receive');
  if (/\b(let (us|me|the \w+) know|(was|were) (told|informed|notified))\b/i.test(clause)) actions.push('notify');
  if (/\b(decision|decided)\b/i.test(clause)) actions.unshift('decide');
  if (FUTURE.test(clause)) tense = 'future';
  if (NEGATED.test(own)) negated = true;
  return { actions, tense, negated };
}

/** A participle right after a thing and before its date: "received on", "we logged on", "sent to you by e-mail on". */
const REDUCED_CLAUSE = /^\s+(?:(?:that|which)\s+)?(?:(?:we|I|you|they|the \w+(?: team)?)\s+)?(?:(?:was|were|had been|has been)\s+)?(\w+(?:ed|en)|made|held|sent|met|sat|got|did|gave|told|took|brought|put)\s+(?:(?:to|by|from|with)\s+(?:us|you|me|the \w+|e-?mail|post|phone|letter)\s+)?(?:on|dated)\s+((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(the\s+)?$/i;

const HEAD_NOUN_BEFORE = /(?<!\bin )\b(decision|outcome|result|findings|notes?|minutes|report|letter|copy|invitation)\s+(about|on|of|regarding|from|for|to)\s+((the|your|our|this|his|her|their)\s+)?$/i;

function actionOf(verb: string): Action | undefined {
  const word = verb.toLowerCase();
  const infinitive = (nlp(word).verbs().json() as { verb?: { infinitive?: string } }[])[0]?.verb?.infinitive ?? word;
  return ACTIONS[infinitive] ?? ACTIONS[word.replace(/e?d$/, '')] ?? ACTIONS[word.replace(/d$/, '')];
}

const STANDS_FOR_BEFORE = /^\s*((unfortunately|sadly|however|since then|now|so|but|and)\s*,?\s+)?(it|this|the meeting|this meeting|that meeting|the new date|the new time|the (meeting|date) (has been|was|is) (now )?(moved|changed|rearranged))\b/i;
const UNDOING = String.raw`(was|were|has been|have been|has had to be|have had to be|had to be|had been|is being)\s+(then\s+)?(postponed|cancell?ed|called off|moved|rearranged|re-arranged|rescheduled|put back|adjourned|stood down)\b`;
const UNDONE = new RegExp(String.raw`^[\s,]*(but|and|however)\s+(it\s+|this\s+|that\s+)?${UNDOING}`, 'i');
const UNDONE_NEXT = new RegExp(String.raw`^\s*((unfortunately|sadly|however|but)\s*,?\s+)?(it|this|that meeting|the meeting|the conference)\s+${UNDOING}`, 'i');

function eventOf(thing: Thing, actions: readonly Action[]): string | undefined {
  for (const a of actions) {
    const e = thing.events[a];
    if (e) return e;
  }
  return thing.events['*'];
}

const GENERIC_MEETING = /^(case )?(conference|meeting)$/i;
const DEMONSTRATIVE = /\b(that|this|the same|the said|the above|this same)\s+$/i;
const MEETING_THINGS = new Set(['transfer-conference', 'rcpc', 'icpc', 'strategy', 'core-group', 'lac-review', 'cin-meeting', 'panel']);

export interface ReadOptions {
  /** What the letter is about, for a bare "reply" or "response": 'complaint', 'sar', 'stage2'. */
  topic?: 'complaint' | 'sar' | 'stage2';
  /** The paragraph's text before the sentence, for a sentence that names its event as "it". */
  before?: string;
  /** The rest of the paragraph after the sentence, which may undo it ("It has had to be cancelled"). */
  after?: string;
  /** Text before the sentence across paragraph breaks, for "that conference" naming a meeting told of earlier. */
  earlier?: string;
  /** The letter is about a referral (and no conference, complaint or request), for a bare "decision". */
  referral?: boolean;
  /** The kind of review the letter is about, for a bare "your second review". */
  reviews?: 'lac-review-held' | 'rcpc-held';
}

const RESPONSE_BY_TOPIC: Record<NonNullable<ReadOptions['topic']>, string> = {
  complaint: 'stage1-response-received',
  stage2: 'stage2-response-received',
  sar: 'sar-response-received',
};

/**
 * Reads the sentence around a date: the event it records (the thing named nearest before the date in its clause,
 * else nearest after it, else in the rest of the sentence), the tense and the negation of that clause, and whether
 * the date is an event at all (a date of birth, a reply-by date or a deadline the letter writes are not).
 * `at`/`atEnd` are the date's bounds in the sentence.
 */
export function readClause(sentence: string, at: number, atEnd: number, opts: ReadOptions = {}): ClauseReading {
  const before = sentence.slice(0, at);
  // A table row "Label: date": the label names the event.
  const label = /^\s*([^:]{2,60}):\s*((mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$/i.exec(before);
  const [cs, ce] = label ? [0, sentence.length] : clauseBounds(sentence, at, atEnd);
  const clause = sentence.slice(cs, ce);
  const dateInClause = at - cs;
  const lead = clause.slice(0, dateInClause);

  if (/\b(date of birth|d\.?o\.?b\.?|born|birthday)\b[^.]{0,30}$/i.test(lead) || /^\s*(DOB|D\.O\.B\.?)\b/i.test(clause)) {
    return { role: 'birth', tense: 'unknown', negated: false };
  }
  // An e-mail's quoted message: "On 10 September 2026, Sam Patel wrote:".
  if (/^\s*on\s+((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i.test(before) && /^[^.]{0,100}\bwrote:?/i.test(sentence.slice(atEnd))) {
    return { role: 'none', tense: 'past', negated: false };
  }
  // A signature's date ("Conference Chair Dated 8 June 2026", its lines run together): the letter's, not an event's.
  if (/(^|[^.:;,\s]\s+)(Dated|Signed( and dated)?)\s*:?\s*((mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$/.test(lead)) {
    return { role: 'none', tense: 'past', negated: false };
  }
  const verbs = readVerbs(clause);
  if (REPLY_BY.test(lead) || (label && /\b(reply|respond|response needed|return)\b.{0,10}\bby\b/i.test(label[1]!))) {
    return { role: 'reply-by', tense: verbs.tense, negated: false };
  }
  const rescheduledTo = RESCHEDULED_TO.test(lead);
  if (!rescheduledTo && (WRITTEN_DEADLINE.test(lead) || (label && /\b(due|deadline|latest|timescale|target)\b|\bby\s*$|\bby\b(?!\s+(the|a|an|our|your|his|her|their|me|us|him|them|post|e-?mail|phone)\b)/i.test(label[1]!)))) {
    return { role: 'deadline', tense: verbs.tense, negated: false };
  }

  const hits = thingsIn(clause);
  // A thing written right before the date owns it, even inside another's phrase ("about the meeting on 8 May").
  // So does a thing with its own participle ("your request received on 6 March", "the complaint we logged on"): a
  // reduced clause inside the sentence, whose verb is the one that counts for this date.
  let participle: Action | undefined;
  const adjacent = thingsIn(clause, true).find((h) => {
    if (h.end > dateInClause) return false;
    const gap = clause.slice(h.end, dateInClause);
    if (/^\s+(on|of|dated|held on)\s+((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(the\s+)?$/i.test(gap)) return true;
    // "A decision about the referral was made on": the participle is the decision's, not the referral's.
    if (HEAD_NOUN_BEFORE.test(clause.slice(0, h.at))) return false;
    const reduced = REDUCED_CLAUSE.exec(gap);
    if (!reduced) return false;
    participle = actionOf(reduced[1]!);
    return true;
  });
  let best = adjacent ?? [...hits].filter((h) => h.at < dateInClause).pop() ?? hits.find((h) => h.at >= dateInClause);
  let actions = participle ? [participle, ...verbs.actions] : verbs.actions;
  // A request to take a complaint further names where it goes, after the complaint: "you asked on 2 November for your
  // complaint to be considered at Stage 2", "you wanted it escalated to the review panel".
  // Unhappy with the first answer and wanting the next stage says the same: "you told us you were unhappy with our
  // Stage 1 reply and wanted the independent investigation". A bare "escalate your complaint" goes to Stage 2.
  const asksOnward = actions.includes('request') || /\b(escalat\w*|wanted|would like)\b/i.test(clause);
  if (best && ['complaint', 'stage1', 'reply'].includes(best.thing.id) && !RECEIVED.test(clause) && asksOnward) {
    const onward = hits.find((h) => h.at > best!.at && (h.thing.id === 'stage2' || h.thing.id === 'panel'));
    if (onward) {
      best = onward;
      actions = ['request', ...actions];
    } else if (best.thing.id === 'complaint' && /\bescalat\w*\b/i.test(clause)) return { event: 'stage2-requested', eventWords: best.words, role: 'event', tense: verbs.tense, negated: verbs.negated };
  }
  if (!best) {
    // The clause names no event ("and was moved to 10 May"): the sentence's nearest thing before it.
    // "..., which we received on 3 March": the nearest thing before it, even one inside another's phrase.
    const all = thingsIn(sentence, true);
    best = [...all].filter((h) => h.at < at).pop();
    // "It has been rearranged for ...": the thing named in the sentence before, in the same paragraph.
    if (!best && opts.before && (STANDS_FOR_BEFORE.test(sentence) || STANDS_FOR_BEFORE.test(clause))) best = [...thingsIn(opts.before)].pop();
    // "..., wrote to tell us on 20 August that you and the children had moved": the thing comes after the date.
    else if (!best) best = all.find((h) => h.at >= atEnd);
    if (best) actions = [...actions, ...readVerbs(sentence).actions];
  }
  if (!best || best.thing.id === 'dob') return { role: 'none', tense: verbs.tense, negated: verbs.negated };
  // "That conference took place on ...": a demonstrative points back to the meeting named before, whose kind it keeps.
  if (best.thing.id === 'icpc' && GENERIC_MEETING.test(best.words) && DEMONSTRATIVE.test(clause.slice(0, best.at))) {
    const named = thingsIn(opts.earlier ?? opts.before ?? '').filter((h) => MEETING_THINGS.has(h.thing.id)).pop();
    if (named) best = { ...named, at: best.at, end: best.end };
  }
  let event = eventOf(best.thing, actions);
  if (event === 'response') event = opts.topic ? RESPONSE_BY_TOPIC[opts.topic] : undefined;
  if (event === 'request-received') event = opts.topic === 'sar' ? 'sar-received' : undefined;
  if (event === 'review') event = opts.reviews;
  if (event === 'decision') event = opts.referral ? 'referral-decision-made' : undefined;
  if (best.thing.id === 'reply' && event === 'stage1-response-received' && /\bstage (2|two)\b/i.test(clause)) event = 'stage2-response-received';
  // "... it has now been moved to 24 March": a verb-like thing ("moved") that makes no event here; "it" is the thing
  // named before.
  if (!event && opts.before && (STANDS_FOR_BEFORE.test(sentence) || STANDS_FOR_BEFORE.test(clause))) {
    const named = [...thingsIn(opts.before)].pop();
    if (named) {
      best = named;
      event = eventOf(named.thing, actions);
    }
  }
  if (!event) return { role: 'none', tense: verbs.tense, negated: verbs.negated };

  const tense: Tense = rescheduledTo ? 'future' : verbs.tense;
  // "... was due to take place on 20 October but was postponed": the next clause undoes this one.
  // So does the next sentence when it says "it" was cancelled: "... booked for 1 December. Unfortunately it has had to be
  // cancelled".
  const undone = UNDONE.test(sentence.slice(ce)) || (opts.after !== undefined && UNDONE_NEXT.test(opts.after));
  const negated = rescheduledTo ? false : verbs.negated || undone;
  const out: ClauseReading = { event, eventWords: best.words, role: 'event', tense, negated };
  if (event === 'strategy-discussion-held' && STARTED_ENQUIRIES.test(sentence) && !/\b(no|not|n't)\b[^.]{0,20}(section 47|enquir)/i.test(sentence)) out.startedEnquiries = true;
  if (/\bfirst\b/i.test(best.words) || /\bfirst\b/i.test(clause.slice(Math.max(0, best.at - 12), best.at))) out.ordinal = 'first';
  return out;
}
