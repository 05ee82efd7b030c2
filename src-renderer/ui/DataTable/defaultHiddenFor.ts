/** Wider than this (CSS px), a table may open with its secondary columns shown. */
export const WIDE_WINDOW_PX = 1700;

/**
 * The columns a table hides until asked, by window width: what fits a laptop at first start.
 * Only used while the user has made no choice of their own.
 */
export const defaultHiddenFor = (width: number, always: readonly string[], onNarrow: readonly string[]): string[] =>
  width >= WIDE_WINDOW_PX ? [...always] : [...always, ...onNarrow];
