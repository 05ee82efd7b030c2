import { TZDate } from '@date-fns/tz';
import { format, isValid, parseISO } from 'date-fns';
import type { CalendarDate } from './calendarDateToUtcMs';

export { type CalendarDate, calendarDateToUtcMs } from './calendarDateToUtcMs';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether the text is a real day as `YYYY-MM-DD` (not 2026-02-30). */
export const isCalendarDate = (text: string): boolean => ISO_DATE.test(text) && isValid(parseISO(text));

/** The day an instant falls on in a time zone (the workspace's): what a date picker showed then. */
export const calendarDateInZone = (epochMs: number, timeZone: string): CalendarDate =>
  format(new TZDate(epochMs, timeZone), 'yyyy-MM-dd');

/** Answers of `isIanaTimeZone` by name: a zone is checked by building a formatter (~40 µs), and every read of the settings checks the workspace's. */
const checkedZones = new Map<string, boolean>();
/** More names than the runtime has zones: a flood of odd strings stops being remembered, not checked. */
const CHECKED_ZONES_MAX = 1000;

/**
 * An IANA zone name ("Europe/Moscow", "UTC"), as the workspace setting accepts it. Offsets
 * ("+03:00") and abbreviations ("MSK") are refused: they ignore daylight-saving rules.
 */
export const isIanaTimeZone = (zone: string): boolean => {
  const known = checkedZones.get(zone);
  if (known !== undefined) return known;
  const answer = isIanaTimeZoneName(zone);
  if (checkedZones.size < CHECKED_ZONES_MAX) checkedZones.set(zone, answer);
  return answer;
};

const isIanaTimeZoneName = (zone: string): boolean => {
  if (zone !== 'UTC' && !/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)+$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};
