import { describe, expect, it } from 'vitest';
import { leadAgeDays } from '@shared/domain/leadAgeDays';

describe('leadAgeDays', () => {
  it('counts calendar days of the given zone, not 24-hour spans', () => {
    const lateEvening = Date.UTC(2026, 10, 23, 20, 30); // 23:30 in Moscow
    const afterMidnight = Date.UTC(2026, 10, 23, 21, 30); // 00:30 next day in Moscow
    expect(leadAgeDays(lateEvening, afterMidnight, 'Europe/Moscow')).toBe(1);
    expect(leadAgeDays(lateEvening, afterMidnight, 'UTC')).toBe(0);
    expect(leadAgeDays(lateEvening, lateEvening + 47 * 3_600_000, 'UTC')).toBe(2);
  });

  it('never goes negative when the creation time is ahead of now (another device’s clock)', () => {
    expect(leadAgeDays(Date.UTC(2026, 10, 24), Date.UTC(2026, 10, 23), 'UTC')).toBe(0);
  });
});
