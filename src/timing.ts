// Timing marks (performance.mark) for the tests and the bench only. A page's own scripts share the performance
// timeline with the content script, so the shipped build makes none: `__CARELENS_TIMING__` is true only in the test
// build (`wxt build --mode test`, see wxt.config.ts) and in unit tests, and the bundler drops the calls elsewhere.
declare const __CARELENS_TIMING__: boolean;

/** Does this build make timing marks? */
export const TIMING = typeof __CARELENS_TIMING__ !== 'undefined' && __CARELENS_TIMING__;

/** performance.mark in the test build; nothing in the shipped one. */
export function timingMark(name: string, detail?: unknown): void {
  if (TIMING) performance.mark(name, detail === undefined ? undefined : { detail });
}
