// What cards and the popup show must read as plain English: the data's internal verification remarks ("id UNV",
// "V-sec", "SEED", "cited in seed 001 para 28") belong in `notes` of a source or a provision, which are never shown, and
// the verification code in `verification`. Everything else is text a user may read.
import { describe, expect, it } from 'vitest';
import { ACTS, CONFLICTS, TERMS, TIMESCALES } from '../../../src/core/knowledge';
import { formatSource } from '../../../src/core/deadlines';

const INTERNAL = /\bUNV\b|\bV-sec\b|\bV-prim\b|\bSEED\b|\bseed \d/;

/** Every string a user may see in `value`, with its path; skips the internal fields. */
function shown(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => shown(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // a source ({ document, ... }) or a provision ({ title, summary }) keeps internal remarks in `notes`
    const internalNotes = 'document' in record || /\.(sections|articles)\.[^.]+$/.test(path);
    for (const [key, v] of Object.entries(record)) {
      if (key === 'verification' || key === 'seed' || key === 'id' || (key === 'notes' && internalNotes)) continue;
      shown(v, `${path}.${key}`, out);
    }
  }
  return out;
}

describe('internal notes stay out of what users read', () => {
  it('acts, timescales, terms and conflicts carry no verification codes or seed references in shown fields', () => {
    const leaks = [
      ...shown(ACTS, 'ACTS'),
      ...shown(TIMESCALES, 'TIMESCALES'),
      ...shown(TERMS, 'TERMS'),
      ...shown(CONFLICTS, 'CONFLICTS'),
    ].filter(([, text]) => INTERNAL.test(text));
    expect(leaks).toEqual([]);
  });

  it('a source as shown is its document, locator, version and when it was checked: internal notes are not part of it', () => {
    const carers = ACTS.find((a) => a.title === 'Carers (Recognition and Services) Act 1995')!;
    const [source] = carers.sources!;
    expect(source!.locator).toBeUndefined();
    expect(source!.notes).toMatch(/UNV.*seed 001 para 28/);
    expect(formatSource(source!)).toBe('Carers (Recognition and Services) Act 1995 — version revised text on legislation.gov.uk · checked November 2026');
    const cppcr = TIMESCALES.flatMap((t) => t.sources).find((s) => s.notes === 'reg number UNV')!;
    expect(formatSource(cppcr)).not.toMatch(INTERNAL);
  });
});
