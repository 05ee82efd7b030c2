/** A stage probability (0..1 as stored) in whole basis points, so weighting stays in integers. */
export const probabilityBasisPoints = (probability: number): number => Math.round(probability * 10_000);

/**
 * Σ value × probability in integer minor units: products summed exactly as BigInt (value ×
 * basis points can pass 2^53) and rounded once, half up, on the total.
 */
export const weightedSum = (items: readonly { valueMinor: number; basisPoints: number }[]): number => {
  let total = 0n;
  for (const item of items) total += BigInt(item.valueMinor) * BigInt(item.basisPoints);
  return Number((total + 5_000n) / 10_000n);
};
