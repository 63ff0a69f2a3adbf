// The recogniser's settings, one place for the extension and Node.
//
// The "best_int" English model: the same text as the package's default model with less memory (2.95 MB).
export const MODEL_FOLDER = '4.0.0_best_int';

/**
 * Sauvola thresholding (tesseract's '2') reads phone photos with uneven light, where the default (Otsu)
 * turned the darker half of the page black; on clean scans it reads the same.
 */
export const RECOGNISER_PARAMETERS = { thresholding_method: '2' } as const;

/** Straighten a skewed scan or photo before reading it (tesseract measures the angle of the lines). */
export const RECOGNISE_OPTIONS = { rotateAuto: true } as const;
