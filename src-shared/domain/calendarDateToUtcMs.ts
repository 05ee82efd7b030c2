/**
 * A calendar date (expected close, a due day) is stored as `YYYY-MM-DD`, not as an instant: the
 * same day reads the same in Moscow and in Kaliningrad, whatever zone a device runs in.
 */
export type CalendarDate = string;

/**
 * Midnight of the day in UTC: formatting it with `timeZone: 'UTC'` shows exactly that day. Its own
 * module (no date-fns), so the board's cards format their dates without loading date-fns.
 */
export const calendarDateToUtcMs = (date: CalendarDate): number => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
};
