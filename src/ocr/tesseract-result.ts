// tesseract.js's result (blocks -> paragraphs -> lines -> words) -> the core's RecognisedPage, the same
// in the extension and in Node. When the recogniser straightened the image first (rotateAuto), its boxes
// are in the straightened image. The reader shows the image straightened too (`rotation`), so the boxes
// stay as read and the marks line up with level lines; without `straightened` (the `scan` command, which
// shows no image) they are turned back onto the image as it was given.
import type { Box, RecognisedLine, RecognisedPage } from '../core/text/ocr-text';

/** The part of tesseract.js's `data` this module reads (blocks need the `blocks: true` output). */
export interface TesseractData {
  blocks?: { paragraphs: { lines: TesseractLine[] }[] }[] | null;
  rotateRadians?: number | null;
}

interface TesseractLine {
  bbox: Box;
  baseline?: Box & { has_baseline?: boolean };
  rowAttributes?: { rowHeight?: number; row_height?: number };
  words: { text: string; confidence: number; bbox: Box }[];
}

export function recognisedPageOf(data: TesseractData, imageWidth: number, imageHeight: number, { straightened = false } = {}): RecognisedPage {
  const readAngle = data.rotateRadians ?? 0;
  const angle = straightened ? 0 : readAngle;
  const turn = angle ? rotateBox(-angle, imageWidth / 2, imageHeight / 2) : (box: Box) => box;
  const lines: RecognisedLine[] = [];
  for (const block of data.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const words = line.words.filter((w) => w.text.trim()).map((w) => ({ text: w.text, confidence: w.confidence, box: turn(w.bbox) }));
        if (!words.length) continue;
        const box = turn(line.bbox);
        const rowHeight = line.rowAttributes?.rowHeight ?? line.rowAttributes?.row_height;
        const hasBaseline = line.baseline && line.baseline.has_baseline !== false && line.baseline.x1 > line.baseline.x0;
        lines.push({
          words,
          box,
          ...(rowHeight && rowHeight > 0 ? { size: rowHeight } : {}),
          // After turning back, a word's own box bottom is a better baseline than the straightened one.
          ...(hasBaseline && !angle ? { baseline: { y0: line.baseline!.y0, y1: line.baseline!.y1 } } : {}),
        });
      }
    }
  }
  return { imageWidth, imageHeight, lines, ...(straightened && readAngle ? { rotation: readAngle } : {}) };
}

/** A box turned by `angle` radians about (cx, cy), as the axis-aligned box around the turned corners. */
function rotateBox(angle: number, cx: number, cy: number): (box: Box) => Box {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return (box) => {
    const xs: number[] = [];
    const ys: number[] = [];
    for (const [x, y] of [
      [box.x0, box.y0],
      [box.x1, box.y0],
      [box.x0, box.y1],
      [box.x1, box.y1],
    ] as const) {
      xs.push(cx + (x - cx) * cos - (y - cy) * sin);
      ys.push(cy + (x - cx) * sin + (y - cy) * cos);
    }
    return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
  };
}
