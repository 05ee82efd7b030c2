import { describe, expect, it } from 'vitest';
import { attributedCost } from '@shared/domain/kpi/campaignFigures';
import { mean, median } from '@shared/domain/kpi/median';
import { minorPer, ratio, roundTo } from '@shared/domain/kpi/ratio';
import { probabilityBasisPoints, weightedSum } from '@shared/domain/kpi/weightedValue';

describe('KPI maths', () => {
  it('gives medians and means, null for nothing', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(mean([])).toBeNull();
    expect(mean([1, 2])).toBe(1.5);
  });

  it('never divides by zero', () => {
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(1, 4)).toBe(0.25);
    expect(minorPer(10, 0)).toBeNull();
    expect(minorPer(770_000, 3)).toBe(256_667);
    expect(roundTo(null, 2)).toBeNull();
    expect(roundTo(-0.001, 2)).toBe(0);
  });

  it('weights in integers, rounding once on the total', () => {
    expect(probabilityBasisPoints(0.35)).toBe(3500);
    // 3 × 1 kopeck at 35 % is 1.05 → 1; rounding each deal would give 0.
    expect(weightedSum([1, 1, 1].map((valueMinor) => ({ valueMinor, basisPoints: 3500 })))).toBe(1);
    // Past 2^53 in the product: exact.
    expect(weightedSum([{ valueMinor: 9_000_000_000_000, basisPoints: 3333 }])).toBe(2_999_700_000_000);
    // 0.29 × 100 is 28.999999999999996 in floating point; basis points keep it exact.
    expect(weightedSum([{ valueMinor: 100, basisPoints: probabilityBasisPoints(0.29) }])).toBe(29);
  });

  it('attributes a cost to a period pro rata, exactly', () => {
    const cost = { campaignId: 'c', periodStart: 0, periodEnd: 14, amountMinor: 140_001, currency: 'RUB' };
    expect(attributedCost(cost, { from: 7, to: 14 })).toBe(70_001); // 70 000.5 rounds half up
    expect(attributedCost(cost, { from: 0, to: 100 })).toBe(140_001);
    expect(attributedCost(cost, { from: 14, to: 21 })).toBe(0);
  });
});
