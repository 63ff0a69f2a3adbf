// Record ids: random v4 UUIDs for new records; for annotations imported from other tools (whose
// ids are not UUIDs) a stable UUID derived from their id, so importing the same file twice merges.

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** A deterministic RFC 9562 version-8 UUID from any string (four 32-bit FNV-1a/murmur mixes). */
export function uuidFromString(input: string): string {
  const words = [0x811c9dc5, 0x01000193 ^ 0x9e3779b9, 0x85ebca6b, 0xc2b2ae35].map((seed) => {
    let h = seed >>> 0;
    for (let i = 0; i < input.length; i++) {
      h ^= input.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
  });
  const hex = words.map((w) => w.toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
