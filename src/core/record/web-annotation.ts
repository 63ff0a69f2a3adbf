// W3C Web Annotation JSON (https://www.w3.org/TR/annotation-model/) export and import.
//
// Each record becomes an `Annotation` whose target has a TextQuoteSelector and a
// TextPositionSelector (plus a FragmentSelector `page=N` for PDFs) and whose body is a TextualBody
// holding the note. What the model has no place for (title, PDF fingerprint, event type and date,
// status) travels under the namespaced key `carelens:record`, so our own round trip is lossless
// while other annotation tools still read the standard parts. Import also accepts annotations
// made by other tools, including Hypothesis API JSON (`rows`, `uri`, `text`, `target[]`).
import { uuidFromString } from './ids.ts';
import { HIGHLIGHT_STATUSES, validateHighlight, type SavedHighlight } from './schema.ts';
import { normaliseUrl } from './url.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const CARELENS_NS = 'urn:x-carelens:';
export const EXTRAS_KEY = 'carelens:record';
const CONTEXT = [ANNO_CONTEXT, { carelens: CARELENS_NS, [EXTRAS_KEY]: { '@type': '@json' } }];

export interface CareLensExtras {
  v: 1;
  title: string;
  pdfFingerprint?: string;
  pdfPage?: number;
  eventType?: string;
  eventDate?: string;
  status?: SavedHighlight['status'];
  /** The quote's longer context (`prefixLong`, `suffixLong`), which the TextQuoteSelector has no place for. */
  longContext?: { prefix?: string; suffix?: string };
}

export interface WebAnnotation {
  '@context'?: unknown;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: { type: 'TextualBody'; value: string; format: 'text/plain'; purpose: 'commenting' }[];
  target: {
    source: string;
    selector: Record<string, unknown>[];
  };
  [EXTRAS_KEY]: CareLensExtras;
}

export interface AnnotationCollection {
  '@context': unknown;
  id?: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

export function toWebAnnotation(r: SavedHighlight, withContext = false): WebAnnotation {
  const selector: Record<string, unknown>[] = [
    { type: 'TextQuoteSelector', exact: r.selectors.quote.exact, prefix: r.selectors.quote.prefix, suffix: r.selectors.quote.suffix },
  ];
  if (r.selectors.position) {
    selector.push({ type: 'TextPositionSelector', start: r.selectors.position.start, end: r.selectors.position.end });
  }
  if (r.pdfPage !== undefined) {
    selector.push({ type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: `page=${r.pdfPage}` });
  }
  const extras: CareLensExtras = { v: 1, title: r.title };
  if (r.pdfFingerprint !== undefined) extras.pdfFingerprint = r.pdfFingerprint;
  if (r.pdfPage !== undefined) extras.pdfPage = r.pdfPage;
  if (r.eventType !== undefined) extras.eventType = r.eventType;
  if (r.eventDate !== undefined) extras.eventDate = r.eventDate;
  if (r.status !== undefined) extras.status = r.status;
  const { prefixLong, suffixLong } = r.selectors.quote;
  if (prefixLong !== undefined || suffixLong !== undefined) {
    extras.longContext = {};
    if (prefixLong !== undefined) extras.longContext.prefix = prefixLong;
    if (suffixLong !== undefined) extras.longContext.suffix = suffixLong;
  }
  const a: WebAnnotation = {
    ...(withContext ? { '@context': CONTEXT } : {}),
    id: `urn:uuid:${r.id}`,
    type: 'Annotation',
    motivation: r.note ? 'commenting' : 'highlighting',
    created: r.createdAt,
    modified: r.updatedAt,
    target: { source: r.url, selector },
    [EXTRAS_KEY]: extras,
  };
  if (r.note) a.body = [{ type: 'TextualBody', value: r.note, format: 'text/plain', purpose: 'commenting' }];
  return a;
}

/** The whole record as one `AnnotationCollection` with its items embedded in the first page. */
export function toWebAnnotationCollection(records: readonly SavedHighlight[], label = 'CareLens case record'): AnnotationCollection {
  return {
    '@context': CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: records.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: records.map((r) => toWebAnnotation(r)) },
  };
}

export function exportWebAnnotationJson(records: readonly SavedHighlight[]): string {
  return JSON.stringify(toWebAnnotationCollection(records), null, 2) + '\n';
}

export interface SkippedItem {
  /** Position of the item in the file's list of annotations (0-based); -1 for the file itself. */
  index: number;
  id?: string;
  reason: string;
}

export interface ImportResult {
  records: SavedHighlight[];
  skipped: SkippedItem[];
  /** Set when the file as a whole could not be read; then `records` is empty. */
  error?: string;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const asArray = (x: unknown): unknown[] => (x === undefined || x === null ? [] : Array.isArray(x) ? x : [x]);
const typeOf = (x: Obj): string[] => asArray(x.type ?? x['@type']).filter((t): t is string => typeof t === 'string');

function findItems(doc: unknown): { items: unknown[] } | { error: string } {
  if (Array.isArray(doc)) return { items: doc };
  if (!isObj(doc)) return { error: 'the file holds neither an annotation nor a list of annotations' };
  const types = typeOf(doc);
  if (types.includes('AnnotationCollection')) {
    const first = doc.first;
    if (isObj(first) && Array.isArray(first.items)) {
      // Embedded follow-on pages, when a tool inlines them.
      const items = [...first.items];
      let next = first.next;
      while (isObj(next) && Array.isArray(next.items)) {
        items.push(...next.items);
        next = next.next;
      }
      return { items };
    }
    if (Array.isArray(doc.items)) return { items: doc.items };
    if (doc.total === 0) return { items: [] };
    return { error: 'the collection does not embed its annotations (its pages are only linked)' };
  }
  if (types.includes('AnnotationPage') && Array.isArray(doc.items)) return { items: doc.items };
  if (types.includes('Annotation')) return { items: [doc] };
  if (Array.isArray(doc.rows)) return { items: doc.rows }; // Hypothesis API search result
  if (Array.isArray(doc.annotations)) return { items: doc.annotations };
  if (Array.isArray(doc.items)) return { items: doc.items };
  return { error: 'no annotations found (expected an AnnotationCollection, an AnnotationPage or a list of annotations)' };
}

function toIso(x: unknown): string | undefined {
  if (typeof x !== 'string' || !x) return undefined;
  // Our own strings are kept byte for byte (lossless round trip); other forms are normalised to UTC.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(x)) return x;
  const t = Date.parse(x);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

function readNote(item: Obj): string {
  if (typeof item.bodyValue === 'string') return item.bodyValue;
  const parts: string[] = [];
  for (const b of asArray(item.body)) {
    if (typeof b === 'string') continue; // a body given only as a link
    if (!isObj(b)) continue;
    const purposes = asArray(b.purpose);
    if (purposes.includes('tagging')) continue;
    const isText = typeOf(b).includes('TextualBody') || typeof b.value === 'string';
    if (isText && typeof b.value === 'string') parts.push(b.value);
  }
  if (parts.length) return parts.join('\n\n');
  if (typeof item.text === 'string') return item.text; // Hypothesis
  return '';
}

/** Our longer quote context from the extras, when present (validated with the record). */
function longContextOf(extras: Obj): { prefixLong?: unknown; suffixLong?: unknown } {
  const lc = extras.longContext;
  if (!isObj(lc)) return {};
  const out: { prefixLong?: unknown; suffixLong?: unknown } = {};
  if (lc.prefix !== undefined) out.prefixLong = lc.prefix;
  if (lc.suffix !== undefined) out.suffixLong = lc.suffix;
  return out;
}

function readItem(item: unknown, index: number, now: string): { record: SavedHighlight } | { skip: SkippedItem } {
  const skip = (reason: string, id?: string) => ({ skip: id ? { index, id, reason } : { index, reason } });
  if (!isObj(item)) return skip('not an annotation object');
  const rawId = typeof item.id === 'string' ? item.id : typeof item['@id'] === 'string' ? (item['@id'] as string) : undefined;
  const types = typeOf(item);
  if (types.length && !types.includes('Annotation')) return skip(`not an Annotation (type ${types.join(', ')})`, rawId);

  const targets = asArray(item.target).filter(isObj);
  if (targets.length === 0) {
    return skip(typeof item.target === 'string' ? 'annotates a whole page (no text selector)' : 'no target', rawId);
  }
  let quote: Obj | undefined;
  let position: Obj | undefined;
  let page: number | undefined;
  let target: Obj | undefined;
  for (const t of targets) {
    for (const s of asArray(t.selector).filter(isObj)) {
      const ty = typeOf(s);
      if (ty.includes('TextQuoteSelector') && !quote) quote = s;
      else if (ty.includes('TextPositionSelector') && !position) position = s;
      else if (ty.includes('FragmentSelector') && typeof s.value === 'string') {
        const m = /(?:^|&)page=(\d+)/.exec(s.value);
        if (m) page = Number(m[1]);
      }
    }
    if (quote) {
      target = t;
      break;
    }
  }
  if (!quote || !target) return skip('no TextQuoteSelector (nothing to find the passage by)', rawId);
  if (typeof quote.exact !== 'string' || quote.exact === '') return skip('TextQuoteSelector has no exact text', rawId);

  const source =
    typeof target.source === 'string' ? target.source : typeof item.uri === 'string' ? item.uri : undefined;
  if (!source) return skip('target has no source address', rawId);
  if (!URL.canParse(source)) return skip(`target source is not a URL: ${JSON.stringify(source.slice(0, 80))}`, rawId);

  const extrasRaw = item[EXTRAS_KEY];
  const extras: Obj = isObj(extrasRaw) ? extrasRaw : {};
  let id: string;
  const m = rawId && /^urn:uuid:([0-9a-fA-F-]{36})$/.exec(rawId);
  if (m) id = m[1]!.toLowerCase();
  else if (rawId && /^[0-9a-fA-F-]{36}$/.test(rawId)) id = rawId.toLowerCase();
  else id = uuidFromString(`${rawId ?? ''}|${source}|${quote.exact}|${String(item.created ?? '')}`);

  const created = toIso(item.created) ?? toIso(item.modified) ?? toIso(item.updated) ?? now;
  const modified = toIso(item.modified) ?? toIso(item.updated) ?? created;
  let title = typeof extras.title === 'string' ? extras.title : '';
  if (!title && isObj(item.document) && Array.isArray(item.document.title) && typeof item.document.title[0] === 'string') {
    title = item.document.title[0]; // Hypothesis
  }
  if (!title && typeof target.title === 'string') title = target.title;

  const candidate: Obj = {
    id,
    url: isObj(extrasRaw) ? source : normaliseUrl(source),
    title,
    selectors: {
      quote: {
        exact: quote.exact,
        prefix: typeof quote.prefix === 'string' ? quote.prefix : '',
        suffix: typeof quote.suffix === 'string' ? quote.suffix : '',
        ...longContextOf(extras),
      },
      ...(position && (position.start !== undefined || position.end !== undefined)
        ? { position: { start: position.start, end: position.end } }
        : {}),
    },
    note: readNote(item),
    createdAt: created,
    updatedAt: modified,
  };
  const pdfPage = extras.pdfPage ?? page;
  if (pdfPage !== undefined) candidate.pdfPage = pdfPage;
  for (const k of ['pdfFingerprint', 'eventType', 'eventDate', 'status'] as const) {
    if (extras[k] !== undefined) candidate[k] = extras[k];
  }
  if (candidate.status !== undefined && !HIGHLIGHT_STATUSES.includes(candidate.status as never)) {
    return skip(`status: unknown value ${JSON.stringify(candidate.status)}`, rawId);
  }
  const v = validateHighlight(candidate);
  if (!v.ok) return skip(v.reason, rawId);
  return { record: v.record };
}

/** Read a Web Annotation file (ours or another tool's). Every item is validated; what is unusable is listed with its reason. */
export function importWebAnnotationJson(input: string | unknown, now: Date = new Date()): ImportResult {
  let doc: unknown = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (e) {
      return { records: [], skipped: [], error: `not JSON: ${(e as Error).message}` };
    }
  }
  const found = findItems(doc);
  if ('error' in found) return { records: [], skipped: [], error: found.error };
  const records: SavedHighlight[] = [];
  const skipped: SkippedItem[] = [];
  const nowIso = now.toISOString();
  found.items.forEach((item, index) => {
    const r = readItem(item, index, nowIso);
    if ('record' in r) records.push(r.record);
    else skipped.push(r.skip);
  });
  return { records, skipped };
}
