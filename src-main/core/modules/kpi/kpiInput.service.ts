import type { KpiFilters } from '@shared/contract/schemas/kpi';
import type {
  KpiDealHistory,
  KpiInput,
  KpiOpenDeal,
  KpiStageInfo,
  KpiTransition,
  KpiWin,
} from '@shared/domain/kpi/KpiInput';
import { groupBy } from '@shared/domain/kpi/groupBy';
import { isGatedExit, matchesKpiFilters } from '@shared/domain/kpi/KpiContext';
import { stageStays } from '@shared/domain/kpi/deriveDealFacts';
import { kpiSqlFilters } from './kpiSqlFilters';
import type { PeriodRange } from '@shared/domain/kpi/KpiPeriod';
import { probabilityBasisPoints } from '@shared/domain/kpi/weightedValue';
import { sql } from 'kysely';
import type { Db } from '../../db/Db';
import { prepare, selectRaw } from '../../db/sql';
import {
  dealFilterSql,
  type KpiSqlFilters,
  type KpiWindow,
  selectActivityCounts,
  selectCampaignCosts,
  selectCampaigns,
  selectChurn,
  selectFirstTouches,
  selectLossReasons,
  selectNps,
  selectOverdue,
  selectRequiredPoints,
  selectReviewScores,
  selectStages,
  selectTicks,
  selectUserNames,
} from './kpi.repo';
import type { KpiDealRow, KpiWinRow } from './kpiDealRows.repo';
import { dealsAsOf, type WinThen } from './kpiDealsAsOf';
import { KpiLoadShare } from './KpiLoadShare';
import type { KpiReadPlan } from './KpiReadPlan';

export type KpiLoadRequest = {
  range: PeriodRange;
  label: string;
  asOf: number;
  filters: KpiFilters;
  timeZone: string;
  currency: string;
};

export const loadStages = (db: Db): KpiStageInfo[] => {
  const required = groupBy(selectRequiredPoints(db), (point) => point.stage_id);
  const ranks = new Map<string, number>();
  return selectStages(db).map((stage) => {
    const rank = ranks.get(stage.pipeline_id) ?? 0;
    ranks.set(stage.pipeline_id, rank + 1);
    return {
      id: stage.id,
      pipelineId: stage.pipeline_id,
      key: stage.default_key ?? stage.id,
      defaultKey: stage.default_key,
      name: stage.name,
      step: stage.funnel_step,
      rank,
      basisPoints: probabilityBasisPoints(stage.probability),
      rotDays: stage.rot_days,
      slaHours: stage.sla_hours,
      archived: stage.archived_at !== null || stage.deleted_at !== null,
      requiredPointIds: (required.get(stage.id) ?? []).map((point) => point.id),
    };
  });
};

const filterable = (row: KpiWinRow, pipelineId: string | null, team: TeamUsers) => ({
  ownerId: row.owner_id,
  sourceId: row.source_id,
  campaignId: row.campaign_id,
  segment: row.segment,
  inSegment: row.in_segment === 1,
  inTeam: team.has(row.owner_id),
  pipelineId,
});

/** Whether an owner (as of then: a rewound row's) is in the team the filters name, as it is now. */
type TeamUsers = { has(ownerId: string | null): boolean };

const teamUsersOf = (db: Db, filters: KpiSqlFilters): TeamUsers => {
  if (filters.teamUsers === undefined) return { has: () => false };
  const ids = new Set(selectRaw(db, sql<{ id: string }>`${filters.teamUsers}`).map((row) => row.id));
  return { has: (ownerId) => ownerId !== null && ids.has(ownerId) };
};

/** The ticks of a deal with no gated exit in the window: compliance never looks at them. */
const NO_TICKS: ReadonlyMap<string, number> = new Map();

/**
 * The deal leaves a stage with required items forward or by a win in the window: compliance reads
 * its ticks. Only a deal with a transition there after its first (which enters, never leaves) has
 * its stays walked.
 */
const exitsGatedIn = (
  transitions: readonly KpiTransition[],
  window: KpiWindow,
  stageById: ReadonlyMap<string, KpiStageInfo>,
): boolean =>
  transitions.some((transition, index) => index > 0 && transition.at >= window.from && transition.at < window.end) &&
  stageStays(transitions, stageById).some(
    (stay) =>
      stay.exitAt !== null && stay.exitAt >= window.from && stay.exitAt < window.end && isGatedExit(stay, stageById),
  );

const histories = (
  db: Db,
  request: KpiLoadRequest,
  window: KpiWindow,
  deals: ReturnType<typeof dealsAsOf>,
  team: TeamUsers,
  stageById: ReadonlyMap<string, KpiStageInfo>,
): KpiDealHistory[] => {
  const { asOf } = request;
  const rows = deals.active();
  const transitionsOf = (row: KpiDealRow) => deals.transitions.get(row.id) ?? [];
  // Ticks serve compliance, which looks at the forward exits and wins in the window from stages
  // with required items: only the deals with one have their ticks read (leads leaving a first
  // stage without required items, or lost, are most exits).
  const ticks = new Map<string, Map<string, number>>();
  const gated = rows.filter((row) => exitsGatedIn(transitionsOf(row), window, stageById)).map((row) => row.id);
  for (const tick of selectTicks(db, deals.idsOf(gated), asOf)) {
    let map = ticks.get(tick.deal_id);
    if (!map) ticks.set(tick.deal_id, (map = new Map()));
    map.set(tick.control_point_id, tick.checked_at);
  }
  // Speed to lead reads the first touch of the deals created in the period only: the others'
  // touches (most of a short period's active deals) are not looked up.
  const created = rows.filter((row) => row.created_at >= window.from && row.created_at < window.end);
  const touches = new Map(
    selectFirstTouches(db, deals.idsOf(created.map((row) => row.id)), asOf).map((touch) => [touch.deal_id, touch.at]),
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    createdAt: row.created_at,
    ownerId: row.owner_id,
    companyId: row.company_id,
    sourceId: row.source_id,
    campaignId: row.campaign_id,
    segment: row.segment,
    inSegment: row.in_segment === 1,
    inTeam: team.has(row.owner_id),
    valueMinor: row.value_minor,
    currency: row.currency,
    lossReasonId: row.loss_reason_id,
    qualifiedAt: row.qualified_at !== null && row.qualified_at <= asOf ? row.qualified_at : null,
    transitions: transitionsOf(row),
    ticks: ticks.get(row.id) ?? NO_TICKS,
    firstTouchAt: touches.get(row.id) ?? null,
  }));
};

/** The companies of the deals (as of then) whose standing is a win in the window. */
const companiesWonIn = (deals: readonly KpiDealHistory[], window: KpiWindow): Set<string> => {
  const companies = new Set<string>();
  for (const deal of deals) {
    const last = deal.transitions.at(-1);
    if (deal.companyId !== null && last?.toStatus === 'won' && last.at >= window.from && last.at < window.end)
      companies.add(deal.companyId);
  }
  return companies;
};

/** The figures of one window that are sums over it rather than over the deals (read for each window). */
const windowAggregates = (db: Db, request: KpiLoadRequest, window: KpiWindow, filters: KpiSqlFilters) => ({
  activityCounts: selectActivityCounts(db, window, filters),
  reviewScores: selectReviewScores(db, window, filters),
  campaignCosts: selectCampaignCosts(db, window, request.range.to),
  customers: selectChurn(db, window, filters),
  nps: selectNps(db, window, filters),
});

const windowOf = (request: KpiLoadRequest): KpiWindow => ({
  from: request.range.from,
  end: Math.min(request.range.to, request.asOf + 1),
  asOf: request.asOf,
});

/** Everything the KPI engine needs for one period, read in a handful of index-backed queries. */
export const loadKpiInput = (
  db: Db,
  request: KpiLoadRequest,
  stages: readonly KpiStageInfo[],
  plan: KpiReadPlan = 'auto',
  share: KpiLoadShare = new KpiLoadShare(),
): KpiInput => {
  const { asOf, range } = request;
  const filters = kpiSqlFilters(db, request.filters);
  const window = windowOf(request);
  const stageById = new Map(stages.map((stage) => [stage.id, stage]));
  const team = teamUsersOf(db, filters);
  const passes = (row: KpiWinRow, stageId: string) =>
    matchesKpiFilters(filterable(row, stageById.get(stageId)?.pipelineId ?? null, team), filters);
  const deals = dealsAsOf(db, request, window, filters, plan, share, [...stageById.keys()]);
  const openDeals: KpiOpenDeal[] = deals
    .open(dealFilterSql(filters))
    .filter(({ row, state }) => passes(row, state.stageId))
    .map(({ row, state }) => ({
      id: row.id,
      title: row.title,
      ownerId: row.owner_id,
      stageId: state.stageId,
      stageEnteredAt: state.stageEnteredAt,
      valueMinor: row.value_minor,
      currency: row.currency,
      expectedCloseOn: row.expected_close_on,
    }));
  const dealHistories = histories(db, request, window, deals, team, stageById);
  const allWins = deals.wins();
  const toWin = ({ row, wonAt }: WinThen): KpiWin => ({
    dealId: row.id,
    companyId: row.company_id ?? '',
    valueMinor: row.value_minor,
    currency: row.currency,
    wonAt,
  });
  // Repeat sales look for an earlier win of the company of each deal won in the window: the other
  // companies' wins are not kept.
  const wonCompanies = companiesWonIn(dealHistories, window);
  return {
    range,
    label: request.label,
    asOf,
    timeZone: request.timeZone,
    currency: request.currency,
    filters: request.filters,
    stages,
    deals: dealHistories,
    openDeals,
    wins: allWins.filter(({ row, stageId }) => passes(row, stageId)).map(toWin),
    companyWins: allWins.filter(({ row }) => row.company_id !== null && wonCompanies.has(row.company_id)).map(toWin),
    overdueTasks: selectOverdue(db, asOf, filters),
    campaigns: selectCampaigns(db, asOf),
    lossReasons: selectLossReasons(db),
    users: selectUserNames(db),
    ...windowAggregates(db, request, window, filters),
  };
};

/**
 * The input of a period inside a wider one loaded as of the same instant with the same filters
 * (the analytics page's period within its trend's weeks): the deals active in the narrower window
 * are among the wider load's, and what stands as of the instant (open deals, wins, overdue tasks)
 * is the same, so only the sums over the window are read again. Equal to `loadKpiInput` for it.
 */
export const narrowKpiInput = (db: Db, wide: KpiInput, request: KpiLoadRequest): KpiInput => {
  const window = windowOf(request);
  const active = new Set(
    prepare(db, 'SELECT DISTINCT deal_id FROM stage_transitions WHERE at >= ? AND at < ?')
      .pluck()
      .all(window.from, window.end) as string[],
  );
  return {
    ...wide,
    range: request.range,
    label: request.label,
    deals: wide.deals
      .filter((deal) => active.has(deal.id))
      // Speed to lead reads the first touch of the deals created in the period only.
      .map((deal) =>
        deal.firstTouchAt === null || (deal.createdAt >= window.from && deal.createdAt < window.end)
          ? deal
          : { ...deal, firstTouchAt: null },
      ),
    ...windowAggregates(db, request, window, kpiSqlFilters(db, request.filters)),
  };
};
