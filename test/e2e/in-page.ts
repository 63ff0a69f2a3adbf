// Functions that run inside a page, shared by the Chromium (Playwright) and Firefox (puppeteer) suites: both send a
// function's source to the page, so these must use nothing from outside their own body.

/** Before the page's scripts run: records every DOM mutation from DOMContentLoaded on, and the markup at that time. */
export function recordPageMutations(): void {
  const w = window as unknown as { __records: string[]; __before: string };
  w.__records = [];
  document.addEventListener('DOMContentLoaded', () => {
    w.__before = document.documentElement.outerHTML;
    new MutationObserver((records) => {
      for (const r of records) {
        const added = [...r.addedNodes].map((n) => n.nodeName).join(',');
        const removed = [...r.removedNodes].map((n) => n.nodeName).join(',');
        w.__records.push(`${r.type} ${r.target.nodeName} ${r.attributeName ?? ''} +[${added}] -[${removed}]`);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** Selects the first occurrence of `needle` in the page (it must sit inside one text node). */
export function selectFirst(needle: string): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + needle.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return;
  }
  throw new Error(`text not found: ${needle}`);
}

/** Drops a file (its bytes and name) on the page's <main>, as a person dragging it from their computer. */
export function dropFileOnMain([data, name]: [number[], string]): void {
  const transfer = new DataTransfer();
  transfer.items.add(new File([new Uint8Array(data)], name, { type: 'application/pdf' }));
  const target = document.querySelector('main')!;
  target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
}

/**
 * Source of a function run with `this` = CareLens's closed shadow root: the viewport boxes drawn for each saved passage
 * in the given state ('saved', 'moved', 'flash'), one list per passage.
 */
export const passageBoxesInShadow = `function (state) {
      return [...this.querySelectorAll('.cls-passages > div')].filter((g) => g.dataset.state === state).map((g) =>
        [...g.children].map((b) => { const r = b.getBoundingClientRect(); return { l: r.left, t: r.top, r: r.right, b: r.bottom }; }));
    }`;
