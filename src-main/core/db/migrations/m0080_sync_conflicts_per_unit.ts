import type { Migration } from '../Migration';

/**
 * Frozen. One conflict per merge unit and pair of stamps, not per pair: an edit that changed a
 * deal's title and amount on each of two devices makes two conflicts (title; value with currency)
 * from the same two messages, and the old index kept only the first, so the amount replaced on the
 * losing side went unsaid and could not be kept. A batch applied again still records nothing new.
 */
export const m0080_sync_conflicts_per_unit: Migration = {
  version: 80,
  name: 'sync_conflicts_per_unit',
  sql: `
DROP INDEX sync_conflicts_pair;
CREATE UNIQUE INDEX sync_conflicts_unit_pair ON sync_conflicts (tbl, row_id, columns, mine_stamp, theirs_stamp);
`,
};
