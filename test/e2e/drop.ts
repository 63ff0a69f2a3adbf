// Drag-and-drop of files onto an element of an extension page, as the person does from their file manager.
import type { Page } from '@playwright/test';

export interface DroppedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/** Dispatches dragover and drop of `files` (in this order) onto `selector` in `page`. */
export async function dropFiles(page: Page, selector: string, files: readonly DroppedFile[]): Promise<void> {
  await page.evaluate(
    ({ selector, files }) => {
      const transfer = new DataTransfer();
      for (const file of files) transfer.items.add(new File([new Uint8Array(file.data)], file.name, { type: file.type }));
      const target = document.querySelector(selector)!;
      target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
      target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    },
    { selector, files: files.map((f) => ({ name: f.name, type: f.type, data: [...f.bytes] })) },
  );
}
