// Saved passages stay over their text when the page scrolls, resizes, zooms and reflows: they are boxes in our
// closed shadow root (src/content/saved/overlay.ts), placed again whenever the layout may have moved the text.
import { test, expect } from './fixtures';
import { marksDrawn } from './content-helpers';
import { highlighted, openSavedFixture, passageBoxes, saveSelectionViaMenuPath, savedRecords, selectText } from './saved-helpers';

const PASSAGE = 'the family was told about the outcome of the strategy discussion by letter on 12 May 2025.';

test('a saved passage stays in place on a page that scrolls, resizes, zooms and reflows', async ({ page, server, serviceWorker, openExtensionPage }) => {
  const { panel, url } = await openSavedFixture({ page, server, openExtensionPage }, 'reflow-page.html', 'reflow.html');
  await marksDrawn(page);
  await selectText(page, PASSAGE);
  await saveSelectionViaMenuPath(serviceWorker, url, { submit: true });
  await expect.poll(async () => (await savedRecords(panel)).length).toBe(1);
  await page.evaluate(() => getSelection()!.removeAllRanges());
  await expect.poll(() => highlighted(page)).toEqual([PASSAGE]);

  /** How far (px) the boxes drawn are from the passage's own line boxes, now: 0 when they lie exactly over it. */
  const offBy = async (): Promise<number> => {
    const boxes = ((await passageBoxes(page, 'saved')) ?? [])[0] ?? [];
    const text = await page.evaluate((needle) => {
      const node = document.getElementById('passage-line')!.firstChild as Text;
      const at = node.data.indexOf(needle);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      return [...range.getClientRects()].filter((r) => r.width > 0.5).map((r) => ({ l: r.left, t: r.top, r: r.right, b: r.bottom }));
    }, PASSAGE);
    if (!boxes.length || boxes.length !== text.length) return Infinity;
    return Math.max(...boxes.flatMap((b, i) => [Math.abs(b.l - text[i]!.l), Math.abs(b.t - text[i]!.t), Math.abs(b.r - text[i]!.r), Math.abs(b.b - text[i]!.b)]));
  };
  const inPlace = () => expect.poll(offBy, { timeout: 5000 }).toBeLessThan(1);

  await inPlace();
  await page.evaluate(() => scrollBy(0, 120));
  await inPlace();
  await page.setViewportSize({ width: 520, height: 700 }); // the passage wraps onto more lines
  await inPlace();
  expect(((await passageBoxes(page, 'saved')) ?? [])[0]!.length, 'one box per line').toBeGreaterThan(1);
  await page.evaluate(() => (document.documentElement.style.zoom = '1.5')); // the page zoomed (CSS zoom: a reflow)
  await inPlace();
  await page.evaluate(() => (document.documentElement.style.zoom = ''));
  await page.getByText('More about the first meeting').click(); // an accordion above opens: the passage moves down
  await expect(page.locator('#more')).toHaveAttribute('open', '');
  await inPlace();
  await page.evaluate(() => {
    document.querySelector('h1')!.insertAdjacentHTML('afterend', '<p>A paragraph the page added above.</p>'.repeat(3));
  });
  await inPlace();
  expect(await highlighted(page)).toEqual([PASSAGE]);
  await page.setViewportSize({ width: 1280, height: 900 });
});
