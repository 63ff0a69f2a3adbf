// Forms of the glossary's terms that people write and the knowledge base's own lists (terms.ts) lack: the
// "Seen as" forms of shared/domain/glossary.md with their inflections, and older or wrong-but-common names. The
// term matcher reads them with the knowledge base's (detect/term-entries.ts).
//
// Some short forms mean the term only where the document settles them ("the Ombudsman" on a complaints page,
// "IO"/"IP" where the complaints procedure is the subject): SETTLED_FORMS says what settles each; elsewhere
// they are not marked. An acronym the document defines ("Family Network Meeting (FNM)") is settled the same way:
// its later bare uses in that document mark the term its full name names (detect/term-entries.ts).

export const EXTRA_FORMS: Record<string, { variants?: string[]; abbreviations?: string[] }> = {
  'private-fostering': { variants: ['privately fostered', 'privately fostering'] },
  'section-20': { variants: ['accommodated', 'accommodated under s20', 'accommodated under s.20', 'looked after under s.20'] },
  'article-8': { variants: ['Article 8', 'Art 8', 'Art. 8'] },
  'article-6': { variants: ['Article 6', 'Art 6', 'Art. 6'] },
  'signs-of-safety': { abbreviations: ['SoS'] },
  ombudsman: { variants: ['Ombudsman'] },
  'child-protection-plan': { variants: ['on the register'] },
  'statutory-complaints-procedure': { variants: ['independent person', 'review panel', 'Stage 2 investigation'], abbreviations: ['IO', 'IP'] },
};

export interface SettledForm {
  /** The form as the matcher finds it, lower-cased ("ombudsman", "io"). */
  form: string;
  id: string;
  /** What in the document settles the form: a complaints page, or the form's full name in the text. */
  settledBy: RegExp;
}

const COMPLAINTS = /\bcomplain|Stage 2|Stage two|representations procedure/i;

export const SETTLED_FORMS: SettledForm[] = [
  { form: 'ombudsman', id: 'ombudsman', settledBy: new RegExp(`${COMPLAINTS.source}|Local Government (?:and Social Care )?Ombudsman|\\bLGSCO\\b`, 'i') },
  { form: 'ombudsman’s', id: 'ombudsman', settledBy: new RegExp(`${COMPLAINTS.source}|Local Government (?:and Social Care )?Ombudsman|\\bLGSCO\\b`, 'i') },
  { form: "ombudsman's", id: 'ombudsman', settledBy: new RegExp(`${COMPLAINTS.source}|Local Government (?:and Social Care )?Ombudsman|\\bLGSCO\\b`, 'i') },
  { form: 'io', id: 'statutory-complaints-procedure', settledBy: /investigating officer/i },
  { form: 'ip', id: 'statutory-complaints-procedure', settledBy: /independent person/i },
  { form: 'independent person', id: 'statutory-complaints-procedure', settledBy: COMPLAINTS },
  { form: 'review panel', id: 'statutory-complaints-procedure', settledBy: COMPLAINTS },
  // "on the register" means the old child protection register only where the document names that register (else it is
  // as likely Social Work England's register of social workers).
  { form: 'on the register', id: 'child-protection-plan', settledBy: /child protection register|\bCP register/i },
  // "CAO" is the child arrangements order or the child assessment order: it means one only where the page names that
  // one and not the other (settledForms drops a form that two of its terms' full names settle), or defines it.
  { form: 'cao', id: 'child-arrangements-order', settledBy: /child arrangements? orders?/i },
  { form: 'cao', id: 'child-assessment-order', settledBy: /child assessment orders?/i },
  { form: 'accommodated', id: 'section-20', settledBy: /\bs(?:ection|\.)? ?20\b|looked[ -]after|children['’]s (?:social care|services)/i },
];

/**
 * Older and wrong-but-common names of a term (glossary "Seen as": "older", "abolished", "mis-expansion",
 * "non-standard"): the mark says so and the card gives the right name. `form` lower-cased as the matcher finds it;
 * each form is also one of the term's variants or abbreviations.
 */
export interface FormerName {
  form: string;
  id: string;
  status: 'older' | 'wrong';
}

export const FORMER_NAMES: FormerName[] = [
  { form: 'child protection register', id: 'child-protection-plan', status: 'older' },
  { form: 'on the register', id: 'child-protection-plan', status: 'older' },
  { form: 'care protection plan', id: 'child-protection-plan', status: 'wrong' },
  { form: 'caf', id: 'early-help', status: 'older' },
  { form: 'common assessment framework', id: 'early-help', status: 'older' },
  { form: 'multi agency support hub', id: 'mash', status: 'wrong' },
  { form: 'initial assessment', id: 'single-assessment', status: 'older' },
  { form: 'core assessment', id: 'single-assessment', status: 'older' },
  { form: 'guardian ad litem', id: 'childrens-guardian', status: 'older' },
  { form: 'lscb', id: 'safeguarding-partners', status: 'older' },
  { form: 'safeguarding children board', id: 'safeguarding-partners', status: 'older' },
  { form: 'local safeguarding children board', id: 'safeguarding-partners', status: 'older' },
  { form: 'hcpc', id: 'social-work-england-register', status: 'older' },
  { form: 'hcpc register', id: 'social-work-england-register', status: 'older' },
];
