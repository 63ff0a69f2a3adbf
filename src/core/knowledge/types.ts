// Shapes of the knowledge base. Every entry carries where it comes from and how sure we are,
// because a parent must be able to tell statute from a blog comment.

export type Nation = 'england' | 'wales' | 'scotland' | 'northern-ireland';

/** How much weight a rule or explanation carries, from law down to hearsay. */
export type ScopeKind =
  | 'statute' // Acts, regulations, court rules
  | 'national-guidance' // national statutory guidance (England unless `nations` says otherwise)
  | 'local-procedure' // a named local authority's or partnership's procedure
  | 'community-claim'; // blogs, forums, charity summaries: not authoritative

export interface Scope {
  kind: ScopeKind;
  /** Plain label shown to the user, e.g. "Statute (England and Wales)", "Local procedure: Cambridgeshire". */
  label: string;
  /** Named area for local procedures, e.g. "Cambridgeshire". */
  area?: string;
  nations?: Nation[];
}

/** V-prim / V-sec / SEED / UNV as defined in shared/domain/timescales.md §1. */
export type Verification = 'V-prim' | 'V-sec' | 'SEED' | 'UNV';

export interface Source {
  /** Document title, e.g. "Working Together to Safeguard Children 2018" or "Children Act 1989". */
  document: string;
  /** Paragraph, section, regulation or heading inside the document, e.g. "para 75", "s47", "reg 14". */
  locator?: string;
  /** legislation.gov.uk (or other official) address, when there is one. */
  url?: string;
  /** Edition or version of the guidance, e.g. "2018 (July)", "2023 (Feb 2024 update)". */
  version?: string;
  /** Seed file this was read from, when it was, e.g. "001_60fdddf64cfb0ea0.txt". */
  seed?: string;
  /** Internal: provenance and verification remarks ("id UNV; cited in seed 001 para 28"). Never shown to users. */
  notes?: string;
  /**
   * When the entry was last checked against this source: "YYYY-MM-DD", or "YYYY-MM" for checks known only to the
   * month (the domain reference's compilation, November 2026). Cards show "checked [month year]".
   */
  checkedOn?: string;
  /** Set when a newer edition replaces this source, e.g. "Working Together to Safeguard Children 2023 (December 2023)". */
  supersededBy?: string;
}

/** A provision that is on the statute book but not yet in force (commencement depends on regulations or an order). */
export interface Commencement {
  inForce: false;
  /** What its start depends on, in our words, e.g. "regulations under section 78(5) of the ... Act 2026; none made yet". */
  dependsOn: string;
  /** When we last looked for commencement regulations ("YYYY-MM-DD"). */
  checkedOn: string;
}

export type Voluntariness = 'voluntary' | 'compulsory' | 'depends' | 'not-applicable';

export interface TermExplanation {
  /** What it is, in one or two plain sentences. */
  what: string;
  voluntary: Voluntariness;
  /** Why it is voluntary/compulsory or what it depends on. */
  voluntaryNote?: string;
  /** The person's rights. */
  rights: string;
  /** What usually happens next. */
  next: string;
}

export interface Term {
  /** Stable kebab-case id, e.g. "initial-child-protection-conference". */
  id: string;
  /** Display name. */
  name: string;
  /** Glossary entry number in shared/domain/glossary.md. */
  glossaryNumber: number;
  /** Surface forms matched case-insensitively (whole words), e.g. "child in need". */
  variants: string[];
  /** Acronyms matched case-sensitively, e.g. "ICPC". */
  abbreviations: string[];
  explanation: TermExplanation;
  /** The law it rests on, in words, e.g. "Children Act 1989, section 47". */
  law: string;
  /** legislation.gov.uk links. */
  links: string[];
  /** Differences in the other UK nations. */
  nations: Partial<Record<'wales' | 'scotland' | 'northern-ireland', string>>;
  sources: Source[];
  verification: Verification;
  /** Rule ids (timescales) this term is the trigger or subject of. */
  relatedRules?: string[];
  /** Present when the law the term rests on is not yet in force. */
  commencement?: Commencement;
}

export type ActKind = 'act' | 'statutory-instrument' | 'ni-order' | 'welsh-act' | 'scottish-act' | 'eu-retained' | 'guidance';

/** One provision of an instrument: its heading and our plain-English summary (both shown on cards). */
export interface Provision {
  title: string;
  summary?: string;
  /** Internal: verification remarks ("heading wording UNV"). Never shown to users. */
  notes?: string;
  /** Present when the provision is not yet in force. */
  commencement?: Commencement;
}

export interface Act {
  /** legislation.gov.uk identifier, e.g. "ukpga/1989/41"; undefined for guidance documents. */
  id?: string;
  /** Short title as on legislation.gov.uk, e.g. "Children Act 1989". */
  title: string;
  kind: ActKind;
  /** Other names seen in documents, e.g. "CA 1989", "the 1989 Act". */
  aliases: string[];
  extent: string;
  verification: Verification;
  /**
   * Titles of the provisions most cited in this domain, keyed by number ("47", "17ZD"). The numbers are of the
   * instrument's own main division (see `division`): sections of an Act, regulations of an SI, articles of an NI
   * Order or of the UK GDPR.
   */
  sections?: Record<string, Provision>;
  /** The instrument's main numbered division; 'section' when absent. */
  division?: 'section' | 'regulation' | 'article';
  /** Human Rights Act only: the Convention articles set out in Schedule 1, keyed by article number ("8"). */
  articles?: Record<string, Provision>;
  /** How the instrument numbers its Parts on legislation.gov.uk ("III" or "3"); 'arabic' when absent. */
  partNumbering?: 'roman' | 'arabic';
  /** Where this entry comes from (legislation.gov.uk page, or the publisher for guidance). */
  sources?: Source[];
  /** Status or caveat in our words, shown to users, e.g. "superseded December 2023". Verification remarks go in the source's `notes`. */
  notes?: string;
}

export type Unit = 'working_day' | 'day' | 'week' | 'month' | 'year' | 'hour';

/** Counting rules R0 to R6, see shared/domain/timescales.md §3. */
export type CountingRule = 'R0' | 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6';

export interface Timescale {
  /** Stable rule id: the `id` column of shared/domain/timescales.md. */
  id: string;
  /** What must happen, in our words. */
  what: string;
  /** Plain name for pickers, e.g. "Initial child protection conference". */
  name: string;
  /** "by when" as a phrase, e.g. "within 15 working days". */
  byWhen: string;
  /** The event that starts the clock, in words. */
  trigger: string;
  /** Event id of the trigger (shared with the `event` of other rules), e.g. "strategy-discussion-held". */
  triggerEvent?: string;
  /** Event id this rule's deadline is for, so chains can follow it, e.g. "icpc-held". */
  dueEvent?: string;
  /** The figure. Undefined for R6 (no fixed figure). */
  amount?: number;
  /** Upper figure where the rule allows an extension, e.g. 20 for stage 1 complaints. */
  maxAmount?: number;
  /**
   * For a window ("not before day 12 and not later than day 18"): the first permitted day, counted the same way as
   * `amount` (which is then the last permitted day).
   */
  earliest?: number;
  unit?: Unit;
  counting: CountingRule;
  /** For R2 rules that follow the ICO's subject access method: a due date on a non-working day moves to the next working day. */
  rollForwardToWorkingDay?: boolean;
  recurrence: string;
  scope: Scope;
  sources: Source[];
  verification: Verification;
  notes?: string;
  /** Conflict ids (N-45, N-core, ...). */
  conflicts: string[];
  /** For a community claim: what the authoritative sources say instead. */
  correction?: string;
  /** For a local rule that mirrors (or replaces) a national one: the national rule id, e.g. "icpc-15wd". */
  variantOf?: string;
  /** For a sub-rule split off a table row that needs several figures: the row's original id, e.g. "lac-reviews". */
  partOf?: string;
  /** Present when the rule rests on law that is not yet in force. */
  commencement?: Commencement;
}

export interface Conflict {
  /** e.g. "N-45". */
  id: string;
  summary: string;
  /** Rule ids involved. */
  rules: string[];
  sides: { source: Source; says: string; scope: ScopeKind }[];
}
