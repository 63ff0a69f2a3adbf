// Which pages of a PDF are scans, and where the scan lies on the page, from pdf.js's operator list.
// A page is a scan when it shows no text but paints an image; the largest image painted is the scan.
// Works with the browser build and the legacy (Node) build.
import type { PDFPageProxy } from 'pdfjs-dist';
import type { Placement } from '../core/text/ocr-text';
import type { PdfTextItem } from '../core/text/pdf-text';

type Matrix = [number, number, number, number, number, number];

export interface PageScan {
  /** The image's own size in pixels. */
  width: number;
  height: number;
  /** Where it is painted, in points from the page's bottom left corner. */
  placement: Placement;
  /** pdf.js's name for the image (page.objs), to fetch its pixels. */
  name: string;
}

/** True when none of the page's text items shows any character (a scan, a photo or a blank page). */
export function hasNoText(items: readonly PdfTextItem[]): boolean {
  return !items.some((item) => item.str.trim());
}

/** The largest image the page paints, or null when it paints none. `ops` is pdfjs.OPS of the same build. */
export async function largestImage(page: PDFPageProxy, ops: { save: number; restore: number; transform: number; paintImageXObject: number }): Promise<PageScan | null> {
  const list = await page.getOperatorList();
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let best: PageScan | null = null;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === ops.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === ops.paintImageXObject) {
      const [name, width, height] = args as [string, number, number];
      // The image fills the unit square under the current matrix (scans are not rotated or sheared).
      const placement = { left: ctm[4], bottom: ctm[5], width: ctm[0], height: ctm[3] };
      if (placement.width < 0) {
        placement.left += placement.width;
        placement.width = -placement.width;
      }
      if (placement.height < 0) {
        placement.bottom += placement.height;
        placement.height = -placement.height;
      }
      if (!best || width * height > best.width * best.height) best = { width, height, placement, name };
    }
  }
  return best;
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
}
