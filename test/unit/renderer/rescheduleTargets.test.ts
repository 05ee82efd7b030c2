import { describe, expect, it } from 'vitest';
import { rescheduleTargets } from '../../../src-renderer/modules/activities/utils/rescheduleTargets';

const HOUR = 3_600_000;

describe('reschedule quick targets', () => {
  it('moves to 9:00 tomorrow and 9:00 next Monday on the workspace clock', () => {
    // Wednesday 2 December 2026, 15:30 in Moscow (12:30 UTC).
    const now = Date.UTC(2026, 11, 2, 12, 30);
    expect(rescheduleTargets(now, 'Europe/Moscow')).toEqual({
      inAnHour: now + HOUR,
      tomorrowMorning: Date.UTC(2026, 11, 3, 6),
      nextMondayMorning: Date.UTC(2026, 11, 7, 6),
    });
  });

  it('reads the day in the workspace zone, not in UTC', () => {
    // Sunday 6 December 2026, 23:30 UTC is already Monday 02:30 in Moscow: tomorrow is Tuesday there,
    // and next Monday is a week on.
    const now = Date.UTC(2026, 11, 6, 23, 30);
    const targets = rescheduleTargets(now, 'Europe/Moscow');
    expect(targets.tomorrowMorning).toBe(Date.UTC(2026, 11, 8, 6));
    expect(targets.nextMondayMorning).toBe(Date.UTC(2026, 11, 14, 6));
    // In New York it is still Sunday evening: tomorrow is next Monday.
    const ny = rescheduleTargets(now, 'America/New_York');
    expect(ny.tomorrowMorning).toBe(Date.UTC(2026, 11, 7, 14));
    expect(ny.nextMondayMorning).toBe(ny.tomorrowMorning);
  });

  it('keeps 9:00 across a DST change (Berlin springs forward on Sunday 29 March 2026)', () => {
    // Saturday 28 March 2026, 10:00 in Berlin (CET, UTC+1).
    const now = Date.UTC(2026, 2, 28, 9);
    const targets = rescheduleTargets(now, 'Europe/Berlin');
    // Sunday 9:00 CEST (UTC+2) and Monday 9:00 CEST.
    expect(targets.tomorrowMorning).toBe(Date.UTC(2026, 2, 29, 7));
    expect(targets.nextMondayMorning).toBe(Date.UTC(2026, 2, 30, 7));
  });

  it('"in an hour" is an hour of real time on the night the clocks go back', () => {
    // Berlin falls back at 03:00 CEST on Sunday 25 October 2026 (01:00 UTC).
    const now = Date.UTC(2026, 9, 25, 0, 30);
    expect(rescheduleTargets(now, 'Europe/Berlin').inAnHour).toBe(now + HOUR);
  });

  it('crosses the end of the year', () => {
    // Thursday 31 December 2026, 18:00 in Moscow.
    const targets = rescheduleTargets(Date.UTC(2026, 11, 31, 15), 'Europe/Moscow');
    expect(targets.tomorrowMorning).toBe(Date.UTC(2027, 0, 1, 6));
    expect(targets.nextMondayMorning).toBe(Date.UTC(2027, 0, 4, 6));
  });
});
