import { TZDate } from '@date-fns/tz';
import { format, isValid, parseISO } from 'date-fns';

/**
 * A calendar date (expected close, a due day) is stored as `YYYY-MM-DD`, not as an instant: the
 * same day reads the same in Moscow and in Kaliningrad, whatever zone a device runs in.
 */
export type CalendarDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isCalendarDate = (text: string): boolean => ISO_DATE.test(text) && isValid(parseISO(text));

/** The day an instant falls on in a time zone (the workspace's): what a date picker showed then. */
export const calendarDateInZone = (epochMs: number, timeZone: string): CalendarDate =>
  format(new TZDate(epochMs, timeZone), 'yyyy-MM-dd');

/** Midnight of the day in UTC: formatting it with `timeZone: 'UTC'` shows exactly that day. */
export const calendarDateToUtcMs = (date: CalendarDate): number => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
};

/**
 * An IANA zone name ("Europe/Moscow", "UTC"), as the workspace setting accepts it. Offsets
 * ("+03:00") and abbreviations ("MSK") are refused: they ignore daylight-saving rules.
 */
export const isIanaTimeZone = (zone: string): boolean => {
  if (zone !== 'UTC' && !/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)+$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};
