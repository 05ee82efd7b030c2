import type { Migration } from '../Migration';

/**
 * Frozen. The KPI engine reads, for every deal active in a period, its transitions in order and
 * its first outbound touch. Over two years that is every deal: with the old indexes each
 * transition and each touch cost a lookup into its table, scattered across a file that is mostly
 * change log. These indexes hold every column those queries read (in the order they are read), so
 * both are answered from the index alone. Rep activity counts group by owner and type: read in
 * that order, a long period needs no sort of a million rows and a week is a skip-scan per owner
 * and type (its statistics are gathered here so the planner knows to skip-scan at once).
 */
export const m0013_kpi_history_indexes: Migration = {
  version: 13,
  name: 'kpi_history_indexes',
  sql: `
CREATE INDEX stage_transitions_history
  ON stage_transitions (deal_id, at, id, from_stage_id, to_stage_id, from_status, to_status);
CREATE INDEX activities_first_touch ON activities (deal_id, done_at, type, direction, created_at, deleted_at)
  WHERE deal_id IS NOT NULL AND done_at IS NOT NULL AND type IN ('call', 'email', 'meeting')
    AND (direction IS NULL OR direction = 'outbound');
CREATE INDEX activities_done_by_rep ON activities (owner_id, type, done_at, created_at, deleted_at)
  WHERE done_at IS NOT NULL;
ANALYZE activities_done_by_rep;
`,
};
