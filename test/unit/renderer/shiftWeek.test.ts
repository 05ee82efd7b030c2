import { describe, expect, it } from 'vitest';
import { lastFullWeek } from '../../../src-renderer/modules/reports/utils/lastFullWeek';
import { shiftWeek } from '../../../src-renderer/modules/reports/utils/shiftWeek';

describe('report weeks', () => {
  it('steps across years, including a 53-week year', () => {
    expect(shiftWeek('2026-W48', 1, 'Europe/Moscow')).toBe('2026-W49');
    expect(shiftWeek('2026-W53', 1, 'Europe/Moscow')).toBe('2027-W01');
    expect(shiftWeek('2027-W01', -1, 'Europe/Moscow')).toBe('2026-W53');
    expect(shiftWeek('2025-W52', 1, 'Asia/Almaty')).toBe('2026-W01');
  });

  it('defaults to the last week that has ended in the workspace zone', () => {
    // Monday 30 November 2026, 01:00 in Moscow (Sunday 22:00 UTC): week 49 has begun there.
    expect(lastFullWeek(Date.UTC(2026, 10, 29, 22), 'Europe/Moscow')).toBe('2026-W48');
    // The same instant in New York is still Sunday of week 48: the last ended week is 47.
    expect(lastFullWeek(Date.UTC(2026, 10, 29, 22), 'America/New_York')).toBe('2026-W47');
  });
});
