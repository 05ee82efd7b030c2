import { describe, expect, it } from 'vitest';
import { periodRange } from '@shared/domain/kpi/periodRange';
import { isoWeekOf, localMonthOf, previousPeriod } from '@shared/domain/kpi/previousPeriod';

const HOUR = 3_600_000;

describe('KPI periods in the workspace time zone', () => {
  it('starts an ISO week on Monday 00:00 local time', () => {
    expect(periodRange({ kind: 'week', week: '2026-W48' }, 'Europe/Moscow')).toEqual({
      from: Date.UTC(2026, 10, 22, 21),
      to: Date.UTC(2026, 10, 29, 21),
    });
    // Week 1 of 2021 starts on 4 January; 2020 had a week 53 that ended on 3 January 2021.
    expect(periodRange({ kind: 'week', week: '2021-W01' }, 'UTC').from).toBe(Date.UTC(2021, 0, 4));
    expect(periodRange({ kind: 'week', week: '2020-W53' }, 'UTC').from).toBe(Date.UTC(2020, 11, 28));
  });

  it('gives a week across the autumn DST change 169 hours, and the spring one 167', () => {
    // Berlin leaves summer time on Sunday 25 October 2026: W43 is one hour longer.
    const autumn = periodRange({ kind: 'week', week: '2026-W43' }, 'Europe/Berlin');
    expect(autumn).toEqual({ from: Date.UTC(2026, 9, 18, 22), to: Date.UTC(2026, 9, 25, 23) });
    expect((autumn.to - autumn.from) / HOUR).toBe(169);
    const spring = periodRange({ kind: 'week', week: '2026-W13' }, 'Europe/Berlin');
    expect((spring.to - spring.from) / HOUR).toBe(167);
    // Sunday 25 October 23:30 in Berlin (22:30 UTC, after the change) is still W43.
    expect(isoWeekOf(Date.UTC(2026, 9, 25, 22, 30), 'Europe/Berlin')).toBe('2026-W43');
    expect(isoWeekOf(Date.UTC(2026, 9, 25, 23, 0), 'Europe/Berlin')).toBe('2026-W44');
  });

  it('resolves months, quarters and inclusive custom ranges', () => {
    expect(periodRange({ kind: 'month', month: '2026-02' }, 'UTC')).toEqual({
      from: Date.UTC(2026, 1, 1),
      to: Date.UTC(2026, 2, 1),
    });
    expect(periodRange({ kind: 'quarter', quarter: '2026-Q4' }, 'Europe/Moscow')).toEqual({
      from: Date.UTC(2026, 8, 30, 21),
      to: Date.UTC(2026, 11, 31, 21),
    });
    expect(periodRange({ kind: 'custom', from: '2026-11-01', to: '2026-11-01' }, 'UTC')).toEqual({
      from: Date.UTC(2026, 10, 1),
      to: Date.UTC(2026, 10, 2),
    });
  });

  it('refuses periods that do not exist', () => {
    expect(() => periodRange({ kind: 'week', week: '2025-W53' }, 'UTC')).toThrow(RangeError);
    expect(() => periodRange({ kind: 'week', week: '2026-W00' }, 'UTC')).toThrow(RangeError);
    expect(() => periodRange({ kind: 'month', month: '2026-13' }, 'UTC')).toThrow(RangeError);
    expect(() => periodRange({ kind: 'custom', from: '2026-02-30', to: '2026-03-01' }, 'UTC')).toThrow(RangeError);
    expect(() => periodRange({ kind: 'custom', from: '2026-03-02', to: '2026-03-01' }, 'UTC')).toThrow(RangeError);
  });

  it('finds the previous period across year boundaries', () => {
    expect(previousPeriod({ kind: 'week', week: '2021-W01' }, 'Europe/Moscow')).toEqual({
      kind: 'week',
      week: '2020-W53',
    });
    expect(previousPeriod({ kind: 'week', week: '2026-W44' }, 'Europe/Berlin')).toEqual({
      kind: 'week',
      week: '2026-W43',
    });
    expect(previousPeriod({ kind: 'month', month: '2026-01' }, 'UTC')).toEqual({ kind: 'month', month: '2025-12' });
    expect(previousPeriod({ kind: 'quarter', quarter: '2026-Q1' }, 'UTC')).toEqual({
      kind: 'quarter',
      quarter: '2025-Q4',
    });
    expect(previousPeriod({ kind: 'custom', from: '2026-03-01', to: '2026-03-10' }, 'Europe/Berlin')).toEqual({
      kind: 'custom',
      from: '2026-02-19',
      to: '2026-02-28',
    });
  });

  it('names the month of an instant in the zone', () => {
    expect(localMonthOf(Date.UTC(2026, 11, 31, 21, 30), 'Europe/Moscow')).toBe('2027-01');
    expect(localMonthOf(Date.UTC(2026, 11, 31, 21, 30), 'UTC')).toBe('2026-12');
  });
});
