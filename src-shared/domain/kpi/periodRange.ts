import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, addWeeks, getISOWeeksInYear, startOfISOWeek } from 'date-fns';
import {
  DATE_PATTERN,
  type KpiPeriod,
  MONTH_PATTERN,
  type PeriodRange,
  QUARTER_PATTERN,
  WEEK_PATTERN,
} from './KpiPeriod';

const parts = (pattern: RegExp, text: string, what: string): number[] => {
  const match = pattern.exec(text);
  if (!match) throw new RangeError(`Not a ${what}: ${text}`);
  return match.slice(1).map(Number);
};

/** Local midnight of a calendar date in the zone (DST-safe: the zone decides the offset). */
export const localMidnight = (year: number, month: number, day: number, timeZone: string): TZDate =>
  new TZDate(year, month - 1, day, timeZone);

/** Monday 00:00 local of an ISO week ("2026-W48"); weeks past the year's last one are refused. */
export const isoWeekStart = (week: string, timeZone: string): TZDate => {
  const [year = 0, number = 0] = parts(WEEK_PATTERN, week, 'ISO week (YYYY-Www)');
  // 4 January is always in week 1 of its ISO year.
  const january4 = localMidnight(year, 1, 4, timeZone);
  if (number < 1 || number > getISOWeeksInYear(january4)) throw new RangeError(`No such ISO week: ${week}`);
  return addWeeks(startOfISOWeek(january4), number - 1);
};

const checkedDate = (text: string, timeZone: string): TZDate => {
  const [year = 0, month = 0, day = 0] = parts(DATE_PATTERN, text, 'date (YYYY-MM-DD)');
  const date = localMidnight(year, month, day, timeZone);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    throw new RangeError(`No such date: ${text}`);
  }
  return date;
};

/** The period's [from, to) in UTC ms; calendar arithmetic happens in the workspace zone. */
export const periodRange = (period: KpiPeriod, timeZone: string): PeriodRange => {
  switch (period.kind) {
    case 'week': {
      const start = isoWeekStart(period.week, timeZone);
      return { from: start.getTime(), to: addWeeks(start, 1).getTime() };
    }
    case 'month': {
      const [year = 0, month = 0] = parts(MONTH_PATTERN, period.month, 'month (YYYY-MM)');
      if (month < 1 || month > 12) throw new RangeError(`No such month: ${period.month}`);
      const start = localMidnight(year, month, 1, timeZone);
      return { from: start.getTime(), to: addMonths(start, 1).getTime() };
    }
    case 'quarter': {
      const [year = 0, quarter = 0] = parts(QUARTER_PATTERN, period.quarter, 'quarter (YYYY-Qn)');
      const start = localMidnight(year, (quarter - 1) * 3 + 1, 1, timeZone);
      return { from: start.getTime(), to: addMonths(start, 3).getTime() };
    }
    case 'custom': {
      const from = checkedDate(period.from, timeZone);
      const last = checkedDate(period.to, timeZone);
      if (last.getTime() < from.getTime()) throw new RangeError('The period ends before it starts');
      return { from: from.getTime(), to: addDays(last, 1).getTime() };
    }
  }
};
