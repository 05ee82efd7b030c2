/** The units a task's due offset is typed in, in minutes. */
export const DUE_UNITS = { minutes: 1, hours: 60, days: 1440 } as const;
