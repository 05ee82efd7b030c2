import { describe, expect, it } from 'vitest';
import { createEchoGuard } from '../../../src-renderer/modules/board/utils/createEchoGuard';

describe('the board echo guard', () => {
  it('absorbs the push of its own mutation, whether it comes before or after the answer', () => {
    const guard = createEchoGuard(() => 0);
    const early = guard.expect(['deals', 'stage_transitions']);
    expect(guard.absorb(['deals', 'stage_transitions'])).toBe(true);
    expect(guard.settle(early, true)).toBe(false);

    const late = guard.expect(['deals', 'stage_transitions']);
    expect(guard.settle(late, true)).toBe(false);
    expect(guard.absorb(['deals', 'stage_transitions'])).toBe(true);
    expect(guard.pending()).toBe(0);
  });

  it('lets through pushes that name other tables, and a second push of the same kind', () => {
    const guard = createEchoGuard(() => 0);
    const token = guard.expect(['deal_checks']);
    expect(guard.absorb(['deals'])).toBe(false);
    expect(guard.absorb(['deal_checks'])).toBe(true);
    expect(guard.absorb(['deal_checks'])).toBe(false);
    guard.settle(token, true);
  });

  it("asks for a reload when a failed mutation had absorbed somebody else's push", () => {
    const guard = createEchoGuard(() => 0);
    const token = guard.expect(['deals']);
    expect(guard.absorb(['deals'])).toBe(true);
    expect(guard.settle(token, false)).toBe(true);
    const quiet = guard.expect(['deals']);
    expect(guard.settle(quiet, false)).toBe(false);
  });

  it('forgets a confirmed mutation whose push never came', () => {
    let now = 0;
    const guard = createEchoGuard(() => now);
    guard.settle(guard.expect(['deals']), true);
    now = 10_000;
    expect(guard.absorb(['deals'])).toBe(false);
  });
});
