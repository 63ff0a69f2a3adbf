// Forms of the glossary's terms that people write and the knowledge base's own lists (terms.ts) lack: the
// "Seen as" forms of shared/domain/glossary.md with their inflections, and older or wrong-but-common names. The
// term matcher reads them with the knowledge base's (detect/term-entries.ts).
//
// Some short forms mean the term only where the document settles them ("the Ombudsman" on a complaints page,
// "IO"/"IP" where the complaints procedure is the subject): SETTLED_FORMS says what settles each; elsewhere
// they are not marked.

export const EXTRA_FORMS: Record<string, { variants?: string[]; abbreviations?: string[] }> = {
  'private-fostering': { variants: ['privately fostered', 'privately fostering'] },
  'section-20': { variants: ['accommodated', 'accommodated under s20', 'accommodated under s.20', 'looked after under s.20'] },
  'article-8': { variants: ['Article 8', 'Art 8', 'Art. 8'] },
  'article-6': { variants: ['Article 6', 'Art 6', 'Art. 6'] },
  'signs-of-safety': { abbreviations: ['SoS'] },
  ombudsman: { variants: ['Ombudsman'] },
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
  { form: 'accommodated', id: 'section-20', settledBy: /\bs(?:ection|\.)? ?20\b|looked[ -]after|children['’]s (?:social care|services)/i },
];
