// The knowledge base: terms, acts, timescales and where sources disagree. Data only, no DOM.
export * from './types';
export * from './term-ids';
export * from './terms';
export * from './acts';
export * from './timescales';
export * from './conflicts';
export * from './currency';
