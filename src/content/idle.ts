// Time slicing: run a job in idle-time slices of at most SLICE_MS each, so no task we run blocks the page.
export const SLICE_MS = 12;

type Job = (timeUp: () => boolean) => boolean; // returns true when finished

export function runSliced(win: Window & typeof globalThis, job: Job, opts: { timeout?: number; signal?: AbortSignal } = {}): Promise<void> {
  const ric: (cb: (d: IdleDeadline) => void, o?: { timeout: number }) => number =
    typeof win.requestIdleCallback === 'function'
      ? win.requestIdleCallback.bind(win)
      : (cb) => win.setTimeout(() => cb({ didTimeout: true, timeRemaining: () => SLICE_MS } as IdleDeadline), 1);
  return new Promise((resolve) => {
    const tick = (deadline: IdleDeadline) => {
      if (opts.signal?.aborted) return resolve();
      const start = performance.now();
      const budget = Math.min(SLICE_MS, Math.max(4, deadline.didTimeout ? SLICE_MS : deadline.timeRemaining()));
      const timeUp = () => performance.now() - start >= budget;
      let finished = false;
      try {
        finished = job(timeUp);
      } catch (e) {
        console.warn('CareLens:', e);
        finished = true;
      }
      if (finished) resolve();
      else ric(tick, { timeout: opts.timeout ?? 100 });
    };
    ric(tick, { timeout: opts.timeout ?? 100 });
  });
}
