// Time slicing: run a job in slices with a deadline, so no task we run blocks the page for long.
//   - idle mode (rescans after changes): requestIdleCallback slices of at most SLICE_MS;
//   - busy mode (the first read of a page, which the user is waiting for): slices of BUSY_SLICE_MS back to
//     back, each a task of its own (MessageChannel), so input and rendering still get in between; the first
//     slice of a job runs in the task that started it when that task has time left (see beginTask).
// Every slice is logged (start, end) for the content bench: it attributes the page's long tasks to us when
// they overlap one of our slices (ourSlices()).
export const SLICE_MS = 12;
/** A slice's budget in busy mode: reading a 5 MB page, a minor garbage collection (5-15 ms, most of it the isolated
 *  world's wrappers of the nodes read) now and then lands inside a slice, and the task must stay under 50 ms. */
export const BUSY_SLICE_MS = 16;

type Job = (timeUp: () => boolean) => boolean; // returns true when finished

const LOG_MAX = 4096;
const log: [number, number, string][] = [];

/** Records a task of ours that is not a slice (e.g. the content script's start): [at, at + ms, what]. */
export function noteTask(start: number, end = performance.now(), name = 'task'): void {
  if (log.length < LOG_MAX) log.push([start, end, name]);
}

/** Our slices so far as [start, end, what] (performance.now() times; what: the job's name), at most LOG_MAX. */
export function ourSlices(): [number, number, string][] {
  return log.slice();
}

/** A task soon, without waiting for idle time: a message to ourselves (no 4 ms clamp like setTimeout). */
function soon(win: Window & typeof globalThis): (cb: () => void) => void {
  const ch = new win.MessageChannel();
  const queue: (() => void)[] = [];
  ch.port1.onmessage = () => queue.shift()?.();
  return (cb) => {
    queue.push(cb);
    ch.port2.postMessage(0);
  };
}

/**
 * When the latest task of ours began: a slice, or a task marked with beginTask. At first, when this module was
 * evaluated: the content script's own task began then, with the evaluation of its bundle.
 */
let taskBegan = performance.now();
/** The least time left in the running task for a busy job to start its first slice there, not in a task of its own. */
const MIN_CARRY_MS = 6;

/**
 * Marks the start of a task of ours that is not a slice (the content script's start, a message from the service
 * worker): a busy job started in it runs its first slice in it while the task has time left (one hop fewer).
 */
export function beginTask(): void {
  taskBegan = performance.now();
}

export function runSliced(
  win: Window & typeof globalThis,
  job: Job,
  opts: { timeout?: number; signal?: AbortSignal; busy?: boolean; /** in the slice log (benchmarks) */ name?: string } = {},
): Promise<void> {
  const ric: (cb: (d: IdleDeadline) => void, o?: { timeout: number }) => number =
    typeof win.requestIdleCallback === 'function'
      ? win.requestIdleCallback.bind(win)
      : (cb) => win.setTimeout(() => cb({ didTimeout: true, timeRemaining: () => SLICE_MS } as IdleDeadline), 1);
  const next = opts.busy ? soon(win) : null;
  return new Promise((resolve) => {
    const tick = (deadline: IdleDeadline | null, carry?: number) => {
      if (opts.signal?.aborted) return resolve();
      const start = performance.now();
      if (carry === undefined) taskBegan = start;
      const budget =
        carry ?? (deadline ? Math.min(SLICE_MS, Math.max(4, deadline.didTimeout ? SLICE_MS : deadline.timeRemaining())) : BUSY_SLICE_MS);
      const timeUp = () => performance.now() - start >= budget;
      let finished = false;
      try {
        finished = job(timeUp);
      } catch (e) {
        console.warn('CareLens:', e);
        finished = true;
      }
      noteTask(start, performance.now(), opts.name);
      if (finished) resolve();
      else schedule();
    };
    const schedule = () => (next ? next(() => tick(null)) : ric((d) => tick(d), { timeout: opts.timeout ?? 100 }));
    // Busy: the first slice in the running task when it has time left (a page's phases then follow without a
    // hop between them); `taskBegan` of an earlier task only makes the time left look shorter.
    const left = BUSY_SLICE_MS - (performance.now() - taskBegan);
    if (opts.busy && left >= MIN_CARRY_MS) tick(null, left);
    else schedule();
  });
}
