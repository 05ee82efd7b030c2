import { differenceInCalendarDays, parseISO } from 'date-fns';
import { calendarDateInZone } from './calendarDate';

/**
 * Calendar days since a lead came in, counted in the workspace's time zone: a lead from 23:30
 * Moscow time is "yesterday" at 00:10 there, whatever zone the device runs in.
 */
export const leadAgeDays = (createdAt: number, now: number, timeZone: string): number =>
  Math.max(
    0,
    differenceInCalendarDays(
      parseISO(calendarDateInZone(now, timeZone)),
      parseISO(calendarDateInZone(createdAt, timeZone)),
    ),
  );
