import { describe, expect, it } from 'vitest';
import { type BantAnswers, bantScore } from '@shared/domain/bantScore';

const none: BantAnswers = { budget: null, authority: null, need: null, timing: null };

describe('bantScore', () => {
  it('is null until some part is answered, 0..100 at the ends', () => {
    expect(bantScore(none)).toEqual({ score: null, parts: { budget: 0, authority: 0, need: 0, timing: 0 } });
    expect(bantScore({ budget: 0, authority: 0, need: 0, timing: 0 }).score).toBe(0);
    expect(bantScore({ budget: 3, authority: 3, need: 3, timing: 3 }).score).toBe(100);
  });

  it('gives each part its weight by level; a missing answer earns nothing', () => {
    const result = bantScore({ budget: 3, authority: null, need: 2, timing: 1 });
    expect(result.parts.budget).toBe(25);
    expect(result.parts.authority).toBe(0);
    expect(result.parts.need).toBeCloseTo(16.667, 3);
    expect(result.parts.timing).toBeCloseTo(8.333, 3);
    expect(result.score).toBe(50);
  });

  it('follows the weights, scaled to 100 whatever they sum to', () => {
    const weights = { budget: 4, authority: 2, need: 2, timing: 0 };
    expect(bantScore({ ...none, budget: 3 }, weights).score).toBe(50);
    expect(bantScore({ ...none, timing: 3 }, weights).score).toBe(0);
    expect(bantScore({ budget: 3, authority: 3, need: 3, timing: 0 }, weights).score).toBe(100);
    // No weight at all: every answer earns nothing rather than dividing by zero.
    expect(bantScore({ ...none, need: 3 }, { budget: 0, authority: 0, need: 0, timing: 0 }).score).toBe(0);
  });

  it('rounds half up at the boundary (1 of 3 on one part = 8.33 → 8)', () => {
    expect(bantScore({ ...none, budget: 1 }).score).toBe(8);
    expect(bantScore({ ...none, budget: 2 }).score).toBe(17);
  });
});
