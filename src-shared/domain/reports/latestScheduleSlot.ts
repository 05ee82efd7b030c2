import { TZDate } from '@date-fns/tz';
import { addDays, startOfISOWeek } from 'date-fns';

/** When a weekly job runs: an ISO weekday (1 Monday … 7 Sunday) and a wall-clock "HH:MM" in a zone. */
export type WeeklyTiming = { weekday: number; time: string; timeZone: string };

const slotOn = (day: TZDate, time: string, timeZone: string): number => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  // Built from the calendar date and the wall-clock time, not by adding 7 × 24 h: "Monday 09:00"
  // stays 09:00 on both sides of a daylight-saving change (a week across it is 167 or 169 hours).
  return new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes, timeZone).getTime();
};

/**
 * The latest scheduled instant at or before `now`: this week's weekday and time in the zone, or the
 * previous week's when that is still ahead. A time that does not exist on a spring-forward day
 * (02:30 when clocks jump from 02:00 to 03:00) falls to the instant the zone gives it.
 */
export const latestScheduleSlot = (timing: WeeklyTiming, now: number): number => {
  const monday = startOfISOWeek(new TZDate(now, timing.timeZone));
  const thisWeek = slotOn(addDays(monday, timing.weekday - 1), timing.time, timing.timeZone);
  return thisWeek <= now ? thisWeek : slotOn(addDays(monday, timing.weekday - 8), timing.time, timing.timeZone);
};
