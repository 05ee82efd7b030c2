import type { KpiTransition } from '@shared/domain/kpi/KpiInput';
import { sql } from 'kysely';
import type { Db } from '../../db/Db';
import {
  countTransitionsIn,
  dealActiveIn,
  dealFilterSql,
  dealsActiveIn,
  fileDealCount,
  type KpiDealIds,
  kpiDealIds,
  type KpiSqlFilters,
  type KpiWindow,
  takesEveryDeal,
} from './kpi.repo';
import { type KpiDealRow, type KpiWinRow, selectKpiDeals, selectKpiWins, selectTransitions } from './kpiDealRows.repo';
import { rewindDeals, rewoundBetween } from './kpiDealRewind.repo';
import type { KpiLoadRequest } from './kpiInput.service';
import type { KpiLoadShare } from './KpiLoadShare';
import type { KpiReadPlan } from './KpiReadPlan';

/** Status, stage and stage entry of a deal at the as-of time, from its transitions. */
type DealStateThen = {
  status: KpiTransition['toStatus'];
  stageId: string;
  stageEnteredAt: number;
  wonAt: number | null;
};

const stateFromTransitions = (transitions: readonly KpiTransition[]): DealStateThen | null => {
  const last = transitions.at(-1);
  if (!last) return null;
  const entry = transitions.findLast((transition) => transition.fromStageId !== transition.toStageId);
  return {
    status: last.toStatus,
    stageId: last.toStageId,
    stageEnteredAt: entry?.at ?? last.at,
    wonAt: last.toStatus === 'won' ? last.at : null,
  };
};

type DealThen = { row: KpiDealRow; state: DealStateThen };

/** A deal won as of then, with the stage it was won in (its pipeline is what the filter reads). */
export type WinThen = { row: KpiWinRow; stageId: string; wonAt: number };

const stateOfRow = (row: KpiDealRow): DealStateThen => ({
  status: row.status,
  stageId: row.stage_id,
  stageEnteredAt: row.stage_entered_at,
  wonAt: row.won_at,
});

/** Deals in id order, whichever read they came from, so the same data always gives the same lists. */
const compareIds = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const planFor = (plan: KpiReadPlan, many: boolean): boolean => (plan === 'auto' ? many : plan === 'scan');

/**
 * What one as-of time needs of the deal table, read once: the deals written after the as-of time
 * (created by then), rewound, and the transitions up to then of those and of the deals active in
 * the window. A deal written since takes its status and stage from its transitions; one untouched
 * since stands as its row says, so the open, won and active ones are read with plain conditions.
 * The untouched deals active in a short window are looked up from its transitions; in a window
 * that holds about as many transitions as the file has deals, the table is read through and each
 * deal asks the history index instead. The transitions are then read by the ids found.
 */
export const dealsAsOf = (
  db: Db,
  request: KpiLoadRequest,
  window: KpiWindow,
  filters: KpiSqlFilters,
  plan: KpiReadPlan,
  share: KpiLoadShare,
  stageIds: readonly string[],
) => {
  const { asOf } = request;
  const withSegment = filters.segment !== undefined;
  const segmentDeals = filters.segmentDeals;
  const fileDeals = fileDealCount(db);
  const idsOf = (ids: Iterable<string>): KpiDealIds => {
    const named = kpiDealIds(ids, fileDeals);
    return { ...named, scan: planFor(plan, named.scan) };
  };
  const filtersKey = JSON.stringify(request.filters);
  const changedRows = rewindDeals(
    db,
    share.changedRows(asOf, filtersKey, (after, upTo, except) =>
      selectKpiDeals(
        db,
        sql`d.updated_at > ${after} AND ${upTo === null ? sql`1` : sql`d.updated_at <= ${upTo}`}
          AND d.created_at <= ${after} AND ${except.size === 0 ? sql`1` : sql`d.id NOT IN (SELECT value FROM json_each(${JSON.stringify([...except])}))`}`,
        withSegment,
        segmentDeals,
      ),
    ),
    asOf,
    () => share.rewoundSince(asOf, (after, upTo) => rewoundBetween(db, after, upTo)),
  ).filter((row) => row.deleted_at === null || row.deleted_at > asOf);
  const wide = planFor(plan, countTransitionsIn(db, window) * 2 >= fileDeals);
  const untouchedActive = selectKpiDeals(
    db,
    sql`${wide ? dealActiveIn(window) : sql`d.id IN (${dealsActiveIn(window)})`} AND d.updated_at <= ${asOf}
      AND d.created_at <= ${asOf} AND d.deleted_at IS NULL AND ${dealFilterSql(filters)}`,
    withSegment,
    segmentDeals,
    wide,
  );
  if (takesEveryDeal(filters)) share.lendActive(asOf, filtersKey, untouchedActive);
  const transitions = share.transitions(
    idsOf([...changedRows, ...untouchedActive].map((row) => row.id)),
    asOf,
    idsOf,
    (deals) => selectTransitions(db, deals, asOf, stageIds),
  );
  const changed: DealThen[] = changedRows.flatMap((row) => {
    const state = stateFromTransitions(transitions.get(row.id) ?? []);
    return state ? [{ row, state }] : [];
  });
  const untouchedOpen = (prefilter: ReturnType<typeof sql>): KpiDealRow[] =>
    share.untouchedOpen(asOf, filtersKey, () =>
      selectKpiDeals(
        db,
        sql`d.updated_at <= ${asOf} AND d.created_at <= ${asOf} AND d.deleted_at IS NULL AND d.status = 'open'
          AND ${prefilter}`,
        withSegment,
        segmentDeals,
      ),
    );
  const untouchedWins = (): KpiWinRow[] =>
    share.untouchedWins(asOf, filtersKey, () =>
      selectKpiWins(
        db,
        sql`d.updated_at <= ${asOf} AND d.created_at <= ${asOf} AND d.deleted_at IS NULL AND d.status = 'won'
          AND d.company_id IS NOT NULL`,
        withSegment,
        segmentDeals,
      ),
    );
  /** The deals open as of then; `prefilter` is the load's filters (the same for every load of a share). */
  const open = (prefilter: ReturnType<typeof sql>): DealThen[] =>
    [
      ...changed.filter((deal) => deal.state.status === 'open'),
      ...untouchedOpen(prefilter).map((row) => ({ row, state: stateOfRow(row) })),
    ].sort((a, b) => compareIds(a.row, b.row));
  /** The deals won (with a company) as of then: their win's columns only. */
  const wins = (): WinThen[] =>
    [
      ...changed.flatMap(({ row, state }) =>
        state.status === 'won' && state.wonAt !== null && row.company_id !== null
          ? [{ row, stageId: state.stageId, wonAt: state.wonAt }]
          : [],
      ),
      ...untouchedWins().flatMap((row) =>
        row.won_at === null ? [] : [{ row, stageId: row.stage_id, wonAt: row.won_at }],
      ),
    ].sort((a, b) => compareIds(a.row, b.row));
  const active = (): KpiDealRow[] => {
    const inWindow = (list: readonly KpiTransition[]) =>
      list.some((transition) => transition.at >= window.from && transition.at < window.end);
    return [...changedRows.filter((row) => inWindow(transitions.get(row.id) ?? [])), ...untouchedActive].sort(
      compareIds,
    );
  };
  return { transitions, open, wins, active, idsOf };
};
