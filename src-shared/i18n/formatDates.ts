import type { Language } from '../contract/schemas/common';
import { type CalendarDate, calendarDateToUtcMs } from '../domain/calendarDateToUtcMs';

/**
 * The one set of date formats every screen uses (deal drawer, company page, tables, history):
 * a numeric date «27.11.2026» / "11/27/2026", the same with the time «27.11.2026, 14:05», a
 * short day «27 нояб.» where space is tight, and the year alone (whether the short day will do).
 * Instants are shown in the workspace time zone, so everyone on the team reads the same day;
 * calendar dates (expected close) have no zone.
 */
export type DateFormatStyle = 'date' | 'dateTime' | 'dayMonth' | 'year';

const OPTIONS: Record<DateFormatStyle, Intl.DateTimeFormatOptions> = {
  date: { day: '2-digit', month: '2-digit', year: 'numeric' },
  dateTime: { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  dayMonth: { day: 'numeric', month: 'short' },
  year: { year: 'numeric' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (style: DateFormatStyle, language: Language, timeZone: string): Intl.DateTimeFormat => {
  const key = `${style}:${language}:${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { ...OPTIONS[style], timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
};

/** An instant in the workspace time zone. */
export const formatInstant = (epochMs: number, style: DateFormatStyle, language: Language, timeZone: string): string =>
  formatterFor(style, language, timeZone).format(epochMs);

/** A calendar date as it was picked, whatever zone the device is in. */
export const formatCalendarDate = (
  date: CalendarDate,
  language: Language,
  style: Exclude<DateFormatStyle, 'dateTime'> = 'date',
): string => formatterFor(style, language, 'UTC').format(calendarDateToUtcMs(date));
