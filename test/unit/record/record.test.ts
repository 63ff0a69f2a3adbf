import { describe, expect, it } from 'vitest';
import {
  exportWebAnnotationJson,
  importWebAnnotationJson,
  mergeRecords,
  newHighlight,
  normaliseUrl,
  SavedHighlightSchema,
  toWebAnnotation,
  uuidFromString,
  validateHighlight,
} from '../../../src/core/record/index.ts';
import { sampleRecords } from './fixtures.ts';

describe('normaliseUrl', () => {
  it('drops tracking parameters and the fragment, keeps the rest in order', () => {
    expect(
      normaliseUrl('HTTPS://Example.GOV.uk:443/path/page?b=2&utm_source=x&UTM_Medium=y&a=1&fbclid=abc&gclid=1&mc_cid=2&mc_eid=3&_hsenc=p&_hsmi=q#section-3'),
    ).toBe('https://example.gov.uk/path/page?b=2&a=1');
    expect(normaliseUrl('https://example.org/a?utm_campaign=z#x')).toBe('https://example.org/a');
    expect(normaliseUrl('https://example.org/a?q=section+47&page=2')).toBe('https://example.org/a?q=section+47&page=2');
    expect(normaliseUrl('  file:///C:/Letters/letter.pdf#page=3 ')).toBe('file:///C:/Letters/letter.pdf');
  });
  it('is idempotent and does not throw on non-URLs', () => {
    const u = normaliseUrl('https://example.org/x?y=1&utm_source=2#z');
    expect(normaliseUrl(u)).toBe(u);
    expect(normaliseUrl('not a url#frag')).toBe('not a url');
  });
});

describe('record schema', () => {
  it('newHighlight normalises the URL and validates every field', () => {
    const [r] = sampleRecords();
    expect(r!.url).toBe('https://www.proceduresonline.com/cambs/p_plan_review.html?id=7');
    expect(SavedHighlightSchema.safeParse(r).success).toBe(true);
  });
  it('rejects bad fields with a reason naming the field', () => {
    const [r] = sampleRecords();
    const cases: [Record<string, unknown>, string][] = [
      [{ id: 'nope' }, 'id'],
      [{ eventDate: '2024-02-30' }, 'eventDate'],
      [{ eventDate: '05/03/2024' }, 'eventDate'],
      [{ url: 'not a url' }, 'url'],
      [{ createdAt: 'yesterday' }, 'createdAt'],
      [{ updatedAt: '2020-01-01T00:00:00.000Z' }, 'updatedAt'],
      [{ eventType: 'Strategy Discussion!' }, 'eventType'],
      [{ pdfPage: 0 }, 'pdfPage'],
      [{ status: 'maybe' }, 'status'],
      [{ selectors: { quote: { exact: '', prefix: '', suffix: '' } } }, 'selectors.quote.exact'],
      [{ selectors: { quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 5, end: 2 } } }, 'selectors.position'],
    ];
    for (const [patch, field] of cases) {
      const v = validateHighlight({ ...r, ...patch });
      expect(v.ok, field).toBe(false);
      if (!v.ok) expect(v.reason).toContain(field);
    }
  });
  it('accepts any event id shaped like a slug (the knowledge base owns the list)', () => {
    const [r] = sampleRecords();
    expect(validateHighlight({ ...r, eventType: 'some-future-event' }).ok).toBe(true);
  });
});

describe('Web Annotation JSON', () => {
  it('exports a W3C AnnotationCollection readable without our extras', () => {
    const json = JSON.parse(exportWebAnnotationJson(sampleRecords()));
    expect(json['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(json.type).toBe('AnnotationCollection');
    expect(json.total).toBe(3);
    const a = json.first.items[0];
    expect(a.type).toBe('Annotation');
    expect(a.id).toBe('urn:uuid:1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed');
    expect(a.target.source).toMatch(/^https:/);
    expect(a.target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(a.body[0]).toMatchObject({ type: 'TextualBody', value: 'Ask when the ICPC is, in writing.', purpose: 'commenting' });
    expect(a['carelens:record']).toMatchObject({ eventType: 'icpc-held', eventDate: '2024-03-05' });
    const pdf = json.first.items[2];
    expect(pdf.motivation).toBe('highlighting');
    expect(pdf.body).toBeUndefined();
    expect(pdf.target.selector[2]).toMatchObject({ type: 'FragmentSelector', value: 'page=2' });
  });

  it('round trip export -> import is identical', () => {
    const records = sampleRecords();
    const back = importWebAnnotationJson(exportWebAnnotationJson(records));
    expect(back.error).toBeUndefined();
    expect(back.skipped).toEqual([]);
    expect(back.records).toEqual(records);
    // and again: stable
    expect(exportWebAnnotationJson(back.records)).toBe(exportWebAnnotationJson(records));
  });

  it('keeps the longer quote context (newer records) in the extras, and older records without it', () => {
    const records = sampleRecords();
    expect(records[0]!.selectors.quote.prefixLong!.length).toBeGreaterThan(32);
    expect(records[0]!.selectors.quote.prefixLong!.endsWith(records[0]!.selectors.quote.prefix)).toBe(true);
    expect(records[0]!.selectors.quote.suffixLong!.startsWith(records[0]!.selectors.quote.suffix)).toBe(true);
    const a = toWebAnnotation(records[0]!);
    // The standard selector stays standard; other tools never see the extra fields there.
    expect(Object.keys(a.target.selector[0]!).sort()).toEqual(['exact', 'prefix', 'suffix', 'type']);
    expect(a['carelens:record'].longContext).toEqual({ prefix: records[0]!.selectors.quote.prefixLong, suffix: records[0]!.selectors.quote.suffixLong });
    // An older record (no long context) is still valid and round-trips without gaining one.
    const { prefixLong: _p, suffixLong: _s, ...shortQuote } = records[1]!.selectors.quote;
    const old = { ...records[1]!, selectors: { ...records[1]!.selectors, quote: shortQuote } };
    expect(validateHighlight(old).ok).toBe(true);
    const back = importWebAnnotationJson(exportWebAnnotationJson([records[0]!, old]));
    expect(back.skipped).toEqual([]);
    expect(back.records).toEqual([records[0], old]);
    expect('prefixLong' in back.records[1]!.selectors.quote).toBe(false);
    // A bad long context in a file is reported like any other bad field.
    const bad = JSON.parse(exportWebAnnotationJson([records[0]!]));
    bad.first.items[0]['carelens:record'].longContext.prefix = 42;
    const r = importWebAnnotationJson(bad);
    expect(r.records).toEqual([]);
    expect(r.skipped[0]!.reason).toMatch(/selectors\.quote\.prefixLong/);
  });

  it('accepts a bare array, a page and a single annotation', () => {
    const anns = sampleRecords().map((r) => toWebAnnotation(r));
    expect(importWebAnnotationJson(JSON.stringify(anns)).records).toHaveLength(3);
    expect(importWebAnnotationJson({ type: 'AnnotationPage', items: anns }).records).toHaveLength(3);
    expect(importWebAnnotationJson(anns[0]).records).toHaveLength(1);
  });

  it('malformed files give reasons, per item and for the file', () => {
    expect(importWebAnnotationJson('{"type": "Annotation", ').error).toMatch(/not JSON/);
    expect(importWebAnnotationJson('42').error).toMatch(/neither an annotation/);
    expect(importWebAnnotationJson('{"hello": 1}').error).toMatch(/no annotations found/);
    expect(importWebAnnotationJson({ type: 'AnnotationCollection', total: 3, first: 'https://example.org/page1' }).error).toMatch(/does not embed/);

    const good = sampleRecords().map((r) => toWebAnnotation(r));
    const bad: unknown[] = [
      good[0],
      'a string',
      { type: 'Annotation', target: 'https://example.org/' },
      { type: 'Annotation', target: { source: 'https://example.org/', selector: { type: 'CssSelector', value: '#x' } } },
      { ...good[1], 'carelens:record': { ...good[1]!['carelens:record'], eventDate: '2024-13-01' } },
      { type: 'Annotation', target: { source: 'not a url', selector: [{ type: 'TextQuoteSelector', exact: 'x' }] } },
      { ...good[2], created: 'not a date', modified: 'also not' },
      { type: 'Person', name: 'x' },
    ];
    const res = importWebAnnotationJson(bad, new Date('2024-04-01T00:00:00Z'));
    expect(res.records.map((r) => r.id)).toEqual([sampleRecords()[0]!.id, sampleRecords()[2]!.id]);
    // the annotation with unreadable dates is kept, dated at import time
    expect(res.records[1]!.createdAt).toBe('2024-04-01T00:00:00.000Z');
    expect(res.skipped.map((s) => s.index)).toEqual([1, 2, 3, 4, 5, 7]);
    const reasons = Object.fromEntries(res.skipped.map((s) => [s.index, s.reason]));
    expect(reasons[1]).toMatch(/not an annotation/);
    expect(reasons[2]).toMatch(/whole page/);
    expect(reasons[3]).toMatch(/no TextQuoteSelector/);
    expect(reasons[4]).toMatch(/eventDate/);
    expect(reasons[5]).toMatch(/not a URL/);
    expect(reasons[7]).toMatch(/not an Annotation/);
    expect(res.skipped[3]!.id).toBe(good[1]!.id);
  });

  it('imports Hypothesis-style JSON: keeps what is usable, skips page notes, stable ids', () => {
    const hypothesis = {
      total: 3,
      rows: [
        {
          id: 'Hy7Qa1c2EeyAbCdEfGhIjA',
          created: '2023-11-02T14:21:09.123456+00:00',
          updated: '2023-11-03T08:00:00.000000+00:00',
          uri: 'https://www.gov.uk/guidance/working-together?utm_source=twitter#para-3',
          text: 'Check this against what the social worker said.',
          tags: ['s47'],
          document: { title: ['Working together to safeguard children'] },
          target: [
            {
              source: 'https://www.gov.uk/guidance/working-together?utm_source=twitter#para-3',
              selector: [
                { type: 'RangeSelector', startContainer: '/main[1]/p[3]', startOffset: 0, endContainer: '/main[1]/p[3]', endOffset: 40 },
                { type: 'TextPositionSelector', start: 1200, end: 1240 },
                { type: 'TextQuoteSelector', exact: 'a strategy discussion should take place', prefix: 'harm, ', suffix: ' with' },
              ],
            },
          ],
        },
        { id: 'PageNote000000000000000', created: '2023-11-02T14:21:09Z', uri: 'https://www.gov.uk/x', text: 'page note', target: [{ source: 'https://www.gov.uk/x' }] },
        { id: 'NoQuote00000000000000000', created: '2023-11-02T14:21:09Z', uri: 'https://www.gov.uk/x', target: [{ source: 'https://www.gov.uk/x', selector: [{ type: 'RangeSelector' }] }] },
      ],
    };
    const res = importWebAnnotationJson(JSON.stringify(hypothesis));
    expect(res.records).toHaveLength(1);
    const r = res.records[0]!;
    expect(r).toMatchObject({
      url: 'https://www.gov.uk/guidance/working-together',
      title: 'Working together to safeguard children',
      note: 'Check this against what the social worker said.',
      selectors: { quote: { exact: 'a strategy discussion should take place', prefix: 'harm, ', suffix: ' with' }, position: { start: 1200, end: 1240 } },
      createdAt: '2023-11-02T14:21:09.123Z',
      updatedAt: '2023-11-03T08:00:00.000Z',
    });
    expect(r.eventType).toBeUndefined();
    expect(res.skipped.map((s) => [s.index, s.id])).toEqual([[1, 'PageNote000000000000000'], [2, 'NoQuote00000000000000000']]);
    // Importing the same file again yields the same id: merge, not duplicate.
    expect(importWebAnnotationJson(JSON.stringify(hypothesis)).records[0]!.id).toBe(r.id);
    expect(r.id).toBe(uuidFromString(`Hy7Qa1c2EeyAbCdEfGhIjA|${hypothesis.rows[0]!.uri}|a strategy discussion should take place|${hypothesis.rows[0]!.created}`));
  });
});

describe('mergeRecords', () => {
  it('adds new, updates older, keeps newer, never duplicates', () => {
    const [a, b, c] = sampleRecords();
    const bNewer = { ...b!, note: 'edited later', updatedAt: '2024-03-10T00:00:00.000Z' };
    const aOlder = { ...a!, note: 'stale copy', updatedAt: a!.createdAt };
    const aStored = { ...a!, note: 'edited here', updatedAt: '2024-03-09T00:00:00.000Z' };
    const rep = mergeRecords([aStored, b!], [aOlder, bNewer, c!, c!]);
    expect(rep.added).toEqual([c!.id]);
    expect(rep.updated).toEqual([b!.id]);
    expect(rep.keptNewer).toEqual([a!.id]);
    expect(rep.duplicateInImport).toEqual([{ index: 3, id: c!.id }]);
    expect(rep.put.map((r) => r.id).sort()).toEqual([b!.id, c!.id].sort());
    expect(mergeRecords([a!], [a!]).unchanged).toEqual([a!.id]);
  });
  it('a same-time different copy does not overwrite the stored one', () => {
    const [a] = sampleRecords();
    const rep = mergeRecords([a!], [{ ...a!, note: 'other' }]);
    expect(rep.put).toEqual([]);
    expect(rep.keptNewer).toEqual([a!.id]);
  });
  it('newHighlight ids are UUIDs', () => {
    const r = newHighlight({ url: 'https://example.org', selectors: { quote: { exact: 'x', prefix: '', suffix: '' } } });
    expect(r.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
