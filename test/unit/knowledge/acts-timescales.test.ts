import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACTS,
  ACT_ALIASES,
  CONFLICTS,
  EVENTS,
  LOCAL_VARIANTS,
  TIMESCALES,
  actById,
  actByTitle,
  legislationUrl,
} from '../../../src/core/knowledge';
import type { Source } from '../../../src/core/knowledge';

const here = dirname(fileURLToPath(import.meta.url));
const SHARED = [resolve(here, '../../../../shared/domain'), '/work/shared/domain'].find((p) => existsSync(p));

/** Ids in the first column of every table under "## 4." in timescales.md. */
function tableIds(markdown: string): string[] {
  const start = markdown.indexOf('## 4.');
  const end = markdown.indexOf('## 5.');
  const section = markdown.slice(start, end === -1 ? undefined : end);
  const ids: string[] = [];
  let inTable = false;
  for (const line of section.split('\n')) {
    if (!line.startsWith('|')) {
      inTable = false;
      continue;
    }
    const first = line.split('|')[1]?.trim() ?? '';
    if (first === 'id') {
      inTable = true;
      continue;
    }
    if (!inTable || /^-+$/.test(first)) continue;
    ids.push(first);
  }
  return ids;
}

/** Conflict ids named in §5 ("* **N-45** – ..."). */
function noteIds(markdown: string): string[] {
  return [...markdown.matchAll(/^\* \*\*(N-[A-Za-z0-9-]+)\*\*/gm)].map((m) => m[1]!);
}

const LEG_URL =
  /^https:\/\/www\.legislation\.gov\.uk\/(?:id\/)?(?:ukpga\/(?:\d{4}|[A-Z][a-z]+\d*\/[\d-]+)\/\d+|uksi\/\d{4}\/\d+|wsi\/\d{4}\/\d+|ssi\/\d{4}\/\d+|nisi\/\d{4}\/\d+|anaw\/\d{4}\/\d+|asp\/\d{4}\/\d+|eur\/\d{4}\/\d+)(?:\/(?:section|article|regulation|schedule|part)\/[0-9A-Za-z]+(?:\/[0-9A-Za-z]+)?)?(?:\/made)?$/;

function sourceUrls(sources: Source[] | undefined): string[] {
  return (sources ?? []).map((s) => s.url).filter((u): u is string => !!u);
}

describe('timescales', () => {
  it.skipIf(!SHARED)('has every row id of timescales.md §4.1–§4.5', () => {
    const md = readFileSync(resolve(SHARED!, 'timescales.md'), 'utf8');
    const ids = tableIds(md);
    expect(ids.length).toBeGreaterThan(70);
    const have = new Set(TIMESCALES.map((t) => t.id));
    expect(ids.filter((id) => !have.has(id))).toEqual([]);
  });

  it('has no duplicated rule id', () => {
    const ids = TIMESCALES.map((t) => t.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('every rule has a source with a document, a scope label and a verification code', () => {
    for (const t of TIMESCALES) {
      expect(t.sources.length, t.id).toBeGreaterThan(0);
      for (const s of t.sources) expect(s.document.length, t.id).toBeGreaterThan(0);
      expect(t.scope.label.length, t.id).toBeGreaterThan(0);
      expect(['V-prim', 'V-sec', 'SEED', 'UNV']).toContain(t.verification);
      expect(t.name.length, t.id).toBeGreaterThan(0);
      expect(t.what.length, t.id).toBeGreaterThan(0);
    }
  });

  it('R0–R5 rules have an amount and a unit; R6 rules have neither', () => {
    for (const t of TIMESCALES) {
      if (t.counting === 'R6') {
        expect(t.amount, t.id).toBeUndefined();
        expect(t.unit, t.id).toBeUndefined();
      } else {
        expect(t.amount, t.id).toBeGreaterThan(0);
        expect(t.unit, t.id).toBeDefined();
        if (t.maxAmount !== undefined) expect(t.maxAmount, t.id).toBeGreaterThan(t.amount!);
      }
    }
  });

  it('community claims are scoped as such and carry a correction', () => {
    const claims = TIMESCALES.filter((t) => t.scope.kind === 'community-claim');
    expect(claims.length).toBe(10);
    for (const c of claims) {
      expect(c.correction, c.id).toBeTruthy();
      expect(c.dueEvent, c.id).toBeUndefined();
    }
  });

  it('local rules name their area; variants and sub-rules point at existing rules', () => {
    const ids = new Set(TIMESCALES.map((t) => t.id));
    for (const t of TIMESCALES) {
      if (t.scope.kind === 'local-procedure') expect(t.scope.area, t.id).toBeTruthy();
      if (t.id.startsWith('cambs-')) expect(t.scope.area).toBe('Cambridgeshire');
      if (t.variantOf) expect(ids.has(t.variantOf), `${t.id} → ${t.variantOf}`).toBe(true);
      if (t.partOf) expect(ids.has(t.partOf), `${t.id} → ${t.partOf}`).toBe(true);
    }
    expect(LOCAL_VARIANTS['icpc-15wd']).toContain('cambs-icpc');
    expect(LOCAL_VARIANTS['rcpc-first']).toContain('cambs-rcpc');
    expect(LOCAL_VARIANTS['core-group-first']).toContain('cambs-core-group-first');
    expect(LOCAL_VARIANTS['cp-transfer-conference']).toContain('cambs-transfer-in-conference');
  });

  it('only the subject access rule rolls forward to a working day', () => {
    expect(TIMESCALES.filter((t) => t.rollForwardToWorkingDay).map((t) => t.id)).toEqual(['sar-1-month']);
  });

  it('every trigger and due event is a known event, and event ids are unique kebab-case', () => {
    const events = new Set(EVENTS.map((e) => e.id));
    expect(events.size).toBe(EVENTS.length);
    for (const e of EVENTS) {
      expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(e.name.length).toBeGreaterThan(0);
    }
    for (const t of TIMESCALES) {
      if (t.triggerEvent) expect(events.has(t.triggerEvent), `${t.id} trigger ${t.triggerEvent}`).toBe(true);
      if (t.dueEvent) expect(events.has(t.dueEvent), `${t.id} due ${t.dueEvent}`).toBe(true);
    }
  });

  it('chains strategy discussion → ICPC → core group → first review → later reviews', () => {
    const national = TIMESCALES.filter((t) => t.scope.kind === 'national-guidance' && t.scope.nations?.includes('england'));
    const reached: string[] = [];
    const seenEvents = new Set<string>();
    const queue = ['strategy-discussion-held'];
    while (queue.length) {
      const ev = queue.shift()!;
      if (seenEvents.has(ev)) continue;
      seenEvents.add(ev);
      for (const r of national.filter((t) => t.triggerEvent === ev && t.counting !== 'R6')) {
        reached.push(r.id);
        if (r.dueEvent) queue.push(r.dueEvent);
      }
    }
    expect(reached).toContain('icpc-15wd');
    expect(reached).toContain('core-group-first');
    expect(reached).toContain('rcpc-first');
    expect(reached).toContain('rcpc-subsequent');
    expect(reached.indexOf('icpc-15wd')).toBeLessThan(reached.indexOf('core-group-first'));
    expect(reached.indexOf('rcpc-first')).toBeLessThan(reached.indexOf('rcpc-subsequent'));
  });

  it('chains the complaint stages and the referral', () => {
    const byTrigger = (ev: string) => TIMESCALES.filter((t) => t.triggerEvent === ev && t.scope.kind === 'statute').map((t) => t.id);
    expect(byTrigger('complaint-received')).toEqual(['complaint-stage1']);
    expect(byTrigger('stage1-response-received')).toEqual(['complaint-stage2-request']);
    expect(byTrigger('stage2-requested')).toEqual(['complaint-stage2']);
    expect(byTrigger('stage2-response-received')).toEqual(['complaint-stage3-request']);
    expect(byTrigger('stage3-requested')).toEqual(['complaint-stage3-panel']);
    expect(byTrigger('review-panel-held')).toEqual(['complaint-stage3-report']);
    expect(byTrigger('panel-report-received')).toEqual(['complaint-stage3-response']);
    const fromReferral = TIMESCALES.filter((t) => t.triggerEvent === 'referral-received' && t.scope.kind === 'national-guidance').map((t) => t.id);
    expect(fromReferral).toEqual(expect.arrayContaining(['referral-decision', 'assessment-45wd']));
  });

  it('keeps the key figures', () => {
    const get = (id: string) => TIMESCALES.find((t) => t.id === id)!;
    expect([get('icpc-15wd').amount, get('icpc-15wd').unit, get('icpc-15wd').counting]).toEqual([15, 'working_day', 'R0']);
    expect([get('assessment-45wd').amount, get('assessment-45wd').unit]).toEqual([45, 'working_day']);
    expect([get('rcpc-first').amount, get('rcpc-first').unit]).toEqual([3, 'month']);
    expect([get('complaint-stage1').amount, get('complaint-stage1').maxAmount]).toEqual([10, 20]);
    expect([get('complaint-stage2').amount, get('complaint-stage2').maxAmount]).toEqual([25, 65]);
    expect([get('care-proceedings-26wk').amount, get('care-proceedings-26wk').counting]).toEqual([26, 'R1']);
    expect([get('police-protection-72h').amount, get('police-protection-72h').unit]).toEqual([72, 'hour']);
    expect([get('lac-reviews').amount, get('lac-reviews-second').amount, get('lac-reviews-subsequent').amount]).toEqual([20, 3, 6]);
  });
});

describe('own words', () => {
  it.skipIf(!SHARED)('no run of 12 words is copied from the domain reference or the seeds', () => {
    const norm = (x: string) => x.toLowerCase().replace(/[’‘]/g, "'").replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter(Boolean);
    const seeds = resolve(SHARED!, '../seeds');
    const refs = ['timescales.md', 'acts.md', 'glossary.md'].map((f) => readFileSync(resolve(SHARED!, f), 'utf8'));
    if (existsSync(seeds)) for (const f of readdirSync(seeds)) refs.push(readFileSync(resolve(seeds, f), 'utf8'));
    const N = 12;
    const grams = new Set<string>();
    for (const r of refs) {
      const w = norm(r);
      for (let i = 0; i + N <= w.length; i++) grams.add(w.slice(i, i + N).join(' '));
    }
    const texts: [string, string][] = [];
    for (const t of TIMESCALES) for (const k of ['what', 'notes', 'correction', 'byWhen', 'trigger'] as const) if (t[k]) texts.push([`${t.id}.${k}`, t[k]!]);
    for (const c of CONFLICTS) texts.push([c.id, c.summary], ...c.sides.map((x, i): [string, string] => [`${c.id}.${i}`, x.says]));
    for (const a of ACTS) for (const [n, x] of Object.entries({ ...a.sections, ...a.articles })) if (x.summary) texts.push([`${a.title} ${n}`, x.summary]);
    for (const e of EVENTS) texts.push([e.id, e.description]);
    const copied: string[] = [];
    for (const [id, text] of texts) {
      const w = norm(text);
      for (let i = 0; i + N <= w.length; i++) if (grams.has(w.slice(i, i + N).join(' '))) { copied.push(id); break; }
    }
    expect(copied).toEqual([]);
  });
});

describe('conflicts', () => {
  it.skipIf(!SHARED)('has every note of timescales.md §5', () => {
    const md = readFileSync(resolve(SHARED!, 'timescales.md'), 'utf8');
    const notes = noteIds(md);
    expect(notes.length).toBe(11);
    expect(CONFLICTS.map((c) => c.id).sort()).toEqual([...notes].sort());
  });

  it('every conflict names existing rules, has sides with sources, and rules point back at real conflicts', () => {
    const ruleIds = new Set(TIMESCALES.map((t) => t.id));
    const conflictIds = new Set(CONFLICTS.map((c) => c.id));
    for (const c of CONFLICTS) {
      expect(c.rules.length, c.id).toBeGreaterThan(0);
      for (const r of c.rules) expect(ruleIds.has(r), `${c.id} → ${r}`).toBe(true);
      expect(c.sides.length, c.id).toBeGreaterThanOrEqual(2);
      for (const s of c.sides) expect(s.source.document.length, c.id).toBeGreaterThan(0);
    }
    for (const t of TIMESCALES) for (const c of t.conflicts) expect(conflictIds.has(c), `${t.id} → ${c}`).toBe(true);
  });
});

describe('acts', () => {
  it('every act except guidance has an id or a source; guidance has no id', () => {
    for (const a of ACTS) {
      if (a.kind === 'guidance') {
        expect(a.id, a.title).toBeUndefined();
        continue;
      }
      expect(a.sources?.length, a.title).toBeGreaterThan(0);
      expect(a.extent.length, a.title).toBeGreaterThan(0);
    }
  });

  it('ids and titles are unique and look up both ways', () => {
    const ids = ACTS.flatMap((a) => (a.id ? [a.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    const titles = ACTS.map((a) => a.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(actById('ukpga/1989/41')?.title).toBe('Children Act 1989');
    expect(actById('id/ukpga/2004/31')?.title).toBe('Children Act 2004');
    expect(actByTitle('children act 1989')?.id).toBe('ukpga/1989/41');
    expect(actByTitle('Human Rights Act 1998')?.id).toBe('ukpga/1998/42');
  });

  it('every url in acts, timescales and conflicts on legislation.gov.uk follows its scheme', () => {
    const urls = [
      ...ACTS.flatMap((a) => sourceUrls(a.sources)),
      ...TIMESCALES.flatMap((t) => sourceUrls(t.sources)),
      ...CONFLICTS.flatMap((c) => sourceUrls(c.sides.map((s) => s.source))),
    ].filter((u) => u.includes('legislation.gov.uk'));
    expect(urls.length).toBeGreaterThan(30);
    for (const u of urls) expect(u).toMatch(LEG_URL);
  });

  it('covers the provisions most cited in acts.md §1', () => {
    const ca = actByTitle('Children Act 1989')!;
    const wanted = ['1', '2', '3', '7', '8', '14A', '16B', '17', '17ZA', '17ZD', '20', '22', '22C', '23ZB', '25', '25A', '26', '26A', '27', '31', '31A', '31ZA', '32', '33', '34', '35', '37', '38', '38A', '41', '43', '44', '44A', '45', '46', '47', '48', '66', '67', '105'];
    for (const s of wanted) {
      expect(ca.sections?.[s]?.title, `s${s}`).toBeTruthy();
      expect(ca.sections?.[s]?.summary, `s${s}`).toBeTruthy();
    }
    expect(Object.keys(actByTitle('Children Act 2004')!.sections!)).toEqual(expect.arrayContaining(['10', '11', '58']));
    expect(Object.keys(actByTitle('Human Rights Act 1998')!.articles!)).toEqual(['3', '6', '8', '14']);
    expect(actByTitle('Chronically Sick and Disabled Persons Act 1970')!.sections!['2']).toBeTruthy();
    expect(actByTitle('Local Government Act 1974')!.sections!['26B']).toBeTruthy();
    expect(actByTitle('Police and Criminal Evidence Act 1984')!.sections!['17']).toBeTruthy();
    expect(actByTitle('Equality Act 2010')!.sections!['20']).toBeTruthy();
    expect(actByTitle('Care Act 2014')!.sections!['42']).toBeTruthy();
    expect(actByTitle('Adoption and Children Act 2002')!.sections!['47']).toBeTruthy();
    expect(actByTitle('Data Protection Act 2018')!.sections!['47']).toBeTruthy();
  });

  it('builds links as acts.md says', () => {
    const L = 'https://www.legislation.gov.uk';
    expect(legislationUrl('ukpga/1989/41', 'section', '47')).toBe(`${L}/ukpga/1989/41/section/47`);
    expect(legislationUrl('ukpga/1989/41', 'section', '47', '(1)(b)')).toBe(`${L}/ukpga/1989/41/section/47/1`);
    expect(legislationUrl('ukpga/1989/41', 'section', '17ZD')).toBe(`${L}/ukpga/1989/41/section/17ZD`);
    expect(legislationUrl('ukpga/1998/42', 'article', '8')).toBe(`${L}/ukpga/1998/42/schedule/1`);
    expect(legislationUrl('nisi/1995/755', 'article', '66')).toBe(`${L}/nisi/1995/755/article/66`);
    expect(legislationUrl('eur/2016/679', 'article', '15')).toBe(`${L}/eur/2016/679/article/15`);
    expect(legislationUrl('uksi/2010/959', 'regulation', '28')).toBe(`${L}/uksi/2010/959/regulation/28`);
    expect(legislationUrl('ukpga/1989/41', 'part', 'III')).toBe(`${L}/ukpga/1989/41/part/III`);
    expect(legislationUrl('ukpga/1989/41', 'part', '5')).toBe(`${L}/ukpga/1989/41/part/V`);
    expect(legislationUrl('ukpga/2014/6', 'part', '3')).toBe(`${L}/ukpga/2014/6/part/3`);
    expect(legislationUrl('ukpga/1998/42', 'schedule', '1')).toBe(`${L}/ukpga/1998/42/schedule/1`);
    expect(legislationUrl(undefined, 'section', '47')).toBeUndefined();
    for (const a of ACTS) {
      if (!a.id) continue;
      for (const n of Object.keys(a.sections ?? {})) {
        const div = a.division ?? 'section';
        expect(legislationUrl(a.id, div, n), `${a.title} ${n}`).toMatch(LEG_URL);
      }
    }
  });

  it('lists aliases longest first, with the names seen in documents', () => {
    for (let i = 1; i < ACT_ALIASES.length; i++) expect(ACT_ALIASES[i - 1]!.alias.length).toBeGreaterThanOrEqual(ACT_ALIASES[i]!.alias.length);
    const find = (alias: string) => ACT_ALIASES.find((a) => a.alias === alias);
    const expected: [string, string, boolean][] = [
      ['CA 1989', 'Children Act 1989', true],
      ['CA89', 'Children Act 1989', true],
      ['the 1989 Act', 'Children Act 1989', false],
      ['the Children Act', 'Children Act 1989', false],
      ["Children's Act 1989", 'Children Act 1989', false],
      ['CSDPA 1970', 'Chronically Sick and Disabled Persons Act 1970', true],
      ['CSDPA', 'Chronically Sick and Disabled Persons Act 1970', true],
      ['HRA', 'Human Rights Act 1998', true],
      ['HRA 1998', 'Human Rights Act 1998', true],
      ['the Human Rights Act', 'Human Rights Act 1998', false],
      ['PACE', 'Police and Criminal Evidence Act 1984', true],
      ['UK GDPR', 'UK GDPR', false],
      ['GDPR', 'UK GDPR', false], // pages write "gdpr" too: no English word, so any case
      ['WT', 'Working Together to Safeguard Children 2023', true],
      ['Working Together', 'Working Together to Safeguard Children 2023', false],
      ['WT2018', 'Working Together to Safeguard Children 2018', true],
      ['CA 2004', 'Children Act 2004', true],
    ];
    for (const [alias, title, cs] of expected) {
      const a = find(alias);
      expect(a, alias).toBeDefined();
      expect(a!.title, alias).toBe(title);
      expect(a!.caseSensitive, alias).toBe(cs);
    }
    const twenty14 = find('the 2014 Act')!;
    expect(twenty14.ambiguous).toBe(true);
    expect(twenty14.candidates).toEqual(expect.arrayContaining(['Children and Families Act 2014', 'Care Act 2014', 'Social Services and Well-being (Wales) Act 2014']));
    expect(find('CA 2014')!.ambiguous).toBe(true);
    for (const a of ACT_ALIASES) expect(actByTitle(a.title), a.alias).toBeDefined();
  });
});
