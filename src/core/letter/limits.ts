/** Longest text a page or PDF report carries for "Check a letter" (a letter is a few thousand characters; a long page is no letter). */
export const LETTER_TEXT_MAX = 200_000;
