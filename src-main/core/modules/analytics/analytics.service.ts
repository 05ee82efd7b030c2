import type {
  AnalyticsOverview,
  AnalyticsPeriod,
  analyticsDrillInputSchema,
  analyticsOverviewInputSchema,
  RepActivityColumn,
} from '@shared/contract/schemas/analytics';
import type { KpiDrillDownResult } from '@shared/contract/schemas/kpi';
import { analyticsDrillDown, sortDrillRows } from '@shared/domain/kpi/analyticsDrillDown';
import { computeKpis } from '@shared/domain/kpi/computeKpis';
import { conversionTrend } from '@shared/domain/kpi/conversionTrend';
import { funnelCounts } from '@shared/domain/kpi/funnelCounts';
import { createKpiContext } from '@shared/domain/kpi/KpiContext';
import type { KpiInput, KpiStageInfo } from '@shared/domain/kpi/KpiInput';
import { kpiDrillDown } from '@shared/domain/kpi/kpiDrillDown';

import { localDateOf, previousPeriod } from '@shared/domain/kpi/previousPeriod';
import { sourceFigures, type KpiSource } from '@shared/domain/kpi/sourceFigures';
import { speedToLeadBuckets } from '@shared/domain/kpi/speedToLeadBuckets';
import { type RangeWeek, trendWeeks, weeksOfRange } from '@shared/domain/kpi/weeksOfRange';
import type { z } from 'zod';
import type { Db } from '../../db/Db';
import { kpiSqlFilters } from '../kpi/kpiSqlFilters';
import {
  selectActivityDeals,
  selectOverdueDeals,
  selectReviewedDeals,
  type KpiActivityDealRow,
} from '../kpi/kpiActivityDeals.repo';
import { inputFor, type KpiScope, requestFor } from '../kpi/kpi.service';
import { keptReport } from '../kpi/keptReport';
import { type KpiLoadRequest, loadKpiInput, loadStages, narrowKpiInput } from '../kpi/kpiInput.service';
import { KpiLoadShare } from '../kpi/KpiLoadShare';
import { getSettings } from '../settings/settings.service';
import { selectCampaignSources, selectSources } from './analytics.repo';

/** A single week still shows a trend: the weeks leading up to it. */
const MIN_TREND_WEEKS = 8;

/** Activity types behind each leaderboard column (as the engine's rep figures count them). */
const ACTIVITY_TYPES: Record<RepActivityColumn, readonly string[]> = {
  calls: ['call'],
  meetings: ['meeting'],
  emails: ['email'],
  demos: ['demo', 'presentation'],
  proposals: ['proposal'],
};

type Lookups = { sources: KpiSource[]; campaignSources: Map<string, string | null> };

const periodFigures = (input: KpiInput, lookups: Lookups): AnalyticsPeriod => {
  const ctx = createKpiContext(input);
  return {
    report: computeKpis(input, ctx),
    funnel: funnelCounts(ctx),
    speedToLead: speedToLeadBuckets(ctx),
    sources: sourceFigures(ctx, lookups.sources, lookups.campaignSources),
  };
};

/** The trend's weeks as one custom period, standing as of the same instant as the period itself. */
const trendScope = (
  scope: KpiScope,
  current: Pick<KpiInput, 'range' | 'timeZone' | 'asOf'>,
): { scope: KpiScope; weeks: RangeWeek[] } => {
  const weeks = trendWeeks(current.range, current.timeZone, MIN_TREND_WEEKS);
  const first = weeks[0]?.from ?? current.range.from;
  const last = (weeks.at(-1)?.to ?? current.range.to) - 1;
  return {
    scope: {
      period: { kind: 'custom', from: localDateOf(first, current.timeZone), to: localDateOf(last, current.timeZone) },
      filters: scope.filters,
      asOf: current.asOf,
    },
    weeks,
  };
};

/**
 * The overview of a period: its figures, the previous period's, the conversion trend of the weeks
 * around it, and the filters' options. A closed period's overview is kept (`keptReport`, m0081)
 * until a write could change it.
 */
export const analyticsOverview = (
  db: Db,
  input: z.output<typeof analyticsOverviewInputSchema>,
  now: number,
): AnalyticsOverview => {
  const request = requestFor(db, input, now);
  return keptReport(db, request, now, 'overview', () => computeOverview(db, input, request, now));
};

/** The sources and campaigns as they are now (a write to either drops every kept report, m0081). */
const readLookups = (db: Db): Lookups & { campaigns: ReturnType<typeof selectCampaignSources> } => {
  const campaigns = selectCampaignSources(db);
  return {
    sources: selectSources(db),
    campaignSources: new Map(campaigns.map((campaign) => [campaign.id, campaign.sourceId])),
    campaigns,
  };
};

/**
 * The figures of the period before the one asked for. They are kept on their own when that period
 * is closed (m0081): a running period's overview is never kept, but the period before it stands
 * still, and its load and figures were about a third of the overview's time.
 */
const previousFigures = (
  db: Db,
  input: z.output<typeof analyticsOverviewInputSchema>,
  timeZone: string,
  now: number,
  stages: readonly KpiStageInfo[],
  lookups: Lookups,
  share: KpiLoadShare,
): AnalyticsPeriod => {
  const request = requestFor(db, { ...input, period: previousPeriod(input.period, timeZone) }, now);
  return keptReport(db, request, now, 'overview-period', () =>
    periodFigures(loadKpiInput(db, request, stages, 'auto', share), lookups),
  );
};

/**
 * Keeps the previous period's figures of an overview without computing the overview (the app's
 * warm-up: the Analytics page opens on the running month, whose overview is never kept).
 */
export const keepPreviousPeriodFigures = (
  db: Db,
  input: z.output<typeof analyticsOverviewInputSchema>,
  now: number,
): void => {
  db.inTransaction(() => {
    const timeZone = getSettings(db)['workspace.timeZone'];
    previousFigures(db, input, timeZone, now, loadStages(db), readLookups(db), new KpiLoadShare());
  });
};

/**
 * One transaction: the previous period borrows rows the trend's load read (`KpiLoadShare`) and may
 * be kept, so both loads must read one snapshot.
 */
const computeOverview = (
  db: Db,
  input: z.output<typeof analyticsOverviewInputSchema>,
  request: KpiLoadRequest,
  now: number,
): AnalyticsOverview =>
  db.inTransaction(() => {
    const stages = loadStages(db);
    const lookups = readLookups(db);
    // The trend's weeks hold the period and stand as of the same instant: the period's input is
    // cut out of the trend's rather than loaded again.
    const trend = trendScope(input, request);
    // The previous period takes what the trend's load read (it stands as of an earlier time).
    const share = new KpiLoadShare();
    const trendInput = inputFor(db, trend.scope, now, stages, share);
    const covers =
      trendInput.asOf === request.asOf &&
      trendInput.range.from <= request.range.from &&
      trendInput.range.to >= request.range.to;
    const current = covers ? narrowKpiInput(db, trendInput, request) : loadKpiInput(db, request, stages);
    return {
      current: periodFigures(current, lookups),
      previous: previousFigures(db, input, request.timeZone, now, stages, lookups, share),
      trend: {
        weeks: conversionTrend(createKpiContext(trendInput), trend.weeks),
        extended: trend.weeks.length > weeksOfRange(current.range, request.timeZone).length,
      },
      options: {
        sources: lookups.sources,
        campaigns: lookups.campaigns.map(({ id, name }) => ({ id, name })),
      },
    };
  });

const activityRows = (stages: readonly KpiStageInfo[], rows: KpiActivityDealRow[]) => {
  const keys = new Map(stages.map((stage) => [stage.id, stage.key]));
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    valueMinor: row.value_minor,
    currency: row.currency,
    ownerId: row.owner_id,
    stageKey: keys.get(row.stage_id) ?? row.stage_id,
    weightedMinor: null,
    reasonId: null,
    at: row.at,
  }));
};

/** The deals behind one number of the overview: the engine's drill-downs, and the page's own. */
export const analyticsDrill = (
  db: Db,
  input: z.output<typeof analyticsDrillInputSchema>,
  now: number,
): KpiDrillDownResult => {
  const { period, filters, asOf, limit, figure } = input;
  const stages = loadStages(db);
  const scope: KpiScope = { period, filters, asOf };
  const current = inputFor(db, scope, now, stages);
  const window = { from: current.range.from, end: Math.min(current.range.to, current.asOf + 1), asOf: current.asOf };
  const ownerId = input.ownerId ?? null;
  switch (figure) {
    case 'dropOff':
      return analyticsDrillDown(createKpiContext(current), { figure, step: input.step ?? 'awareness' }, limit);
    case 'trendEntered': {
      const trend = trendScope(scope, current);
      const week = trend.weeks.find((candidate) => candidate.week === input.week);
      if (!week) return { deals: [], total: 0 };
      const ctx = createKpiContext(inputFor(db, trend.scope, now, stages));
      return analyticsDrillDown(ctx, { figure, step: input.step ?? 'awareness', week }, limit);
    }
    case 'speedBucket':
      return analyticsDrillDown(createKpiContext(current), { figure, bucket: input.bucket ?? 'none' }, limit);
    case 'sourceLeads':
    case 'sourceWon':
      return analyticsDrillDown(createKpiContext(current), { figure, sourceId: input.sourceId ?? null }, limit);
    case 'repClosed':
    case 'repExits':
      return analyticsDrillDown(createKpiContext(current), { figure, ownerId }, limit);
    case 'repActivity': {
      const types = ACTIVITY_TYPES[input.activity ?? 'calls'];
      return sortDrillRows(
        activityRows(stages, selectActivityDeals(db, window, kpiSqlFilters(db, filters), ownerId, types)),
        limit,
      );
    }
    case 'repOverdue':
      return sortDrillRows(
        activityRows(stages, selectOverdueDeals(db, current.asOf, kpiSqlFilters(db, filters), ownerId)),
        limit,
      );
    case 'repReviewed':
      return sortDrillRows(
        activityRows(stages, selectReviewedDeals(db, window, kpiSqlFilters(db, filters), ownerId)),
        limit,
      );
    default: {
      const { period: _p, filters: _f, asOf: _a, sourceId: _s, week: _w, bucket: _b, activity: _c, ...request } = input;
      return kpiDrillDown(current, { ...request, figure, limit });
    }
  }
};
