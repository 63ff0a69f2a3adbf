// The popup opens a PDF from the person's computer (issue 7: "a file picker and drag-and-drop in the viewer and the
// popup"): its button opens the viewer with the file picker ready, and a PDF dropped on the popup opens in a new
// viewer tab. The file stays on the machine: the network guard checks that nothing else is asked for, and the
// handoff store is empty once the viewer has taken the file.
import type { Page } from '@playwright/test';
import { generatedPdf } from '../fixtures/pdfs';
import { test, expect } from './fixtures';
import { dropFiles } from './drop';

async function letterBytes(): Promise<Buffer> {
  return Buffer.from((await generatedPdf('letter'))!);
}

/** How many files wait in the popup-to-viewer handoff store (read from an extension page). */
function handoffCount(ext: Page): Promise<number> {
  return ext.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('carelens-handoff', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('files');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('files').objectStore('files').count();
          count.onsuccess = () => {
            resolve(count.result);
            open.result.close();
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

/** Drops one file with `bytes` onto `selector` in `page`. */
const dropFile = (page: Page, selector: string, name: string, type: string, bytes: Buffer) => dropFiles(page, selector, [{ name, type, bytes }]);

test('the popup button opens the viewer with its file picker ready, and the chosen PDF is read there', async ({ openExtensionPage, context, extensionId }) => {
  const popup = await openExtensionPage('popup.html');
  const [viewer] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: 'Open a PDF from your computer' }).click()]);
  try {
    await expect(viewer).toHaveURL(`chrome-extension://${extensionId}/viewer.html?pick=1`);
    const picker = viewer.getByLabel('Choose a PDF file');
    await expect(picker).toBeFocused();
    await expect(viewer.getByRole('status').first()).toContainText('saved on this computer');
    await picker.setInputFiles({ name: 'letter.pdf', mimeType: 'application/pdf', buffer: await letterBytes() });
    await expect(viewer.locator('.viewer-file')).toHaveText('letter.pdf', { timeout: 15_000 });
    await expect(viewer.locator('.textLayer').first()).toContainText('section 47', { timeout: 15_000 });
    await expect(viewer.getByText(/\d+ marks/)).toBeVisible({ timeout: 20_000 });
  } finally {
    await viewer.close();
  }
});

test('a PDF dropped on the popup opens in a new viewer tab, and nothing of it stays behind', async ({ openExtensionPage, context, extensionId }) => {
  const popup = await openExtensionPage('popup.html');
  const drop = popup.getByTestId('pdf-drop');
  await expect(drop).toContainText('drop a PDF here');
  const [viewer] = await Promise.all([context.waitForEvent('page'), dropFile(popup, '[data-testid="pdf-drop"]', 'letter.pdf', 'application/pdf', await letterBytes())]);
  try {
    await expect(viewer.locator('.viewer-file')).toHaveText('letter.pdf', { timeout: 15_000 });
    await expect(viewer.locator('.textLayer').first()).toContainText('section 47', { timeout: 15_000 });
    await expect(viewer.getByText(/\d+ marks/)).toBeVisible({ timeout: 20_000 });
    // The handoff key is gone from the address and the file from the store.
    expect(viewer.url()).toBe(`chrome-extension://${extensionId}/viewer.html`);
    await expect.poll(() => handoffCount(popup)).toBe(0);
  } finally {
    await viewer.close();
  }

  // Something that is not a PDF is refused in the popup, and no tab opens.
  const pages = context.pages().length;
  await dropFile(popup, '[data-testid="pdf-drop"]', 'notes.txt', 'text/plain', Buffer.from('not a pdf'));
  await expect(popup.getByRole('alert')).toContainText('notes.txt is not a PDF');
  await popup.waitForTimeout(300);
  expect(context.pages()).toHaveLength(pages);
  expect(await handoffCount(popup)).toBe(0);
});

test('a handoff that is no longer there says so and offers the picker', async ({ openExtensionPage }) => {
  const viewer = await openExtensionPage('viewer.html?handoff=gone');
  await expect(viewer.getByRole('status').first()).toContainText('was not found');
  await expect(viewer.getByLabel('Choose a PDF file')).toBeVisible();
});
