const DAY_MS = 86_400_000;

/** Whole days a deal has sat in its stage; the board and the rotting mark use the same figure. */
export const daysInStage = (stageEnteredAt: number, now: number): number =>
  Math.max(0, Math.floor((now - stageEnteredAt) / DAY_MS));

/** Past the stage's rot days (strictly), the card is marked as rotting; no rot days, never. */
export const isRotting = (days: number, rotDays: number | null): boolean => rotDays !== null && days > rotDays;

/** Probability-weighted value of a column, rounded once on the total (not per deal). */
export const weightedMinor = (sumMinor: number, probability: number): number => Math.round(sumMinor * probability);
