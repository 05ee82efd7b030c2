import { TZDate } from '@date-fns/tz';
import { format, subDays } from 'date-fns';
import type { KpiPeriod } from '@shared/domain/kpi/KpiPeriod';
import { periodRange } from '@shared/domain/kpi/periodRange';
import { isoWeekOf } from '@shared/domain/kpi/previousPeriod';

export type PeriodKind = KpiPeriod['kind'];

/**
 * The period of `kind` that holds the instant (a custom range: the 30 days up to it). Switching
 * kinds keeps the user near the dates they were looking at.
 */
export const periodOfKind = (kind: PeriodKind, at: number, timeZone: string): KpiPeriod => {
  const date = new TZDate(at, timeZone);
  switch (kind) {
    case 'week':
      return { kind, week: isoWeekOf(at, timeZone) };
    case 'month':
      return { kind, month: format(date, 'yyyy-MM') };
    case 'quarter':
      return { kind, quarter: `${date.getFullYear()}-Q${Math.floor(date.getMonth() / 3) + 1}` };
    case 'custom':
      return { kind, from: format(subDays(date, 29), 'yyyy-MM-dd'), to: format(date, 'yyyy-MM-dd') };
  }
};

/** The last instant of a period (to anchor the next kind chosen on it). */
export const periodEnd = (period: KpiPeriod, timeZone: string): number => periodRange(period, timeZone).to - 1;
