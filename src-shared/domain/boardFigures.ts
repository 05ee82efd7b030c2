const DAY_MS = 86_400_000;

/** Whole days a deal has sat in its stage; the board and the rotting mark use the same figure. */
export const daysInStage = (stageEnteredAt: number, now: number): number =>
  Math.max(0, Math.floor((now - stageEnteredAt) / DAY_MS));

/** Past the stage's rot days (strictly), the card is marked as rotting; no rot days, never. */
export const isRotting = (days: number, rotDays: number | null): boolean => rotDays !== null && days > rotDays;

/** A stage probability (0..1) as whole basis points: 0.35 → 3500, exactly. */
export const probabilityBasisPoints = (probability: number): number => Math.round(probability * 10_000);

/**
 * Probability-weighted value of a column, rounded once on the total (not per deal), half away
 * from zero. Computed in integers (value × basis points / 10 000 in BigInt), never as
 * `sum × 0.35` in floating point, where 90 × 0.35 is 31.499… and rounds to 31 instead of 32.
 */
export const weightedMinor = (sumMinor: number, probability: number): number => {
  const basisPoints = BigInt(probabilityBasisPoints(probability));
  const magnitude = (BigInt(Math.abs(sumMinor)) * basisPoints + 5_000n) / 10_000n;
  return Number(sumMinor < 0 ? -magnitude : magnitude);
};
