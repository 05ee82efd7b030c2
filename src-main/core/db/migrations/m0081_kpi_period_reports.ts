import type { Migration } from '../Migration';

/** Later than any instant the app stores: "no bound from this source". */
const NEVER = '9007199254740991';

/**
 * The earliest instant from which a write touching deal `id` can change a report standing as of
 * then: the deal's creation, its first stage transition, and the times of its activities (their
 * counts are filtered through the deal's current pipeline, source and campaign). A deal that is
 * not here gives 0: every stored report goes.
 */
const dealFloor = (id: string): string => `min(
    coalesce((SELECT created_at FROM deals WHERE id = ${id}), 0),
    coalesce((SELECT min(at) FROM stage_transitions WHERE deal_id = ${id}), ${NEVER}),
    coalesce((SELECT min(min(created_at, coalesce(done_at, ${NEVER}), coalesce(due_at, ${NEVER})))
      FROM activities WHERE deal_id = ${id}), ${NEVER}))`;

/** `min` of nullable times, a NULL counting as no bound (SQLite's `min` of a NULL is NULL). */
const earliest = (...times: string[]): string => {
  const bounded = times.map((time) => `coalesce(${time}, ${NEVER})`);
  // One argument: min() of one argument is the aggregate.
  return bounded.length === 1 ? (bounded[0] ?? NEVER) : `min(${bounded.join(', ')})`;
};

/** `columns` of each of `rows`: `OLD.at`, `NEW.at`. */
const columnsOf = (rows: readonly Row[], ...columns: string[]): string[] =>
  rows.flatMap((row) => columns.map((column) => `${row}.${column}`));

const STORED = 'EXISTS (SELECT 1 FROM kpi_period_reports)';

type Row = 'NEW' | 'OLD';

/**
 * A trigger per write of `table` dropping the reports standing as of `floor(rows)` or later: the
 * earliest instant the written row counts at, over its old and new values (an update names both,
 * so a floor reading other tables reads them once).
 */
const dropFrom = (table: string, floor: (rows: readonly Row[]) => string, when = ''): string => {
  const guard = when === '' ? STORED : `${STORED} AND (${when})`;
  return `
CREATE TRIGGER kpi_period_reports_${table}_insert AFTER INSERT ON ${table} WHEN ${guard}
BEGIN
  DELETE FROM kpi_period_reports WHERE as_of >= ${floor(['NEW'])};
END;
CREATE TRIGGER kpi_period_reports_${table}_update AFTER UPDATE ON ${table} WHEN ${guard}
BEGIN
  DELETE FROM kpi_period_reports WHERE as_of >= ${floor(['OLD', 'NEW'])};
END;
CREATE TRIGGER kpi_period_reports_${table}_delete AFTER DELETE ON ${table} WHEN ${guard.replaceAll('NEW.', 'OLD.')}
BEGIN
  DELETE FROM kpi_period_reports WHERE as_of >= ${floor(['OLD'])};
END;`;
};

/** Tables of names and settings the figures read as they are now: any write drops every report. */
const READ_AS_THEY_ARE = [
  'pipelines',
  'stages',
  'control_points',
  'users',
  'teams',
  'lead_sources',
  'loss_reasons',
  'campaigns',
  'campaign_costs',
  'settings',
];

/**
 * Frozen. Reports of closed periods, kept (issue 9). A report standing as of a past instant is a
 * function of what the file held as of then, so it is computed once and read back until a write
 * could change it. Every write path (app, import and its undo, sync merge, hub drops, change-log
 * compaction) goes through these triggers, in the write's own transaction: a write drops the
 * reports standing as of its floor or later, the floor being the earliest instant the written row
 * can count at (bounded below by the times it holds, old and new). Local derived data: never
 * logged or synced, left out of a restore's copy.
 *
 * - deals and their change-log messages (the rewind reads them): the deal's floor.
 * - ticks: their tick time, old or new (a tick counts as of then on if it stands now: an untick is
 *   not rewound).
 * - stage transitions: their time; activities, customers, NPS answers: the earliest of their times.
 * - companies: only the reports filtered by a company segment (the figures read the segment as it
 *   is now); names, stages, settings and campaigns: every report.
 * Reports filtered by a saved segment are not kept (its rules read many tables as they are now).
 */
export const m0081_kpi_period_reports: Migration = {
  version: 81,
  name: 'kpi_period_reports',
  sql: `
CREATE TABLE kpi_period_reports (
  key TEXT PRIMARY KEY,
  as_of INTEGER NOT NULL,
  by_segment INTEGER NOT NULL CHECK (by_segment IN (0, 1)),
  report TEXT NOT NULL,
  stored_at INTEGER NOT NULL
) STRICT;
CREATE INDEX kpi_period_reports_as_of ON kpi_period_reports (as_of);
${dropFrom('deals', (rows) =>
  // The id is the key: it never changes, so the deal's other rows are read once.
  earliest(...columnsOf(rows, 'created_at'), dealFloor(`${rows[0] ?? 'NEW'}.id`)),
)}
${dropFrom('deal_checks', (rows) => earliest(...columnsOf(rows, 'checked_at')))}
${dropFrom('stage_transitions', (rows) => earliest(...columnsOf(rows, 'at')))}
${dropFrom('activities', (rows) => earliest(...columnsOf(rows, 'created_at', 'done_at', 'due_at', 'deleted_at')))}
${dropFrom('customers', (rows) =>
  earliest(...columnsOf(rows, 'created_at', 'since_at', 'active_at', 'churned_at', 'deleted_at')),
)}
${dropFrom('nps_responses', (rows) => earliest(...columnsOf(rows, 'created_at', 'responded_at', 'deleted_at')))}
-- 18: deals' number in the change log (m0072). Messages are written and deleted, never changed.
${dropFrom('change_msgs', (rows) => dealFloor(`${rows[0] ?? 'NEW'}.row_id`), 'NEW.tbl = 18')}
${['companies', ...READ_AS_THEY_ARE]
  .map(
    (table) => `
CREATE TRIGGER kpi_period_reports_${table}_insert AFTER INSERT ON ${table} WHEN ${STORED}
BEGIN
  DELETE FROM kpi_period_reports${table === 'companies' ? ' WHERE by_segment = 1' : ''};
END;
CREATE TRIGGER kpi_period_reports_${table}_update AFTER UPDATE ON ${table} WHEN ${STORED}
BEGIN
  DELETE FROM kpi_period_reports${table === 'companies' ? ' WHERE by_segment = 1' : ''};
END;
CREATE TRIGGER kpi_period_reports_${table}_delete AFTER DELETE ON ${table} WHEN ${STORED}
BEGIN
  DELETE FROM kpi_period_reports${table === 'companies' ? ' WHERE by_segment = 1' : ''};
END;`,
  )
  .join('\n')}
`,
};
