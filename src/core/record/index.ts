export * from './schema.ts';
export { normaliseUrl, isTrackingParam } from './url.ts';
export { newId, uuidFromString } from './ids.ts';
export { mergeRecords, canonical } from './merge.ts';
export type { MergeReport } from './merge.ts';
export * from './web-annotation.ts';
