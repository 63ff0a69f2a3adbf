// How current the knowledge base is: when each entry was checked against its source, which sources a newer
// edition replaced, and which provisions are not in force yet. Cards and the calculator say all three in words.
import type { Commencement, Source } from './types';

/** Entries carried over from the domain reference, which was checked when it was compiled (November 2026). */
export const REFERENCE_CHECK = '2026-11';
/** Entries re-checked against their source for issue 23 (the corrections and the review). */
export const RECHECKED = '2026-12-07';

/** The edition of statute text we read: legislation.gov.uk's revised text, as it stood on the check date. */
export const REVISED_TEXT = 'revised text on legislation.gov.uk';

export const WORKING_TOGETHER_2018 = 'Working Together to Safeguard Children 2018';
export const WORKING_TOGETHER_2023 = 'Working Together to Safeguard Children 2023';
export const WT2018_SUPERSEDED_BY = `${WORKING_TOGETHER_2023} (December 2023)`;

/** Section 1 of the Children's Wellbeing and Schools Act 2026, which inserts s31ZA into the Children Act 1989. */
export const CWSA_2026_S1_COMMENCEMENT: Commencement = {
  inForce: false,
  dependsOn:
    "It starts on a day the Secretary of State sets in regulations under section 78(5) of the Children's Wellbeing and Schools Act 2026; we found none made so far.",
  checkedOn: RECHECKED,
};

/** Working Together 2018 as a source: the seed copy, marked superseded. */
export function workingTogether2018(locator: string): Source {
  return {
    document: WORKING_TOGETHER_2018,
    locator,
    version: '2018 (July)',
    seed: '001_60fdddf64cfb0ea0.txt',
    checkedOn: REFERENCE_CHECK,
    supersededBy: WT2018_SUPERSEDED_BY,
  };
}

/**
 * Where a paragraph number of Working Together 2023 comes from. A number is shown only with the sources that give
 * it: two independent ones agreeing, or one, which the locator then names ("per ..., not seen in the guidance's
 * own text"). Never a number without a source.
 */
export interface ParagraphEvidence {
  paragraph: string;
  /** Who gives the number, e.g. "London Child Protection Procedures CP4 (2024)". */
  sources: string[];
  /** When the sources were read ("YYYY-MM-DD"). */
  checkedOn: string;
}

/**
 * The search for Working Together 2023's paragraph numbers (issue 23). No copy of the guidance's own text, and no
 * page citing a paragraph number next to one of our rules, was found, so every WT2023 source stays cited by chapter
 * and topic. Kept as data so the next search starts from here.
 */
export const WT2023_PARAGRAPH_SEARCH = {
  searchedOn: RECHECKED,
  where:
    'stored public pages, documentation pages and public repositories: the guidance itself (gov.uk and assets.publishing.service.gov.uk copies), ' +
    'council procedure manuals (proceduresonline, trixonline, procedures.org.uk, London CP procedures), Family Rights Group and NSPCC pages, ' +
    'and exact-phrase searches of repositories for "Working Together 2023" or "WT2023" followed by a paragraph reference',
  found: 'none: the procedures updated for the 2023 edition cite it by name or chapter only, and the guidance text itself is not stored',
} as const;

/** Working Together 2023 as a source, by chapter and topic; a paragraph number only with its evidence. */
export function workingTogether2023(locator: string, evidence?: ParagraphEvidence): Source {
  const base = { document: WORKING_TOGETHER_2023, version: '2023 (Feb 2024 update)' };
  if (!evidence) {
    return { ...base, locator, checkedOn: REFERENCE_CHECK, notes: `paragraph not found (searched ${WT2023_PARAGRAPH_SEARCH.searchedOn})` };
  }
  if (evidence.sources.length === 0) throw new Error(`Working Together 2023 para ${evidence.paragraph} has no source`);
  const shown =
    evidence.sources.length >= 2
      ? `${locator}, para ${evidence.paragraph}`
      : `${locator}; para ${evidence.paragraph} per ${evidence.sources[0]}, not seen in the guidance’s own text`;
  return { ...base, locator: shown, checkedOn: evidence.checkedOn, notes: `paragraph from: ${evidence.sources.join('; ')}` };
}

/** What a card and the calculator say about a provision that is not in force. */
export const NOT_IN_FORCE_TEXT = 'Not in force yet: the date depends on regulations.';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "December 2026" for "2026-12-07" or "2026-12"; undefined for anything else. */
export function monthYear(checkedOn: string | undefined): string | undefined {
  const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(checkedOn ?? '');
  if (!m) return undefined;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${month} ${m[1]}` : undefined;
}

/** "checked December 2026" and, when a newer edition replaced the source, "superseded by ...": the tail of a source line. */
export function currencyNotes(source: Source): string[] {
  const out: string[] = [];
  const checked = monthYear(source.checkedOn);
  if (checked) out.push(`checked ${checked}`);
  if (source.supersededBy) out.push(`superseded by ${source.supersededBy}`);
  return out;
}

/** The sentence shown for a provision or rule that is not in force, with what its start depends on. */
export function commencementText(c: Commencement): string {
  return `${NOT_IN_FORCE_TEXT} ${c.dependsOn}`;
}

/** True when the source is a Working Together edition, and which one. */
export function workingTogetherEdition(source: Source): 2018 | 2023 | undefined {
  if (source.document === WORKING_TOGETHER_2018) return 2018;
  if (source.document === WORKING_TOGETHER_2023) return 2023;
  return undefined;
}
