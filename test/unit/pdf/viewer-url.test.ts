import { describe, expect, it } from 'vitest';
import { fileNameOf, parseViewerLocation, viewerUrlFor } from '../../../src/pdf/viewer-url';

const base = 'chrome-extension://abc/viewer.html';
const awkward = 'http://127.0.0.1:8080/letters/Letter%20to%20Ms%20%C3%89llis.pdf?id=4&v=2#page=2';

describe('viewer addresses', () => {
  it('round-trips an address with &, #, spaces and non-ASCII characters through ?file=', () => {
    expect(parseViewerLocation(viewerUrlFor(base, awkward))).toEqual({ url: awkward, page: 2 });
    const raw = 'http://127.0.0.1/a b/é.pdf?x=1&y=2';
    expect(parseViewerLocation(viewerUrlFor(base, raw))?.url).toBe(raw);
  });

  it('reads the verbatim ?src= form of a redirect, with the fragment the browser carried over', () => {
    const redirected = `${base}?src=http://127.0.0.1:8080/letters/Letter%20to%20Ms%20%C3%89llis.pdf?id=4&v=2#page=2`;
    expect(parseViewerLocation(redirected)).toEqual({ url: awkward, page: 2 });
    expect(parseViewerLocation(`${base}?src=http://h/x.pdf?a=1&file=2`)).toEqual({ url: 'http://h/x.pdf?a=1&file=2' });
  });

  it('has no target without a file', () => {
    expect(parseViewerLocation(base)).toBeNull();
    expect(parseViewerLocation(`${base}?other=1`)).toBeNull();
  });

  it('names the file by its decoded last path segment', () => {
    expect(fileNameOf(awkward)).toBe('Letter to Ms Éllis.pdf');
    expect(fileNameOf('not a url')).toBe('not a url');
  });
});
