export { anchor, anchorMany, describe, findAll, CONTEXT_LENGTH, CONTEXT_LONG_LENGTH } from './anchor.ts';
export type { DescribedSelectors } from './anchor.ts';
export { anchoredDistance, contextSimilarity, prefixSimilarity, suffixSimilarity } from './similarity.ts';
export type { AnchorOptions, AnchorResult, AnchorStatus, Selectors, TextPosition, TextQuote } from './types.ts';
