export type TimedItem = { at: number; hlc: string };

/**
 * A timeline's order: by when each thing happened, then by HLC (the order it was written) for
 * things of the same millisecond. A back-dated activity lands at its time, not when it was logged.
 */
export const orderByTimeThenHlc = <T extends TimedItem>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => a.at - b.at || (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
