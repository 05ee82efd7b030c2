import { describe, expect, it } from 'vitest';
import { leadSla } from '@shared/domain/leadSla';

const HOUR = 3_600_000;
const entered = Date.UTC(2026, 10, 23, 9, 0);
const at = (hours: number) => entered + hours * HOUR;

describe('leadSla', () => {
  it('has no state without an SLA', () => {
    expect(leadSla({ stageEnteredAt: entered, slaHours: null, firstTouchAt: null, now: at(100) })).toEqual({
      state: 'none',
      dueAt: null,
      remainingMs: null,
    });
  });

  it('runs until the deadline and is breached from the first millisecond after it', () => {
    const base = { stageEnteredAt: entered, slaHours: 4, firstTouchAt: null };
    expect(leadSla({ ...base, now: at(1) })).toEqual({ state: 'running', dueAt: at(4), remainingMs: 3 * HOUR });
    expect(leadSla({ ...base, now: at(4) - 1 }).state).toBe('running');
    expect(leadSla({ ...base, now: at(4) }).state).toBe('breached');
    expect(leadSla({ ...base, now: at(5) }).remainingMs).toBe(-HOUR);
  });

  it('is met by a touch at or before the deadline, breached by a later one', () => {
    const base = { stageEnteredAt: entered, slaHours: 4, now: at(10) };
    expect(leadSla({ ...base, firstTouchAt: at(4) }).state).toBe('met');
    expect(leadSla({ ...base, firstTouchAt: at(4) + 1 }).state).toBe('breached');
    expect(leadSla({ ...base, firstTouchAt: at(0) }).state).toBe('met');
  });

  it('ignores a touch dated after now (a clock skew between devices)', () => {
    expect(leadSla({ stageEnteredAt: entered, slaHours: 4, firstTouchAt: at(3), now: at(2) }).state).toBe('running');
  });
});
