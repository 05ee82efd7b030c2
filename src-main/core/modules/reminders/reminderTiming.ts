const DAY = 86_400_000;

/**
 * A reminder comes this long before its task is due (the bell's promise: "due within 15
 * minutes"), and Snooze puts it away for this long. The scan prunes the device's delivery records
 * at start and then once per `pruneEveryMs`, dropping those of done, deleted and vanished tasks
 * and those of an earlier due time untouched for `keepMs` (a reschedule's Undo within that finds
 * its record again).
 */
export const REMINDER_TIMING = {
  leadMs: 15 * 60_000,
  snoozeMs: 10 * 60_000,
  pruneEveryMs: DAY,
  keepMs: 30 * DAY,
} as const;
