// htmlToText: the visible text of an HTML document as one flat string, without a DOM.
// Drops script/style/noscript/template (and head metadata), decodes entities, and puts a newline at
// block boundaries so that detectors never join two paragraphs. Linear: one left-to-right pass.

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'textarea', 'select']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'legend', 'li', 'main',
  'nav', 'ol', 'option', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const CELL = new Set(['td', 'th']);

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', hellip: '…', pound: '£', euro: '€', copy: '©', reg: '®', trade: '™', bull: '•', middot: '·',
  sect: '§', para: '¶', shy: '', zwnj: '', zwj: '', deg: '°', frac12: '½', times: '×', eacute: 'é', egrave: 'è', aacute: 'á',
  ouml: 'ö', uuml: 'ü', auml: 'ä', ccedil: 'ç', laquo: '«', raquo: '»', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
};

export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined || hex !== undefined) {
      const cp = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
      if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(cp);
    }
    const v = NAMED[name!] ?? NAMED[name!.toLowerCase()];
    return v ?? whole;
  });
}

/** Visible text of an HTML string. */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let i = 0;
  const n = html.length;
  const newline = () => {
    const last = parts[parts.length - 1];
    if (last !== undefined && !last.endsWith('\n')) parts.push('\n');
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      parts.push(collapse(decodeEntities(html.slice(i))));
      break;
    }
    if (lt > i) parts.push(collapse(decodeEntities(html.slice(i, lt))));
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      const close = html.indexOf(']]>', lt + 9);
      parts.push(collapse(html.slice(lt + 9, close < 0 ? n : close)));
      i = close < 0 ? n : close + 3;
      continue;
    }
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 64));
    if (!m) {
      if (html.charAt(lt + 1) === '!' || html.charAt(lt + 1) === '?') {
        const close = html.indexOf('>', lt);
        i = close < 0 ? n : close + 1;
      } else {
        parts.push('<');
        i = lt + 1;
      }
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    const end = tagEnd(html, lt + m[0].length);
    i = end;
    if (!closing && SKIP.has(name) && !html.slice(lt, end).endsWith('/>')) {
      // Skip to the matching close tag (no nesting for these elements).
      const closeRe = new RegExp(`</${name}\\s*>`, 'ig');
      closeRe.lastIndex = end;
      const c = closeRe.exec(html);
      i = c ? c.index + c[0].length : n;
      if (name === 'head' || name === 'title') newline();
      continue;
    }
    // A table row stays one line with its cells parted by tabs (as a browser's innerText gives it), so a row's label
    // and its date are read together.
    if (CELL.has(name)) {
      if (!closing) parts.push('\t');
    } else if (BLOCK.has(name)) newline();
  }
  return parts
    .join('')
    .replace(/ {2,}/g, ' ')
    .replace(/[ \t]*\n[ \t\n]*/g, '\n')
    .replace(/ ?\t[ \t]*/g, '\t')
    .replace(/^\n+|\n+$/g, '');
}

/** Index just after the ">" that ends a tag starting before `from`, honouring quoted attributes. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  for (let j = from; j < html.length; j++) {
    const c = html.charCodeAt(j);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return j + 1;
  }
  return html.length;
}

const collapse = (s: string): string => s.replace(/[ \t\r\n\f]+/g, (w) => (w === ' ' ? w : ' '));
