export { CareLensDB, DB_NAME, SCHEMA_V1, SCHEMA_V2, upgradeToV2 } from './db.ts';
export type { StoredHighlight } from './db.ts';
export { HighlightRepository } from './repository.ts';
export type { HighlightPatch, ImportReport, ListOptions, RepositoryOptions } from './repository.ts';
export { ConflictError, NotFoundError, StorageError, StorageQuotaError, ValidationError, mapStorageError } from './errors.ts';
