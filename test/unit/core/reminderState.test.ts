import { describe, expect, it } from 'vitest';
import { reminderState } from '../../../src-main/core/modules/reminders/reminderState';
import { createTestClock } from '../../../src-main/core/TestClock';

const never = { deliveredAt: null, snoozedUntil: null, dismissedAt: null };

describe('reminderState', () => {
  it('fires a reminder never delivered, then only shows it', () => {
    expect(reminderState(never, 100)).toBe('fire');
    expect(reminderState({ ...never, deliveredAt: 90 }, 100)).toBe('shown');
  });

  it('hides a snoozed reminder until the snooze ends, then fires it once more', () => {
    const snoozed = { deliveredAt: 90, snoozedUntil: 150, dismissedAt: null };
    expect(reminderState(snoozed, 100)).toBe('hidden');
    expect(reminderState(snoozed, 150)).toBe('fire');
    expect(reminderState({ ...snoozed, deliveredAt: 150 }, 160)).toBe('shown');
  });

  it('hides a dismissed reminder for good', () => {
    expect(reminderState({ deliveredAt: 90, snoozedUntil: 95, dismissedAt: 100 }, 10_000)).toBe('hidden');
  });
});

describe('createTestClock', () => {
  it('starts where told, runs with real time and moves forward when advanced', () => {
    let real = 1_000;
    const clock = createTestClock(50_000, () => real);
    expect(clock.now()).toBe(50_000);
    real += 10;
    expect(clock.now()).toBe(50_010);
    clock.advance(60_000);
    expect(clock.now()).toBe(110_010);
  });
});
