import type { KpiDrillDeal, KpiFilters, KpiReportResult } from '@shared/contract/schemas/kpi';
import type { KpiPeriod } from '@shared/domain/kpi/KpiPeriod';
import { sql } from 'kysely';
import type { Db } from '../db/Db';
import { prepare, selectRaw } from '../db/sql';
import { kpiReportWithDrills, type KpiScope, requestFor } from '../modules/kpi/kpi.service';

export type NamedRow = { id: string; name: string | null; defaultKey: string | null };

/** What every export of the weekly report needs: the figures and the names to show them with. */
export type WeeklyReportData = {
  result: KpiReportResult;
  filters: KpiFilters;
  topOpen: KpiDrillDeal[];
  largestLosses: KpiDrillDeal[];
  users: NamedRow[];
  lossReasons: NamedRow[];
  pipelines: NamedRow[];
  sources: NamedRow[];
  campaigns: NamedRow[];
  teams: NamedRow[];
};

export type WeeklyReportRequest = { period: KpiPeriod; filters: KpiFilters; asOf?: number | undefined };

const TOP = 10;

const named = (
  db: Db,
  table: 'users' | 'teams' | 'loss_reasons' | 'pipelines' | 'lead_sources' | 'campaigns',
): NamedRow[] =>
  selectRaw(
    db,
    table === 'users' || table === 'teams' || table === 'campaigns'
      ? sql<NamedRow>`SELECT id, name, NULL AS defaultKey FROM ${sql.table(table)}`
      : sql<NamedRow>`SELECT id, name, default_key AS defaultKey FROM ${sql.table(table)}`,
  );

const buildWeeklyReport = (db: Db, scope: KpiScope, now: number): WeeklyReportData => {
  const {
    result,
    drills: [topOpen, largestLosses],
  } = kpiReportWithDrills(db, scope, now, [
    { figure: 'openDeals', limit: TOP },
    { figure: 'lost', limit: TOP },
  ]);
  return {
    result,
    filters: scope.filters,
    topOpen: topOpen?.deals ?? [],
    largestLosses: largestLosses?.deals ?? [],
    users: named(db, 'users'),
    lossReasons: named(db, 'loss_reasons'),
    pipelines: named(db, 'pipelines'),
    sources: named(db, 'lead_sources'),
    campaigns: named(db, 'campaigns'),
    teams: named(db, 'teams'),
  };
};

/**
 * The last report loaded per database, with what it was loaded for: the page's preview and the
 * exports that follow it (PDF, then XLSX) ask for the same report, which a load would rebuild.
 */
const lastLoads = new WeakMap<Db, { key: string; data: WeeklyReportData }>();

const dataVersion = (db: Db): number => db.sqlite.pragma('data_version', { simple: true }) as number;

/**
 * What a report depends on: its period, filters and as-of instant, and the file's contents, which
 * stand still while no row changed on this connection (`total_changes()`) or another one
 * (`data_version`).
 */
const loadKey = (db: Db, scope: KpiScope, now: number): string =>
  JSON.stringify([
    scope.period,
    scope.filters,
    requestFor(db, scope, now).asOf,
    prepare(db, 'SELECT total_changes() AS n').get(),
    dataVersion(db),
  ]);

/** The period against the previous one, the top open deals by weighted value, the largest losses. */
export const loadWeeklyReport = (db: Db, request: WeeklyReportRequest, now: number): WeeklyReportData => {
  const scope = { period: request.period, filters: request.filters, asOf: request.asOf };
  const last = lastLoads.get(db);
  if (last?.key === loadKey(db, scope, now)) return last.data;
  const version = dataVersion(db);
  const data = buildWeeklyReport(db, scope, now);
  // Keyed after the load: keeping a closed period's report (m0081) is a change on this connection.
  // A commit by another process meanwhile (data_version moved) leaves the load unremembered.
  if (dataVersion(db) === version) lastLoads.set(db, { key: loadKey(db, scope, now), data });
  return data;
};
