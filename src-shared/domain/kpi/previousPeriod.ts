import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format, getISOWeek, getISOWeekYear, subMonths, subWeeks } from 'date-fns';
import type { KpiPeriod } from './KpiPeriod';
import { periodRange } from './periodRange';

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** The ISO week ("2026-W48") that contains an instant, in the zone. */
export const isoWeekOf = (at: number, timeZone: string): string => {
  const date = new TZDate(at, timeZone);
  return `${getISOWeekYear(date)}-W${pad(getISOWeek(date))}`;
};

/** The calendar date ("2026-11-23") of an instant, in the zone. */
export const localDateOf = (at: number, timeZone: string): string => format(new TZDate(at, timeZone), 'yyyy-MM-dd');

/** The month ("2026-11") of an instant, in the zone. */
export const localMonthOf = (at: number, timeZone: string): string => format(new TZDate(at, timeZone), 'yyyy-MM');

/**
 * The period just before: the previous week, month or quarter; for a custom range, as many days
 * ending the day before it starts.
 */
export const previousPeriod = (period: KpiPeriod, timeZone: string): KpiPeriod => {
  const start = new TZDate(periodRange(period, timeZone).from, timeZone);
  switch (period.kind) {
    case 'week':
      return { kind: 'week', week: isoWeekOf(subWeeks(start, 1).getTime(), timeZone) };
    case 'month':
      return { kind: 'month', month: format(subMonths(start, 1), 'yyyy-MM') };
    case 'quarter': {
      const before = subMonths(start, 3);
      return { kind: 'quarter', quarter: `${before.getFullYear()}-Q${Math.floor(before.getMonth() / 3) + 1}` };
    }
    case 'custom': {
      const end = new TZDate(periodRange(period, timeZone).to, timeZone);
      const days = differenceInCalendarDays(end, start);
      return {
        kind: 'custom',
        from: format(addDays(start, -days), 'yyyy-MM-dd'),
        to: format(addDays(start, -1), 'yyyy-MM-dd'),
      };
    }
  }
};
