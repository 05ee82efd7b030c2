import type { TZDate } from '@date-fns/tz';
import { addWeeks } from 'date-fns';
import type { PeriodRange } from './KpiPeriod';
import { isoWeekStart } from './periodRange';
import { isoWeekOf } from './previousPeriod';

export type RangeWeek = { week: string; from: number; to: number };

/** The ISO weeks (workspace zone) that overlap a range, whole, in order. */
export const weeksOfRange = (range: PeriodRange, timeZone: string): RangeWeek[] => {
  const weeks: RangeWeek[] = [];
  let start: TZDate = isoWeekStart(isoWeekOf(range.from, timeZone), timeZone);
  while (start.getTime() < range.to) {
    const end = addWeeks(start, 1);
    weeks.push({ week: isoWeekOf(start.getTime(), timeZone), from: start.getTime(), to: end.getTime() });
    start = end;
  }
  return weeks;
};

/**
 * The weeks a trend shows for a period: its own weeks, reaching back to at least `minimum`
 * weeks ending with its last one (a single week's trend is the weeks leading up to it).
 */
export const trendWeeks = (range: PeriodRange, timeZone: string, minimum: number): RangeWeek[] => {
  const last = isoWeekStart(isoWeekOf(range.to - 1, timeZone), timeZone);
  const earliest = addWeeks(last, -(minimum - 1)).getTime();
  return weeksOfRange({ from: Math.min(range.from, earliest), to: range.to }, timeZone);
};
