/**
 * A reminder comes this long before its task is due (the bell's promise: "due within 15
 * minutes"), and Snooze puts it away for this long.
 */
export const REMINDER_TIMING = { leadMs: 15 * 60_000, snoozeMs: 10 * 60_000 } as const;
