// What kind of image a file is and how big, read from its first bytes (no decoding), so a damaged or
// oversized photo is turned away with its own message before any recogniser or canvas sees it. Pure.

export type ImageKind = 'jpeg' | 'png' | 'webp';

export interface ImageInfo {
  kind: ImageKind;
  width: number;
  height: number;
}

/** Photos above this are scaled down before they are read (a 300 dpi A4 page is 8.7 megapixels). */
export const MAX_READ_PIXELS = 12_000_000;
/** Beyond this a file is not opened at all (decoding it would take over a gigabyte of memory). */
export const MAX_OPEN_PIXELS = 250_000_000;

export class ImageFileError extends Error {
  constructor(
    message: string,
    readonly reason: 'not-image' | 'damaged' | 'too-large',
  ) {
    super(message);
  }
}

export function imageKind(bytes: Uint8Array): ImageKind | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  return null;
}

/** The image's kind and size; throws ImageFileError when it is not a JPEG, PNG or WebP or its header is broken. */
export function imageInfo(bytes: Uint8Array): ImageInfo {
  const kind = imageKind(bytes);
  if (!kind) throw new ImageFileError('this is not a JPEG, PNG or WebP image', 'not-image');
  const size = kind === 'png' ? pngSize(bytes) : kind === 'jpeg' ? jpegSize(bytes) : webpSize(bytes);
  if (!size || size.width < 1 || size.height < 1) throw new ImageFileError(`the ${kind.toUpperCase()} image is damaged (its size cannot be read)`, 'damaged');
  if (size.width * size.height > MAX_OPEN_PIXELS) {
    throw new ImageFileError(`the image is ${megapixels(size)} megapixels, too large to open (the limit is ${MAX_OPEN_PIXELS / 1e6})`, 'too-large');
  }
  return { kind, ...size };
}

export function megapixels(size: { width: number; height: number }): number {
  return Math.round((size.width * size.height) / 1e5) / 10;
}

/** The size to read an image at: itself, or scaled down to MAX_READ_PIXELS keeping its shape. */
export function readingSize(size: { width: number; height: number }, maxPixels = MAX_READ_PIXELS): { width: number; height: number } {
  const pixels = size.width * size.height;
  if (pixels <= maxPixels) return { width: size.width, height: size.height };
  const k = Math.sqrt(maxPixels / pixels);
  return { width: Math.max(1, Math.floor(size.width * k)), height: Math.max(1, Math.floor(size.height * k)) };
}

function ascii(bytes: Uint8Array, from: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(from, from + length));
}

function u16be(b: Uint8Array, i: number) {
  return ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
}
function u32be(b: Uint8Array, i: number) {
  return u16be(b, i) * 65536 + u16be(b, i + 2);
}
function u16le(b: Uint8Array, i: number) {
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
}

function pngSize(b: Uint8Array) {
  if (b.length < 24 || ascii(b, 12, 4) !== 'IHDR') return null;
  return { width: u32be(b, 16), height: u32be(b, 20) };
}

function jpegSize(b: Uint8Array) {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    const length = u16be(b, i + 2);
    // SOF0-SOF15 carry the size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { width: u16be(b, i + 7), height: u16be(b, i + 5) };
    }
    if (length < 2) return null;
    i += 2 + length;
  }
  return null;
}

function webpSize(b: Uint8Array) {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X' && b.length >= 30) return { width: 1 + (b[24]! | (b[25]! << 8) | (b[26]! << 16)), height: 1 + (b[27]! | (b[28]! << 8) | (b[29]! << 16)) };
  if (chunk === 'VP8 ' && b.length >= 30) return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  return null;
}
