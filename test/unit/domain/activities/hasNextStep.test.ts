import { describe, expect, it } from 'vitest';
import { hasNextStep } from '@shared/domain/activities/hasNextStep';

describe('hasNextStep', () => {
  it('is a task due now or later; none, or only overdue ones, is no next step', () => {
    expect(hasNextStep(null, 1_000)).toBe(false);
    expect(hasNextStep(999, 1_000)).toBe(false);
    expect(hasNextStep(1_000, 1_000)).toBe(true);
    expect(hasNextStep(5_000, 1_000)).toBe(true);
  });
});
