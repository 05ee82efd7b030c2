/** The median, or null for no values (never NaN). Even counts average the two middle values. */
export const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  // A typed array sorts numbers without calling a comparator: several times faster over a large period.
  const sorted = Float64Array.from(values).sort();
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
};

/** The arithmetic mean, or null for no values. */
export const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
