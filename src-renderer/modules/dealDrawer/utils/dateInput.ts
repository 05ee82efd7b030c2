import { type CalendarDate, isCalendarDate } from '@shared/domain/calendarDate';

/**
 * `<input type="date">` speaks `YYYY-MM-DD`, which is how a calendar date is stored: no time
 * zone in between. '' → null (cleared); anything else that is not a real day → undefined.
 */
export const fromDateInput = (text: string): CalendarDate | null | undefined => {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return isCalendarDate(trimmed) ? trimmed : undefined;
};
