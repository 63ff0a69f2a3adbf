// What a page's own scripts can find of CareLens, for the privacy and reading tests.

/** What a page's own script can find of CareLens (run in the page's world). */
export const PAGE_TRACES = `(() => {
  const marks = performance.getEntries().filter((e) => /carelens/i.test(e.name)).map((e) => e.name);
  const highlights = [...CSS.highlights.keys()];
  const elements = [...document.querySelectorAll('*')].filter((e) => e.tagName.includes('-') || e.shadowRoot !== null || /carelens/i.test(e.outerHTML.slice(0, 200))).map((e) => e.tagName);
  const adopted = document.adoptedStyleSheets.length;
  let rules = 0;
  for (const sheet of document.styleSheets) { try { rules += [...sheet.cssRules].filter((r) => /highlight|carelens/i.test(r.cssText)).length; } catch {} }
  const styled = getComputedStyle(document.documentElement, '::highlight(mark-term)').textDecorationLine;
  return { marks, highlights, elements, adopted, rules, styled };
})()`;

/** A page with nothing of CareLens in it. */
export const NO_TRACE = { marks: [], highlights: [], elements: [], adopted: 0, rules: 0, styled: 'none' };

/**
 * A page script's watch from the start of the page (an init script in the page's world): every event a selection
 * makes, every message posted to the window, and every layout shift with the rectangles that moved.
 */
export const PAGE_WATCH = `(() => {
  const seen = (window.__seen = { events: [], messages: [], shifts: [] });
  for (const type of ['selectionchange', 'selectstart', 'select', 'copy', 'contextmenu'])
    document.addEventListener(type, () => seen.events.push(type), true);
  window.addEventListener('message', (e) => seen.messages.push(typeof e.data === 'string' ? e.data : JSON.stringify(e.data)), true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      seen.shifts.push((e.sources || []).map((s) => [s.node && s.node.nodeName, JSON.stringify(s.previousRect), JSON.stringify(s.currentRect)]));
  }).observe({ type: 'layout-shift', buffered: true });
})()`;

/**
 * Everything a page script can read that CareLens might have touched, as one value: the highlight registry (names
 * and the text of every range), the DOM (markup, every element's tag, our host's box, attributes and shadow root as
 * the page sees it), the performance timeline (names and types, sorted; the test build's own timing marks, named
 * carelens:*, are left out: the shipped build has none; long animation frames by the scripts they name), every stylesheet's rules and the adopted ones, the
 * computed style of every element and of each highlight name on it, the page's scroll size, and what PAGE_WATCH
 * saw, after posting messages a listener might answer.
 */
export const PAGE_SNAPSHOT = `(async () => {
  window.postMessage({ type: 'carelens:get-report' }, '*');
  window.postMessage('carelens', '*');
  await new Promise((r) => setTimeout(r, 300));
  const highlights = [...CSS.highlights.entries()].map(([name, h]) => [name, h.priority, [...h].map((r) => r instanceof Range ? r.toString() : r.startContainer.textContent.slice(r.startOffset, r.endOffset))]);
  const host = [...document.documentElement.children].find((e) => e !== document.head && e !== document.body) || null;
  const hostView = host && { tag: host.tagName, attributes: host.attributes.length, shadowRoot: host.shadowRoot, children: host.children.length, box: JSON.stringify(host.getBoundingClientRect()) };
  const entries = performance.getEntries();
  // (long animation frames come and go with the machine's load: compared apart, by whose scripts they name)
  const timeline = entries.filter((e) => !e.name.startsWith('carelens:') && e.entryType !== 'long-animation-frame').map((e) => e.entryType + ' ' + e.name).sort();
  const frameScripts = entries.filter((e) => e.entryType === 'long-animation-frame').flatMap((e) => (e.scripts || []).map((s) => s.sourceURL + ' ' + s.invoker)).filter((s) => /chrome-extension|carelens/i.test(s));
  const sheets = [...document.styleSheets, ...document.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\\n'));
  const names = [...CSS.highlights.keys()];
  const styles = [...document.querySelectorAll('body *')].map((e) => {
    const cs = getComputedStyle(e);
    let all = '';
    for (let i = 0; i < cs.length; i++) all += cs[i] + ':' + cs.getPropertyValue(cs[i]) + ';';
    for (const n of names) all += n + ':' + getComputedStyle(e, '::highlight(' + n + ')').backgroundColor;
    return e.tagName + '{' + all + '}';
  });
  return {
    highlights,
    markup: document.documentElement.outerHTML,
    host: hostView,
    timeline,
    frameScripts,
    sheets,
    styles,
    scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
    selection: String(getSelection()),
    seen: window.__seen,
  };
})()`;

/**
 * Every name a page's script can read where CareLens reads (run in the page's world, after PAGE_WATCH): the
 * highlight registry's names, every element's tag, the markup, every performance entry (none left out) and the
 * messages posted to the window, less the two the test posts itself.
 */
export const PAGE_NAMES = `(async () => {
  window.postMessage({ type: 'carelens:get-report' }, '*');
  window.postMessage('carelens', '*');
  await new Promise((r) => setTimeout(r, 300));
  const own = ['{"type":"carelens:get-report"}', 'carelens'];
  return {
    highlights: [...CSS.highlights.keys()],
    tags: [...new Set([...document.querySelectorAll('*')].map((e) => e.tagName))],
    markup: document.documentElement.outerHTML,
    timeline: performance.getEntries().map((e) => e.entryType + ' ' + e.name),
    messages: window.__seen.messages.filter((m) => !own.includes(m)),
    events: window.__seen.events,
  };
})()`;
