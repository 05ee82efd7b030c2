import type { Db } from '../../db/Db';
import { prepare } from '../../db/sql';
import type { KpiLoadRequest } from './kpiInput.service';

/**
 * Bumped whenever the engine's figures or the stored shape change: reports kept by an older build
 * are then never read (their keys differ) and go with the next write that reaches them or with
 * the pruning. keptReportVersion.test holds it to a fingerprint of the engine's code.
 */
export const KEPT_REPORT_VERSION = 1;

const READ = 'SELECT report FROM kpi_period_reports WHERE key = ?';

/**
 * At most this many reports are kept (~25–30 kB each on the bench file): periods, filters and
 * as-of dates a manager clicks through would otherwise pile up for as long as no write reaches
 * them. The earliest kept go first.
 */
export const KEPT_REPORTS_LIMIT = 200;

const PRUNE = `DELETE FROM kpi_period_reports WHERE key IN (
  SELECT key FROM kpi_period_reports ORDER BY stored_at DESC, key LIMIT -1 OFFSET ${KEPT_REPORTS_LIMIT})`;

const WRITE = `INSERT INTO kpi_period_reports (key, as_of, by_segment, report, stored_at) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (key) DO UPDATE SET as_of = excluded.as_of, by_segment = excluded.by_segment,
    report = excluded.report, stored_at = excluded.stored_at`;

/** Filters in a fixed key order, so one scope is one key however the caller spelled it. */
const canonicalFilters = (filters: KpiLoadRequest['filters']): [string, unknown][] =>
  Object.entries(filters)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));

const keyOf = (request: KpiLoadRequest, part: string): string =>
  JSON.stringify([
    KEPT_REPORT_VERSION,
    part,
    request.range.from,
    request.range.to,
    request.asOf,
    request.label,
    request.timeZone,
    request.currency,
    canonicalFilters(request.filters),
  ]);

/**
 * A report can be kept when it stands as of a past instant (a closed period, or an as-of date
 * asked for) and its filters read nothing as it is now beyond what m0081's triggers watch: a saved
 * segment's rules read contacts, custom values and activities as they are.
 */
const keepable = (db: Db, request: KpiLoadRequest, now: number): boolean =>
  request.asOf < now && request.filters.segmentId === undefined && !db.sqlite.readonly;

const isSqliteError = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_');

/**
 * Keeps a computed report. Keeping is a saving, never a condition: when the write is refused (the
 * snapshot the report was read from is behind a commit another process made meanwhile, which
 * SQLite reports as SQLITE_BUSY on the upgrade; or a file that takes no writes), the report, true
 * of what it was read from, is returned unkept.
 */
const keep = (db: Db, key: string, request: KpiLoadRequest, report: string, now: number): void => {
  try {
    prepare(db, WRITE).run(key, request.asOf, request.filters.segment === undefined ? 0 : 1, report, now);
    prepare(db, PRUNE).run();
  } catch (error) {
    if (!isSqliteError(error)) throw error;
  }
};

/**
 * What `compute` makes of `request`, read from `kpi_period_reports` (m0081) when a past call kept
 * it and no write since could change it, else computed and kept. `part` names what is computed
 * (the figures alone, the figures with drill-downs, the analytics overview). The read, the
 * computation and the write are one transaction, so what is kept is what one snapshot held.
 */
export const keptReport = <T>(db: Db, request: KpiLoadRequest, now: number, part: string, compute: () => T): T => {
  if (!keepable(db, request, now)) return compute();
  const key = keyOf(request, part);
  return db.inTransaction(() => {
    const kept = prepare(db, READ).get(key) as { report: string } | undefined;
    if (kept !== undefined) return JSON.parse(kept.report) as T;
    const value = compute();
    keep(db, key, request, JSON.stringify(value), now);
    return value;
  });
};
