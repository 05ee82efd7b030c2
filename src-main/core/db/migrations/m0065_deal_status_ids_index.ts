import type { Migration } from '../Migration';

/**
 * Frozen. The live deals of a status with their ids, in the index itself (`deleted_at` too, so
 * the planner counts it as covering): a deals page filtered by status and a custom field counts
 * its total by probing each such deal's value row (issue 16), and without this index every open
 * deal's table row is read for its id (12 ms at 100,000 deals, 3.4 ms from the index).
 */
export const m0065_deal_status_ids_index: Migration = {
  version: 65,
  name: 'deal_status_ids_index',
  sql: `
CREATE INDEX deals_status_ids ON deals (status, id, deleted_at) WHERE deleted_at IS NULL;
`,
};
