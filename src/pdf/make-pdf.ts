// Small PDFs written by CareLens itself, so photos and Word documents open in the same reader as PDFs
// (marks, cards, find, saving and the letter check all work on a PDF): photos become an image-only PDF,
// one photo a page, read by the recogniser like any scan; a Word document's text becomes a text PDF in an
// embedded font (Liberation Sans, which pdf.js ships), its paragraphs wrapped to the page. Every distinct
// character gets its own code with its Unicode value beside it (a ToUnicode map), so the text reads back
// exactly whatever it holds (curly quotes, dashes, £, Polish or Romanian names), even a character the font
// cannot draw (it shows as an empty box, and is still found, marked and saved as written).
// Pure: no DOM; the caller gives JPEG bytes (the browser re-encodes PNG and WebP to JPEG) and the font.
import type { TrueTypeFont } from './truetype';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 64;

export interface JpegPage {
  jpeg: Uint8Array;
  width: number;
  height: number;
  /** 1 (grey) or 3 (colour) components. */
  components?: 1 | 3;
}

/** One page a photo, A4 wide, as tall as the photo's shape needs. */
export function imagesPdf(pages: readonly JpegPage[], title: string): Uint8Array {
  const writer = new PdfWriter();
  const pageIds: number[] = [];
  const pagesId = writer.reserve();
  for (const page of pages) {
    const height = (A4.width * page.height) / page.width;
    const image = writer.add(
      `<< /Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} /ColorSpace /${page.components === 1 ? 'DeviceGray' : 'DeviceRGB'} /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.length} >>`,
      page.jpeg,
    );
    const content = `q ${num(A4.width)} 0 0 ${num(height)} 0 0 cm /Im0 Do Q`;
    const contentId = writer.add(`<< /Length ${content.length} >>`, content);
    pageIds.push(writer.add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${num(A4.width)} ${num(height)}] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${contentId} 0 R >>`));
  }
  return writer.finish(pagesId, pageIds, title);
}

/** Paragraphs ("\n\n" apart in the core's text model) laid out on A4 pages in 11 pt of `font`. */
export function textPdf(paragraphs: readonly string[], title: string, font: TrueTypeFont): Uint8Array {
  const writer = new PdfWriter();
  const pagesId = writer.reserve();
  const codes = new Map<string, number>();
  const codeOf = (character: string) => {
    let code = codes.get(character);
    if (code === undefined) codes.set(character, (code = codes.size + 1));
    return code;
  };
  const widthInEms = (text: string) => {
    let width = 0;
    for (const c of text) width += font.advanceOf(font.glyphOf(c.codePointAt(0)!));
    return width / 1000;
  };
  const size = 11;
  const leading = size * 1.45;
  const pages: string[][] = [[]];
  let y = A4.height - MARGIN;
  for (const paragraph of paragraphs) {
    for (const line of wrap(paragraph, (A4.width - 2 * MARGIN) / size, widthInEms)) {
      if (y < MARGIN) {
        pages.push([]);
        y = A4.height - MARGIN;
      }
      const shown = [...line].map((c) => codeOf(c).toString(16).padStart(4, '0')).join('');
      pages[pages.length - 1]!.push(`BT /F1 ${size} Tf ${MARGIN} ${num(y)} Td <${shown}> Tj ET`);
      y -= leading;
    }
    y -= size * 0.8;
  }
  const fontId = embedFont(writer, font, codes);
  const pageIds = pages.map((lines) => {
    const content = lines.join('\n');
    const contentId = writer.add(`<< /Length ${content.length} >>`, content);
    return writer.add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${num(A4.width)} ${num(A4.height)}] /Resources << /Font << /F1 ${fontId} 0 R >> >> /Contents ${contentId} 0 R >>`);
  });
  return writer.finish(pagesId, pageIds, title);
}

/** The font as a Type 0 font whose codes are `codes` (character -> code): each code draws its character's glyph and reads back as it. */
function embedFont(writer: PdfWriter, font: TrueTypeFont, codes: ReadonlyMap<string, number>): number {
  const characters = [...codes.keys()];
  const fontFile = writer.add(`<< /Length ${font.bytes.length} /Length1 ${font.bytes.length} >>`, font.bytes);
  const descriptor = writer.add(
    `<< /Type /FontDescriptor /FontName /LiberationSans /Flags 32 /FontBBox [-203 -303 1050 910] /ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 729 /StemV 80 /FontFile2 ${fontFile} 0 R >>`,
  );
  const glyphs = characters.map((c) => font.glyphOf(c.codePointAt(0)!));
  const codeToGlyph = new Uint8Array(2 * (characters.length + 1));
  glyphs.forEach((glyph, i) => {
    codeToGlyph[2 * (i + 1)] = glyph >> 8;
    codeToGlyph[2 * (i + 1) + 1] = glyph & 0xff;
  });
  const glyphMap = writer.add(`<< /Length ${codeToGlyph.length} >>`, codeToGlyph);
  const widths = glyphs.map((glyph) => font.advanceOf(glyph)).join(' ');
  const cidFont = writer.add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /LiberationSans /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 556 /W [1 [${widths}]] /CIDToGIDMap ${glyphMap} 0 R >>`,
  );
  const toUnicode = writer.add(...stream(toUnicodeMap(characters)));
  return writer.add(`<< /Type /Font /Subtype /Type0 /BaseFont /LiberationSans /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`);
}

/** A ToUnicode CMap: code i + 1 is characters[i] (UTF-16, so characters beyond the basic plane too). */
function toUnicodeMap(characters: readonly string[]): string {
  const entries = characters.map((c, i) => `<${(i + 1).toString(16).padStart(4, '0')}> <${utf16Hex(c)}>`);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /CareLens-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <ffff> endcodespacerange',
    ...blocks,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
}

function stream(content: string): [string, string] {
  return [`<< /Length ${content.length} >>`, content];
}

function wrap(paragraph: string, widthInEmsAvailable: number, widthInEms: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && widthInEms(candidate) > widthInEmsAvailable) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/** A PDF text string: as it is when plain ASCII, else UTF-16 with its byte-order mark. */
function textString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return pdfString(text);
  return `<feff${utf16Hex(text)}>`;
}

/** Text as UTF-16 code units in hex (a JavaScript string is UTF-16 already). */
function utf16Hex(text: string): string {
  let hex = '';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return hex;
}

function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

class PdfWriter {
  private objects: (Uint8Array | null)[] = [];

  reserve(): number {
    this.objects.push(null);
    return this.objects.length;
  }

  add(dictionary: string, stream?: string | Uint8Array, id = this.reserve()): number {
    const head = new TextEncoder().encode(`${id} 0 obj\n${dictionary}\n`);
    const body = stream === undefined ? new Uint8Array() : concat([new TextEncoder().encode('stream\n'), typeof stream === 'string' ? new TextEncoder().encode(stream) : stream, new TextEncoder().encode('\nendstream\n')]);
    this.objects[id - 1] = concat([head, body, new TextEncoder().encode('endobj\n')]);
    return id;
  }

  finish(pagesId: number, pageIds: number[], title: string): Uint8Array {
    this.add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`, undefined, pagesId);
    const info = this.add(`<< /Title ${textString(title)} /Creator (CareLens) >>`);
    const catalog = this.add(`<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
    const header = new TextEncoder().encode('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
    const parts: Uint8Array[] = [header];
    const offsets: number[] = [];
    let offset = header.length;
    for (const object of this.objects) {
      offsets.push(offset);
      parts.push(object!);
      offset += object!.length;
    }
    const xref = [`xref\n0 ${this.objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
    parts.push(new TextEncoder().encode(`${xref}trailer\n<< /Size ${this.objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
    return concat(parts);
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
