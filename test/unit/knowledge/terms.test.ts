import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TERMS, TERMS_BY_ID, termById } from '../../../src/core/knowledge/terms';
import { TERM_IDS } from '../../../src/core/knowledge/term-ids';

// The domain reference lives next to the repo (../shared/domain). CARELENS_DOMAIN overrides it.
const here = dirname(fileURLToPath(import.meta.url));
const DOMAIN = process.env.CARELENS_DOMAIN ?? resolve(here, '../../../../shared/domain');
function readDomain(file: string): string {
  const path = resolve(DOMAIN, file);
  if (!existsSync(path)) throw new Error(`domain reference not found: ${path} (set CARELENS_DOMAIN)`);
  return readFileSync(path, 'utf8');
}
const glossary = readDomain('glossary.md');
const acts = readDomain('acts.md');
const timescales = readDomain('timescales.md');

/** Glossary entries by number: heading text and the Check line. */
function glossaryEntries(): Map<number, { heading: string; check: string }> {
  const entries = new Map<number, { heading: string; check: string }>();
  const blocks = glossary.split(/^### /m).slice(1);
  for (const block of blocks) {
    const m = /^(\d+)\.\s+(.+)$/m.exec(block);
    if (!m) continue;
    const check = /\*\*Check:\*\*\s*(.+)$/m.exec(block)?.[1] ?? '';
    entries.set(Number(m[1]), { heading: m[2]!.trim(), check });
  }
  return entries;
}

/** Lower-case words, punctuation and typography flattened, for copy detection. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2013\u2014]/g, ' ')
    .replace(/\*\*|`/g, '')
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

const RUN = 12;
function runs(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + RUN <= ws.length; i++) out.push(ws.slice(i, i + RUN).join(' '));
  return out;
}

const entries = glossaryEntries();

describe('TERMS: coverage of the glossary', () => {
  it('has exactly 70 terms, one per glossary entry', () => {
    expect(entries.size).toBe(70);
    expect(TERMS).toHaveLength(70);
    const numbers = TERMS.map((t) => t.glossaryNumber).sort((a, b) => a - b);
    expect(numbers).toEqual([...entries.keys()].sort((a, b) => a - b));
  });

  it('uses the fixed ids of term-ids.ts', () => {
    for (const t of TERMS) {
      expect(t.id).toBe(TERM_IDS[t.glossaryNumber as keyof typeof TERM_IDS]);
    }
    expect(new Set(TERMS.map((t) => t.id)).size).toBe(TERMS.length);
    expect(Object.keys(TERM_IDS)).toHaveLength(70);
  });

  it('is in glossary order', () => {
    expect(TERMS.map((t) => t.glossaryNumber)).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
  });

  it('termById and TERMS_BY_ID find every term', () => {
    expect(TERMS_BY_ID.size).toBe(70);
    for (const t of TERMS) {
      expect(termById(t.id)).toBe(t);
      expect(TERMS_BY_ID.get(t.id)).toBe(t);
    }
    expect(termById('no-such-term')).toBeUndefined();
  });
});

describe('TERMS: content', () => {
  it('every term has a name and a non-empty explanation', () => {
    for (const t of TERMS) {
      expect(t.name.trim(), t.id).not.toBe('');
      expect(t.explanation.what.trim(), t.id).not.toBe('');
      expect(t.explanation.rights.trim(), t.id).not.toBe('');
      expect(t.explanation.next.trim(), t.id).not.toBe('');
      expect(t.law.trim(), t.id).not.toBe('');
      expect(['voluntary', 'compulsory', 'depends', 'not-applicable']).toContain(t.explanation.voluntary);
    }
  });

  it('every term has at least one source with a document', () => {
    for (const t of TERMS) {
      expect(t.sources.length, t.id).toBeGreaterThan(0);
      for (const s of t.sources) {
        expect(s.document.trim(), t.id).not.toBe('');
        if (s.seed) expect(s.seed, t.id).toMatch(/^00[0-4]_[0-9a-f]{16}\.txt$/);
        if (s.url) expect(s.url, t.id).toMatch(/^https:\/\/www\.legislation\.gov\.uk\//);
      }
    }
  });

  it("verification is one of the codes on the entry's Check line", () => {
    for (const t of TERMS) {
      const check = entries.get(t.glossaryNumber)!.check;
      const codes = check.match(/V-prim|V-sec|SEED|UNV/g) ?? [];
      expect(codes, `${t.id}: ${check}`).toContain(t.verification);
    }
  });

  it('every term has at least one variant or abbreviation', () => {
    for (const t of TERMS) expect(t.variants.length + t.abbreviations.length, t.id).toBeGreaterThan(0);
  });
});

describe('TERMS: links', () => {
  // URL shapes of glossary.md / acts.md.
  const LINK =
    /^https:\/\/www\.legislation\.gov\.uk\/(?:ukpga\/\d{4}\/\d+(?:\/(?:section|schedule)\/\d+[A-Z]*)?|(?:uksi|wsi)\/\d{4}\/\d+(?:\/regulation\/\d+[A-Z]*)?|nisi\/\d{4}\/\d+(?:\/article\/\d+[A-Z]*)?|anaw\/\d{4}\/\d+(?:\/section\/\d+[A-Z]*)?|eur\/2016\/679(?:\/article\/\d+[A-Z]*)?)$/;
  // Act ids listed in acts.md (its id columns).
  const knownIds = new Set(acts.match(/\b(?:ukpga|uksi|wsi|nisi|anaw|asp|eur)\/\d{4}\/\d+\b/g) ?? []);

  it('acts.md yields the core act ids', () => {
    for (const id of ['ukpga/1989/41', 'ukpga/2004/31', 'ukpga/1998/42', 'nisi/1995/755', 'uksi/2006/1738']) {
      expect(knownIds.has(id), id).toBe(true);
    }
  });

  it('every link follows the legislation.gov.uk scheme and names a known act', () => {
    for (const t of TERMS) {
      const urls = [...t.links, ...t.sources.flatMap((s) => (s.url ? [s.url] : []))];
      for (const url of urls) {
        expect(url, t.id).toMatch(LINK);
        const id = /legislation\.gov\.uk\/([a-z]+\/\d{4}\/\d+)/.exec(url)![1]!;
        expect(knownIds.has(id), `${t.id}: ${id} not in acts.md`).toBe(true);
      }
      expect(new Set(t.links).size, `${t.id}: duplicate link`).toBe(t.links.length);
    }
  });

  it('HRA Convention rights link to Schedule 1', () => {
    expect(termById('article-8')!.links).toContain('https://www.legislation.gov.uk/ukpga/1998/42/schedule/1');
    expect(termById('article-6')!.links).toContain('https://www.legislation.gov.uk/ukpga/1998/42/schedule/1');
  });
});

describe('TERMS: variants and abbreviations', () => {
  const norm = (v: string) => v.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();

  // Surface forms that two entries share on purpose; the card offers both meanings.
  const ALLOWED_SHARED_VARIANTS: Record<string, string[]> = {
    'threshold document': ['threshold-levels-of-need', 'threshold-criteria'],
  };
  const ALLOWED_SHARED_ABBREVIATIONS: Record<string, string[]> = {
    CAO: ['child-arrangements-order', 'child-assessment-order'],
  };

  it('no variant is used by two terms, except the listed ones', () => {
    const owners = new Map<string, string[]>();
    for (const t of TERMS) {
      for (const v of new Set(t.variants.map(norm))) owners.set(v, [...(owners.get(v) ?? []), t.id]);
    }
    for (const [v, ids] of owners) {
      if (ids.length > 1) expect(ids, `variant "${v}"`).toEqual(ALLOWED_SHARED_VARIANTS[v]);
    }
    for (const [v, ids] of Object.entries(ALLOWED_SHARED_VARIANTS)) expect(owners.get(v), v).toEqual(ids);
  });

  it('no abbreviation is used by two terms, except the listed ones', () => {
    const owners = new Map<string, string[]>();
    for (const t of TERMS) {
      for (const a of new Set(t.abbreviations)) owners.set(a, [...(owners.get(a) ?? []), t.id]);
    }
    for (const [a, ids] of owners) {
      if (ids.length > 1) expect(ids, `abbreviation "${a}"`).toEqual(ALLOWED_SHARED_ABBREVIATIONS[a]);
    }
  });

  it('no duplicates inside a term', () => {
    for (const t of TERMS) {
      expect(new Set(t.variants.map(norm)).size, t.id).toBe(t.variants.length);
      expect(new Set(t.abbreviations).size, t.id).toBe(t.abbreviations.length);
    }
  });

  it('no variant is a bare statute reference', () => {
    const BARE = /^(?:s|s\.|sec\.?|section|art\.?|article|reg\.?|regulation|part)\s*\d+[a-z]*(?:\(\w+\))*$/i;
    for (const t of TERMS) for (const v of t.variants) expect(v, t.id).not.toMatch(BARE);
  });

  it('no variant is one of the known over-generic words', () => {
    const GENERIC = ['contact', 'plan', 'the la', 'la', 'ss', 'social care', 'the council', 'council', 'threshold', 'in care', 'at risk', 'front door', 'working together', 'the convention', 'ombudsman'];
    for (const t of TERMS) for (const v of t.variants) expect(GENERIC, `${t.id}: "${v}"`).not.toContain(norm(v));
  });

  it('variants and abbreviations are trimmed and non-empty', () => {
    for (const t of TERMS) {
      for (const v of [...t.variants, ...t.abbreviations]) {
        expect(v.trim(), t.id).toBe(v);
        expect(v.length, t.id).toBeGreaterThan(1);
      }
    }
  });

  it('abbreviations are short acronym-like tokens without spaces', () => {
    for (const t of TERMS) for (const a of t.abbreviations) expect(a, t.id).toMatch(/^[A-Za-z][A-Za-z0-9.&]{1,11}$/);
  });

  it('examples from the brief are present', () => {
    const has = (id: string, v: string) => expect(termById(id)!.variants.map(norm), `${id}: ${v}`).toContain(norm(v));
    has('initial-child-protection-conference', 'initial child protection conference');
    has('initial-child-protection-conference', 'child protection conference');
    has('child-in-need', 'child in need');
    has('section-47-enquiry', 'section 47 enquiry');
    has('section-47-enquiry', 's47 enquiries');
    has('section-47-enquiry', 'section 47 enquires');
    has('strategy-discussion', 'strategy meeting');
    has('child-protection-plan', 'children protection plan');
    has('referral', 'referral');
    expect(termById('child-protection-plan')!.abbreviations).toContain('CPP');
    expect(termById('child-protection-plan')!.abbreviations).not.toContain('CP');
  });
});

describe('TERMS: related timescale rules', () => {
  // First cell of every table row in timescales.md that looks like a rule id.
  const ruleIds = new Set(
    timescales
      .split('\n')
      .map((line) => /^\|\s*([a-z0-9]+(?:-[a-z0-9]+)+)\s*\|/.exec(line)?.[1])
      .filter((x): x is string => Boolean(x)),
  );

  it('timescales.md yields rule ids', () => {
    expect(ruleIds.has('icpc-15wd')).toBe(true);
    expect(ruleIds.has('cambs-icpc')).toBe(true);
  });

  it('every related rule id exists in timescales.md', () => {
    for (const t of TERMS) {
      for (const r of t.relatedRules ?? []) expect(ruleIds.has(r), `${t.id}: ${r}`).toBe(true);
    }
  });

  it('the strategy discussion leads to the ICPC rules', () => {
    expect(termById('strategy-discussion')!.relatedRules).toEqual(expect.arrayContaining(['icpc-15wd', 'cambs-icpc']));
  });
});

describe('TERMS: explanations are in our own words', () => {
  const glossaryRuns = new Set(runs(words(glossary)));

  it(`no ${RUN}-word run of an explanation appears verbatim in glossary.md`, () => {
    const copied: string[] = [];
    for (const t of TERMS) {
      const e = t.explanation;
      for (const [field, text] of Object.entries({ what: e.what, voluntaryNote: e.voluntaryNote ?? '', rights: e.rights, next: e.next })) {
        for (const run of runs(words(text))) if (glossaryRuns.has(run)) copied.push(`${t.id}.${field}: "${run}"`);
      }
    }
    expect(copied).toEqual([]);
  });

  it('the copy check itself catches a copied sentence', () => {
    const copiedSentence =
      'A report to children\u2019s social care by anyone (a professional, relative, neighbour or a parent asking for help) that a child may need help.';
    expect(runs(words(copiedSentence)).some((r) => glossaryRuns.has(r))).toBe(true);
  });
});
