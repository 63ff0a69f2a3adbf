import type { Unit } from '../knowledge/types';

export type MatchKind = 'term' | 'section' | 'duration' | 'date';

export interface SectionValue {
  /** Short title of the act as on legislation.gov.uk, e.g. "Children Act 1989"; null when unresolved. */
  act: string | null;
  /** legislation.gov.uk id of the act, e.g. "ukpga/1989/41". */
  actId?: string;
  /** Section (or article / regulation / part) number, e.g. "47", "17ZD", "III". */
  section: string;
  /** Subsection suffix kept for display, e.g. "(1)(b)". */
  subsection?: string;
  /** What the number refers to. */
  division: 'section' | 'article' | 'regulation' | 'part' | 'schedule';
  /** True when the act was not named and was inferred (default Children Act 1989). */
  assumed: boolean;
  /** legislation.gov.uk link to the provision, when it can be built. */
  url?: string;
  /** A caution to show with the reference, e.g. "Wales: the current provision is SSWBA s76" (acts.md §5 rule 3). */
  note?: string;
}

export interface DurationConflict {
  /** Conflict id from the knowledge base, e.g. "N-45". */
  id: string;
  /** What the authoritative rule says, e.g. "45 working days". */
  expected: string;
}

export interface DurationValue {
  amount: number;
  unit: Unit;
  /** Upper bound of a range: "4-6 weeks" gives amount 4, max 6. */
  max?: number;
  /** Rule id when the sentence names the rule. */
  ruleId?: string;
  conflict?: DurationConflict;
}

export interface DateValue {
  /** YYYY-MM-DD */
  iso: string;
  /** True for partial dates completed from the document date. */
  inferred?: boolean;
}

export interface TermValue {
  /** Term id in the knowledge base. */
  id: string;
  /** The text used an older or a wrong name of the term (knowledge/term-forms.ts FORMER_NAMES). */
  formerName?: 'older' | 'wrong';
}

interface Span {
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset after the last character. */
  end: number;
  text: string;
}

export type Match =
  | (Span & { kind: 'section'; value: SectionValue })
  | (Span & { kind: 'duration'; value: DurationValue })
  | (Span & { kind: 'date'; value: DateValue })
  | (Span & { kind: 'term'; value: TermValue });

/** Where a detector's candidate loop resumes: carried from one piece of a text to the next (createScanner). */
export interface Resume {
  at: number;
}

export interface ScanOptions {
  /** Kinds to look for; all by default. */
  kinds?: MatchKind[];
  /** Date of the document (YYYY-MM-DD), used to complete partial dates. */
  documentDate?: string;
}
