import type { Migration } from '../Migration';

/**
 * Frozen. The KPI engine rebuilds deals as of a past instant: the deals written since then are
 * found by `updated_at` (with the open or won ones, an OR that SQLite answers from two indexes
 * instead of scanning every deal). Rep activity counts the done activities of a period from one
 * covering index instead of a lookup per activity.
 */
export const m0009_kpi_indexes: Migration = {
  version: 9,
  name: 'kpi_indexes',
  sql: `
CREATE INDEX deals_updated ON deals (updated_at);
CREATE INDEX activities_done ON activities (done_at, owner_id, type, created_at, deleted_at) WHERE done_at IS NOT NULL;
`,
};
