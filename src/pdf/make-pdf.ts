// Small PDFs written by CareLens itself, so photos and Word documents open in the same reader as PDFs
// (marks, cards, find, saving and the letter check all work on a PDF): photos become an image-only PDF,
// one photo a page, read by the recogniser like any scan; a Word document's text becomes a text PDF in
// Helvetica (one of the fonts every PDF reader has), its paragraphs wrapped to the page.
// Pure: no DOM; the caller gives JPEG bytes (the browser re-encodes PNG and WebP to JPEG).

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

/** Paragraphs ("\n\n" apart in the core's text model) laid out on A4 pages in 11 pt Helvetica. */
export function textPdf(paragraphs: readonly string[], title: string): Uint8Array {
  const writer = new PdfWriter();
  const pagesId = writer.reserve();
  const fontId = writer.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const size = 11;
  const leading = size * 1.45;
  const pages: string[][] = [[]];
  let y = A4.height - MARGIN;
  for (const paragraph of paragraphs) {
    for (const line of wrap(paragraph, (A4.width - 2 * MARGIN) / size)) {
      if (y < MARGIN) {
        pages.push([]);
        y = A4.height - MARGIN;
      }
      pages[pages.length - 1]!.push(`BT /F1 ${size} Tf ${MARGIN} ${num(y)} Td ${pdfString(line)} Tj ET`);
      y -= leading;
    }
    y -= size * 0.8;
  }
  const pageIds = pages.map((lines) => {
    const content = lines.join('\n');
    const bytes = winAnsi(content);
    const contentId = writer.add(`<< /Length ${bytes.length} >>`, bytes);
    return writer.add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${num(A4.width)} ${num(A4.height)}] /Resources << /Font << /F1 ${fontId} 0 R >> >> /Contents ${contentId} 0 R >>`);
  });
  return writer.finish(pagesId, pageIds, title);
}

/** Helvetica's advance widths (thousandths of an em) for the characters that differ most from 556. */
const NARROW = new Map<string, number>([
  ...[...' ,.:;!|'].map((c) => [c, 278] as [string, number]),
  ...[..."iljI'"].map((c) => [c, 222] as [string, number]),
  ...[...'ftr()[]/-'].map((c) => [c, 333] as [string, number]),
  ...[...'mMW'].map((c) => [c, 833] as [string, number]),
  ...[...'wABCDEGHKNOQRSUVXYZ&%@'].map((c) => [c, 722] as [string, number]),
]);

function widthInEms(text: string): number {
  let width = 0;
  for (const c of text) width += NARROW.get(c) ?? 556;
  return width / 1000;
}

function wrap(paragraph: string, widthInEmsAvailable: number): string[] {
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

const WIN_ANSI_EXTRA: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e,
  '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** Text as WinAnsi bytes (Helvetica's encoding); a character it cannot show becomes "?". */
function winAnsi(text: string): Uint8Array {
  const out: number[] = [];
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out.push(code);
    else out.push(WIN_ANSI_EXTRA[c] ?? 0x3f);
  }
  return Uint8Array.from(out);
}

function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
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
    const info = this.add(`<< /Title ${pdfString(title.replace(/[^\x20-\x7e]/g, '?'))} /Creator (CareLens) >>`);
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
