import type { KpiDrillDeal, KpiFilters, KpiReportResult } from '@shared/contract/schemas/kpi';
import type { KpiPeriod } from '@shared/domain/kpi/KpiPeriod';
import { sql } from 'kysely';
import type { Db } from '../db/Db';
import { selectRaw } from '../db/sql';
import { kpiReportWithDrills } from '../modules/kpi/kpi.service';

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

/** The period against the previous one, the top open deals by weighted value, the largest losses. */
export const loadWeeklyReport = (db: Db, request: WeeklyReportRequest, now: number): WeeklyReportData => {
  const scope = { period: request.period, filters: request.filters, asOf: request.asOf };
  const {
    result,
    drills: [topOpen, largestLosses],
  } = kpiReportWithDrills(db, scope, now, [
    { figure: 'openDeals', limit: TOP },
    { figure: 'lost', limit: TOP },
  ]);
  return {
    result,
    filters: request.filters,
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
