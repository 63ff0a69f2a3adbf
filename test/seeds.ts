// The seed documents: real third-party text, read from ../shared/seeds (or $CARELENS_SEEDS) when the tests and the
// bench run, never copied into the repository. Tests that need them skip where they are absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SEEDS_DIR = process.env.CARELENS_SEEDS ?? resolve(import.meta.dirname, '../../shared/seeds');
export const seedsAvailable = existsSync(SEEDS_DIR);
/** Why a test was skipped. */
export const NO_SEEDS = `skipped: needs the seed documents in ${SEEDS_DIR} (third-party text, not kept in the repository)`;

/** The seed files' names (`000_….txt`), sorted; empty where the seeds are absent. */
export function seedFiles(): string[] {
  return seedsAvailable ? readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort() : [];
}

/** A seed's text, by its file name or the number it starts with ('001'); '' where the seeds are absent. */
export function seedText(name: string): string {
  if (!seedsAvailable) return '';
  const file = seedFiles().find((f) => f === name || f.startsWith(`${name}_`));
  if (!file) throw new Error(`no seed ${name} in ${SEEDS_DIR}`);
  return readFileSync(join(SEEDS_DIR, file), 'utf8');
}

/** The passage of the seeds from `start` to the end of `end`, the first found: so a test can use a seed's sentence
 *  without the sentence being copied into the repository. '' where the seeds are absent. */
export function seedPassage(start: string, end: string): string {
  for (const file of seedFiles()) {
    const text = seedText(file);
    const from = text.indexOf(start);
    const to = from < 0 ? -1 : text.indexOf(end, from + start.length);
    if (to >= 0) return text.slice(from, to + end.length);
  }
  if (!seedsAvailable) return '';
  throw new Error(`no seed passage from "${start}" to "${end}"`);
}
