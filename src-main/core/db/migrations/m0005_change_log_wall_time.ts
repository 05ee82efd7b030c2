import type { Migration } from '../Migration';

/**
 * Frozen. Each change-log message records the wall time of the write it belongs to (`at`), for
 * display only: the HLC orders messages but runs ahead of the wall clock after the clock is set
 * back, so dating history by it showed edits in the future. Older messages keep `at` NULL and are
 * dated by their HLC, which was the wall time when they were written.
 */
export const m0005_change_log_wall_time: Migration = {
  version: 5,
  name: 'change_log_wall_time',
  sql: `ALTER TABLE change_log ADD COLUMN at INTEGER;`,
};
