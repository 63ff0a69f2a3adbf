// Scanning a text in pieces with one document context (createScanner) gives the same matches as
// scanning it whole, on every seed and at any cuts; and a piece far from where the document names its
// jurisdiction or defines its acts resolves as it would in the whole document.
import { describe, expect, it } from 'vitest';
import { seedFiles, seedsAvailable, seedText } from '../../seeds';
import { Scanner, createScanner, scan } from '../../../src/core/detect';
import type { Match, ScanOptions } from '../../../src/core/detect/types';

const seeds = seedFiles();

/** Scan `text` in pieces ending at `cuts` (then the end), with steps of the prepass of at most `budget` calls. */
function inPieces(text: string, cuts: number[], options: ScanOptions = {}, budget = 1): Match[] {
  const s = createScanner(text, options);
  let calls = 0;
  while (!s.prepare(() => ++calls % budget === 0));
  const out: Match[] = [];
  for (const c of [...cuts, text.length]) out.push(...s.scanTo(c));
  return out;
}

/** Deterministic cut positions: every `size` characters, moved by a pseudo-random amount. */
function cutsOf(text: string, size: number, seed: number): number[] {
  const out: number[] = [];
  let x = seed;
  for (let at = size; at < text.length; at += size) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(Math.min(text.length, at + (x % 97)));
  }
  return out;
}

const strip = (ms: Match[]) => ms.map((m) => JSON.stringify(m)).sort();

describe('createScanner: pieces with one context', () => {
  it.skipIf(!seedsAvailable)('has seeds to read', () => {
    expect(seeds.length).toBeGreaterThan(0);
  });

  for (const file of seeds) {
    const text = seedText(file);
    it(`${file}: pieces give the whole text's matches`, () => {
      const whole = scan(text);
      expect(whole.length).toBeGreaterThan(0);
      for (const [size, seed] of [[4000, 1], [1000, 7], [257, 3], [61, 11]] as const) {
        const pieces = inPieces(text, cutsOf(text, size, seed));
        expect(strip(pieces)).toEqual(strip(whole));
      }
    });
    it(`${file}: the same with chosen kinds and a document date`, () => {
      const options: ScanOptions = { kinds: ['section', 'date'], documentDate: '2024-03-15' };
      expect(strip(inPieces(text, cutsOf(text, 500, 5), options))).toEqual(strip(scan(text, options)));
    });
  }

  it('a prepass cut inside a word gives the same matches', () => {
    const text = `${'Strategy discussion within 15 working days under section 47 of the Children Act 1989. '.repeat(4000)}`;
    expect(text.length).toBeGreaterThan(32_768 * 4);
    expect(strip(inPieces(text, cutsOf(text, 9000, 2)))).toEqual(strip(scan(text)));
  });

  it('a piece far from the jurisdiction and definitions resolves like the whole document', () => {
    const filler = 'Nothing to see in this paragraph, only words about the weather and the garden.\n\n'.repeat(80);
    const text =
      'Guidance from the Welsh Government for practitioners in Wales.\n\n' +
      'The Adoption and Children Act 2002 (“the 2002 Act”) applies.\n\n' +
      filler +
      'The council assesses needs under section 76 and the duty in section 1 of the 2002 Act.\n\n';
    const tail = text.lastIndexOf('The council');
    const whole = scan(text).filter((m) => m.kind === 'section' && m.start >= tail);
    const shared = inPieces(text, [tail]).filter((m) => m.kind === 'section' && m.start >= tail);
    expect(shared).toEqual(whole);
    const s76 = whole.find((m) => m.text.includes('76'));
    const s1 = whole.find((m) => m.text.includes('1') && !m.text.includes('76'));
    expect(s76?.kind === 'section' && s76.value.act).toBe('Social Services and Well-being (Wales) Act 2014');
    expect(s1?.kind === 'section' && s1.value.act).toBe('Adoption and Children Act 2002');
    // the piece alone (as the content script used to scan) does not know the document's context
    const alone = scan(text.slice(tail)).filter((m) => m.kind === 'section');
    expect(alone.map((m) => (m.kind === 'section' ? m.value.act : null))).not.toEqual(whole.map((m) => (m.kind === 'section' ? m.value.act : null)));
  });
});

/**
 * Scan `text` arriving in parts ending at `cuts` (Scanner.open, append, close), then in stretches ending at
 * `stretches`. With `ahead`, scanAhead after each part, as the service worker does: its matches count when
 * `aheadKept` says they stand (`report` tells how it went).
 */
function arriving(
  text: string,
  cuts: number[],
  options: ScanOptions = {},
  stretches: number[] = [],
  ahead = false,
  report: { kept?: boolean; restarts: number; ahead: number } = { restarts: 0, ahead: 0 },
): Match[] {
  const s = Scanner.open();
  let at = 0;
  let early: Match[] = [];
  for (const c of [...[...new Set(cuts)].sort((a, b) => a - b), text.length]) {
    s.append(text.slice(at, c));
    at = c;
    if (!ahead) continue;
    const r = s.scanAhead();
    if (r.restarted) {
      early = [];
      report.restarts++;
    }
    early.push(...r.matches);
  }
  s.close(options);
  s.prepare();
  report.kept = s.aheadKept;
  const out: Match[] = s.aheadKept ? early : [];
  report.ahead = out.length;
  for (const c of [...stretches, text.length]) out.push(...s.scanTo(c));
  return out;
}

describe('Scanner.open: the text arriving in parts', () => {
  for (const file of seeds) {
    const text = seedText(file);
    it(`${file}: parts of any size give the whole text's matches`, () => {
      const whole = scan(text);
      for (const [size, seed] of [[262_144, 1], [20_000, 4], [3000, 7], [257, 3], [13, 11]] as const) {
        expect(strip(arriving(text, cutsOf(text, size, seed), {}, cutsOf(text, 7000, seed)))).toEqual(strip(whole));
      }
      const options: ScanOptions = { kinds: ['term', 'duration'], documentDate: '2024-03-15' };
      expect(strip(arriving(text, cutsOf(text, 900, 2), options))).toEqual(strip(scan(text, options)));
    });

    it(`${file}: scanning ahead while the parts arrive gives the whole text's matches`, () => {
      const whole = strip(scan(text));
      for (const [size, seed] of [[20_000, 4], [5000, 7], [1000, 3]] as const) {
        const report = { restarts: 0, ahead: 0 } as { kept?: boolean; restarts: number; ahead: number };
        expect(strip(arriving(text, cutsOf(text, size, seed), {}, cutsOf(text, 7000, seed), true, report)), `parts of ${size}`).toEqual(whole);
        // other kinds or a document date asked for at the end: what was found ahead is dropped
        const options: ScanOptions = { kinds: ['term', 'duration'], documentDate: '2024-03-15' };
        const other = { restarts: 0, ahead: 0 } as { kept?: boolean; restarts: number; ahead: number };
        expect(strip(arriving(text, cutsOf(text, size, seed), options, [], true, other))).toEqual(strip(scan(text, options)));
        if (text.length > 3 * size) expect(other.kept).toBe(false);
      }
    });
  }

  it('scanning ahead on a long page: most matches are found before the last part, and they stand', () => {
    const unit =
      'Strategy discussion\nwithin 15 working days under section 47 of the Children Act 1989.\n' +
      '3. Initial child protection conference\n\n24/06/2019 and the 12th of May 2020 (ICPC) then s.17ZD.\n\n';
    const text = unit.repeat(6000);
    const report = { restarts: 0, ahead: 0 } as { kept?: boolean; restarts: number; ahead: number };
    const out = arriving(text, cutsOf(text, 65_536, 5), {}, [], true, report);
    expect(strip(out)).toEqual(strip(scan(text)));
    expect(report.kept).toBe(true);
    expect(report.ahead).toBeGreaterThan(out.length * 0.9);
  }, 30_000); // a 1 MB page scanned several ways: well over 5 s on a shared, loaded machine

  it('scanning ahead where the document turns out to be from Northern Ireland: what was read as English is read again', () => {
    const english = 'The local authority must make enquiries under section 47 and provide services under section 17.\n\n'.repeat(400);
    const ni = 'Guidance for the HSC Trusts in Northern Ireland.\n\n'.repeat(500);
    const text = english + ni;
    const whole = scan(text);
    const acts = (ms: Match[]) => new Set(ms.flatMap((m) => (m.kind === 'section' ? [m.value.act] : [])));
    // the whole document is from Northern Ireland (a bare section names no act); its English half alone is not
    expect([...acts(whole)]).toEqual([null]);
    expect([...acts(scan(english))]).toEqual(['Children Act 1989']);
    for (const size of [4000, 30_000]) {
      const report = { restarts: 0, ahead: 0 } as { kept?: boolean; restarts: number; ahead: number };
      expect(strip(arriving(text, cutsOf(text, size, 3), {}, [], true, report)), `parts of ${size}`).toEqual(strip(whole));
      expect(report.restarts > 0 || report.kept === false, `parts of ${size}: the guess was dropped`).toBe(true);
    }
  });

  it('parts cut inside words, inside "\\r\\n", before a heading number and just after a line break', () => {
    const unit =
      'Strategy discussion\r\nwithin 15 working days under section 47 of the Children Act 1989.\n' +
      '  3 Initial child protection conference\n\n24/06/2019 and the 12th of May 2020 (ICPC) then s.17ZD.\n';
    const text = unit.repeat(300);
    const whole = scan(text);
    expect(whole.length).toBeGreaterThan(300 * 5);
    for (let size = 1; size <= 97; size += 8) {
      const cuts: number[] = [];
      for (let at = size; at < text.length; at += size + (at % 5)) cuts.push(at);
      expect(strip(arriving(text, cuts)), `parts of about ${size}`).toEqual(strip(whole));
    }
    // every part ending right after a line break, and right before one
    const breaks = [...text.matchAll(/\n/g)].map((m) => m.index!);
    expect(strip(arriving(text, breaks.map((b) => b + 1)))).toEqual(strip(whole));
    expect(strip(arriving(text, breaks))).toEqual(strip(whole));
  });

  it('does the prepass as parts arrive, and refuses to scan before the text is closed', () => {
    const text = 'Within 15 working days of the strategy discussion.\n\n'.repeat(2000);
    const s = Scanner.open();
    s.append(text.slice(0, text.length / 2));
    expect((s as unknown as { prepassAt: number }).prepassAt).toBeGreaterThan(text.length / 2 - 200);
    expect(s.prepare()).toBe(false);
    expect(() => s.scanTo(10)).toThrow(/open/);
    s.append(text.slice(text.length / 2));
    s.close();
    expect(() => s.append('more')).toThrow(/closed/);
    expect(strip(s.scanTo(text.length))).toEqual(strip(scan(text)));
  });

  it('an empty text and a text with no line breaks', () => {
    const empty = Scanner.open();
    empty.close();
    expect(empty.scanTo(0)).toEqual([]);
    const oneLine = 'within 15 working days under section 47 and child in need '.repeat(500);
    expect(strip(arriving(oneLine, cutsOf(oneLine, 1000, 9)))).toEqual(strip(scan(oneLine)));
  });
});
