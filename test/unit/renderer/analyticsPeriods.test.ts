import { describe, expect, it } from 'vitest';
import { periodFromText } from '../../../src-renderer/modules/analytics/utils/periodFromText';
import { periodOfKind } from '../../../src-renderer/modules/analytics/utils/periodOfKind';
import { periodText } from '../../../src-renderer/modules/analytics/utils/periodText';
import { shiftPeriod } from '../../../src-renderer/modules/analytics/utils/shiftPeriod';

const MSK = 'Europe/Moscow';

describe('analytics periods in the URL and the stepper', () => {
  it('reads every kind from the URL and writes it back the same', () => {
    for (const text of ['2026-W48', '2026-11', '2026-Q4', '2026-11-01..2026-11-30']) {
      const period = periodFromText(text);
      expect(period).not.toBeNull();
      expect(periodText(period ?? { kind: 'week', week: '' })).toBe(text);
    }
    expect(periodFromText('2026-11-30..2026-11-01')).toBeNull();
    expect(periodFromText('last-week')).toBeNull();
    expect(periodFromText(null)).toBeNull();
  });

  it('steps back and forth across years, and a custom range by its own length', () => {
    expect(shiftPeriod({ kind: 'week', week: '2026-W53' }, 1, MSK)).toEqual({ kind: 'week', week: '2027-W01' });
    expect(shiftPeriod({ kind: 'month', month: '2026-01' }, -1, MSK)).toEqual({ kind: 'month', month: '2025-12' });
    expect(shiftPeriod({ kind: 'quarter', quarter: '2026-Q4' }, 1, MSK)).toEqual({
      kind: 'quarter',
      quarter: '2027-Q1',
    });
    expect(shiftPeriod({ kind: 'custom', from: '2026-11-01', to: '2026-11-10' }, 1, MSK)).toEqual({
      kind: 'custom',
      from: '2026-11-11',
      to: '2026-11-20',
    });
    expect(shiftPeriod({ kind: 'custom', from: '2026-11-01', to: '2026-11-10' }, -1, MSK)).toEqual({
      kind: 'custom',
      from: '2026-10-22',
      to: '2026-10-31',
    });
    // Across the end of daylight saving time in a zone that has it: still whole days.
    expect(shiftPeriod({ kind: 'custom', from: '2026-10-20', to: '2026-10-26' }, 1, 'Europe/Berlin')).toEqual({
      kind: 'custom',
      from: '2026-10-27',
      to: '2026-11-02',
    });
  });

  it('switches kind around the dates on screen, in the workspace zone', () => {
    // Sunday 29 November 2026 23:30 in Moscow is 20:30 UTC.
    const at = Date.UTC(2026, 10, 29, 20, 30);
    expect(periodOfKind('week', at, MSK)).toEqual({ kind: 'week', week: '2026-W48' });
    expect(periodOfKind('month', at, MSK)).toEqual({ kind: 'month', month: '2026-11' });
    expect(periodOfKind('quarter', at, MSK)).toEqual({ kind: 'quarter', quarter: '2026-Q4' });
    expect(periodOfKind('custom', at, MSK)).toEqual({ kind: 'custom', from: '2026-10-31', to: '2026-11-29' });
    // 30 November 00:30 Moscow is still 29 November in UTC, already W49 in Moscow.
    expect(periodOfKind('week', Date.UTC(2026, 10, 29, 21, 30), MSK)).toEqual({ kind: 'week', week: '2026-W49' });
  });
});
