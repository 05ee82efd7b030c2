import type {
  KpiDrillDownResult,
  KpiFilters,
  KpiReport,
  KpiReportResult,
  kpiDrillDownInputSchema,
  kpiReportInputSchema,
} from '@shared/contract/schemas/kpi';
import { computeKpis } from '@shared/domain/kpi/computeKpis';
import { kpiDrillDown, type KpiDrillRequest } from '@shared/domain/kpi/kpiDrillDown';
import type { KpiInput, KpiStageInfo } from '@shared/domain/kpi/KpiInput';
import type { KpiPeriod } from '@shared/domain/kpi/KpiPeriod';
import { periodRange } from '@shared/domain/kpi/periodRange';
import { previousPeriod } from '@shared/domain/kpi/previousPeriod';
import type { z } from 'zod';
import type { Db } from '../../db/Db';
import { fieldError } from '../companies/fieldError';
import { getSettings } from '../settings/settings.service';
import { type KpiLoadRequest, loadKpiInput, loadStages } from './kpiInput.service';
import { keptReport } from './keptReport';
import { KpiLoadShare } from './KpiLoadShare';

export const periodLabel = (period: KpiPeriod): string => {
  switch (period.kind) {
    case 'week':
      return period.week;
    case 'month':
      return period.month;
    case 'quarter':
      return period.quarter;
    case 'custom':
      return `${period.from}..${period.to}`;
  }
};

export type KpiScope = { period: KpiPeriod; filters: KpiFilters; asOf?: number | undefined };

/** The period in the zone; a week 53 in a 52-week year or 31 February is a field error, not a crash. */
const resolveRange = (period: KpiPeriod, timeZone: string) => {
  try {
    return periodRange(period, timeZone);
  } catch (error) {
    if (error instanceof RangeError) throw fieldError(['period'], 'period_invalid', error.message);
    throw error;
  }
};

/**
 * The as-of rule: the report stands as of the end of its period (so last week's report regenerates
 * identically), or now while the period runs, or the instant asked for if earlier.
 */
export const requestFor = (db: Db, scope: KpiScope, now: number): KpiLoadRequest => {
  const settings = getSettings(db);
  const timeZone = settings['workspace.timeZone'];
  const range = resolveRange(scope.period, timeZone);
  return {
    range,
    label: periodLabel(scope.period),
    asOf: Math.min(scope.asOf ?? Number.MAX_SAFE_INTEGER, range.to - 1, now),
    filters: scope.filters,
    timeZone,
    currency: settings['workspace.currency'],
  };
};

/** The input of a scope; a load given `share` reuses what a load as of a later time put in it. */
export const inputFor = (
  db: Db,
  scope: KpiScope,
  now: number,
  stages: readonly KpiStageInfo[],
  share?: KpiLoadShare,
): KpiInput => loadKpiInput(db, requestFor(db, scope, now), stages, 'auto', share);

type Drilled = { current: KpiReport; drills: KpiDrillDownResult[] };

/**
 * The current period's report (with drill-downs of its input when asked for) beside the previous
 * period's. A report of a closed period is read back as kept (`keptReport`, m0081) when no write
 * since could change it; the previous period, loaded as of an earlier time, takes what the
 * current period's load read (`KpiLoadShare`) when both are computed. One transaction: what the
 * previous period borrows was read from the snapshot it is computed and kept in.
 */
const reportFrom = (
  db: Db,
  scope: KpiScope & { compare: boolean },
  now: number,
  drills: readonly KpiDrillRequest[],
): Drilled & { previous: KpiReport | null } =>
  db.inTransaction(() => {
    // Read only if a period is computed: a kept report needs no stages.
    let stages: KpiStageInfo[] | undefined;
    const stagesOf = () => (stages ??= loadStages(db));
    const share = new KpiLoadShare();
    const request = requestFor(db, scope, now);
    // The figures alone are kept under the key a later period's comparison reads them by.
    const { current, drills: drilled } =
      drills.length === 0
        ? {
            current: keptReport(db, request, now, 'report', () =>
              computeKpis(loadKpiInput(db, request, stagesOf(), 'auto', share)),
            ),
            drills: [],
          }
        : keptReport(db, request, now, `report+drills:${JSON.stringify(drills)}`, (): Drilled => {
            const input = loadKpiInput(db, request, stagesOf(), 'auto', share);
            return { current: computeKpis(input), drills: drills.map((drill) => kpiDrillDown(input, drill)) };
          });
    if (!scope.compare) return { current, previous: null, drills: drilled };
    const timeZone = getSettings(db)['workspace.timeZone'];
    const previousRequest = requestFor(db, { ...scope, period: previousPeriod(scope.period, timeZone) }, now);
    const previous = keptReport(db, previousRequest, now, 'report', () =>
      computeKpis(loadKpiInput(db, previousRequest, stagesOf(), 'auto', share)),
    );
    return { current, previous, drills: drilled };
  });

export const kpiReport = (db: Db, input: z.output<typeof kpiReportInputSchema>, now: number): KpiReportResult => {
  const { current, previous } = reportFrom(db, input, now, []);
  return { current, previous };
};

/**
 * The report with the previous period and drill-downs of the current one, loading the current
 * period's input once (the weekly report lists top deals beside its figures).
 */
export const kpiReportWithDrills = (
  db: Db,
  scope: KpiScope,
  now: number,
  drills: readonly KpiDrillRequest[],
): { result: KpiReportResult; drills: KpiDrillDownResult[] } => {
  const { current, previous, drills: drilled } = reportFrom(db, { ...scope, compare: true }, now, drills);
  return { result: { current, previous }, drills: drilled };
};

export const kpiDrill = (db: Db, input: z.output<typeof kpiDrillDownInputSchema>, now: number): KpiDrillDownResult => {
  const { period, filters, asOf, limit, ...request } = input;
  return kpiDrillDown(inputFor(db, { period, filters, asOf }, now, loadStages(db)), { ...request, limit });
};
