/** Sent by the background when the keyboard command (Alt+Shift+L by default) is pressed. */
export const CONTENT_NEXT_MARK = 'carelens:next-mark';
/** The manifest command's name. */
export const NEXT_MARK_COMMAND = 'next-mark';
