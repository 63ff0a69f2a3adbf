// The glossary as data: one Term per entry of shared/domain/glossary.md (entries 1-70), ids from term-ids.ts.
// Explanations are written in our own words (a test checks that no 12-word run is copied from the glossary);
// figures, citations and check codes carry over from the glossary, acts.md and timescales.md.
//
// Variants are matched case-insensitively as whole words; the detector adds regular plurals, so variants are
// singular unless the plural is irregular ("children in need", "section 47 enquiries"). Abbreviations are matched
// case-sensitively. Bare statute references ("section 47", "s20", "Article 8") are left to the section detector.

import type { Source, Term } from './types';
import { TERM_IDS } from './term-ids';
import { CWSA_2026_S1_COMMENCEMENT, RECHECKED, REFERENCE_CHECK, REVISED_TEXT, workingTogether2018, workingTogether2023 } from './currency';

type EntryNumber = keyof typeof TERM_IDS;

const LEG = 'https://www.legislation.gov.uk';
const SEED_PASSUK = '000_b1c3d12304034056.txt';
const SEED_IVISON = '002_9dc9806dd25f0510.txt';
const SEED_CAMBS = '003_2368b95eb7f1a6ff.txt';
const SEED_S17_BLOG = '004_07e5a30e9200ec0b.txt';

/** Children Act 1989 section link, e.g. ca89('47'). */
const ca89 = (section: string): string => `${LEG}/ukpga/1989/41/section/${section}`;
/** Children Act 2004 section link. */
const ca04 = (section: string): string => `${LEG}/ukpga/2004/31/section/${section}`;
const HRA_SCH1 = `${LEG}/ukpga/1998/42/schedule/1`;
const hra = (section: string): string => `${LEG}/ukpga/1998/42/section/${section}`;
const CWSA_S1 = `${LEG}/ukpga/2026/21/section/1`;
const ukGdpr = (article: string): string => `${LEG}/eur/2016/679/article/${article}`;
const nisi = (article: string): string => `${LEG}/nisi/1995/755/article/${article}`;

const wt18 = workingTogether2018;
const wt23 = workingTogether2023;
const cambs = (locator: string): Source => ({
  document: 'Cambridgeshire children\'s services procedure 2.2.6 "Planning and Review"',
  locator,
  seed: SEED_CAMBS,
  checkedOn: REFERENCE_CHECK,
});
const ca89Src = (locator: string, section: string, checkedOn = REFERENCE_CHECK): Source => ({
  document: 'Children Act 1989',
  locator,
  url: ca89(section),
  version: REVISED_TEXT,
  checkedOn,
});
const WILLIAMS: Source = {
  document: 'Williams and another v London Borough of Hackney [2018] UKSC 37',
  locator: 'judgment',
  checkedOn: REFERENCE_CHECK,
};
const PASSUK = (locator: string): Source => ({
  document: 'PASSuk parent-advice blog posts (community claim, not authoritative)',
  locator,
  seed: SEED_PASSUK,
  version: '2019',
  checkedOn: REFERENCE_CHECK,
});

function term(n: EntryNumber, rest: Omit<Term, 'id' | 'glossaryNumber'>): Term {
  return { id: TERM_IDS[n], glossaryNumber: n, ...rest };
}

export const TERMS: Term[] = [
  // ---------------------------------------------------------------- A. The front door and early stages
  term(1, {
    name: "Children's social care (the local authority)",
    variants: [
      "children's social care",
      'childrens social care',
      "children's social care services",
      "children's services",
      'childrens services',
      "children's services department",
      'social services',
      // Not "social care", "the LA", "the council" or "SS": too generic, they would mark ordinary English.
    ],
    abbreviations: ['CSC', 'CSSD'],
    explanation: {
      what:
        "The council department that looks at what children need, arranges help for families and looks into worries that a child may be at risk. Letters may call it children's services, social services or simply the local authority.",
      voluntary: 'not-applicable',
      voluntaryNote: 'This is the organisation itself; whether you must take part depends on what it is doing (support under section 17 or enquiries under section 47).',
      rights:
        'The council has to act within the law and treat you fairly. If you are unhappy with how it has dealt with you, its statutory complaints procedure is open to you, and after that the Local Government and Social Care Ombudsman.',
      next: 'Most contact starts with a referral, which the council screens and then decides whether to give advice, offer early help, assess, or hold a strategy discussion.',
    },
    law: 'Children Act 1989, Part III (support for children and families) and Part V (protection); Local Authority Social Services Act 1970 s7 makes statutory guidance binding on the council.',
    links: [ca89('17'), ca89('47')],
    nations: {
      'northern-ireland':
        'Children\'s social services are run by Health and Social Care (HSC) Trusts rather than councils.',
    },
    sources: [ca89Src('Parts III and V', '17'), wt23('chapter 3 (help, support and protection)')],
    verification: 'V-sec',
  }),
  term(2, {
    name: 'Referral',
    variants: ['referral', 're-referral', 'request for support', 'multi-agency referral form', 'inter-agency referral'],
    // "contact" is not a variant: it is far too common in ordinary English. "front door" likewise.
    abbreviations: ['MARF'],
    explanation: {
      what:
        'Someone has told children\'s social care that they are worried about a child or that a family may need help. It can come from a teacher, doctor, police officer, relative, neighbour, or a parent asking for support.',
      voluntary: 'not-applicable',
      voluntaryNote: 'Anyone can make a referral and your agreement is not needed for one to be made, although professionals are normally expected to talk to you first unless that would put a child at risk.',
      rights:
        'A referral is only a report of a worry; nothing has been decided or found against you. You would normally expect to be told what the council has decided to do about it, unless telling you could put the child at risk or get in the way of a police investigation.',
      next: 'Within one working day a social worker should acknowledge it and decide on the response: no further action, advice, early help, an assessment, or a strategy discussion if a child may be at risk of significant harm.',
    },
    law: 'Working Together to Safeguard Children 2023, chapter 3 (referral, and the decision on it within one working day); statutory guidance, not an Act. The 2018 edition, chapter 1 paragraphs 17 to 22 and 71 to 73, is cited because older letters quote its paragraph numbers.',
    links: [],
    nations: {},
    sources: [wt23('chapter 3, referral'), wt18('ch.1 paras 17-22, 71-73')],
    verification: 'SEED',
    relatedRules: ['referral-decision', 'referral-inform-family', 'immediate-protection', 'assessment-45wd'],
  }),
  term(3, {
    name: 'Multi-Agency Safeguarding Hub (MASH)',
    variants: [
      'multi-agency safeguarding hub',
      'multi agency safeguarding hub',
      'multi agency support hub',
      'integrated front door',
      'single point of access',
      // Not bare "front door" or "First Response": ordinary English, often used literally in visit letters.
    ],
    abbreviations: ['MASH', 'M.A.S.H', 'SPA'],
    explanation: {
      what:
        'A screening team where staff from the council, police, health and other services work side by side to look at new referrals and pool what they know. Some areas call it the front door or single point of access.',
      voluntary: 'not-applicable',
      voluntaryNote: 'It is not a service a family joins. It sorts referrals and chooses the next step.',
      rights:
        'Agencies in the hub may share information about your family without asking you first when they judge that a child needs protecting. You can ask the council afterwards what was shared and why, and ask for a copy of your records.',
      next: 'The hub decides between advice, early help, a social work assessment or a strategy discussion, usually within a working day.',
    },
    law: 'No Act creates a MASH. It is a local arrangement built on the duties to co-operate and to safeguard in the Children Act 2004 (sections 10 and 11) and on data-protection law (the safeguarding condition in the Data Protection Act 2018).',
    links: [ca04('10'), ca04('11')],
    nations: {},
    sources: [
      { document: 'Children Act 2004', locator: 's11', url: ca04('11'), version: REVISED_TEXT, checkedOn: REFERENCE_CHECK },
      { document: 'Data Protection Act 2018', locator: 'Sch 1 (safeguarding of children condition)', url: `${LEG}/ukpga/2018/12`, version: REVISED_TEXT, checkedOn: REFERENCE_CHECK },
      PASSUK('MASH described as a low-level support team: not what a MASH normally is'),
    ],
    verification: 'V-sec',
    relatedRules: ['referral-decision'],
  }),
  term(4, {
    name: 'Threshold (local "levels of need")',
    variants: [
      'threshold document', // also the court document in care proceedings (entry 44): shared on purpose
      'threshold guidance',
      'threshold of need',
      'continuum of need',
      'level of need',
      'levels of need',
      'right help right time',
      'meets threshold',
      'meet threshold',
      'level one criteria',
      // Glossary "Level 1–4" only when qualified: bare "Level 2" also names qualifications, pay grades, floors.
      'level 1 need',
      'level 2 need',
      'level 3 need',
      'level 4 need',
      'level 1 threshold',
      'level 2 threshold',
      'level 3 threshold',
      'level 4 threshold',
      // Not bare "threshold" (it also means the court test, entry 44).
    ],
    abbreviations: [],
    explanation: {
      what:
        'A local document, published by the safeguarding partners, that sorts family situations into levels (for example universal help, early help, child in need, child protection) so that everyone uses the same yardstick.',
      voluntary: 'not-applicable',
      voluntaryNote: 'It is a tool for professionals, not something you agree to.',
      rights:
        'It is local guidance rather than law. You are entitled to ask which level the council has placed your family at and the reasons. It is a different thing from the legal threshold a court applies before making a care order.',
      next: 'The level chosen decides which service is offered, such as early help, a child in need plan or child protection work. It can be reviewed as things change.',
    },
    law: 'Working Together 2023, chapter 2 (the safeguarding partners publish local threshold criteria) and chapter 3; in the 2018 edition this was paragraph 16.',
    links: [],
    nations: {},
    sources: [wt23('chapter 2 (threshold criteria) and chapter 3'), wt18('ch.1 para 16')],
    verification: 'SEED',
  }),
  term(5, {
    name: 'Early help',
    variants: [
      'early help',
      'early help assessment',
      'early help plan',
      'early help team',
      'district early help team',
      'common assessment framework',
      'team around the family',
    ],
    abbreviations: ['EHA', 'EH', 'CAF', 'TAF'],
    explanation: {
      what:
        'Help offered early, before difficulties grow, usually arranged through a school, health visitor or family hub and co-ordinated by one named worker.',
      voluntary: 'voluntary',
      voluntaryNote: 'Early help only goes ahead with your agreement. Saying no is allowed. If, after that, professionals believe the child needs more help or may be at risk of serious harm, they can still refer to children\'s social care.',
      rights:
        'You can choose whether to take part, help decide what goes into the plan, ask for a copy of the assessment and plan, and stop at any time.',
      next: 'An early help assessment leads to a plan with regular reviews. If things improve the support ends; if worries grow, the case may be stepped up to children\'s social care.',
    },
    law: 'No statute sets up early help itself. Working Together 2023, chapter 3 (early help), describes it; the 2018 edition, paragraphs 9 and 10, is cited for what it said about agreeing or refusing. The Children Act 2004 s10 duty to co-operate sits behind it.',
    links: [ca04('10')],
    nations: {
      wales: 'Wales has its own early-help arrangements.',
      scotland: 'Scotland works through GIRFEC and a "child\'s plan" (detail unverified).',
      'northern-ireland': 'Northern Ireland has its own early-help model.',
    },
    sources: [wt23('chapter 3, early help'), wt18('ch.1 paras 1-12 (para 9 agreement, para 10 no consent)'), { document: 'Children Act 2004', locator: 's10', url: ca04('10'), version: REVISED_TEXT, checkedOn: REFERENCE_CHECK }],
    verification: 'SEED',
  }),
  term(6, {
    name: 'Lead practitioner / lead professional / lead social worker',
    variants: [
      'lead practitioner',
      'lead professional',
      'lead social worker',
      'allocated social worker',
      'case accountable social worker',
      'key worker',
    ],
    abbreviations: [], // "LP" left out: it has too many other meanings.
    explanation: {
      what:
        'The person named to pull together the help your family receives and to be the first person you talk to. When a child has a child protection plan this must be a qualified social worker, named at the conference.',
      voluntary: 'not-applicable',
      rights:
        'You should know who this person is and how to reach them. If they change, you should be told, and you can ask their manager for help if you cannot get hold of them.',
      next: 'They co-ordinate the plan, arrange meetings and keep other professionals up to date.',
    },
    law: 'Working Together 2023, chapter 3: the lead practitioner role runs through early help, children in need and child protection work; Cambridgeshire procedure section 7.',
    links: [],
    nations: {},
    sources: [wt23('chapter 3, lead practitioner'), cambs('s.7'), wt18('ch.1 para 8; "Initial child protection conferences"; "The child protection plan"')],
    verification: 'SEED',
  }),

  // ---------------------------------------------------------------- B. Children in need
  term(7, {
    name: 'Child in need',
    variants: ['child in need', 'children in need', 'child in need of support', 'CIN case'],
    // "s17", "section 17" are left to the section detector.
    abbreviations: ['CIN', 'CiN', 'C.I.N', 'c.i.n'],
    explanation: {
      what:
        'The legal label for a child who is unlikely to reach or keep a reasonable level of health or development without help from the council, or who is disabled. Being called a child in need is about support, not blame.',
      voluntary: 'voluntary',
      voluntaryNote:
        'Help under section 17 is offered, not imposed: you can turn down an assessment or a plan. Saying no does not end things if the council thinks a child is at risk of significant harm: it may then open section 47 enquiries or apply to court.',
      rights:
        'Section 17 is a general duty. The council has to assess your child\'s needs and think about what would meet them, but no child has an automatic right to one particular service (the House of Lords said so in R (G) v Barnet, 2003). You can ask for the assessment and plan in writing, bring someone to meetings, say what help would really work, and challenge a refusal, starting with the complaints procedure. You should be told plainly that this support is voluntary.',
      next: 'A social work assessment usually comes first, then a child in need plan reviewed at regular meetings, and the case closes or steps down when the plan has done its job.',
    },
    law: 'Children Act 1989 section 17 (meaning of "in need" in s17(10); disabled children in s17(11)); in England Part III applies to local authorities by virtue of s16B.',
    links: [ca89('17'), ca89('16B')],
    nations: {
      wales: 'From April 2016 Part III was replaced in Wales by the Social Services and Well-being (Wales) Act 2014, which talks about care and support needs and a "care and support plan".',
      scotland: 'Children (Scotland) Act 1995 s22 (unverified).',
      'northern-ireland': 'Children (Northern Ireland) Order 1995 Articles 17-18 (unverified).',
    },
    sources: [
      ca89Src('s17, s17(10), s17(11), s16B', '17', RECHECKED),
      { document: 'R (G) v Barnet London Borough Council [2003] UKHL 57', locator: 'section 17 is a general (target) duty', checkedOn: RECHECKED },
      { document: 'Transparency Project blog on misuse of s17', locator: 'blog body', seed: SEED_S17_BLOG, checkedOn: REFERENCE_CHECK },
    ],
    verification: 'V-prim',
    relatedRules: ['cin-plan-review', 'cambs-cin-first-meeting'],
  }),
  term(8, {
    name: 'Child in need plan / CIN meeting',
    variants: [
      'child in need plan',
      'child in need (of support) plan', // [000]
      'CIN plan',
      'child in need meeting',
      'CIN meeting',
      'CIN review',
      'child in need review',
      'review CIN meeting',
      'CIN review meeting',
      'interim plan',
    ],
    abbreviations: ['CINP'],
    explanation: {
      what:
        'A written plan, agreed between the family and the professionals involved, setting out what help each of them will give and what should be different as a result. It is checked and updated at child in need meetings.',
      voluntary: 'voluntary',
      voluntaryNote: 'It rests on section 17, so you can decline; PASSuk\'s claim that moving from a child protection plan to child in need "is not a voluntary option" does not fit the law.',
      rights:
        'You should be invited to the meetings, can bring a supporter or advocate (Cambridgeshire allows a solicitor if arranged in advance), and can ask for the minutes and your own copy of the plan.',
      next: 'Meetings review progress; in Cambridgeshire they are held at least every 12 weeks with minutes sent out within 10 working days. The plan ends when its aims are met or the help is no longer wanted.',
    },
    law: 'No Act prescribes the plan. Working Together 2023, chapter 3 (children in need: assessment, plan and review) describes it; the 2018 edition, chapter 1 paragraphs 64 to 66, is cited because older plans quote it. Cambridgeshire procedure sections 2 to 4 give local timings.',
    links: [],
    nations: {},
    sources: [wt23('chapter 3, children in need (assessment, plan and review)'), wt18('ch.1 paras 64-66; "Assessment of a child under the Children Act 1989"'), cambs('ss.2-4'), PASSUK('"Child in Need Plans Explained"')],
    verification: 'SEED',
    relatedRules: [
      'cin-plan-review',
      'cambs-cin-first-meeting',
      'cambs-cin-minutes',
      'cambs-cin-plan-signed',
      'cambs-cin-meeting-interval',
      'cambs-cin-visit-interval',
      'cambs-cin-after-cp',
      'cambs-cin-move-in',
      'passuk-cin-min-3-months',
    ],
  }),
  term(9, {
    name: 'Single assessment / child and family assessment',
    variants: [
      'single assessment',
      'child and family assessment',
      'social work assessment',
      's17 assessment',
      'section 17 assessment',
      'initial assessment',
      'core assessment',
      // Not "statutory assessment": in SEND letters it means the EHC needs assessment.
    ],
    abbreviations: ['C&FA'],
    explanation: {
      what:
        'The social worker\'s look at what the child needs, how well the parents can meet those needs, and the wider family and surroundings. Older letters may still speak of an "initial" or "core" assessment; those were replaced in 2013.',
      voluntary: 'depends',
      voluntaryNote: 'When the assessment is under section 17 you may decline to take part. When section 47 enquiries are running, the council still has to make its enquiries even if you do not co-operate.',
      rights:
        'You can give your own account, have it written down, point out mistakes, and ask for a copy of the finished assessment, either informally or through a subject access request.',
      next: 'It must reach a conclusion no later than 45 working days after the referral, often sooner. It then leads to no further action, early help, a child in need plan, or a child protection conference.',
    },
    law: 'Working Together 2023, chapter 3 (assessment of a child under the Children Act 1989, with its 45-working-day maximum); the 2018 edition, chapter 1 paragraph 75, is the text older letters quote for the 45 days. The duties behind it are Children Act 1989 s17 and s47.',
    links: [ca89('17'), ca89('47')],
    nations: {
      wales: 'Wales procedures set a 42-working-day limit for the continuing assessment once s47 enquiries start.',
    },
    sources: [wt23('chapter 3, assessment (45 working days)'), wt18('ch.1 paras 38-77 (para 75: 45 working days)')],
    verification: 'SEED',
    relatedRules: ['assessment-45wd', 'see-child', 'ivison-45-days', 'wales-s47-assessment'],
  }),
  term(10, {
    name: "Young carer's needs assessment",
    variants: [
      "young carer's assessment",
      'young carers assessment',
      "young carer's needs assessment",
      'young carers needs assessment',
      'young carer assessment',
    ],
    abbreviations: ['YCNA'],
    explanation: {
      what:
        'An assessment of the support a child or teenager needs because they look after a family member, for example a parent who is ill or disabled.',
      voluntary: 'voluntary',
      voluntaryNote: 'It is something the child or family is entitled to ask for; nobody can be made to have one.',
      rights:
        'The council has to carry out the assessment when it appears a young carer may need support, or when the young carer or a parent asks for one.',
      next: 'The council decides whether the young carer needs support and what services it will provide, which may include help for the person being cared for.',
    },
    law: 'Children Act 1989 s17ZA, added by the Children and Families Act 2014 s96.',
    links: [ca89('17ZA'), `${LEG}/ukpga/2014/6/section/96`],
    nations: {},
    sources: [ca89Src('s17ZA', '17ZA'), { document: 'Children and Families Act 2014', locator: 's96', url: `${LEG}/ukpga/2014/6/section/96`, version: REVISED_TEXT, checkedOn: REFERENCE_CHECK }],
    verification: 'V-prim',
  }),
  term(11, {
    name: "Parent carer's needs assessment",
    variants: [
      "parent carer's needs assessment",
      'parent carers needs assessment',
      'parent carer needs assessment',
      'parent carer assessment',
      "parent carer's assessment",
    ],
    abbreviations: ['PCNA'],
    explanation: {
      what:
        'An assessment of what support you, as the parent of a disabled child, need for yourself so that you can keep caring.',
      voluntary: 'voluntary',
      voluntaryNote: 'You ask for it, or the council offers it when it sees a need; you do not have to agree.',
      rights:
        'If you request it, or the council can see you may need support, it has a duty to carry it out.',
      next: 'The result can lead to services for the family under section 17, such as short breaks.',
    },
    law: 'Children Act 1989 s17ZD, added by the Children and Families Act 2014 s97; Working Together 2023, chapter 3 (parent carers).',
    links: [ca89('17ZD'), `${LEG}/ukpga/2014/6/section/97`],
    nations: {},
    sources: [ca89Src('s17ZD', '17ZD'), wt23('chapter 3, parent carers'), wt18('ch.1 para 29')],
    verification: 'V-sec',
  }),
  term(12, {
    name: 'Disabled child services',
    variants: [
      'children with disabilities team',
      'children with disabilities',
      "disabled children's team",
      'disabled childrens team',
      "children's disability social work team",
      "children's disability team",
      'short break',
      'respite care',
      'CSDPA service',
    ],
    abbreviations: ['CWD'],
    explanation: {
      what:
        'Help for disabled children and their families, often from a specialist children with disabilities team, such as short breaks or practical help at home.',
      voluntary: 'voluntary',
      voluntaryNote: 'Support is offered, not imposed. Where the council has assessed a practical service as necessary it has to provide it.',
      rights:
        'Every disabled child counts in law as a child in need, so support comes through child in need planning. This label does not mean anyone thinks your child is being harmed.',
      next: 'An assessment of the child (and often a parent carer assessment) leads to a plan, reviewed on a regular cycle.',
    },
    law: 'Children Act 1989 s17(11); Chronically Sick and Disabled Persons Act 1970 s2; Working Together 2023, chapter 3 (disabled children).',
    links: [ca89('17'), `${LEG}/ukpga/1970/44/section/2`],
    nations: {},
    sources: [{ document: 'Chronically Sick and Disabled Persons Act 1970', locator: 's2', url: `${LEG}/ukpga/1970/44/section/2`, version: REVISED_TEXT, checkedOn: REFERENCE_CHECK }, wt23('chapter 3, disabled children'), wt18('ch.1 para 28'), cambs('s.4')],
    verification: 'V-prim',
    relatedRules: ['cambs-cwd-cin-meetings', 'cambs-cwd-visits-reviews'],
  }),
  term(13, {
    name: 'Education, Health and Care Plan',
    variants: ['education, health and care plan', 'education health and care plan', 'EHC plan'],
    abbreviations: ['EHCP'],
    explanation: {
      what:
        'A legal document for a child with special educational needs setting out those needs and the education, health and care support that must be provided.',
      voluntary: 'not-applicable',
      voluntaryNote: 'It belongs to the special educational needs system, not to children\'s social care.',
      rights:
        'What it promises can be enforced, and disagreements can go to the SEND tribunal, which is separate from social care processes.',
      next: 'It is reviewed every year. Some councils, Cambridgeshire among them, hold EHCP and child in need reviews together when that makes sense.',
    },
    law: 'Children and Families Act 2014 Part 3, section 37.',
    links: [`${LEG}/ukpga/2014/6/section/37`],
    nations: {
      wales: 'Wales uses an Individual Development Plan under its Additional Learning Needs legislation of 2018.',
      scotland: 'Scotland uses a Co-ordinated Support Plan (unverified).',
    },
    sources: [{ document: 'Children and Families Act 2014', locator: 's37', url: `${LEG}/ukpga/2014/6/section/37`, version: REVISED_TEXT, checkedOn: REFERENCE_CHECK }, cambs('s.4')],
    verification: 'V-sec',
  }),

  // ---------------------------------------------------------------- C. Child protection
  term(14, {
    name: 'Significant harm',
    variants: [
      'significant harm',
      'risk of significant harm',
      'likely to suffer significant harm',
      'suffering or likely to suffer significant harm',
    ],
    abbreviations: [], // "SH" left out: too short and ambiguous. "at risk" left out: ordinary English.
    explanation: {
      what:
        'The legal test that lets the council investigate (section 47) and lets a court make care or supervision orders (section 31). Harm means ill-treatment or damage to health or development, which includes the effect on a child of seeing or hearing someone else being hurt, for example domestic abuse.',
      voluntary: 'not-applicable',
      voluntaryNote: 'It is a legal test applied by professionals and courts, not a process.',
      rights:
        'Whether harm is "significant" is measured against what could reasonably be expected for a similar child. You can ask what harm the council thinks your child has suffered or may suffer, and on what evidence.',
      next: 'If there is reasonable cause to suspect it, a strategy discussion is held and section 47 enquiries may follow.',
    },
    law: 'Children Act 1989 s31(2), (9) and (10) (definitions) and s47(1).',
    links: [ca89('31'), ca89('47')],
    nations: {},
    sources: [ca89Src('s31(2), (9), (10); s47(1)', '31')],
    verification: 'V-sec',
    relatedRules: ['strategy-discussion'],
  }),
  term(15, {
    name: 'Categories of abuse',
    variants: [
      'category of abuse',
      'categories of abuse',
      'category of plan',
      'physical abuse',
      'emotional abuse',
      'sexual abuse',
      'neglect',
      // Glossary 15 and 31 both list CSE; the labelling conventions (test/fixtures/labels/README.md, 7) put
      // "child sexual exploitation"/"CSE" here. CCE and county lines stay under contextual safeguarding (entry 31).
      'child sexual exploitation',
    ],
    abbreviations: ['CSE'],
    explanation: {
      what:
        'A child protection plan names one or more headings (physical abuse, emotional abuse, sexual abuse or neglect) describing the main kind of harm the professionals are worried about.',
      voluntary: 'not-applicable',
      voluntaryNote: 'The category is chosen by the conference.',
      rights:
        'You can ask why a particular category was picked, and disagree with it at the conference; your disagreement should be recorded.',
      next: 'The category is reviewed at each review conference and can be changed or removed.',
    },
    law: 'Defined in the Working Together glossary (appendix A); these are definitions in guidance, not in an Act.',
    links: [],
    nations: {},
    sources: [wt23('Appendix A (glossary)')],
    verification: 'UNV',
  }),
  term(16, {
    name: 'Strategy discussion / strategy meeting',
    variants: [
      'strategy discussion',
      'strategy meeting',
      'strat meeting',
      'initial strategy meeting',
      'initial strategy discussion',
      'immediate strategy discussion',
      'strategy discussion meeting',
    ],
    abbreviations: [], // "SD" left out: too short and used for many other things.
    explanation: {
      what:
        'A conversation, in a meeting or by phone, between children\'s social care, the police and health (and sometimes others such as the school) about whether to start section 47 enquiries and what needs doing straight away.',
      voluntary: 'not-applicable',
      voluntaryNote: 'Parents are usually not part of it and may not hear about it in advance.',
      rights:
        'What is decided should be written down, and the family should be told what will happen next unless that would put the child at risk. The Ivison Trust argues that parents should be involved when the worry is exploitation outside the home.',
      next: 'If section 47 enquiries start, an initial child protection conference should follow within 15 working days of this discussion, if one is needed.',
    },
    law: 'Working Together 2023, chapter 3 (strategy discussion); statutory guidance, not an Act. The 2018 edition\'s section "Strategy discussion" said the same.',
    links: [],
    nations: {
      scotland: 'Scotland holds an Inter-agency Referral Discussion (IRD) instead.',
    },
    sources: [wt23('chapter 3, strategy discussion'), wt18('"Strategy discussion"'), { document: 'Ivison Trust overview of social care stages', seed: SEED_IVISON, checkedOn: REFERENCE_CHECK }],
    verification: 'SEED',
    relatedRules: ['strategy-discussion', 'icpc-15wd', 'cambs-icpc', 's47-enquiry'],
  }),
  term(17, {
    name: 'Section 47 enquiry',
    variants: [
      'section 47 enquiry',
      'section 47 enquiries',
      'section 47 enquires', // common misspelling
      'section 47 inquiry',
      'section 47 inquiries',
      's47 enquiry',
      's47 enquiries',
      's47 enquires',
      's.47 enquiry',
      's.47 enquiries',
      'section47 enquiry',
      'section 47 investigation',
      'section 47 assessment',
      's47 investigation',
      'child protection enquiry',
      'child protection enquiries',
      'child protection investigation',
      'CP investigation',
      'joint investigation',
      'single-agency investigation',
      'single agency investigation',
      // "section 47" / "s47" on their own are left to the section detector.
    ],
    abbreviations: [],
    explanation: {
      what:
        'The council\'s legal duty to look into a child\'s situation when it has reasonable cause to suspect significant harm to the child, now or likely soon, so that it can decide whether to act.',
      voluntary: 'compulsory',
      voluntaryNote:
        'The council has no choice: the law requires it to look into the situation and to try to see your child. Answering questions is up to you. Blocking the council from seeing the child without a good reason, though, can lead it to ask a court for an emergency protection order or a child assessment order.',
      rights:
        'You should be told what the enquiries found and can ask for a copy of the assessment. You can give your own account, have someone with you, and take legal advice.',
      next: 'The enquiries end either with no further action, with support as a child in need, or with an initial child protection conference within 15 working days of the strategy discussion.',
    },
    law: 'Children Act 1989 s47; s44(1)(b) allows an emergency protection order where enquiries are being frustrated; Working Together 2023, chapter 3 (section 47 enquiries).',
    links: [ca89('47'), ca89('44')],
    nations: {
      wales: 'Section 47 still applies in Wales, because Part V of the 1989 Act was not replaced.',
      scotland: 'There is no s47; Scotland carries out a "child protection investigation" under national guidance.',
      'northern-ireland': 'An investigation under the Children (NI) Order 1995 (Article 66; number unverified).',
    },
    sources: [ca89Src('s47(1)-(3); s44(1)(b)', '47'), wt23('chapter 3, section 47 enquiries'), wt18('"Initiating section 47 enquiries"')],
    verification: 'V-prim',
    relatedRules: ['s47-enquiry', 'assessment-45wd', 'icpc-15wd', 'passuk-15wd-home-visit', 'wales-s47-assessment'],
  }),
  term(18, {
    name: 'Initial child protection conference',
    variants: [
      'initial child protection conference',
      'initial child protection case conference',
      'intial child protection conference', // misspelling
      'initial child protection confrence', // misspelling
      'initial case conference',
      'initial CP conference',
      'CP conference',
      'child protection conference',
      'child protection case conference',
      'children protection conference', // misspelling
      'case conference',
      'first case conference',
    ],
    abbreviations: ['ICPC', 'ICPCC', 'CPC'],
    explanation: {
      what:
        'A meeting, led by an independent chair, where professionals and the family look at the findings of the section 47 enquiries and decide whether the child needs a child protection plan.',
      voluntary: 'depends',
      voluntaryNote: 'You are not forced to go, but it will happen whether or not you attend, so going is usually the best way to be heard.',
      rights:
        'You would normally be invited and should see the social worker\'s report first (Cambridgeshire gives it to you in person at least 24 hours ahead). Someone can come with you for support, whether a friend, an advocate or a solicitor. Keeping a parent out is a rare exception, and your views must be listened to and written down, even though the professionals make the decision.',
      next: 'It should take place within 15 working days of the strategy discussion. If a plan is made, the first core group follows within 10 working days and the first review conference within 3 months.',
    },
    law: 'Working Together 2023, chapter 3 (initial child protection conference, within 15 working days of the strategy discussion); statutory guidance, not an Act. The 2018 edition ("Outcome of section 47 enquiries") is the text many local procedures still quote.',
    links: [],
    nations: {
      scotland: 'Scotland holds a Child Protection Planning Meeting (CPPM).',
      wales: 'Wales holds a conference and the child is placed on a register.',
      'northern-ireland': 'Northern Ireland holds a conference and keeps a register (detail unverified).',
    },
    sources: [wt23('chapter 3, initial child protection conference'), wt18('"Outcome of section 47 enquiries"; "Initial child protection conferences"'), cambs('s.6'), { document: 'Ivison Trust overview of social care stages', seed: SEED_IVISON, checkedOn: REFERENCE_CHECK }],
    verification: 'SEED',
    relatedRules: [
      'icpc-15wd',
      'cambs-icpc',
      'conference-reports-shared',
      'cambs-icpc-report',
      'core-group-first',
      'cambs-core-group-first',
      'rcpc-first',
      'cambs-rcpc',
      'scotland-cppm',
      'scotland-icpcc-ayrshire',
    ],
  }),
  term(19, {
    name: 'Child protection plan',
    variants: [
      'child protection plan',
      'children protection plan', // misspelling
      'CP plan',
      'care protection plan',
      'subject to a child protection plan',
      'child protection register',
      'child protection list',
      'temporary child protection list',
      // Not "on a plan" / "on the register": ordinary phrases. Not bare "plan".
    ],
    abbreviations: ['CPP'],
    // "CP" alone left out: it collides with other meanings (e.g. cerebral palsy). "CPR" left out: it also means
    // the Civil Procedure Rules and resuscitation.
    explanation: {
      what:
        'A plan agreed by professionals at a child protection conference that spells out what has to change for the child to be safe, who is responsible for each part, and by when.',
      voluntary: 'depends',
      voluntaryNote:
        'It is not a court order, so nobody can legally force you to follow it. If the council thinks the plan is not being worked with, it may move to pre-proceedings or to court.',
      rights:
        'You should get your own copy, be part of the core group, and have the plan reviewed at a conference no later than 3 months after it starts, and then at gaps of 6 months or less.',
      next: 'The core group turns it into detailed actions; review conferences decide whether it continues, changes or ends.',
    },
    law: 'Working Together 2023, chapter 3 (child protection plan). It comes from statutory guidance, not from the wording of s47.',
    links: [],
    nations: {
      wales: 'Wales still keeps a child protection register and calls the plan a "care and support protection plan".',
      'northern-ireland': 'Northern Ireland still keeps a child protection register (unverified).',
    },
    sources: [wt23('chapter 3, child protection plan'), wt18('"The child protection plan"'), PASSUK('"Child Protection Plans Explained"')],
    verification: 'SEED',
    relatedRules: [
      'cp-plan-circulation',
      'core-group-first',
      'rcpc-first',
      'rcpc-subsequent',
      'cp-plan-age-18',
      'cambs-cp-seen-10d',
      'cambs-cp-seen-alone',
      'cambs-cp-under2-awake',
      'cambs-cp-seen-separately',
      'cambs-cp-bedroom',
    ],
  }),
  term(20, {
    name: 'Core group',
    variants: ['core group', 'core group meeting'],
    abbreviations: ['CGM'], // "CG" left out: too short.
    explanation: {
      what:
        'The small working group, made up of the parents and the main professionals, that turns the outline child protection plan into detailed steps and keeps an eye on progress.',
      voluntary: 'depends',
      voluntaryNote: 'Parents are full members and are expected to take part, but it is not a court process.',
      rights: 'As a core member you should be invited every time and can say what is and is not working.',
      next: 'The first meeting should be within 10 working days of the initial conference. How often later meetings happen is decided locally (every 4 weeks in Cambridgeshire).',
    },
    law: 'Working Together 2023, chapter 3 (core group: first meeting within 10 working days of the conference); Cambridgeshire procedure section 6.',
    links: [],
    nations: {
      wales: 'Wales procedures: first within 10 working days, then monthly and no more than 6 weeks apart.',
    },
    sources: [wt23('chapter 3, core group'), wt18('"The child protection plan"'), cambs('s.6')],
    verification: 'SEED',
    relatedRules: [
      'core-group-first',
      'core-group-frequency',
      'cambs-core-group-first',
      'cambs-core-group-frequency',
      'wales-core-group',
      'passuk-core-group-4-6wk',
    ],
  }),
  term(21, {
    name: 'Review child protection conference',
    variants: [
      'review child protection conference',
      'child protection review conference',
      'review CP conference',
      'CP review conference',
      'review conference',
      'review case conference',
      'second conference',
    ],
    abbreviations: ['RCPC', 'CPRC'],
    explanation: {
      what: 'A later conference that checks whether the child still needs a child protection plan.',
      voluntary: 'depends',
      voluntaryNote: 'As with the first conference, it goes ahead whether or not you attend.',
      rights:
        'You have the same rights as at the first conference: to attend, bring a supporter and see the reports beforehand (Cambridgeshire: at least 3 working days ahead).',
      next: 'The first review is due within 3 months of the initial conference, then no more than 6 months apart. The review can close the plan, alter it, or pass the case to the council\'s legal planning process.',
    },
    law: 'Working Together 2023, chapter 3 (child protection review conference: first within 3 months, then at most every 6 months); statutory guidance.',
    links: [],
    nations: {
      wales: 'Wales procedures: first review at most 3 months after the initial conference, then at most every 6 months.',
    },
    sources: [wt23('chapter 3, child protection review conference'), wt18('"Child protection review conference"'), cambs('s.6')],
    verification: 'SEED',
    relatedRules: ['rcpc-first', 'rcpc-subsequent', 'cambs-rcpc', 'cambs-rcpc-report', 'wales-review-conf', 'ivison-rcpc-6-months', 'passuk-cp-review-3m-6m'],
  }),
  term(22, {
    name: 'Conference chair',
    variants: [
      'conference chair',
      'child protection chair',
      'CP chair',
      'independent chair',
      'child protection conference chair',
      'independent reviewing officer (chair)', // [000]: the longer form wins over entry 37
      'iro/ico', // [003]
      'chairperson', // [000], [003]
    ],
    abbreviations: [],
    explanation: {
      what:
        'A senior practitioner, not part of the team running your case, who leads child protection conferences.',
      voluntary: 'not-applicable',
      rights:
        'The chair should meet you before the conference to explain how it works. If you are unhappy with how a conference was run, you can raise it with the chair and use the council\'s conference complaint or appeal route.',
      next: 'The chair makes sure the decision and the reasons are recorded, and often chairs the later review conferences too.',
    },
    law: 'Working Together 2023, chapter 3 (initial child protection conference: the chair); the 2018 edition\'s "The Conference Chair" set out the same role.',
    links: [],
    nations: {},
    sources: [wt23('chapter 3, initial child protection conference (the chair)'), wt18('"Initial child protection conferences" - The Conference Chair'), PASSUK('"iro/ico" used for the chair')],
    verification: 'SEED',
  }),
  term(23, {
    name: 'Pre-birth conference',
    variants: ['pre-birth conference', 'pre birth conference', 'prebirth conference', 'pre-birth ICPC', 'pre-birth protocol', 'unborn baby conference'],
    abbreviations: [],
    explanation: {
      what: 'A child protection conference held before a baby is born, so that a plan is ready on the day of birth.',
      voluntary: 'depends',
      voluntaryNote: 'It follows the same rules as any conference: it goes ahead whether or not you attend.',
      rights: 'You have the same rights as at any other conference, including seeing reports and bringing a supporter.',
      next: 'Timing is fixed by local protocol. If a plan is made, it starts when the baby is born.',
    },
    law: 'Working Together 2023, chapter 3 (conferences about an unborn baby); local pre-birth protocols.',
    links: [],
    nations: {},
    sources: [wt23('chapter 3, pre-birth conference'), wt18('"Initial child protection conferences" (unborn child)'), cambs('s.6 (pre-birth)')],
    verification: 'SEED',
    relatedRules: ['cambs-icpc'],
  }),
  term(24, {
    name: 'Transfer-in conference',
    variants: ['transfer-in conference', 'transfer in conference', 'transfer conference'],
    abbreviations: ['TIC'],
    explanation: {
      what:
        'A conference held by the new council when a family whose child has a child protection plan moves to its area for good.',
      voluntary: 'depends',
      voluntaryNote: 'Like other conferences it goes ahead whether or not you attend.',
      rights: 'You can take part as in any conference. The old plan stays in force until the new council has held its conference.',
      next: 'Nationally it should be held within 15 working days of the new council hearing about the move (Cambridgeshire counts from written notice of the permanent address). It decides whether a plan is still needed.',
    },
    law: 'Working Together 2023, chapter 3 (a child with a plan moving to another area: conference within 15 working days); Cambridgeshire procedure section 8.',
    links: [],
    nations: {},
    sources: [wt23('chapter 3, moving between local authority areas'), wt18('"Discontinuing the Child Protection Plan"'), cambs('s.8')],
    verification: 'SEED',
    relatedRules: ['cp-transfer-conference', 'cambs-transfer-in-conference', 'cambs-transfer-in-form', 'cambs-transfer-in-nonpermanent'],
  }),
  term(25, {
    name: 'Step-down / ending a plan / no further action',
    variants: [
      'step down',
      'stepped down',
      'step-down',
      'delisted',
      'de-registered',
      'plan discontinued',
      'no further action',
      'case closure',
      'case closed letter',
      'ceases to be subject',
      // "step up" left out: ordinary English.
    ],
    abbreviations: ['NFA'],
    explanation: {
      what:
        'Moving a family to a lighter level of help, for example from a child protection plan to child in need, or from child in need to early help; or closing the case altogether ("no further action").',
      voluntary: 'voluntary',
      voluntaryNote: 'Once a child protection plan ends, any child in need plan offered is voluntary.',
      rights:
        'You can ask for the decision and the reasons in writing. Some websites say a closed case stays "silently open" for three months; no rule or guidance says so.',
      next: 'In Cambridgeshire a child in need meeting is held within 15 working days after a plan ends; otherwise the case closes with a letter.',
    },
    law: 'Working Together 2023, chapter 3 (ending a child protection plan and continuing support); Cambridgeshire procedure section 6.',
    links: [],
    nations: {},
    sources: [wt23('chapter 3, ending a child protection plan'), wt18('"Discontinuing the Child Protection Plan"'), cambs('s.6'), PASSUK('post of 9 Dec 2019 (unsupported claim)')],
    verification: 'SEED',
    relatedRules: ['cambs-cin-after-cp', 'passuk-silent-3-months', 'passuk-closure-letter-1-month', 'passuk-cin-min-3-months'],
  }),
  term(26, {
    name: 'Safety plan / written agreement',
    variants: [
      'safety plan',
      'contingency plan',
      'written agreement',
      'working agreement',
      'safeguarding agreement',
      'schedule of expectations',
    ],
    abbreviations: [],
    explanation: {
      what:
        'A document that lists things you agree to do, or not do, to keep the children safe, such as who may be around them.',
      voluntary: 'voluntary',
      voluntaryNote:
        'It has no legal force and cannot take away your legal rights (for example the right to take a child home from section 20 accommodation). Breaking it can, however, be treated as evidence of risk.',
      rights:
        'Read it carefully, ask for changes, and get legal advice before signing anything that restricts your time with your children.',
      next: 'It is usually reviewed at meetings alongside the plan it belongs to.',
    },
    law: 'No Act covers it. In Williams v Hackney [2018] UKSC 37, parents had signed a "safeguarding agreement" without being told their section 20 rights.',
    links: [],
    nations: {},
    sources: [WILLIAMS, cambs('s.1 (safety and contingency plans)')],
    verification: 'V-sec',
  }),
  term(27, {
    name: 'Signs of Safety',
    variants: [
      'signs of safety',
      'danger statement',
      'safety goal',
      'three houses',
      'words and pictures',
      'what are we worried about',
    ],
    abbreviations: [], // "SoS" left out: it also means Secretary of State in the same documents.
    explanation: {
      what:
        'A way of running assessments and meetings used by many councils. It sets out worries and strengths in everyday words and asks everyone to rate safety on a scale, usually 0 to 10.',
      voluntary: 'not-applicable',
      voluntaryNote: 'It is a working method, not a legal process.',
      rights:
        'Being a practice model, it adds no legal rights. You can still use its headings to write down your own view of what is going well and what has changed.',
      next: 'The same headings are normally used at each meeting to track progress.',
    },
    law: 'None: a practice model (reported to come from Western Australia in the 1990s - unverified).',
    links: [],
    nations: {},
    sources: [{ document: 'London Child Protection Procedures', locator: 'practice models (Signs of Safety, Strengthening Families)', checkedOn: REFERENCE_CHECK }, PASSUK('"Notes for conference" form')],
    verification: 'V-sec',
  }),
  term(28, {
    name: 'Social GGRRAAACCEEESSS',
    variants: ['social GGRRAAACCEEESSS', 'GGRRAAACCEEESSS', 'social GRACES', 'social GRRAACCEESS'],
    // "social GRACES" is matched case-insensitively, so it also catches "social graces"; in these documents that
    // phrase almost always means the model.
    abbreviations: [],
    explanation: {
      what:
        'A memory aid for the parts of identity and difference a worker should think about so that a plan fits the family. The letters stand for gender and geography; race and religion; age, abilities and appearance; culture, class and ethnicity; education and employment; and sexuality, sexual orientation and spirituality.',
      voluntary: 'not-applicable',
      rights: 'It is not law, but you can refer to it when a plan overlooks your culture, faith, disability or circumstances.',
      next: 'Workers are expected to show in assessments and plans that they have thought about these points.',
    },
    law: 'None. Related legal duties include the Equality Act 2010 and Children Act 1989 s22(5)(c) for looked-after children (both unverified here).',
    links: [],
    nations: {},
    sources: [cambs('s.1')],
    verification: 'SEED',
  }),
  term(29, {
    name: 'SMART',
    variants: ['SMART plan', 'SMART target', 'SMART outcome', 'SMART objective'],
    abbreviations: ['SMART'],
    explanation: {
      what:
        'A test for the actions in a plan: each should be specific, measurable, achievable and realistic, with a time attached (some councils read the R and T as relevant and time-bound).',
      voluntary: 'not-applicable',
      rights:
        'If a target is vague, such as "engage with services", you can ask what exactly must happen, by when, and how anyone will know it has been done.',
      next: 'Targets are checked at each review against what the plan said.',
    },
    law: 'None: a practice standard; Cambridgeshire procedure sections 1 and 6 require plans to be SMART.',
    links: [],
    nations: {},
    sources: [cambs('ss.1, 6')],
    verification: 'SEED',
  }),
  term(30, {
    name: 'Chronology',
    variants: ['chronology', 'multi-agency chronology', 'multi-agency integrated chronology', 'integrated chronology', 'genogram', 'ecomap', 'eco-map'],
    abbreviations: [],
    explanation: {
      what: 'A dated list of the important events in a child\'s life, kept on the social care file.',
      voluntary: 'not-applicable',
      rights:
        'Later workers build on it, so errors can follow a family for years. You can ask for wrong entries to be corrected or for your comments to be added, using your data-protection right to rectification.',
      next: 'It is updated as the case goes on and is often used in conference and court reports.',
    },
    law: 'Good practice (Cambridgeshire procedure ss.3 and 7); the right to rectification is in UK GDPR Article 16.',
    links: [ukGdpr('16')],
    nations: {},
    sources: [cambs('ss.3, 7'), { document: 'UK GDPR', locator: 'Art 16', url: ukGdpr('16'), version: REVISED_TEXT, checkedOn: REFERENCE_CHECK }],
    verification: 'SEED',
  }),
  term(31, {
    name: 'Contextual safeguarding / extra-familial harm',
    variants: [
      'contextual safeguarding',
      'extra-familial harm',
      'extra familial harm',
      'harm outside the home',
      // "child sexual exploitation"/"CSE" are under categories of abuse (entry 15).
      'child criminal exploitation',
      'criminal exploitation',
      'county lines',
      'radicalisation',
      // Not "Prevent" or "Channel" on their own: ordinary English words.
    ],
    abbreviations: ['CCE', 'EFH'],
    explanation: {
      what:
        'Harm that reaches a child from outside the family, for example from peers, gangs, online contacts, exploitation or radicalisation.',
      voluntary: 'not-applicable',
      rights:
        'Parents are usually partners in keeping the child safe rather than the cause of the risk, and support should reflect that.',
      next: 'Assessments should look at the places and groups the child spends time with, and may involve the police or other services.',
    },
    law: 'Working Together 2023, chapter 3 (harm outside the home, which it calls extra-familial harm); the 2018 edition, paragraphs 33 to 37, is where the term contextual safeguarding appeared. Counter-Terrorism and Security Act 2015 (Prevent and Channel); Modern Slavery Act 2015 (National Referral Mechanism).',
    links: [],
    nations: {},
    sources: [wt23('chapter 3, harm outside the home'), wt18('ch.1 paras 33-37'), { document: 'Ivison Trust overview of social care stages', seed: SEED_IVISON, checkedOn: REFERENCE_CHECK }],
    verification: 'SEED',
  }),
  term(32, {
    name: 'Family Group Conference / family group decision-making',
    variants: [
      'family group conference',
      'family group decision-making',
      'family group decision making',
      'family group decision-making meeting',
      'family network meeting',
      'private family time',
      // "family meeting" left out: ordinary English.
    ],
    abbreviations: ['FGC', 'FGDM'],
    explanation: {
      what:
        'A meeting run by an independent co-ordinator at which relatives and friends of the family draw up their own plan for the child, with time set aside without professionals in the room.',
      voluntary: 'voluntary',
      voluntaryNote: 'Families choose whether to take part.',
      rights:
        'Once a new legal duty is in force, a council in England will have to offer your family this kind of meeting before it goes to court for a care or supervision order (unless that would be against the child\'s interests), and put the offer in the letter before proceedings. Until then you can still ask whether your council runs them.',
      next: 'The family plan is put to the council, which should agree it unless it leaves the child unsafe.',
    },
    law: 'Children Act 1989 s31ZA, inserted by the Children\'s Wellbeing and Schools Act 2026 s1; it starts only when regulations under s78(5) of that Act say so.',
    links: [CWSA_S1],
    nations: {},
    sources: [{ document: "Children's Wellbeing and Schools Act 2026", locator: 's1 (inserting CA 1989 s31ZA); s78(5) (commencement)', url: CWSA_S1, version: REVISED_TEXT, checkedOn: RECHECKED }],
    verification: 'V-prim',
    relatedRules: ['pre-proceedings'],
    commencement: CWSA_2026_S1_COMMENCEMENT,
  }),
  term(33, {
    name: 'Advocate / supporter',
    variants: [
      'advocate',
      'advocacy',
      'supporter',
      'parental advocate',
      'independent advocate',
      'McKenzie friend',
      'independent visitor',
    ],
    abbreviations: [],
    explanation: {
      what:
        'Someone who goes with you to meetings to help you understand what is happening and to get your views across.',
      voluntary: 'voluntary',
      voluntaryNote: 'It is your choice whether to bring one.',
      rights:
        'Conferences and child in need meetings are open to a supporter or advocate of your choosing; tell the chair who is coming, and a solicitor may need agreeing in advance. The law does not generally give parents a free advocate in child protection, although many councils fund one. Children who make complaints or representations are entitled to advocacy.',
      next: 'The council should give you details of local advocacy services when it tells you about a conference.',
    },
    law: 'Children Act 1989 s26A (advocacy for children and care leavers); SI 2006/1738 reg 19(6) (advocate at a review panel); Working Together 2023, chapter 3 (help for parents and children to take part in conferences).',
    links: [ca89('26A'), `${LEG}/uksi/2006/1738/regulation/19`],
    nations: {},
    sources: [ca89Src('s26A', '26A'), { document: 'Children Act 1989 Representations Procedure (England) Regulations 2006', locator: 'reg 19(6)', url: `${LEG}/uksi/2006/1738/regulation/19`, version: REVISED_TEXT, checkedOn: REFERENCE_CHECK }, wt23('chapter 3, initial child protection conference (taking part)'), wt18('"Outcome of section 47 enquiries"')],
    verification: 'SEED',
    relatedRules: ['complaint-stage3-panel'],
  }),

  // ---------------------------------------------------------------- D. Parental responsibility, accommodation and care
  term(34, {
    name: 'Parental responsibility',
    variants: [
      'parental responsibility',
      'person with parental responsibility',
      'holder of parental responsibility',
      'corporate parental responsibility',
      'holder of PR',
      'shared PR',
    ],
    abbreviations: ['PR'],
    explanation: {
      what:
        'All the legal rights, duties and authority that come with being a parent, such as deciding on schooling, medical treatment and where a child lives.',
      voluntary: 'not-applicable',
      rights:
        'A mother always has it. A father has it if he was married to the mother, is named on the birth registration (births registered in England and Wales from 1 December 2003 - date unverified), or gains it by agreement or court order. The council gains it only through a court order: a care order (interim ones included) or an emergency protection order, and an adoption agency through a placement order. It does not gain it under section 20.',
      next: 'Several people can hold it at once. A care order lets the council limit how parents use theirs, but does not remove it.',
    },
    law: 'Children Act 1989 ss2 to 4 (s3(1) defines it); s33(3) (care order); s44(4)(c) (emergency protection order, unverified); Adoption and Children Act 2002 s25 (placement order).',
    links: [ca89('3'), ca89('2'), ca89('33')],
    nations: {
      scotland: 'Scotland speaks of "parental responsibilities and rights" (Children (Scotland) Act 1995 ss1-2, unverified).',
      'northern-ireland': 'Children (NI) Order 1995 Articles 5-7 (unverified).',
    },
    sources: [ca89Src('ss2-4, s3(1)', '3'), { document: 'Adoption and Children Act 2002', locator: 's25', url: `${LEG}/ukpga/2002/38/section/25`, version: REVISED_TEXT, checkedOn: REFERENCE_CHECK }],
    verification: 'V-sec',
    relatedRules: ['s20-removal'],
  }),
  term(35, {
    name: 'Section 20 / voluntary accommodation',
    variants: [
      'section 20 agreement',
      's20 agreement',
      's.20 agreement',
      'section 20 accommodation',
      's20 accommodation',
      'voluntary accommodation',
      'voluntary care',
      'looked after under s20',
      'looked after under section 20',
      'accommodated under section 20',
      'letter of agreement',
      'consent to accommodation',
      // Bare "section 20" / "s20" are left to the section detector; "accommodated" alone is too generic.
    ],
    abbreviations: [],
    explanation: {
      what:
        'The council gives a child somewhere to live, often with foster carers, without a court order. Usually this is because the person caring for the child cannot, for now, give suitable care or a home; it also covers a child nobody has parental responsibility for, a lost or abandoned child, and some 16- and 17-year-olds.',
      voluntary: 'voluntary',
      voluntaryNote:
        'It rests on agreement, and two different rights protect it. Objecting (s20(7)) stops the council only when the parent with parental responsibility is willing and able to give the child a home or arrange one. Taking the child home (s20(8)) has no such condition: any parent with parental responsibility can do it at any time, without notice, even if a signed form asks for notice. Exceptions: a young person of 16 or 17 who agrees to stay, or a person with a child arrangements (residence) order, a special guardian or someone the High Court gave care of the child, who agrees.',
      rights:
        'The council does not get parental responsibility. You should be given clear information in writing about your rights, and you can take legal advice before and after signing anything.',
      next: 'The child becomes looked after, so there will be a care plan, visits and reviews chaired by an independent reviewing officer.',
    },
    law: 'Children Act 1989 s20: who must be accommodated (s20(1), and s20(3) for 16- and 17-year-olds), the power to accommodate (s20(4)), objecting (s20(7)), removing (s20(8)) and the exceptions (s20(9)-(11)); Williams v Hackney [2018] UKSC 37.',
    links: [ca89('20')],
    nations: {
      wales: 'Wales uses section 76 of the Social Services and Well-being (Wales) Act 2014, with the same rights.',
      scotland: 'Children (Scotland) Act 1995 s25 (unverified).',
      'northern-ireland': 'Children (NI) Order 1995 Article 21 (unverified).',
    },
    sources: [
      {
        ...ca89Src('s20(1), (3), (4), (7)-(11)', '20', RECHECKED),
        notes:
          's20(1)(a)-(c) read 2026-12-07 on legislation.gov.uk in the text as it stood on 14 October 1991 (the stored part ends at s20(3)); s20(7)-(8) as 11KBW and Family Rights Group describe them, not read in the statute (V-sec)',
      },
      WILLIAMS, { document: 'Social Services and Well-being (Wales) Act 2014', locator: 's76', url: `${LEG}/anaw/2014/4/section/76`, version: REVISED_TEXT, checkedOn: REFERENCE_CHECK }],
    verification: 'V-sec',
    relatedRules: ['s20-removal', 'looked-after-24h', 's20-24h-solicitor'],
  }),
  term(36, {
    name: 'Looked-after child',
    variants: [
      'looked after child',
      'looked-after child',
      'looked after', // on its own (labelling convention 7)
      'looked-after',
      'looked after children',
      'looked-after children',
      'child looked after',
      'children looked after',
      'child in care',
      'children in care',
      'LAC review',
      'CLA review',
      'looked after review',
      // "in care" alone left out: it would match "in care of" in addresses.
    ],
    abbreviations: ['LAC', 'CLA', 'CiC'],
    explanation: {
      what:
        'A child the council is caring for, either under a care order or by providing accommodation (for example under section 20) for more than 24 hours. Many young people prefer to be called a "child in care" rather than "LAC".',
      voluntary: 'depends',
      voluntaryNote: 'Compulsory under a care order; voluntary when the child is accommodated under section 20.',
      rights:
        'Parents are usually invited to reviews and can give their views. The council has to keep a care plan for the child, visit them regularly, and hold reviews led by an independent reviewing officer.',
      next: 'The first review is due within 20 working days, the second within 3 months of that, then at least every 6 months.',
    },
    law: 'Children Act 1989 s22; Care Planning, Placement and Case Review (England) Regulations 2010 (visits under reg 28).',
    links: [ca89('22'), `${LEG}/uksi/2010/959/regulation/28`],
    nations: {
      scotland: 'Scotland also counts children "looked after at home" under a compulsory supervision order (unverified).',
      wales: 'Wales: Social Services and Well-being (Wales) Act 2014 Part 6.',
    },
    sources: [
      ca89Src('s22', '22'),
      { document: 'Care Planning, Placement and Case Review (England) Regulations 2010', locator: 'reg 28', url: `${LEG}/uksi/2010/959/regulation/28`, version: REVISED_TEXT, checkedOn: REFERENCE_CHECK },
    ],
    verification: 'V-sec',
    relatedRules: ['looked-after-24h', 'lac-visits', 'lac-reviews'],
  }),
  term(37, {
    name: 'Independent Reviewing Officer',
    variants: ['independent reviewing officer', 'IRO review'],
    abbreviations: ['IRO'],
    explanation: {
      what:
        'An experienced social worker, separate from the team running the case, who chairs the reviews of a looked-after child and keeps watch on the council\'s care planning.',
      voluntary: 'not-applicable',
      rights:
        'If the care plan is not being followed, you can get in touch with the IRO directly. The IRO can escalate problems inside the council and, as a last step, refer the case to Cafcass.',
      next: 'The IRO chairs each looked-after review and checks that the decisions made are followed up.',
    },
    law: 'Children Act 1989 ss25A to 25C.',
    links: [ca89('25A')],
    nations: {},
    sources: [ca89Src('ss25A-25C', '25A'), PASSUK('"IRO" used for the conference chair')],
    verification: 'UNV',
    relatedRules: ['lac-reviews'],
  }),
  term(38, {
    name: 'Care plan',
    variants: ['care plan', 'care planning', 's31A care plan', 'permanence plan', 'placement plan', 'pathway plan'],
    abbreviations: [],
    explanation: {
      what:
        'The council\'s written plan for a looked-after child, covering where they will live, time with family, health, education and the long-term aim.',
      voluntary: 'not-applicable',
      rights:
        'You can ask for a copy and give your views at reviews. In care proceedings the court has to consider the council\'s care plan before it makes a care order.',
      next: 'It is reviewed at each looked-after review and updated when things change.',
    },
    law: 'Children Act 1989 s31A; Care Planning, Placement and Case Review (England) Regulations 2010 Part 2.',
    links: [ca89('31A'), `${LEG}/uksi/2010/959`],
    nations: {},
    sources: [ca89Src('s31A', '31A'), { document: 'Care Planning, Placement and Case Review (England) Regulations 2010', locator: 'Part 2', url: `${LEG}/uksi/2010/959`, version: REVISED_TEXT, checkedOn: REFERENCE_CHECK }],
    verification: 'V-sec',
  }),
  term(39, {
    name: 'Private fostering',
    variants: ['private fostering', 'privately fostered child', 'private foster carer', 'private fostering arrangement'],
    abbreviations: [], // "PF" left out: too short and ambiguous.
    explanation: {
      what:
        'A child under 16 (under 18 if disabled) who is looked after for 28 days or longer by an adult who is neither a parent, nor a holder of parental responsibility, nor a close relative (grandparent, brother or sister, aunt or uncle, or step-parent).',
      voluntary: 'compulsory',
      voluntaryNote: 'The arrangement is private, but telling the council about it is a legal requirement.',
      rights: 'The carer does not gain parental responsibility; the parents keep it.',
      next: 'The carer should tell the council at least 6 weeks ahead (straight away if it starts sooner). The council visits within 7 working days of being told, then at least every 6 weeks in the first year and every 12 weeks after that.',
    },
    law: 'Children Act 1989 s66; Children (Private Arrangements for Fostering) Regulations 2005 (SI 2005/1533) regs 3, 4 and 8.',
    links: [ca89('66'), `${LEG}/uksi/2005/1533/regulation/3`, `${LEG}/uksi/2005/1533/regulation/8`],
    nations: {
      wales: 'Wales has its own regulations (SI 2006/940) with the same 6-week notice.',
    },
    sources: [ca89Src('s66', '66'), { document: 'Children (Private Arrangements for Fostering) Regulations 2005', locator: 'regs 3, 4, 8', url: `${LEG}/uksi/2005/1533`, version: REVISED_TEXT, checkedOn: REFERENCE_CHECK }],
    verification: 'V-prim',
    relatedRules: ['pf-definition-28d', 'pf-notify', 'pf-first-visit', 'pf-visits'],
  }),
  term(40, {
    name: 'Kinship care / connected person',
    variants: [
      'kinship care',
      'kinship carer',
      'family and friends care',
      'family and friends carer',
      'connected person',
      'connected persons',
      'viability assessment',
      'reg 24 placement',
      'regulation 24 placement',
    ],
    abbreviations: [],
    explanation: {
      what:
        'A child being brought up by relatives or family friends. This may be arranged informally within the family, through section 20, through a care order (in which case the relative is approved as a foster carer), or through a special guardianship order or a child arrangements order.',
      voluntary: 'depends',
      voluntaryNote: 'Informal arrangements are voluntary; arrangements under a court order are not.',
      rights:
        'Suggest possible family carers as early as you can: checking them takes time, and care cases work to a 26-week limit.',
      next: 'The council usually starts with a short viability assessment and, if that is positive, a fuller assessment.',
    },
    law: 'Care Planning, Placement and Case Review (England) Regulations 2010 reg 24 (temporary approval of a connected person); Children Act 1989 s22C (placement priorities, unverified).',
    links: [`${LEG}/uksi/2010/959/regulation/24`, ca89('22C')],
    nations: {},
    sources: [{ document: 'Care Planning, Placement and Case Review (England) Regulations 2010', locator: 'reg 24', url: `${LEG}/uksi/2010/959/regulation/24`, version: REVISED_TEXT, checkedOn: REFERENCE_CHECK }],
    verification: 'V-sec',
  }),
  term(41, {
    name: 'Special guardianship order',
    variants: ['special guardianship order', 'special guardianship', 'special guardian', 'special guardianship support plan', 'special guardianship support'],
    abbreviations: ['SGO', 'SGSP'], // "SG" left out: too short.
    explanation: {
      what:
        'A court order that makes someone, often a relative, the child\'s special guardian until the child is 18.',
      voluntary: 'compulsory',
      voluntaryNote: 'Once made, it is a court order.',
      rights:
        'The special guardian can make most everyday and many major decisions without needing the parents\' agreement. Parents keep parental responsibility in a limited form and need the court\'s permission (leave) before applying to change or end the order (s14D(3)).',
      next: 'The council should assess what support the special guardian needs and may provide it under a support plan.',
    },
    law: 'Children Act 1989 ss14A to 14G (leave to apply to vary or discharge: s14D(3)).',
    links: [ca89('14A')],
    nations: {},
    sources: [ca89Src('ss14A-14G, s14D(3)', '14A')],
    verification: 'UNV',
  }),
  term(42, {
    name: 'Child arrangements order (and other section 8 orders)',
    variants: [
      'child arrangements order',
      'child arrangement order', // common misspelling
      'lives with order',
      'spends time with order',
      'residence order',
      'contact order',
      'prohibited steps order',
      'specific issue order',
      'section 8 order',
      's8 order',
      'Article 8 order',
    ],
    // "CAO" is shared with the child assessment order (entry 46): the card should offer both meanings.
    abbreviations: ['CAO', 'PSO', 'SIO'],
    explanation: {
      what:
        'Orders in private family cases, usually between parents or relatives, that settle where a child lives and whom they spend time with. Before 2014 these were called residence and contact orders.',
      voluntary: 'compulsory',
      voluntaryNote: 'Once made they are court orders, though they are normally between family members rather than the council.',
      rights:
        'Each party can put their case to the court. Social care may be asked to write a report, or the court may tell the council to investigate the child\'s situation.',
      next: 'The court may ask for a welfare report (section 7) or direct the council to investigate (section 37) before deciding.',
    },
    law: 'Children Act 1989 s8; s7 (welfare reports); s37 (direction to investigate).',
    links: [ca89('8'), ca89('7'), ca89('37')],
    nations: {
      'northern-ireland':
        'In Northern Ireland an "Article 8 order" means these orders under the Children (NI) Order 1995, not the human rights article.',
    },
    sources: [ca89Src('s8', '8'), { document: 'Children (Northern Ireland) Order 1995', locator: 'Art 2', url: nisi('2'), version: REVISED_TEXT, checkedOn: REFERENCE_CHECK }],
    verification: 'V-sec',
  }),

  // ---------------------------------------------------------------- E. Emergency powers and court
  term(43, {
    name: 'Emergency protection order',
    variants: ['emergency protection order', 'emergency order'],
    abbreviations: ['EPO'],
    explanation: {
      what:
        'A short court order that lets the person who applied (usually the council) take a child somewhere safe or prevent the child being moved from where they are, and gives that person limited parental responsibility.',
      voluntary: 'compulsory',
      voluntaryNote: 'It is a court order and must be followed.',
      rights:
        'You can ask the court to end (discharge) the order if you were not at the hearing that made it: a parent, anyone with parental responsibility, the child or the person the child lived with may apply. That is not open to someone who was told about that hearing and was there, and nobody can apply once the order has been extended. The court can also give directions about contact, and legal aid is available (detail unverified). Get a family solicitor straight away.',
      next: 'It lasts no more than 8 days and can be extended once, by up to 7 days. The council then returns the child, agrees arrangements with you, or applies for an interim care order.',
    },
    law: 'Children Act 1989 ss44 and 45 (discharge: s45(8) and (11)); Working Together 2023, chapter 3 (immediate protection).',
    links: [ca89('44'), ca89('45')],
    nations: {
      'northern-ireland': 'Children (NI) Order 1995 Articles 63-64 (the same 8 plus 7 days).',
      scotland: 'Scotland uses a Child Protection Order under the Children\'s Hearings (Scotland) Act 2011, with a different procedure (unverified).',
    },
    sources: [{
        ...ca89Src('ss44-45, s45(8) and (11)', '45', RECHECKED),
        notes: 'the legislation.gov.uk page of s45 is not in the store (searched again 2026-12-07); s45(8) read in the Cayman Islands copy of the same section; the s45(11) conditions rest on secondary sources (V-sec)',
      }, wt23('chapter 3, immediate protection'), wt18('"Immediate protection"'), { document: 'Children (Northern Ireland) Order 1995', locator: 'Art 64', url: nisi('64'), version: REVISED_TEXT, checkedOn: RECHECKED }],
    verification: 'V-prim',
    relatedRules: ['epo-8-days', 'epo-extension', 'immediate-protection', 'ni-epo'],
  }),
  term(44, {
    name: 'Threshold criteria (court)',
    variants: [
      'threshold criteria',
      'threshold document', // also the local levels-of-need document (entry 4): shared on purpose
      'threshold is crossed',
      'threshold is met',
      'threshold has been met',
      'threshold has been crossed',
      'interim threshold',
    ],
    abbreviations: [],
    explanation: {
      what:
        'The legal hurdle for a care or supervision order. The court has to be satisfied that the child is suffering significant harm, or is likely to, and that this is down to the standard of care (measured against what a reasonable parent would provide) or to the child being out of the parents\' control.',
      voluntary: 'not-applicable',
      voluntaryNote: 'It is a test for the court, not a process you take part in.',
      rights:
        'The council has to prove it and you can challenge it, usually through your solicitor. Passing the test does not settle the case: the court then chooses the order, or no order, that serves the child best. For an interim order, reasonable grounds to believe the test is met are enough.',
      next: 'In care proceedings the council sets out the facts it relies on in a threshold document, which parents can respond to.',
    },
    law: 'Children Act 1989 s31(2); s38(2) for interim orders.',
    links: [ca89('31'), ca89('38')],
    nations: {},
    sources: [ca89Src('s31(2); s38(2)', '31')],
    verification: 'V-sec',
  }),
  term(45, {
    name: 'Police protection',
    variants: ['police protection', 'police powers of protection', 'police power of protection', 'police protection order'],
    abbreviations: ['PPO'],
    explanation: {
      what:
        'A police power, not a court order, to move a child to somewhere safe, or stop them being taken from somewhere such as a hospital, when an officer believes the child would otherwise be likely to suffer significant harm. Letters sometimes call it a "police protection order", but no such order exists.',
      voluntary: 'compulsory',
      voluntaryNote: 'It can be used without your agreement.',
      rights:
        'It can last no more than 72 hours. The police should tell you what has happened and allow reasonable contact where that is appropriate (detail unverified). Get legal advice quickly.',
      next: 'Before the 72 hours run out the child goes home, stays by agreement, or the council applies for an emergency protection order.',
    },
    law: 'Children Act 1989 s46.',
    links: [ca89('46')],
    nations: {
      'northern-ireland': 'Children (NI) Order 1995 Article 65 (unverified).',
    },
    sources: [ca89Src('s46', '46')],
    verification: 'V-sec',
    relatedRules: ['police-protection-72h'],
  }),
  term(46, {
    name: 'Child assessment order',
    variants: ['child assessment order'],
    // "CAO" is shared with the child arrangements order (entry 42): the card should offer both meanings.
    abbreviations: ['CAO'],
    explanation: {
      what:
        'A court order that requires a child to be made available for an assessment, medical or otherwise, when the council suspects significant harm and the parents will not agree to one. It is rarely used and does not usually allow the child to be removed.',
      voluntary: 'compulsory',
      voluntaryNote: 'Once made, it must be complied with.',
      rights: 'Parents can go to the hearing and should get legal advice.',
      next: 'It lasts for up to 7 days from the start date the order gives. The council then decides on its next steps from the result of the assessment.',
    },
    law: 'Children Act 1989 s43.',
    links: [ca89('43')],
    nations: {
      'northern-ireland': 'Children (NI) Order 1995 Article 62 (also up to 7 days).',
    },
    sources: [ca89Src('s43', '43'), { document: 'Transparency Project blog on misuse of s17', seed: SEED_S17_BLOG, checkedOn: REFERENCE_CHECK }],
    verification: 'V-prim',
    relatedRules: ['cao-7-days'],
  }),
  term(47, {
    name: 'Care proceedings',
    variants: [
      'care proceedings',
      'public law proceedings',
      's31 proceedings',
      'section 31 proceedings',
      'issuing proceedings',
      'issue proceedings',
      // "court proceedings" left out: it covers criminal and private cases too.
    ],
    abbreviations: [],
    explanation: {
      what: 'A court case in which the council asks for a care order or a supervision order for a child.',
      voluntary: 'compulsory',
      voluntaryNote: 'It is a court case; the court decides.',
      rights:
        'Everyone with parental responsibility is a party (a respondent) from the start. A father without parental responsibility is not: he should be sent notice of the case, and he has to ask the court to join him as a party, which he should do straight away. Parties get free legal representation whatever their income (non-means-tested legal aid; detail unverified), can put in their own evidence and can challenge what the council says.',
      next: 'The court aims to finish within 26 weeks of the application being issued; it can extend this by up to 8 weeks at a time when needed to decide the case justly.',
    },
    law: 'Children Act 1989 ss31 and 32; Family Procedure Rules 2010 rule 12.3 (who the parties are) and Practice Directions 12A (Public Law Outline) and 12C (notice).',
    links: [ca89('31'), ca89('32')],
    nations: {
      scotland: 'Scotland uses the Children\'s Hearings system and the Children\'s Reporter instead (unverified).',
    },
    sources: [
      ca89Src('ss31-32', '32'),
      {
        document: 'Family Procedure Rules 2010',
        locator: 'r12.3 (parties); PD12C (notice to a father without parental responsibility)',
        url: `${LEG}/uksi/2010/2955`,
        version: 'r12.3 as made and as at 1 October 2020 (legislation.gov.uk)',
        checkedOn: RECHECKED,
        notes: 'the stored r12.3 pages were read 2026-12-07 only as far as the first rows of the table, not the care order row; PD12C is not on legislation.gov.uk and was not read (V-sec for the father without parental responsibility)',
      },
      { document: 'Family Procedure Rules 2010', locator: 'PD12A (Public Law Outline)', version: 'April 2014 text', checkedOn: RECHECKED },
    ],
    verification: 'V-prim',
    relatedRules: ['care-proceedings-26wk', 'care-proceedings-extension', 'plo-cmh'],
  }),
  term(48, {
    name: 'Care order',
    variants: ['care order', 'full care order', 'final care order'],
    abbreviations: [], // "FCO" left out: it also means the Foreign and Commonwealth Office.
    explanation: {
      what:
        'A court order putting a child into the council\'s care until they are 18, unless it ends earlier.',
      voluntary: 'compulsory',
      voluntaryNote: 'It is made by a court and can only be ended by a court.',
      rights:
        'You keep parental responsibility, though the council shares it and can limit how you use yours. The council must allow you reasonable contact with your child unless a court says otherwise (s34(1)), and anyone with parental responsibility can apply to the court to discharge the order (s39(1)).',
      next: 'The child becomes looked after, with a care plan, regular visits and reviews chaired by an independent reviewing officer.',
    },
    law: 'Children Act 1989 s31(1)(a) and s33; contact s34; discharge s39.',
    links: [ca89('31'), ca89('33')],
    nations: {},
    sources: [ca89Src('s31(1)(a), s33, s34(1), s39(1)', '33')],
    verification: 'V-sec',
    relatedRules: ['care-proceedings-26wk'],
  }),
  term(49, {
    name: 'Interim care order',
    variants: ['interim care order'],
    // "ICO" kept: in care papers it nearly always means this order, but it is also the Information Commissioner's
    // Office (relevant to subject access requests), so the card should say so.
    abbreviations: ['ICO'],
    explanation: {
      what:
        'A temporary court order made while care proceedings are under way. It lets the council share parental responsibility and, if its plan says so, place the child away from home.',
      voluntary: 'compulsory',
      voluntaryNote: 'It is a court order.',
      rights:
        'You can oppose the application through your solicitor. The court only needs reasonable grounds to believe the threshold is met, and it must still consider whether removal is necessary and proportionate.',
      next: 'Since April 2014 it no longer has to be renewed every 8 or 4 weeks; it normally lasts until the case ends unless the court sets a different period. Older letters that mention renewals are out of date.',
    },
    law: 'Children Act 1989 s38 (as amended by the Children and Families Act 2014 s14).',
    links: [ca89('38')],
    nations: {},
    sources: [ca89Src('s38', '38')],
    verification: 'V-sec',
    relatedRules: ['ico-duration'],
  }),
  term(50, {
    name: 'Supervision order',
    variants: ['supervision order', 'interim supervision order'],
    abbreviations: ['ISO'], // "SO" left out: it is the ordinary word "so" in capitals.
    explanation: {
      what:
        'A court order that places a child under the council\'s supervision while the child carries on living at home. The supervisor\'s job is to advise, assist and befriend the child.',
      voluntary: 'compulsory',
      voluntaryNote: 'It is a court order, though it gives the council no parental responsibility.',
      rights: 'The council does not gain parental responsibility; you keep full parental responsibility for your child.',
      next: 'Help is usually organised as child in need planning (as in Cambridgeshire), with visits and reviews while the order lasts.',
    },
    law: 'Children Act 1989 s31(1)(b) and s35.',
    links: [ca89('35'), ca89('31')],
    nations: {},
    sources: [ca89Src('s31(1)(b), s35', '35'), cambs('s.1')],
    verification: 'V-sec',
    relatedRules: ['ico-duration'],
  }),
  term(51, {
    name: 'Public Law Outline',
    variants: ['public law outline', 'public law outlines', 'in PLO', 'pre-proceedings', 'pre proceedings'],
    abbreviations: ['PLO'],
    explanation: {
      what:
        'The court\'s rules for running care cases (stages, documents and timetable). People also use it for the council\'s pre-proceedings stage, so "being in PLO" usually means a letter before proceedings has been sent and the council is weighing up going to court.',
      voluntary: 'depends',
      voluntaryNote: 'The pre-proceedings stage is an opportunity to avoid court rather than an order; taking part is strongly advisable.',
      rights: 'Once a letter before proceedings arrives you can get free legal advice, whatever your income.',
      next: 'Pre-proceedings ends with the worries resolved, with more time agreed, or with the council issuing care proceedings.',
    },
    law: 'Family Procedure Rules 2010 Practice Direction 12A, relaunched on 16 January 2023.',
    links: [],
    nations: {},
    sources: [{ document: 'Family Procedure Rules 2010', locator: 'PD12A (Public Law Outline)', version: 'relaunched 16 January 2023', checkedOn: REFERENCE_CHECK }],
    verification: 'V-sec',
    relatedRules: ['plo-cmh', 'pre-proceedings'],
  }),
  term(52, {
    name: 'Letter before proceedings / pre-proceedings meeting',
    variants: [
      'letter before proceedings',
      'pre-proceedings letter',
      'pre proceedings letter',
      'PLO letter',
      'pre-proceedings meeting',
      'pre proceedings meeting',
      'PLO meeting',
      'legal planning meeting',
      'legal gateway meeting',
      'legal gateway',
      // "letter before action" left out: it is the judicial-review pre-action letter, a different thing.
    ],
    abbreviations: ['LBP', 'PPM', 'LPM'],
    explanation: {
      what:
        'A formal letter saying the council is thinking about going to court, setting out its concerns and the changes it wants to see, and inviting you to a meeting. A "legal planning meeting" is the council\'s own internal meeting, which parents do not attend.',
      voluntary: 'depends',
      voluntaryNote: 'You cannot be made to attend, but the meeting is your chance to avoid court.',
      rights:
        'Take the letter to a family-law solicitor straight away: it gives you free legal advice for the meeting regardless of your income, and your solicitor can come with you. When the new section 31ZA duty starts, the letter will also have to include an offer of a family group decision-making meeting.',
      next: 'At the meeting a plan is agreed with timescales; if things do not change enough, the council may apply to court.',
    },
    law: 'DfE "Court orders and pre-proceedings" statutory guidance (2014; current version unverified); Children Act 1989 s31ZA(6)-(7), inserted by the Children\'s Wellbeing and Schools Act 2026 s1 (not in force yet: it waits for regulations).',
    links: [CWSA_S1],
    nations: {},
    sources: [
      { document: 'Court orders and pre-proceedings (DfE statutory guidance)', version: 'April 2014', checkedOn: REFERENCE_CHECK },
      { document: "Children's Wellbeing and Schools Act 2026", locator: 's1 (CA 1989 s31ZA(6)-(7))', url: CWSA_S1, version: REVISED_TEXT, checkedOn: REFERENCE_CHECK },
    ],
    verification: 'V-sec',
    relatedRules: ['pre-proceedings'],
  }),
  term(53, {
    name: "Children's guardian / Cafcass",
    variants: [
      "children's guardian",
      'childrens guardian',
      "child's guardian",
      'Cafcass guardian',
      'Cafcass',
      'Cafcass Cymru',
      'guardian ad litem',
      "child's solicitor",
    ],
    abbreviations: ['CAFCASS', 'NIGALA'],
    explanation: {
      what:
        'In care proceedings the court appoints an independent social worker from Cafcass to look after the child\'s interests in the case, working alongside a solicitor for the child.',
      voluntary: 'not-applicable',
      rights:
        'The guardian will want to meet you, and you can tell them your views. Their recommendation carries weight, but the judge makes the decision.',
      next: 'The guardian reads the evidence, meets the family and child, and writes a final analysis for the court.',
    },
    law: 'Children Act 1989 s41.',
    links: [ca89('41')],
    nations: {
      wales: 'Cafcass Cymru.',
      'northern-ireland': 'Northern Ireland Guardian Ad Litem Agency (NIGALA).',
      scotland: 'Safeguarders and curators (unverified).',
    },
    sources: [ca89Src('s41', '41')],
    verification: 'V-sec',
  }),
  term(54, {
    name: 'Parenting assessment',
    variants: [
      'parenting assessment',
      'ParentAssess',
      'residential assessment',
      'psychological assessment',
      'hair strand test',
      'hair strand testing',
      'drug and alcohol test',
      'drug and alcohol testing',
    ],
    abbreviations: ['PAMS'],
    explanation: {
      what: 'An assessment of whether you can look after your child safely, sometimes with specialist tests or experts.',
      voluntary: 'depends',
      voluntaryNote:
        'Outside court, assessments and drug or alcohol tests need your consent. Once proceedings have started the court can direct assessments of the child (section 38(6)) and may take a refusal into account (detail unverified).',
      rights:
        'Parents with learning disabilities should be assessed using adapted methods such as PAMS. You can ask who will do the assessment, what it will cover and for a copy of the report.',
      next: 'The report is used in planning and, in proceedings, as evidence for the court.',
    },
    law: 'Children Act 1989 s38(6); Family Procedure Rules 2010 Part 25 on experts (unverified).',
    links: [ca89('38')],
    nations: {},
    sources: [ca89Src('s38(6)', '38')],
    verification: 'UNV',
  }),
  term(55, {
    name: 'Placement order and adoption',
    variants: ['placement order', 'adoption order', 'plan for adoption', 'fostering for adoption', 'agency decision maker'],
    abbreviations: ['ADM'],
    explanation: {
      what:
        'Where the care plan is adoption, the council needs a placement order (or the parents\' consent) before placing the child with adopters. An adoption order later ends the birth parents\' parental responsibility for good.',
      voluntary: 'compulsory',
      voluntaryNote: 'Both are court orders when made without consent.',
      rights: 'Each parent with parental responsibility is a party (a respondent). A father without it is not automatically one and should ask the court straight away to be joined. Either way, get urgent legal advice.',
      next: 'After a placement order the council looks for adopters; an adoption application follows once the child has lived with them.',
    },
    law: 'Adoption and Children Act 2002 s21 (placement orders) and s46 (adoption orders); Family Procedure Rules 2010 r14.3 (who the parties are).',
    links: [`${LEG}/ukpga/2002/38/section/21`, `${LEG}/ukpga/2002/38/section/46`],
    nations: {},
    sources: [
      { document: 'Adoption and Children Act 2002', locator: 's21, s46', url: `${LEG}/ukpga/2002/38/section/21`, version: REVISED_TEXT, checkedOn: REFERENCE_CHECK },
      { document: 'Family Procedure Rules 2010', locator: 'r14.3 (respondents: each parent with parental responsibility)', url: `${LEG}/uksi/2010/2955`, version: '1 July 2015 point-in-time text on legislation.gov.uk', checkedOn: RECHECKED },
    ],
    verification: 'UNV',
  }),

  // ---------------------------------------------------------------- F. Roles, partnerships and reviews
  term(56, {
    name: 'Designated Safeguarding Lead',
    variants: [
      'designated safeguarding lead',
      'deputy designated safeguarding lead',
      'designated safeguarding officer',
      'child protection lead',
      'child protection officer',
      // "designated teacher" left out: a different role (looked-after children). "designated person" too vague.
    ],
    abbreviations: ['DSL', 'DDSL'],
    explanation: {
      what:
        'The senior member of staff at a school, college or nursery who is responsible for safeguarding, makes referrals to children\'s social care and goes to meetings about pupils.',
      voluntary: 'not-applicable',
      rights:
        'You can ask the DSL what the school has passed on about your child. A DSL has no power to close a social care case or to order a safeguarding review, despite advice on some websites.',
      next: 'The DSL usually attends conferences and core groups and reports on how the child is doing in school.',
    },
    law: 'Keeping Children Safe in Education (statutory guidance for schools, updated yearly); Education Act 2002 s175.',
    links: [`${LEG}/ukpga/2002/32/section/175`],
    nations: {},
    sources: [{ document: 'Keeping Children Safe in Education', locator: 'Part 2 (DSL role)', version: 'annual', checkedOn: REFERENCE_CHECK }, PASSUK('suggested DSL tactics')],
    verification: 'UNV',
  }),
  term(57, {
    name: 'Local Authority Designated Officer',
    variants: ['local authority designated officer', 'designated officer', 'allegations management', 'position of trust'],
    abbreviations: ['LADO'],
    explanation: {
      what:
        'The council officer who oversees concerns that an adult who works or volunteers with children, such as a teacher, carer or coach, has harmed a child or may be a risk to children.',
      voluntary: 'not-applicable',
      rights:
        'If your child makes a complaint about such a person, you can ask to be kept informed about how it is being handled, within the limits of confidentiality.',
      next: 'The LADO process runs alongside any police investigation or social care enquiries and ends with a recorded outcome.',
    },
    law: 'Working Together (chapter on organisational responsibilities) and Keeping Children Safe in Education Part 4; the underlying duty is Children Act 2004 s11.',
    links: [ca04('11')],
    nations: {},
    sources: [{ document: 'Keeping Children Safe in Education', locator: 'Part 4', checkedOn: REFERENCE_CHECK }, { document: 'Children Act 2004', locator: 's11', url: ca04('11'), version: REVISED_TEXT, checkedOn: REFERENCE_CHECK }],
    verification: 'UNV',
  }),
  term(58, {
    name: 'Statutory complaints procedure',
    variants: [
      'statutory complaint',
      'statutory complaints procedure',
      'Children Act complaint',
      'stage 1 complaint',
      'stage 2 complaint',
      'stage 3 complaint',
      'stage 2 investigation',
      'complaints review panel',
      'stage 3 review panel',
      'local resolution',
      'investigating officer',
      // "representations", "review panel", "independent person" left out: too generic on their own.
    ],
    abbreviations: [],
    explanation: {
      what:
        'The three-stage process for complaints about how children\'s social care has carried out its functions, set down in regulations.',
      voluntary: 'not-applicable',
      voluntaryNote: 'It is a route you may choose to use.',
      rights:
        'Stage 1 should get a reply within 10 working days (20 at most). To go to stage 2, ask within 20 working days of the stage 1 reply (regulations 15(2) and 17, as Family Rights Group cites them). Stage 2 is an independent investigation taking 25 working days (65 at most). Stage 3 is a review panel, which should meet within 30 working days of your asking. Complain within a year. Children can have an advocate. Some matters, such as conference decisions or court cases, may go down a different route.',
      next: 'If you are still unhappy after the procedure, you can go to the Local Government and Social Care Ombudsman.',
    },
    law: 'Children Act 1989 s26(3); Children Act 1989 Representations Procedure (England) Regulations 2006 (SI 2006/1738), regulations 14 (stage 1), 15(2) and 17 (asking for and holding stage 2) and 19 (review panel); Working Together 2023, chapter 3.',
    links: [ca89('26'), `${LEG}/uksi/2006/1738`],
    nations: {
      wales: 'Wales has the Social Services Complaints Procedure (Wales) Regulations 2014 (unverified).',
    },
    sources: [ca89Src('s26(3)', '26'), { document: 'Children Act 1989 Representations Procedure (England) Regulations 2006', locator: 'regs 2, 14, 15(2), 17, 19', url: `${LEG}/uksi/2006/1738`, version: REVISED_TEXT, checkedOn: RECHECKED }, { document: 'Family Rights Group, advice on complaints (stages one to three)', version: 'web pages as stored', checkedOn: RECHECKED }, wt23('chapter 3'), wt18('ch.1 para 43 footnote 21')],
    verification: 'V-prim',
    relatedRules: [
      'complaint-time-limit',
      'complaint-stage1',
      'complaint-stage2-request',
      'complaint-stage2',
      'complaint-stage3-request',
      'complaint-stage3-panel',
      'complaint-stage3-report',
    ],
  }),
  term(59, {
    name: 'Local Government and Social Care Ombudsman',
    variants: [
      'Local Government and Social Care Ombudsman',
      'Local Government Ombudsman',
      'Social Care Ombudsman',
      'Local Commissioner',
      // Bare "Ombudsman" left out: other ombudsmen (health, Wales, Scotland) are also mentioned in these papers.
    ],
    abbreviations: ['LGSCO', 'LGO'],
    explanation: {
      what: 'A free, independent body that investigates complaints of fault by councils in England.',
      voluntary: 'not-applicable',
      voluntaryNote: 'It is a route you may choose to use.',
      rights:
        'You normally need to have been through the council\'s own complaints procedure first. Complain within 12 months of finding out about the problem, although that limit can be set aside. It usually cannot look at matters that were, or could be, decided by a court.',
      next: 'It decides whether to investigate, and if it finds fault it can recommend a remedy such as an apology, a payment or a change of practice.',
    },
    law: 'Local Government Act 1974 Part 3 (s26 and s26B).',
    links: [`${LEG}/ukpga/1974/7/section/26B`, `${LEG}/ukpga/1974/7/section/26`],
    nations: {
      wales: 'Public Services Ombudsman for Wales.',
      scotland: 'Scottish Public Services Ombudsman.',
      'northern-ireland': 'Northern Ireland Public Services Ombudsman (unverified).',
    },
    sources: [{ document: 'Local Government Act 1974', locator: 's26, s26B', url: `${LEG}/ukpga/1974/7/section/26B`, version: REVISED_TEXT, checkedOn: REFERENCE_CHECK }],
    verification: 'V-sec',
    relatedRules: ['lgsco-12m'],
  }),
  term(60, {
    name: 'Safeguarding partners / local safeguarding partnership',
    variants: [
      'safeguarding partner',
      'three safeguarding partners',
      'local safeguarding partnership',
      'local safeguarding children partnership',
      'safeguarding children partnership',
      'multi-agency safeguarding arrangements',
      'local safeguarding children board',
      'safeguarding children board', // LSCB forms: "Cambridgeshire & Peterborough Safeguarding Children Board"
      "local authorities children's safeguarding partnership", // [000]
      'integrated care board',
      'clinical commissioning group',
    ],
    abbreviations: ['LSCP', 'SCP', 'MASA', 'LSCB', 'ICB', 'CCG'],
    explanation: {
      what:
        'The council, the NHS integrated care board and the chief officer of police, who together run local safeguarding arrangements. Older documents mention the Local Safeguarding Children Board or clinical commissioning groups, which no longer exist.',
      voluntary: 'not-applicable',
      rights: 'They do not run individual cases, so concerns about your case go to the council and its complaints procedure.',
      next: 'They publish the local threshold document and commission child safeguarding practice reviews.',
    },
    law: 'Children Act 2004 Part 2 as amended by the Children and Social Work Act 2017 (section numbers unverified); Working Together 2023 chapter 2.',
    links: [],
    nations: {
      wales: 'Regional Safeguarding Children Boards (Social Services and Well-being (Wales) Act 2014 Part 7).',
      scotland: 'Child Protection Committees (unverified).',
      'northern-ireland': 'Safeguarding Board for Northern Ireland (unverified).',
    },
    sources: [wt23('ch.2'), wt18('ch.1 (three safeguarding partners)')],
    verification: 'V-sec',
  }),
  term(61, {
    name: 'Child safeguarding practice review',
    variants: ['child safeguarding practice review', 'local child safeguarding practice review', 'rapid review', 'serious case review'],
    abbreviations: ['CSPR', 'LCSPR', 'SCR'],
    explanation: {
      what:
        'When abuse or neglect is known or suspected and a child has died or been seriously hurt, the safeguarding partners may look back at how the agencies worked together, to learn lessons. Before 2019 these were called serious case reviews.',
      voluntary: 'not-applicable',
      rights: 'Families cannot set one off by asking a school\'s DSL; the safeguarding partners decide whether one is held.',
      next: 'A rapid review is reported to take about 15 working days and a local review about 6 months (single source).',
    },
    law: 'Children Act 2004 ss16C to 16F as inserted by the Children and Social Work Act 2017 (numbers unverified); Working Together 2023 chapters 4 and 5 (unverified).',
    links: [],
    nations: {},
    sources: [wt23('ch.4-5 (unverified)'), wt18('ch.1 (serious case reviews)')],
    verification: 'UNV',
  }),
  term(62, {
    name: 'Working Together to Safeguard Children',
    variants: [
      'Working Together to Safeguard Children',
      'Working Together 2018',
      'Working Together 2023',
      'Working Together guidance',
      // Bare "working together" left out: everyday English ("we are working together with you").
    ],
    abbreviations: ['WTTSC', 'WT18', 'WT23', 'WT2018', 'WT2023'], // "WT" left out: too short.
    explanation: {
      what:
        'The government\'s statutory guidance for England on how agencies should co-operate to keep children safe, including the national timescales. The current edition is from 2023; the 2018 edition is still widely quoted.',
      voluntary: 'not-applicable',
      rights:
        'Councils must follow it unless they have a good reason not to, so a departure from it can be raised in a complaint or with the Ombudsman.',
      next: 'It is expected to be revised again as the Children\'s Wellbeing and Schools Act 2026 comes into force.',
    },
    law: 'Issued under the Local Authority Social Services Act 1970 s7 and the Children Act 2004. The Children\'s Social Care National Framework (2023) is separate statutory guidance.',
    links: [],
    nations: {},
    sources: [wt23('whole document'), wt18('ch.1')],
    verification: 'V-sec',
  }),

  // ---------------------------------------------------------------- G. Information, rights and remedies
  term(63, {
    name: 'Subject access request',
    variants: ['subject access request', 'data subject access request', 'request for my file', 'access to records'],
    abbreviations: ['SAR', 'DSAR'],
    explanation: {
      what: 'A request for a copy of the personal information the council holds about you, and in some cases about your child.',
      voluntary: 'not-applicable',
      voluntaryNote: 'It is your right to ask; you can ask at any time.',
      rights:
        'It is usually free. The council must answer within one month, or up to two further months for complex requests if it tells you why. Information about other people may be blacked out. PASSuk\'s "up to 30 days" is only roughly right, and it is never "too late" to ask.',
      next: 'The clock can pause while the council checks your identity or asks what you are looking for; you then receive the records, possibly redacted.',
    },
    law: 'UK GDPR Articles 15 and 12(3); Data Protection Act 2018; Data (Use and Access) Act 2025 (stop-the-clock, reasonable and proportionate searches).',
    links: [ukGdpr('15'), ukGdpr('12'), `${LEG}/ukpga/2018/12`],
    nations: {
      wales: 'The same UK-wide law applies.',
      scotland: 'The same UK-wide law applies.',
      'northern-ireland': 'The same UK-wide law applies.',
    },
    sources: [{ document: 'UK GDPR', locator: 'Art 15, Art 12(3)', url: ukGdpr('15'), version: REVISED_TEXT, checkedOn: REFERENCE_CHECK }, PASSUK('post of 9 Dec 2019 ("up to 30 days")')],
    verification: 'V-sec',
    relatedRules: ['sar-1-month', 'passuk-sar-30-days'],
  }),
  term(64, {
    name: 'Information sharing and consent',
    variants: [
      'consent to share',
      'information sharing',
      'multi-agency checks',
      'professional checks',
      'sharing without consent',
      'Caldicott Guardian',
      // "GDPR" is left to the act detector.
    ],
    abbreviations: [],
    explanation: {
      what:
        'Professionals passing information about your family to each other, for example the council asking your GP or school what they know.',
      voluntary: 'depends',
      voluntaryNote:
        'In section 17 work your agreement is normally asked for. The law allows sharing without consent when it is needed to safeguard a child, and in section 47 enquiries checks may be made without it.',
      rights:
        'You should be told what has been shared unless telling you would increase the risk to the child. You can ask for your records to see what was passed on.',
      next: 'What is gathered feeds into the assessment or enquiries.',
    },
    law: 'Data Protection Act 2018 Schedule 1 (safeguarding of children condition); Working Together 2023 (its section on information sharing); Children Act 1989 s27 (other authorities must help).',
    links: [`${LEG}/ukpga/2018/12/schedule/1`, ca89('27')],
    nations: {},
    sources: [wt23('section on information sharing'), wt18('ch.1 paras 23-27 and myth-busting box'), { document: 'Data Protection Act 2018', locator: 'Sch 1', url: `${LEG}/ukpga/2018/12/schedule/1`, version: REVISED_TEXT, checkedOn: REFERENCE_CHECK }],
    verification: 'SEED',
  }),
  term(65, {
    name: 'Human Rights Act 1998',
    variants: ['Human Rights Act', 'European Convention on Human Rights'],
    // "the Convention" left out: it can also mean the UN Convention on the Rights of the Child.
    abbreviations: ['HRA', 'ECHR'],
    explanation: {
      what:
        'The law that makes it unlawful for public bodies, councils and courts included, to act in a way that is incompatible with the rights in the European Convention on Human Rights.',
      voluntary: 'not-applicable',
      rights:
        'You can bring a claim in a UK court, normally within one year. In social care the rights that matter most are Article 8 (family life) and Article 6 (a fair hearing).',
      next: 'Most human rights points are raised within existing processes, such as care proceedings, rather than as a separate claim.',
    },
    law: 'Human Rights Act 1998 s6 (public authorities) and s7 (proceedings, one-year limit in s7(5)); Convention rights set out in Schedule 1.',
    links: [hra('6'), hra('7'), HRA_SCH1],
    nations: {
      wales: 'UK-wide.',
      scotland: 'UK-wide.',
      'northern-ireland': 'UK-wide.',
    },
    sources: [{ document: 'Human Rights Act 1998', locator: 's6, s7, Sch 1', url: hra('6'), version: REVISED_TEXT, checkedOn: REFERENCE_CHECK }],
    verification: 'V-prim',
    relatedRules: ['hra-1-year'],
  }),
  term(66, {
    name: 'Article 8 ECHR',
    variants: [
      'Article 8 ECHR',
      'Article 8 rights',
      'right to family life',
      'right to a family life',
      'right to respect for private and family life',
      'right to respect for family life',
      // Bare "Article 8" / "Art 8" are left to the section detector (which also handles the NI "Article 8 order").
    ],
    abbreviations: [],
    explanation: {
      what: 'The human right to respect for your family life, home, privacy and correspondence.',
      voluntary: 'not-applicable',
      rights:
        'The right is not absolute. Public bodies may step in, for example by removing a child, only if that is lawful, pursues a legitimate aim such as protecting the child, and is necessary and proportionate. Parents must also be fairly involved in decisions. Courts have held that misusing section 20 can breach it.',
      next: 'It is usually raised within care proceedings or a complaint; a separate claim normally has to be brought within one year.',
    },
    law: 'Human Rights Act 1998 Schedule 1, Article 8; Williams v Hackney [2018] UKSC 37.',
    links: [HRA_SCH1],
    nations: {
      'northern-ireland': 'Do not confuse with an NI "Article 8 order", which is a child arrangements-type order (entry 42).',
    },
    sources: [{ document: 'Human Rights Act 1998', locator: 'Sch 1, Art 8', url: HRA_SCH1, version: REVISED_TEXT, checkedOn: REFERENCE_CHECK }, WILLIAMS],
    verification: 'V-sec',
    relatedRules: ['hra-1-year'],
  }),
  term(67, {
    name: 'Article 6 ECHR',
    variants: ['Article 6 ECHR', 'Article 6 rights', 'right to a fair trial', 'right to a fair hearing'],
    abbreviations: [],
    explanation: {
      what:
        'When a court decides questions about your civil rights, such as care of your child, you are entitled to a fair process before an independent judge, without unreasonable delay.',
      voluntary: 'not-applicable',
      rights:
        'In care proceedings this covers seeing the evidence against you, having legal representation and getting a proper chance to reply.',
      next: 'Concerns about fairness are normally raised with the court through your solicitor.',
    },
    law: 'Human Rights Act 1998 Schedule 1, Article 6.',
    links: [HRA_SCH1],
    nations: {},
    sources: [{ document: 'Human Rights Act 1998', locator: 'Sch 1, Art 6', url: HRA_SCH1, version: REVISED_TEXT, checkedOn: REFERENCE_CHECK }],
    verification: 'V-sec',
  }),
  term(68, {
    name: 'Right of entry / doorstep visits',
    variants: ['right of entry', 'unannounced visit', 'unannounced home visit', 'home visit', 'refuse entry', 'spot check', 'they need a warrant'],
    abbreviations: [],
    explanation: {
      what: 'Whether social workers can come into your home, and what happens if you say no.',
      voluntary: 'depends',
      voluntaryNote:
        'Social workers have no general power to come in without your agreement. Refusing a section 17 visit is lawful; during section 47 enquiries, refusing access to the child without good reason can lead to an emergency protection order or a child assessment order.',
      rights:
        'Entry against your wishes needs a court order or warrant, or police powers in an emergency. Claims online that letting a worker step over the doorstep gives them rights over your family, or that visits can be refused once 15 working days have passed, have no basis in law.',
      next: 'If you refuse, the council will record it and decide whether it needs to take further steps.',
    },
    law: 'Children Act 1989 s44(1)(b) and s43; warrants under s48(9) and s102 (unverified); Police and Criminal Evidence Act 1984 s17 (unverified).',
    links: [ca89('44'), ca89('43'), ca89('48'), ca89('102')],
    nations: {},
    sources: [ca89Src('s44(1)(b)', '44'), PASSUK('"Remember The 15 Working Day Rule" (24 Jun 2019) - misattributed')],
    verification: 'V-prim',
    relatedRules: ['passuk-15wd-home-visit', 'see-child'],
  }),
  term(69, {
    name: 'Social Work England register',
    variants: [
      'Social Work England',
      'social work register',
      'HCPC register',
      'fitness to practise',
      'fitness to practice',
      // Not the glossary's "registration number": too generic (cars, companies, births).
    ],
    abbreviations: ['SWE', 'HCPC'],
    explanation: {
      what:
        'The official register of social workers in England. Every practising social worker must be on it, and you can look a worker up online.',
      voluntary: 'not-applicable',
      rights:
        'You can check a social worker\'s registration and raise a fitness-to-practise concern. Social Work England took over regulation from the HCPC on 2 December 2019 (PASSuk gives 1 December, which is wrong).',
      next: 'Social Work England decides whether a concern needs investigating.',
    },
    law: 'Children and Social Work Act 2017 Part 2 (section numbers unverified).',
    links: [],
    nations: {
      wales: 'Social Care Wales.',
      scotland: 'Scottish Social Services Council.',
      'northern-ireland': 'Northern Ireland Social Care Council (unverified).',
    },
    sources: [{ document: 'Children and Social Work Act 2017', locator: 'Part 2', version: 'as enacted (id not checked, so no link)', checkedOn: REFERENCE_CHECK }, PASSUK('HCPC register and transfer date')],
    verification: 'V-sec',
  }),
  term(70, {
    name: 'Wishes and feelings / voice of the child',
    variants: ['wishes and feelings', 'voice of the child', "child's views", "child's wishes and feelings", 'seen alone', 'lived experience'],
    abbreviations: [],
    explanation: {
      what:
        'What the child thinks and wants, which the council must find out and take seriously, allowing for their age and understanding.',
      voluntary: 'not-applicable',
      rights:
        'Your child\'s views should be heard and recorded, and social workers will often speak to the child on their own. In Cambridgeshire young people aged 12 and over are routinely invited to child in need meetings and conferences.',
      next: 'The child\'s views should appear in assessments, plans and conference reports.',
    },
    law: 'Children Act 1989 s17(4A), s20(6), s22(4)-(5) and s47(5A) (subsections unverified); Working Together 2023, chapter 3 (the child\'s voice in assessment and planning); Cambridgeshire ss.2 and 6.',
    links: [ca89('17'), ca89('20'), ca89('22'), ca89('47')],
    nations: {},
    sources: [wt23('chapter 3, the child’s wishes and feelings'), wt18('"Statutory requirements for children in need"'), cambs('ss.2, 6')],
    verification: 'SEED',
    relatedRules: ['cambs-cp-seen-alone'],
  }),
];

/** Terms keyed by id. */
export const TERMS_BY_ID: ReadonlyMap<string, Term> = new Map(TERMS.map((t) => [t.id, t]));

/** The term with this id, or undefined. */
export function termById(id: string): Term | undefined {
  return TERMS_BY_ID.get(id);
}
