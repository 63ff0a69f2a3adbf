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

/** Working Together 2023 as a source, by chapter and topic: its paragraph numbers were not in the sources we could read. */
export function workingTogether2023(locator: string): Source {
  return { document: WORKING_TOGETHER_2023, locator, version: '2023 (Feb 2024 update)', checkedOn: REFERENCE_CHECK, notes: 'paragraph UNV' };
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
