// Typed storage errors with messages a user can act on.

export class StorageError extends Error {
  override name = 'StorageError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The browser refused to store more. The transaction was rolled back: nothing was lost, nothing half-written. */
export class StorageQuotaError extends StorageError {
  override name = 'StorageQuotaError';
  constructor(options?: { cause?: unknown }) {
    super(
      'Your browser has no more room for CareLens data, so this change was not saved. ' +
        'Everything saved before is safe. Export your case record, then delete passages you no longer need or free up disk space, and try again.',
      options,
    );
  }
}

/** Someone else (another tab) changed the record since it was read, on the same fields. */
export class ConflictError extends StorageError {
  override name = 'ConflictError';
  constructor(
    readonly id: string,
    readonly fields: string[],
    /** The record as it is stored now, for the UI to show. */
    readonly current: unknown,
  ) {
    super(
      `This passage was changed in another tab or window (${fields.join(', ')}). ` +
        'Your edit was not saved so that neither change is lost: reload the passage and make your edit again.',
    );
  }
}

export class NotFoundError extends StorageError {
  // Not 'NotFoundError': Dexie re-wraps errors that carry names of IndexedDB errors.
  override name = 'RecordNotFoundError';
  constructor(readonly id: string) {
    super(`No saved passage with id ${id}.`);
  }
}

export class ValidationError extends StorageError {
  override name = 'ValidationError';
  constructor(readonly reason: string) {
    super(`The passage could not be saved: ${reason}`);
  }
}

function isQuota(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 4) return false;
  const err = e as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (err.name === 'QuotaExceededError' || err.code === 22 || err.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (isQuota(err.inner, depth + 1) || isQuota(err.cause, depth + 1)) return true;
  if (Array.isArray(err.failures)) return err.failures.some((f) => isQuota(f, depth + 1));
  return false;
}

/** Map low-level failures (Dexie wraps them) to our typed errors; others pass through. */
export function mapStorageError(e: unknown): unknown {
  if (e instanceof StorageError) return e;
  const inner = (e as { inner?: unknown } | null)?.inner;
  if (inner instanceof StorageError) return inner;
  if (isQuota(e)) return new StorageQuotaError({ cause: e });
  return e;
}
