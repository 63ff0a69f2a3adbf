// What a page is about and what a section is about, for the Acts whose sections pages cite bare ("under section 29",
// "Sections 36 and 37 of the Act", "Part 7"), so that a reference with no Act named near it goes to the Act its
// subject settles, not to the Children Act 1989 by default. Subjects are from the sections' titles on
// legislation.gov.uk (the section tables' sources), written as the words pages use for them.

export interface ActSubject {
  title: string;
  /** Words that show a page is about this Act's subject. */
  page: RegExp;
  /** Sections whose subject the sentence may name; `null`: the page's subject alone may settle it. */
  sections: Record<string, RegExp | null>;
  /** Parts ("Part 7"), by number. */
  parts?: Record<string, RegExp>;
}

const ANY = null;

export const ACT_SUBJECTS: ActSubject[] = [
  {
    title: 'Data Protection Act 1998',
    page: /subject access|data protection|personal data|your (?:social care )?records|records (?:we|they|social services|children['’]s services) hold/i,
    sections: {
      '7': /subject access|access to|information about (?:other|another)|other people|third part|withh|disclos|copy of/i,
      '8': /format|permanent form|repeated request/i,
      '10': /distress|prevent processing/i,
      '14': /inaccura|rectif|correct/i,
      '29': /crime|police|offend|tax/i,
      '30': /health|social work|serious harm/i,
      '35': /legal proceedings|required by law|court/i,
      '42': /Commissioner|assessment/i,
    },
  },
  {
    title: 'Freedom of Information Act 2000',
    page: /freedom of information|\bFOI\b|\bFOIA\b|information request|request for information/i,
    sections: {
      '1': /right of access|general right|confirm or deny|information held/i,
      '10': /working days?|promptly|time for compliance|time limit/i,
      '12': /cost|appropriate limit/i,
      '14': /vexatious|repeated/i,
      '16': /advice|assistance|help/i,
      '17': /refusal notice|refus/i,
      '21': /accessible|other means|published/i,
      '22': /future publication/i,
      '30': /investigation/i,
      '31': /law enforcement/i,
      '36': /public affairs|prejudice/i,
      '40': /personal (?:data|information)|third part|exempt/i,
      '41': /confiden/i,
      '42': /legal professional privilege|privilege/i,
      '45': /code of practice/i,
      '50': /Commissioner|decision notice/i,
    },
  },
  {
    title: 'Children and Families Act 2014',
    page: /\bEHC|special educational needs|\bSEND\b|\bSEN\b|education, health and care/i,
    sections: {
      '19': /views|wishes|participat|principles/i,
      '20': /special educational needs/i,
      '23': /health bod|notif/i,
      '27': /keep.*under review|provision/i,
      '30': /local offer/i,
      '36': /EHC needs assessment|needs assessment|assess/i,
      '37': /EHC plan|issue|plan/i,
      '38': /draft|finalis/i,
      '39': /school|institution|preference/i,
      '42': /secure|provision/i,
      '44': /review|re-?assess/i,
      '45': /ceas/i,
      '49': /personal budget/i,
      '51': /appeal|Tribunal/i,
      '53': /mediation/i,
      '80': /disagreement|resolution/i,
    },
    parts: { '3': /special educational|\bSEND\b|\bSEN\b|\bEHC/i },
  },
  {
    title: 'Housing Act 1996',
    page: /homeless|housing (?:authority|options|service|register|register)|priority need/i,
    sections: Object.fromEntries(
      ['175', '176', '177', '179', '183', '184', '185', '188', '189', '189A', '189B', '189C', '190', '191', '192', '193', '195', '195A', '198', '199', '202', '204', '206', '208', '210', '213', '213A', '213B'].map((n) => [n, ANY]),
    ),
    parts: { '6': /allocat|housing register|social housing/i, '7': /homeless|housing/i },
  },
  {
    title: 'Care Standards Act 2000',
    page: /Care Standards|registration authority|cancel(?:led|lation of|ling)? (?:its |the |their )?registration|registered (?:provider|manager|person)/i,
    sections: {
      '3': /children['’]s home/i,
      '11': /regist|without being registered/i,
      '12': /application|regist/i,
      '13': /grant|refus|regist/i,
      '14': /cancel|regist/i,
      '15': /application|registered person|vary|remove/i,
      '17': /notice|proposal|procedure|cancel/i,
      '18': /representations|objection/i,
      '19': /notice of decision|decision/i,
      '20': /urgent|suspen|justice of the peace/i,
      '21': /appeal|Tribunal/i,
      '22': /regulations/i,
      '24': /offence|fail/i,
      '31': /inspect/i,
    },
  },
  {
    title: 'Local Government Act 1974',
    page: /Ombudsman|Local (?:Government and Social Care )?Commissioner|maladministration|injustice/i,
    sections: { '26': /premature|other remed|investigat|matters/i, '26A': /complain|who can/i, '26B': /twelve months|12 months|time limit|late/i, '26C': /investigat/i, '30': /report/i, '31': /report|remed/i, '34': /maladministration/i },
    parts: { '3': /Ombudsman|Commissioner|maladministration/i, 'III': /Ombudsman|Commissioner|maladministration/i },
  },
];
