import type { Migration } from '../Migration';

/**
 * Frozen. Two indexes that let the KPI report of a past period stay index-only:
 * - tasks overdue at the as-of time are those due before it and not done by then (open, or done
 *   after it): both branches are ranges of `(done_at, due_at)` with the owner and the liveness
 *   columns in the entry, instead of a table lookup per activity done since the as-of time;
 * - the deals whose rewound columns (the ones the report reads and the transitions do not replay)
 *   were written after the as-of time are a tail range of this partial index of the change log by
 *   wall time (older messages without `at`: by HLC), instead of a look at every message of every
 *   deal touched since then (`col` is in the entry so the probe never reads the table). The column
 *   list must stay the one `kpiDealRewind.repo.ts` probes.
 */
export const m0041_kpi_report_indexes: Migration = {
  version: 41,
  name: 'kpi_report_indexes',
  sql: `
CREATE INDEX activities_overdue ON activities (done_at, due_at, owner_id, created_at, deleted_at)
  WHERE due_at IS NOT NULL;

CREATE INDEX change_log_deal_rewind ON change_log (at, hlc, row_id, col)
  WHERE tbl = 'deals' AND col IN ('title', 'deleted_at', 'owner_id', 'company_id', 'source_id', 'campaign_id',
    'value_minor', 'currency', 'loss_reason_id', 'qualified_at', 'expected_close_on');
`,
};
