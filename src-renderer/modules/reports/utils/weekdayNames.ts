/** ISO weekdays 1 (Monday) … 7 (Sunday) named in the language ("понедельник", "Monday"), from Intl. */
export const weekdayNames = (language: string): string[] => {
  const format = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
  // 5 January 2026 was a Monday.
  return Array.from({ length: 7 }, (_, index) => format.format(Date.UTC(2026, 0, 5 + index)));
};
