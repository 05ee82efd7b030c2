import { describe, expect, it } from 'vitest';
import { daysInStage, isRotting, weightedMinor } from '@shared/domain/boardFigures';

const DAY = 86_400_000;

describe('board figures', () => {
  it('counts whole days in stage, never negative', () => {
    expect(daysInStage(0, DAY - 1)).toBe(0);
    expect(daysInStage(0, 3 * DAY + 5)).toBe(3);
    expect(daysInStage(10 * DAY, 0)).toBe(0);
  });

  it('marks rotting strictly past the rot days, never without rot days', () => {
    expect(isRotting(3, 3)).toBe(false);
    expect(isRotting(4, 3)).toBe(true);
    expect(isRotting(400, null)).toBe(false);
  });

  it('weights the column total once and rounds to whole minor units', () => {
    expect(weightedMinor(1_000_001, 0.35)).toBe(350_000);
    expect(weightedMinor(3, 0.5)).toBe(2);
    expect(weightedMinor(0, 0.85)).toBe(0);
  });

  it('computes in integers: no float error rounds a half down (issue 17 #9)', () => {
    // 90 × 0.35 is 31.499… in floating point; in basis points it is 31.5 → 32.
    expect(weightedMinor(90, 0.35)).toBe(32);
    expect(weightedMinor(10, 0.15)).toBe(2);
    expect(weightedMinor(-90, 0.35)).toBe(-32);
    expect(weightedMinor(4_000_000_000_000_000, 0.35)).toBe(1_400_000_000_000_000);
  });
});
