// The names a page's own scripts can read where CareLens reads: the tag of our one element (host.ts) and the names
// of the marks' highlights in the page's registry (CSS.highlights, highlights.ts and highlights.css). The page may
// see the marks on its own words; these names do not say which product drew them.
export const HOST_TAG = 'ui-layer-host';

/** Each kind of mark's highlight is named `${HIGHLIGHT_PREFIX}${kind}` (mark-term, mark-section ...). */
export const HIGHLIGHT_PREFIX = 'mark-';
