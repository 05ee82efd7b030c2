import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';

/**
 * The [start, end) of the day `now` falls on in the workspace time zone: what "today" means on
 * My day (DST-safe: a day may last 23 or 25 hours).
 */
export const dayBounds = (now: number, timeZone: string): { start: number; end: number } => {
  const start = startOfDay(new TZDate(now, timeZone));
  return { start: start.getTime(), end: addDays(start, 1).getTime() };
};
