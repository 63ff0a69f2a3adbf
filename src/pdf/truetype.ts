// The little of a TrueType font that laying out text needs: which glyph draws a character (the `cmap` table)
// and how wide each glyph is (`hmtx`), in thousandths of an em. Pure: bytes in, numbers out.

export interface TrueTypeFont {
  bytes: Uint8Array;
  /** The glyph for a character (a code point), 0 (the font's "missing" glyph) when the font has none. */
  glyphOf(codePoint: number): number;
  /** A glyph's advance width in thousandths of an em. */
  advanceOf(glyph: number): number;
}

export class FontError extends Error {}

export function readTrueType(bytes: Uint8Array): TrueTypeFont {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    tables.set(String.fromCharCode(...bytes.subarray(at, at + 4)), view.getUint32(at + 8));
  }
  const table = (tag: string) => {
    const at = tables.get(tag);
    if (at === undefined) throw new FontError(`the font has no ${tag} table`);
    return at;
  };
  const unitsPerEm = view.getUint16(table('head') + 18);
  const metricCount = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const glyphOf = characterMap(view, table('cmap'));
  return {
    bytes,
    glyphOf,
    advanceOf(glyph) {
      const advance = view.getUint16(hmtx + 4 * Math.min(glyph, metricCount - 1));
      return Math.round((advance * 1000) / unitsPerEm);
    },
  };
}

/** The best Unicode subtable: format 12 (all planes) when there is one, else format 4 (the basic plane). */
function characterMap(view: DataView, cmap: number): (codePoint: number) => number {
  const subtables = view.getUint16(cmap + 2);
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < subtables; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const at = cmap + view.getUint32(cmap + 8 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = view.getUint16(at);
    if (format === 12) format12 = at;
    if (format === 4) format4 = at;
  }
  if (format12 >= 0) {
    const groups = view.getUint32(format12 + 12);
    return (codePoint) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = format12 + 16 + mid * 12;
        const start = view.getUint32(at);
        const end = view.getUint32(at + 4);
        if (codePoint < start) hi = mid - 1;
        else if (codePoint > end) lo = mid + 1;
        else return view.getUint32(at + 8) + codePoint - start;
      }
      return 0;
    };
  }
  if (format4 < 0) throw new FontError('the font has no Unicode character map');
  const segments = view.getUint16(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const offsets = deltas + segments * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let i = 0; i < segments; i++) {
      if (codePoint > view.getUint16(ends + i * 2)) continue;
      const start = view.getUint16(starts + i * 2);
      if (codePoint < start) return 0;
      const delta = view.getInt16(deltas + i * 2);
      const offset = view.getUint16(offsets + i * 2);
      if (!offset) return (codePoint + delta) & 0xffff;
      const glyph = view.getUint16(offsets + i * 2 + offset + (codePoint - start) * 2);
      return glyph ? (glyph + delta) & 0xffff : 0;
    }
    return 0;
  };
}
