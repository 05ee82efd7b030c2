import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/Db';
import { selectRaw } from '../../db/sql';
import { activityFilterSql, activityJoins, type KpiSqlFilters, type KpiWindow, liveAt } from './kpi.repo';

export type KpiActivityDealRow = {
  id: string;
  title: string;
  value_minor: number;
  currency: string;
  owner_id: string | null;
  stage_id: string;
  at: number | null;
};

const ownerIs = (ownerId: string | null): RawBuilder<unknown> =>
  ownerId === null ? sql`a.owner_id IS NULL` : sql`a.owner_id = ${ownerId}`;

/** Live deals behind a set of activities (`where` on `a`), with the latest activity time of each. */
const dealsOf = (db: Db, filters: KpiSqlFilters, where: RawBuilder<unknown>, at: RawBuilder<unknown>) =>
  selectRaw(
    db,
    sql<KpiActivityDealRow>`SELECT x.id, x.title, x.value_minor, x.currency, x.owner_id, x.stage_id, t.at
      FROM (SELECT a.deal_id, max(${at}) AS at FROM activities a ${activityJoins(filters)}
            WHERE a.deal_id IS NOT NULL AND ${where} AND ${activityFilterSql(filters)} GROUP BY a.deal_id) t
      JOIN deals x ON x.id = t.deal_id
      WHERE x.deleted_at IS NULL`,
  );

/**
 * The deals of one owner's done activities of `types` in the window: the same activities
 * `selectActivityCounts` counts (those not on a deal have none to list).
 */
export const selectActivityDeals = (
  db: Db,
  window: KpiWindow,
  filters: KpiSqlFilters,
  ownerId: string | null,
  types: readonly string[],
): KpiActivityDealRow[] =>
  dealsOf(
    db,
    filters,
    sql`${ownerIs(ownerId)} AND a.type IN (${sql.join(types)}) AND a.done_at >= ${window.from}
      AND a.done_at < ${window.end} AND ${liveAt('a', window.asOf)}`,
    sql`a.done_at`,
  );

/** The deals of one owner's reviewed activities done in the window: the ones `selectReviewScores` averages. */
export const selectReviewedDeals = (
  db: Db,
  window: KpiWindow,
  filters: KpiSqlFilters,
  ownerId: string | null,
): KpiActivityDealRow[] =>
  dealsOf(
    db,
    filters,
    sql`${ownerIs(ownerId)} AND a.review_score IS NOT NULL AND a.done_at >= ${window.from}
      AND a.done_at < ${window.end} AND ${liveAt('a', window.asOf)}`,
    sql`a.reviewed_at`,
  );

/** The deals of one owner's tasks overdue at the as-of time: the ones `selectOverdue` counts. */
export const selectOverdueDeals = (
  db: Db,
  asOf: number,
  filters: KpiSqlFilters,
  ownerId: string | null,
): KpiActivityDealRow[] =>
  dealsOf(
    db,
    filters,
    sql`${ownerIs(ownerId)} AND a.due_at IS NOT NULL AND a.due_at < ${asOf}
      AND (a.done_at IS NULL OR a.done_at > ${asOf}) AND ${liveAt('a', asOf)}`,
    sql`a.due_at`,
  );
