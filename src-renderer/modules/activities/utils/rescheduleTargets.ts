import { TZDate } from '@date-fns/tz';
import { addDays, addHours, nextMonday, set, startOfDay } from 'date-fns';

export type RescheduleTargets = { inAnHour: number; tomorrowMorning: number; nextMondayMorning: number };

/** The working morning a task moves to: 9:00, as Pipedrive's and Gmail's "tomorrow" mean. */
const MORNING = { hours: 9, minutes: 0, seconds: 0, milliseconds: 0 };

/**
 * Reschedule's quick choices, read on the workspace's wall clock (so "tomorrow 9:00" is 9:00 there
 * across a DST change, not 24 hours on): an hour from now, tomorrow at 9:00 and next Monday at 9:00
 * (a week on when today is Monday; on Sunday, tomorrow).
 */
export const rescheduleTargets = (now: number, timeZone: string): RescheduleTargets => {
  const today = startOfDay(new TZDate(now, timeZone));
  return {
    inAnHour: addHours(new TZDate(now, timeZone), 1).getTime(),
    tomorrowMorning: set(addDays(today, 1), MORNING).getTime(),
    nextMondayMorning: set(nextMonday(today), MORNING).getTime(),
  };
};
