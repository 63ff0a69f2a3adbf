// Addresses of the viewer. Two forms reach it:
//   viewer.html?file=<encodeURIComponent(url)>   links made by CareLens itself (popup, tests, "open a file")
//   viewer.html?src=<url as the browser sent it>  redirects made by declarativeNetRequest, which cannot
//                                                 percent-encode: everything after "?src=" up to "#" is the
//                                                 URL, verbatim, and the original fragment follows as "#...".
// So "&", "#", spaces (already %20 on the wire) and non-ASCII characters survive both ways.

export interface ViewerTarget {
  /** The PDF's address, with its fragment when it had one. */
  url: string;
  /** Page asked for by a "#page=N" fragment. */
  page?: number;
}

export function parseViewerLocation(href: string): ViewerTarget | null {
  const hashAt = href.indexOf('#');
  const beforeHash = hashAt < 0 ? href : href.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : href.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt < 0) return null;
  const query = beforeHash.slice(queryAt + 1);
  let url: string | null = null;
  let fragment = hash;
  if (query.startsWith('src=')) {
    url = query.slice('src='.length);
  } else {
    const file = new URLSearchParams(query).get('file');
    if (file) {
      url = file;
      // A fragment inside the (encoded) file address is the PDF's own; the viewer's hash is ignored then.
      if (file.includes('#')) fragment = '';
    }
  }
  if (!url) return null;
  const full = url + fragment;
  const page = /[#&]page=(\d+)/.exec(full.slice(full.indexOf('#')))?.[1];
  return { url: full, ...(page && full.includes('#') ? { page: Number(page) } : {}) };
}

/** The viewer address for a PDF, for links CareLens makes itself. `base` is runtime.getURL('/viewer.html'). */
export function viewerUrlFor(base: string, pdfUrl: string): string {
  return `${base}?file=${encodeURIComponent(pdfUrl)}`;
}

/** The file name shown for an address: the last path segment, decoded. */
export function fileNameOf(url: string): string {
  try {
    const path = new URL(url).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || url;
  } catch {
    return url;
  }
}
