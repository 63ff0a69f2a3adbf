export type DeadlineErrorCode =
  | 'invalid-date' // not YYYY-MM-DD, or not a real date ("2023-02-29")
  | 'invalid-time' // an hours rule without a usable date-time
  | 'unknown-rule'
  | 'unknown-event'
  | 'unknown-nation'
  | 'no-fixed-figure' // R6: the source sets no number
  | 'not-computable' // a rule with a figure the engine cannot turn into a date (e.g. "read the order")
  | 'beyond-table'; // a date outside the holiday table's years

/** A problem a person can act on; `message` is written for them. */
export class DeadlineError extends Error {
  constructor(
    readonly code: DeadlineErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DeadlineError';
  }
}
