// The saved-highlight record and its validation. Every field is checked on save and on import.
import { z } from 'zod';
import { newId } from './ids.ts';
import { normaliseUrl } from './url.ts';

export const TextQuoteSchema = z.object({
  exact: z.string().min(1, 'the quoted text is empty').max(100_000, 'the quoted text is too long'),
  prefix: z.string().max(1_000),
  suffix: z.string().max(1_000),
  // Added after the first records: up to 256 characters of context each side (see
  // CONTEXT_LONG_LENGTH in src/core/anchoring). Optional, so older records stay valid.
  prefixLong: z.string().max(1_000).optional(),
  suffixLong: z.string().max(1_000).optional(),
});

export const TextPositionSchema = z
  .object({ start: z.int().nonnegative(), end: z.int().nonnegative() })
  .refine((p) => p.end > p.start, { message: 'end must be after start' });

export const SelectorsSchema = z.object({
  quote: TextQuoteSchema,
  position: TextPositionSchema.optional(),
});

/** Where the passage stands with the user: accepted after a move, waiting for confirmation, or orphaned. */
export const HIGHLIGHT_STATUSES = ['accepted', 'moved', 'orphaned'] as const;
export const HighlightStatusSchema = z.enum(HIGHLIGHT_STATUSES);

/** An event id from the timescale knowledge base (`EVENTS` in src/core/knowledge/timescales.ts): a slug. */
export const EventTypeSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'not an event id (lower-case words joined by hyphens)');

const isoDateTime = z.iso.datetime({ offset: true, message: 'not an ISO 8601 date and time' });

export const SavedHighlightSchema = z
  .object({
    id: z.uuid({ message: 'id is not a UUID' }),
    url: z
      .string()
      .min(1, 'the page address is empty')
      .max(8_192)
      .refine((u) => URL.canParse(u), { message: 'the page address is not a URL' }),
    pdfFingerprint: z.string().regex(/^[A-Za-z0-9_-]{4,128}$/, 'not a PDF fingerprint').optional(),
    pdfPage: z.int().min(1).optional(),
    title: z.string().max(2_000),
    selectors: SelectorsSchema,
    note: z.string().max(100_000),
    eventType: EventTypeSchema.optional(),
    eventDate: z.iso.date({ message: 'not a date (YYYY-MM-DD)' }).optional(),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    status: HighlightStatusSchema.optional(),
  })
  .refine((r) => Date.parse(r.updatedAt) >= Date.parse(r.createdAt), {
    message: 'updatedAt is before createdAt',
    path: ['updatedAt'],
  });

export type SavedHighlight = z.infer<typeof SavedHighlightSchema>;
export type HighlightStatus = z.infer<typeof HighlightStatusSchema>;

/** Fields a user or surface supplies when saving a passage. */
export interface NewHighlightInput {
  url: string;
  title?: string;
  selectors: SavedHighlight['selectors'];
  note?: string;
  eventType?: string;
  eventDate?: string;
  pdfFingerprint?: string;
  pdfPage?: number;
}

/** A new record: fresh id, normalised URL, both timestamps `now`. Throws a ZodError when a field is invalid. */
export function newHighlight(input: NewHighlightInput, now: Date = new Date(), id: string = newId()): SavedHighlight {
  const iso = now.toISOString();
  const record: Record<string, unknown> = {
    id,
    url: normaliseUrl(input.url),
    title: input.title ?? '',
    selectors: input.selectors,
    note: input.note ?? '',
    createdAt: iso,
    updatedAt: iso,
  };
  for (const k of ['eventType', 'eventDate', 'pdfFingerprint', 'pdfPage'] as const) {
    if (input[k] !== undefined && input[k] !== '') record[k] = input[k];
  }
  return SavedHighlightSchema.parse(record);
}

/** Validate unknown data as a record; on failure, one readable line naming each bad field. */
export function validateHighlight(data: unknown): { ok: true; record: SavedHighlight } | { ok: false; reason: string } {
  const r = SavedHighlightSchema.safeParse(data);
  if (r.success) return { ok: true, record: r.data };
  return { ok: false, reason: formatIssues(r.error.issues) };
}

export function formatIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}
