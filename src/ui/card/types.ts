import type { NationId, Profile } from '../../core/deadlines';
import type { Match } from '../../core/detect/types';

/** Everything a card needs besides the match; no DOM of the page, so the PDF viewer can use the same cards. */
export interface CardContext {
  nation: NationId;
  profile: Profile;
  /** YYYY-MM-DD; defaults to the machine's date. */
  today?: string;
  /** Dates found near the match, nearest first (for the calculator's default trigger). */
  nearbyDates: { iso: string; text: string }[];
  /** The sentence around the match, shown as text. */
  sentence?: string;
  /** The match was read from a scan or a photo by the text recogniser (lowest confidence of its words, 0-100). */
  recognised?: { confidence: number; unsure: boolean };
}

export interface CardProps {
  match: Match;
  context: CardContext;
  onClose?: () => void;
  /** Shown as a "Save" button: keep this passage in the case record (pages where saving is possible). */
  onSave?: () => void;
}
