import type { Migration } from '../Migration';

/**
 * Frozen. Which task reminders this device has delivered to whom, and what the person did with
 * them (snoozed until, dismissed). One row per task, due time and user, so a reminder fires once
 * per due time even across restarts, a rescheduled task (a new due time) reminds again, and a task
 * reassigned to another person on this device reminds them. `user_id` '' is "no user chosen yet"
 * (a primary key column cannot be NULL in a WITHOUT ROWID table). Local to the device, like the
 * automation run log: never synced, no change log, no tombstones (rows of long-done tasks may be
 * deleted outright).
 */
export const m0033_reminder_deliveries: Migration = {
  version: 33,
  name: 'reminder_deliveries',
  sql: `
CREATE TABLE reminder_deliveries (
  task_id TEXT NOT NULL,
  due_at INTEGER NOT NULL,
  user_id TEXT NOT NULL,
  delivered_at INTEGER NOT NULL,
  snoozed_until INTEGER,
  dismissed_at INTEGER,
  PRIMARY KEY (task_id, due_at, user_id)
) STRICT, WITHOUT ROWID;
`,
};
