// Matches in a compact form for a message between the service worker (which scans) and a page (which paints):
// a 5 MB page has tens of thousands of matches, most with one of a few hundred distinct values, so each value is
// sent once and each match is three numbers. The match text is not sent: it is text.slice(start, end).
import type { Match, MatchKind } from './types';

export interface WireMatches {
  /** Per match: start, end, index into `values`. In scan order. */
  spans: number[];
  /** Distinct [kind, value] pairs. */
  values: [MatchKind, Match['value']][];
}

export function encodeMatches(matches: Match[]): WireMatches {
  const spans: number[] = new Array(matches.length * 3);
  const values: WireMatches['values'] = [];
  const seen = new Map<string, number>();
  matches.forEach((m, i) => {
    const key = m.kind + JSON.stringify(m.value);
    let v = seen.get(key);
    if (v === undefined) {
      seen.set(key, (v = values.length));
      values.push([m.kind, m.value]);
    }
    spans[i * 3] = m.start;
    spans[i * 3 + 1] = m.end;
    spans[i * 3 + 2] = v;
  });
  return { spans, values };
}

/** How many matches `wire` holds. */
export const wireCount = (wire: WireMatches): number => Math.floor(wire.spans.length / 3);

/**
 * Match `i` of `wire` over `text` (the text that was scanned). Matches with the same value share the value
 * object: treat it as read-only.
 */
export function decodeMatch(text: string, wire: WireMatches, i: number): Match {
  const start = wire.spans[i * 3]!;
  const end = wire.spans[i * 3 + 1]!;
  const [kind, value] = wire.values[wire.spans[i * 3 + 2]!]!;
  return { kind, start, end, text: text.slice(start, end), value } as Match;
}

/** Checks a message from elsewhere before it is used: well formed, spans inside the text. */
export function isWireMatches(x: unknown, textLength: number): x is WireMatches {
  if (!x || typeof x !== 'object') return false;
  const { spans, values } = x as Partial<WireMatches>;
  if (!Array.isArray(spans) || !Array.isArray(values) || spans.length % 3 !== 0) return false;
  for (const v of values) {
    if (!Array.isArray(v) || !['term', 'section', 'duration', 'date'].includes(v[0] as string) || !v[1] || typeof v[1] !== 'object') return false;
  }
  for (let i = 0; i < spans.length; i += 3) {
    const s = spans[i]!;
    const e = spans[i + 1]!;
    const v = spans[i + 2]!;
    if (!Number.isInteger(s) || !Number.isInteger(e) || !Number.isInteger(v) || s < 0 || e < s || e > textLength || v < 0 || v >= values.length) return false;
  }
  return true;
}
