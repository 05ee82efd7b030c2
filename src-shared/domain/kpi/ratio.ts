/** part / whole, or null when the whole is zero: a report shows "—", never NaN or Infinity. */
export const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Rounds for stable output (JSON byte-identical across runs); null stays null. */
export const roundTo = (value: number | null, digits: number): number | null => {
  if (value === null) return null;
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
};

/** Money divided by a count, rounded half up to whole minor units; null for a zero count. */
export const minorPer = (totalMinor: number, count: number): number | null =>
  count === 0 ? null : Math.round(totalMinor / count);
