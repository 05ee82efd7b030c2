import { describe, expect, it } from 'vitest';
import { leadSla } from '@shared/domain/leadSla';
import { pendingSla } from '@shared/domain/pendingSla';

const HOUR = 3_600_000;
const entered = Date.UTC(2026, 10, 23, 9, 0);
const at = (hours: number) => entered + hours * HOUR;
const base = { stageEnteredAt: entered, slaHours: 4, firstTouchAt: null };

describe('pendingSla', () => {
  it('shows nothing where the stage sets no SLA', () => {
    expect(pendingSla({ ...base, slaHours: null, now: at(100) })).toBeNull();
  });

  it('counts down to the deadline, then marks the breach, as the leads inbox does', () => {
    expect(pendingSla({ ...base, now: at(1.75) })).toEqual({
      state: 'running',
      dueAt: at(4),
      remainingMs: 2.25 * HOUR,
    });
    expect(pendingSla({ ...base, now: at(4) - 1 })?.state).toBe('running');
    expect(pendingSla({ ...base, now: at(7) })).toEqual({ state: 'breached', dueAt: at(4), remainingMs: -3 * HOUR });
    for (const hours of [1, 3.99, 4, 9]) {
      const { dueAt, remainingMs, state } = leadSla({ ...base, now: at(hours) });
      expect(pendingSla({ ...base, now: at(hours) })).toEqual({ state, dueAt, remainingMs });
    }
  });

  it('goes away once the first touch is in, in time or late', () => {
    expect(pendingSla({ ...base, firstTouchAt: at(2), now: at(3) })).toBeNull();
    expect(pendingSla({ ...base, firstTouchAt: at(2), now: at(30) })).toBeNull();
    // Logged late: the inbox calls it breached, but the rep has done what the card asked.
    expect(leadSla({ ...base, firstTouchAt: at(6), now: at(7) }).state).toBe('breached');
    expect(pendingSla({ ...base, firstTouchAt: at(6), now: at(7) })).toBeNull();
    // Touched before the stage entry (or the deal's creation): the deal was called, no clock.
    expect(leadSla({ ...base, firstTouchAt: at(-5), now: at(1) }).state).toBe('met');
    expect(pendingSla({ ...base, firstTouchAt: at(-5), now: at(1) })).toBeNull();
  });

  it('keeps running past a touch dated after now (a clock skew between devices), as the inbox does', () => {
    expect(pendingSla({ ...base, firstTouchAt: at(3), now: at(2) })?.state).toBe('running');
    expect(pendingSla({ ...base, firstTouchAt: at(9), now: at(8) })?.state).toBe('breached');
  });
});
