// carelens letter [--json] [--today YYYY-MM-DD] [--nation england-and-wales|scotland|northern-ireland] [--profile ID] FILE
//
// Checks one letter (.txt, .html, .pdf, a scan or photo as .jpg/.png/.webp, or a Word .docx) as the popup's "Check a letter" does, with the same reader
// (src/core/letter): the letter's own date, each date with the event its sentence names, and each trigger paired with
// the date that meets its rule, judged on time, late (by how many of the rule's units), planned, open or overdue.
//   --json   exactly one JSON object:
//            { "file", "letterDate", "dates": [{ "iso", "text", "start", "end", "event", "tense", "negated" }],
//              "pairings": [{ "rule", "from", "met", "due", "status", "lateBy" }] }
//            Offsets are UTF-16 offsets into the letter's text (for .html, its visible text; for .pdf, its text layer).
// Exit codes: 0 checked; 2 bad input (missing or unreadable file, unknown nation or profile, bad date), one line on stderr.
import { extname } from 'node:path';
import { stdout, stderr } from 'node:process';
import { NATIONS, NATION_LABELS, PROFILES, isNationId, isValidDate, todayISO, type NationId, type Profile } from '../core/deadlines';
import { checkLetter, eventName, letterJson, longDate, type LetterCheck } from '../core/letter';
import { InputError, readDocument } from './scan';

const USAGE = `usage: carelens letter [--json] [--today YYYY-MM-DD] [--nation ${NATIONS.join('|')}] [--profile ${PROFILES.join('|')}] FILE\n`;
const KINDS = new Set(['.txt', '.text', '.html', '.htm', '.xhtml', '.pdf', '.jpg', '.jpeg', '.png', '.webp', '.docx']);

class UsageError extends Error {}

/** A letter's text as the extension reads it: web pages and PDFs part their blocks with a blank line. */
export async function readLetterFile(file: string): Promise<string> {
  const ext = extname(file).toLowerCase();
  if (!KINDS.has(ext)) throw new InputError(`${file}: not a letter CareLens can read (use a .txt, .html, .pdf, .docx, or a .jpg, .png or .webp scan or photo)`);
  // Scanned PDFs and photos are read by the same recogniser as in the extension (started only if needed).
  const { NodeRecogniser } = await import('../ocr/node');
  const recogniser = new NodeRecogniser();
  try {
    const text = await readDocument(file, { recogniser });
    return ext === '.html' || ext === '.htm' || ext === '.xhtml' ? text.replace(/\n/g, '\n\n') : text;
  } finally {
    await recogniser.close();
  }
}

function parse(args: string[]): { json: boolean; today: string; nation: NationId; profile: Profile; file: string } {
  let json = false;
  let today = todayISO();
  let nation: NationId = 'england-and-wales';
  let profile: Profile = 'national';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--json') json = true;
    else if (a === '--today') {
      today = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || !isValidDate(today)) throw new UsageError(`--today "${today}" is not a date: use YYYY-MM-DD`);
    } else if (a === '--nation') {
      const n = value();
      if (!isNationId(n)) throw new UsageError(`unknown nation "${n}": use ${NATIONS.join(', ')}`);
      nation = n;
    } else if (a === '--profile') {
      const p = value();
      if (!(PROFILES as readonly string[]).includes(p)) throw new UsageError(`unknown profile "${p}": use ${PROFILES.join(', ')}`);
      profile = p as Profile;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) throw new UsageError(files.length ? 'one letter at a time' : 'no letter given');
  return { json, today, nation, profile, file: files[0]! };
}

function report(file: string, check: LetterCheck, nation: NationId): string {
  const lines = [`${file}`];
  lines.push(check.letterDate ? `This letter is dated ${longDate(check.letterDate)}.` : 'No date of the letter itself was found.');
  if (check.letterEvent) lines.push(`The letter itself is: ${eventName(check.letterEvent)} (on its date).`);
  lines.push('', `Dates (${check.dates.filter((d) => d.index >= 0).length}):`);
  for (const d of check.dates) {
    if (d.index < 0) continue;
    const what =
      d.role === 'birth' ? 'a date of birth' : d.role === 'reply-by' ? 'a date to reply by' : d.role === 'deadline' ? 'a deadline the letter gives' : d.event ? eventName(d.event) : 'no event recognised';
    const notes = [d.tense !== 'unknown' ? d.tense : '', d.negated ? 'did not happen / cancelled' : ''].filter(Boolean).join(', ');
    lines.push(`  ${longDate(d.iso)} ("${d.text}"): ${what}${notes ? ` (${notes})` : ''}`);
  }
  lines.push('', `Checked against the timescales (${NATION_LABELS[nation]} bank holidays):`);
  if (!check.pairings.length) lines.push('  No pair of dates matches a timescale.');
  for (const p of check.pairings) {
    const v = p.verdict;
    lines.push(`  ${v.ruleName} (${v.byWhen}) [${p.rule}]`);
    lines.push(`    from ${longDate(p.trigger.iso)}${p.met ? ` to ${longDate(p.met.iso)}` : ', nothing in the letter meets it yet'}; due ${v.due ? longDate(v.due) : '?'}`);
    lines.push(`    ${v.headline}${v.source ? `. Source: ${v.source}` : ''}`);
  }
  lines.push('', 'Each pairing is a suggestion: check it against the letter.');
  return lines.join('\n') + '\n';
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    stdout.write(USAGE);
    return 0;
  }
  try {
    const { json, today, nation, profile, file } = parse(args);
    const text = await readLetterFile(file);
    const check = checkLetter(text, { today, nation, profile });
    stdout.write(json ? JSON.stringify(letterJson(file, check)) + '\n' : report(file, check, nation));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      stderr.write(`carelens letter: ${e.message}. ${USAGE}`);
      return 2;
    }
    if (e instanceof InputError) {
      stderr.write(`carelens letter: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
