// Dates the person corrected (a date read from a scan with low confidence) written back into the text, so
// the letter check reads the corrected date where the recogniser's reading stood. Pure.

export interface DateCorrection {
  /** The recognised date's span in the original text. */
  start: number;
  end: number;
  /** YYYY-MM-DD, as the person corrected it. */
  iso: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "24 February 2026": a form every date reader in CareLens reads the same way. */
export function writtenDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** The text with each corrected date written in, and the original offset of an offset in the new text. */
export function applyDateCorrections(text: string, corrections: readonly DateCorrection[]): { text: string; toOriginal: (offset: number) => number } {
  const sorted = [...corrections].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  const shifts: { from: number; delta: number }[] = [];
  let delta = 0;
  for (const c of sorted) {
    if (c.start < at) continue; // overlapping corrections: the first one stands
    out += text.slice(at, c.start);
    const written = writtenDate(c.iso);
    out += written;
    delta += written.length - (c.end - c.start);
    shifts.push({ from: out.length, delta });
    at = c.end;
  }
  out += text.slice(at);
  return {
    text: out,
    toOriginal: (offset) => {
      let d = 0;
      for (const s of shifts) if (offset >= s.from) d = s.delta;
      return offset - d;
    },
  };
}
