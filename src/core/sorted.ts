// Binary search over anything sorted (offsets, spans, runs, pages on screen): the one loop the detectors, the text
// index, the hit test and the PDF view share. The list is given as a count and a test on an index, so it serves
// arrays, typed arrays and lists of objects alike.

/** The first index in [from, count) where `holds` is true, `holds` being false then true along the list (else count). */
export function firstIndexWhere(count: number, holds: (i: number) => boolean, from = 0): number {
  let lo = from;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The last index in [0, count) where `holds` is true, `holds` being true then false along the list (else -1). */
export function lastIndexWhere(count: number, holds: (i: number) => boolean): number {
  return firstIndexWhere(count, (i) => !holds(i)) - 1;
}
