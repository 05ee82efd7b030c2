import type { Migration } from '../Migration';

/**
 * Frozen. Every board card shows its deal's next task and whether any task lies ahead: the
 * earliest and the latest due time of the deal's live open tasks, each one seek in this index
 * instead of reading all the deal's activities.
 */
export const m0011_deal_open_tasks: Migration = {
  version: 11,
  name: 'deal_open_tasks',
  sql: `
CREATE INDEX activities_deal_open_due ON activities (deal_id, due_at, id)
  WHERE deal_id IS NOT NULL AND done_at IS NULL AND due_at IS NOT NULL AND deleted_at IS NULL;
`,
};
