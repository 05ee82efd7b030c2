import type { KpiFilters } from '@shared/contract/schemas/kpi';
import type { FunnelStep } from '@shared/domain/funnelSteps';
import type { KpiActivityCount, KpiCampaignCost, KpiReviewScore } from '@shared/domain/kpi/KpiInput';
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/Db';
import { prepareRaw, selectRaw } from '../../db/sql';
import { outboundTouchSql } from '@shared/domain/activities/outboundTouchSql';

/**
 * The filters as the SQL applies them: the contract's, plus a saved segment's conditions compiled
 * once per load (`kpiSqlFilters`): its deals (on `d`) and its companies (on a company id column).
 */
export type KpiSqlFilters = KpiFilters & {
  segmentDeals?: RawBuilder<unknown> | undefined;
  segmentCompanies?: RawBuilder<unknown> | undefined;
  /** The users of the team the filters name, as a subquery. */
  teamUsers?: RawBuilder<unknown> | undefined;
};

/** Period bounds for the SQL: `end` is the period's end, or just after the as-of time if sooner. */
export type KpiWindow = { from: number; end: number; asOf: number };

/** A row that existed then: created by the as-of time and not yet tombstoned. */
export const liveAt = (alias: string, asOf: number): RawBuilder<unknown> =>
  sql`${sql.ref(`${alias}.created_at`)} <= ${asOf} AND (${sql.ref(`${alias}.deleted_at`)} IS NULL OR ${sql.ref(`${alias}.deleted_at`)} > ${asOf})`;

const conditions = (parts: RawBuilder<unknown>[]): RawBuilder<unknown> =>
  parts.length === 0 ? sql`1` : sql.join(parts, sql` AND `);

const dealFilterParts = (filters: KpiSqlFilters): RawBuilder<unknown>[] => {
  const parts: RawBuilder<unknown>[] = [];
  if (filters.ownerId !== undefined) parts.push(sql`d.owner_id = ${filters.ownerId}`);
  if (filters.sourceId !== undefined) parts.push(sql`d.source_id = ${filters.sourceId}`);
  if (filters.campaignId !== undefined) parts.push(sql`d.campaign_id = ${filters.campaignId}`);
  if (filters.pipelineId !== undefined) parts.push(sql`d.pipeline_id = ${filters.pipelineId}`);
  if (filters.segment !== undefined) parts.push(sql`c.segment = ${filters.segment}`);
  if (filters.segmentDeals !== undefined) parts.push(sql`d.id IN (${filters.segmentDeals})`);
  if (filters.teamUsers !== undefined) parts.push(sql`d.owner_id IN (${filters.teamUsers})`);
  return parts;
};

/** The filters on a deal's current columns (`d`) and company (`c`): a prefilter, rechecked as of then. */
export const dealFilterSql = (filters: KpiSqlFilters): RawBuilder<unknown> => conditions(dealFilterParts(filters));

/** The filters leave every deal in (the prefilter is no condition at all). */
export const takesEveryDeal = (filters: KpiSqlFilters): boolean => dealFilterParts(filters).length === 0;

/** Deals with any transition (created, moved, closed, reopened) in the window. */
export const dealsActiveIn = (window: KpiWindow): RawBuilder<unknown> =>
  sql`SELECT deal_id FROM stage_transitions WHERE at >= ${window.from} AND at < ${window.end}`;

/** The deal `d` has a transition in the window: one seek into the history index, which holds both columns. */
export const dealActiveIn = (window: KpiWindow): RawBuilder<unknown> =>
  sql`EXISTS (SELECT 1 FROM stage_transitions t INDEXED BY stage_transitions_history
    WHERE t.deal_id = d.id AND t.at >= ${window.from} AND t.at < ${window.end})`;

/** How many transitions the window holds: a count over the time index, to choose a plan. */
export const countTransitionsIn = (db: Db, window: KpiWindow): number =>
  selectRaw(
    db,
    sql<{ n: number }>`SELECT count(*) AS n FROM stage_transitions WHERE at >= ${window.from} AND at < ${window.end}`,
  )[0]?.n ?? 0;

export type StageRow = {
  id: string;
  pipeline_id: string;
  name: string | null;
  default_key: string | null;
  funnel_step: FunnelStep;
  probability: number;
  rot_days: number | null;
  sla_hours: number | null;
  archived_at: number | null;
  deleted_at: number | null;
};

/** Every stage ever made (history refers to archived ones too), in pipeline order. */
export const selectStages = (db: Db): StageRow[] =>
  selectRaw(
    db,
    sql<StageRow>`SELECT s.id, s.pipeline_id, s.name, s.default_key, s.funnel_step, s.probability, s.rot_days, s.sla_hours,
      s.archived_at, s.deleted_at FROM stages s JOIN pipelines p ON p.id = s.pipeline_id
      ORDER BY p.position, p.id, s.position, s.id`,
  );

export const selectRequiredPoints = (db: Db): { stage_id: string; id: string }[] =>
  selectRaw(
    db,
    sql<{ stage_id: string; id: string }>`SELECT stage_id, id FROM control_points
      WHERE required = 1 AND archived_at IS NULL AND deleted_at IS NULL ORDER BY stage_id, position, id`,
  );

/**
 * The deals a load reads transitions, ticks or first touches of. Few are named by a JSON list, one
 * index seek each; when they are a large share of the file (a window of months) the table or index
 * is read through in one pass instead and the rows of other deals are dropped, which beats as many
 * random seeks as there are deals.
 */
export type KpiDealIds = { ids: ReadonlySet<string>; scan: boolean };

/** Scan rather than seek once the deals named are a quarter of the file's or more. */
export const kpiDealIds = (ids: Iterable<string>, fileDeals: number): KpiDealIds => {
  const set = new Set(ids);
  return { ids: set, scan: set.size * 4 >= fileDeals };
};

/** The condition on `column` that names the deals of a seek (nothing for a scan: the caller drops the rest). */
export const dealIdCondition = (column: string, deals: KpiDealIds): RawBuilder<unknown> =>
  deals.scan ? sql`1` : sql`${sql.ref(column)} IN (SELECT value FROM json_each(${JSON.stringify([...deals.ids])}))`;

/** About how many deals the file holds (its highest rowid: cheap, and only a plan depends on it). */
export const fileDealCount = (db: Db): number =>
  selectRaw(db, sql<{ n: number | null }>`SELECT max(rowid) AS n FROM deals`)[0]?.n ?? 0;

/**
 * Rows of `query` as arrays of cells, iterated, keeping those of the deals named (a scan reads
 * every deal's: the others' arrays die young and no object is made for them).
 */
const namedDealRows = <Cells extends [string, ...unknown[]], Row>(
  db: Db,
  query: RawBuilder<unknown>,
  deals: KpiDealIds,
  rowOf: (cells: Cells) => Row,
): Row[] => {
  const compiled = query.compile(db.q);
  const rows: Row[] = [];
  for (const cells of prepareRaw(db, compiled.sql).iterate(...compiled.parameters) as Iterable<Cells>)
    if (!deals.scan || deals.ids.has(cells[0])) rows.push(rowOf(cells));
  return rows;
};

/** Ticks standing at the as-of time on the deals named. */
export const selectTicks = (
  db: Db,
  deals: KpiDealIds,
  asOf: number,
): { deal_id: string; control_point_id: string; checked_at: number }[] =>
  namedDealRows(
    db,
    sql`SELECT deal_id, control_point_id, checked_at
      FROM deal_checks WHERE ${dealIdCondition('deal_id', deals)} AND checked = 1 AND checked_at IS NOT NULL
        AND checked_at <= ${asOf} AND deleted_at IS NULL`,
    deals,
    ([deal_id, control_point_id, checked_at]: [string, string, number]) => ({ deal_id, control_point_id, checked_at }),
  );

/** Outbound work that counts as touching a lead: done calls and e-mails (not inbound) and meetings. */
const OUTBOUND_TOUCH = sql.raw(outboundTouchSql('a'));

/**
 * From the index of outbound touches, which holds every column read (statistics may prefer
 * another); it is in deal order, so a scan groups as it goes.
 */
export const selectFirstTouches = (db: Db, deals: KpiDealIds, asOf: number): { deal_id: string; at: number }[] =>
  namedDealRows(
    db,
    sql`SELECT a.deal_id, min(a.done_at) AS at
      FROM activities a INDEXED BY activities_first_touch
      WHERE a.deal_id IS NOT NULL AND ${dealIdCondition('a.deal_id', deals)} AND ${OUTBOUND_TOUCH} AND a.done_at IS NOT NULL
        AND a.done_at <= ${asOf} AND ${liveAt('a', asOf)}
      GROUP BY a.deal_id`,
    deals,
    ([deal_id, at]: [string, number]) => ({ deal_id, at }),
  );

/** Activity filters: the owner is the activity's; the rest are its deal's (segment: deal's or own company). */
export const activityFilterSql = (filters: KpiSqlFilters): RawBuilder<unknown> => {
  const parts: RawBuilder<unknown>[] = [];
  if (filters.ownerId !== undefined) parts.push(sql`a.owner_id = ${filters.ownerId}`);
  if (filters.teamUsers !== undefined) parts.push(sql`a.owner_id IN (${filters.teamUsers})`);
  if (filters.sourceId !== undefined) parts.push(sql`d.source_id = ${filters.sourceId}`);
  if (filters.campaignId !== undefined) parts.push(sql`d.campaign_id = ${filters.campaignId}`);
  if (filters.pipelineId !== undefined) parts.push(sql`d.pipeline_id = ${filters.pipelineId}`);
  if (filters.segment !== undefined) parts.push(sql`c.segment = ${filters.segment}`);
  // A saved segment: the activity's deal is one of its deals, or (no deal) its company is one of its companies.
  if (filters.segmentDeals !== undefined && filters.segmentCompanies !== undefined) {
    parts.push(
      sql`(d.id IN (${filters.segmentDeals}) OR (a.deal_id IS NULL AND a.company_id IN (${filters.segmentCompanies})))`,
    );
  }
  return conditions(parts);
};

export const activityJoins = (filters: KpiSqlFilters): RawBuilder<unknown> => {
  const needsDeal =
    filters.sourceId ?? filters.campaignId ?? filters.pipelineId ?? filters.segment ?? filters.segmentDeals;
  if (needsDeal === undefined) return sql``;
  return sql`LEFT JOIN deals d ON d.id = a.deal_id LEFT JOIN companies c ON c.id = coalesce(d.company_id, a.company_id)`;
};

/**
 * Done activities per owner and type in [from, end), read from the index in owner and type order.
 * Left to itself, with the statistics of a large file the planner skip-scans the owner index and
 * looks up every activity, then sorts them (at a million activities, seconds instead of a fraction
 * of one).
 */
const countActivitiesExactly = (
  db: Db,
  from: number,
  end: number,
  asOf: number,
  filters: KpiSqlFilters,
): KpiActivityCount[] =>
  selectRaw(
    db,
    sql<{ owner_id: string | null; type: string; n: number }>`SELECT a.owner_id, a.type, count(*) AS n
      FROM activities a INDEXED BY activities_done_by_rep
      ${activityJoins(filters)}
      WHERE a.done_at >= ${from} AND a.done_at < ${end} AND ${liveAt('a', asOf)}
        AND ${activityFilterSql(filters)}
      GROUP BY a.owner_id, a.type`,
  ).map((row) => ({ ownerId: row.owner_id, type: row.type, n: row.n }));

const DAY = 86_400_000;

/** The rollup serves a window only when the filters name nothing beyond the activity's owner. */
const rollupServes = (filters: KpiSqlFilters): boolean =>
  filters.sourceId === undefined &&
  filters.campaignId === undefined &&
  filters.pipelineId === undefined &&
  filters.segment === undefined &&
  filters.segmentDeals === undefined &&
  filters.segmentCompanies === undefined;

const ownerKeyFilter = (filters: KpiSqlFilters): RawBuilder<unknown> => {
  const parts: RawBuilder<unknown>[] = [];
  if (filters.ownerId !== undefined) parts.push(sql`r.owner_key = ${filters.ownerId}`);
  if (filters.teamUsers !== undefined) parts.push(sql`r.owner_key IN (${filters.teamUsers})`);
  return conditions(parts);
};

/**
 * The whole UTC days of the window the rollup `kpi_activity_days` (m0068) answers as of the as-of
 * time: from the first whole day up to the first day with a bucket written after then (a row
 * created, tombstoned or moved since), or null when there are fewer than two such days.
 */
const rollupDays = (db: Db, window: KpiWindow): { first: number; end: number } | null => {
  const first = Math.ceil(window.from / DAY);
  const last = Math.floor(window.end / DAY);
  if (first < 1 || last - first < 2) return null;
  const [stale] = selectRaw(
    db,
    sql<{ day: number | null }>`SELECT min(r.day) AS day FROM kpi_activity_days r
      WHERE r.day >= ${first} AND r.day < ${last} AND r.stamp > ${window.asOf}`,
  );
  const end = stale?.day ?? last;
  return end - first < 2 ? null : { first, end };
};

const byOwnerThenType = (a: KpiActivityCount, b: KpiActivityCount): number =>
  a.ownerId === b.ownerId
    ? a.type < b.type ? -1 : a.type > b.type ? 1 : 0
    : a.ownerId === null ? -1 : b.ownerId === null ? 1 : a.ownerId < b.ownerId ? -1 : 1;

/**
 * Done activities per owner and type in the window (as of its as-of time). Whole UTC days the
 * rollup can vouch for are summed from it; the partial days at the edges, any days written since
 * the as-of time and any filter the rollup does not key on are counted from the activities.
 * Either way the figure is the exact query's: m0068's test holds the rollup to it.
 */
export const selectActivityCounts = (db: Db, window: KpiWindow, filters: KpiSqlFilters): KpiActivityCount[] => {
  const days = rollupServes(filters) ? rollupDays(db, window) : null;
  if (days === null) return countActivitiesExactly(db, window.from, window.end, window.asOf, filters);
  const totals = new Map<string, KpiActivityCount>();
  const add = (count: KpiActivityCount) => {
    const key = JSON.stringify([count.ownerId, count.type]);
    const known = totals.get(key);
    if (known) known.n += count.n;
    else totals.set(key, { ...count });
  };
  const rolled = selectRaw(
    db,
    sql<{ owner_key: string; type: string; n: number }>`SELECT r.owner_key, r.type, sum(r.n) AS n
      FROM kpi_activity_days r
      WHERE r.day >= ${days.first} AND r.day < ${days.end} AND ${ownerKeyFilter(filters)}
      GROUP BY r.owner_key, r.type`,
  );
  for (const row of rolled) add({ ownerId: row.owner_key === '' ? null : row.owner_key, type: row.type, n: row.n });
  countActivitiesExactly(db, window.from, days.first * DAY, window.asOf, filters).forEach(add);
  countActivitiesExactly(db, days.end * DAY, window.end, window.asOf, filters).forEach(add);
  return [...totals.values()].filter((count) => count.n > 0).sort(byOwnerThenType);
};

/**
 * The quality reviews of each rep's activities done in the window, whenever they were given: a
 * manager rates last week's demos on Monday, and last week's report (as of its end) must show them.
 * Read from the partial review index.
 */
export const selectReviewScores = (db: Db, window: KpiWindow, filters: KpiSqlFilters): KpiReviewScore[] =>
  selectRaw(
    db,
    sql<{
      owner_id: string | null;
      total: number;
      n: number;
    }>`SELECT a.owner_id, sum(a.review_score) AS total, count(*) AS n
      FROM activities a INDEXED BY activities_reviewed
      ${activityJoins(filters)}
      WHERE a.review_score IS NOT NULL AND a.done_at >= ${window.from} AND a.done_at < ${window.end}
        AND ${liveAt('a', window.asOf)}
        AND ${activityFilterSql(filters)}
      GROUP BY a.owner_id`,
  ).map((row) => ({ ownerId: row.owner_id, total: row.total, n: row.n }));

/**
 * Activities due before the as-of time and not done by then, per owner: the open ones and those
 * done after it, two ranges of the overdue index that hold every column read (the second branch
 * used to look up each activity done since the as-of time only to read its due time).
 */
export const selectOverdue = (db: Db, asOf: number, filters: KpiSqlFilters): { ownerId: string | null; n: number }[] =>
  selectRaw(
    db,
    sql<{ owner_id: string | null; n: number }>`SELECT owner_id, sum(n) AS n FROM (
        SELECT a.owner_id, count(*) AS n FROM activities a INDEXED BY activities_overdue ${activityJoins(filters)}
          WHERE a.done_at IS NULL AND a.due_at IS NOT NULL AND a.due_at < ${asOf} AND ${liveAt('a', asOf)}
            AND ${activityFilterSql(filters)} GROUP BY a.owner_id
        UNION ALL
        SELECT a.owner_id, count(*) AS n FROM activities a INDEXED BY activities_overdue ${activityJoins(filters)}
          WHERE a.done_at > ${asOf} AND a.due_at IS NOT NULL AND a.due_at < ${asOf} AND ${liveAt('a', asOf)}
            AND ${activityFilterSql(filters)} GROUP BY a.owner_id
      ) GROUP BY owner_id`,
  ).map((row) => ({ ownerId: row.owner_id, n: row.n }));

export const selectCampaigns = (db: Db, asOf: number): { id: string; name: string }[] =>
  selectRaw(db, sql<{ id: string; name: string }>`SELECT c.id, c.name FROM campaigns c WHERE ${liveAt('c', asOf)}`);

/** Cost rows overlapping the period (known by the as-of time). */
export const selectCampaignCosts = (db: Db, window: KpiWindow, to: number): KpiCampaignCost[] =>
  selectRaw(
    db,
    sql<KpiCampaignCost>`SELECT k.campaign_id AS campaignId, k.period_start AS periodStart, k.period_end AS periodEnd,
        k.amount_minor AS amountMinor, k.currency FROM campaign_costs k
      WHERE k.period_start < ${to} AND k.period_end > ${window.from} AND ${liveAt('k', window.asOf)}`,
  );

export const selectUserNames = (db: Db): { id: string; name: string }[] =>
  selectRaw(db, sql<{ id: string; name: string }>`SELECT id, name FROM users`);

export const selectLossReasons = (db: Db): { id: string; name: string | null; defaultKey: string | null }[] =>
  selectRaw(
    db,
    sql<{
      id: string;
      name: string | null;
      defaultKey: string | null;
    }>`SELECT id, name, default_key AS defaultKey FROM loss_reasons`,
  );

const segmentFilter = (filters: KpiSqlFilters, companyColumn: string): RawBuilder<unknown> => {
  const parts: RawBuilder<unknown>[] = [];
  if (filters.segment !== undefined) {
    parts.push(sql`${sql.ref(companyColumn)} IN (SELECT id FROM companies WHERE segment = ${filters.segment})`);
  }
  if (filters.segmentCompanies !== undefined)
    parts.push(sql`${sql.ref(companyColumn)} IN (${filters.segmentCompanies})`);
  return conditions(parts);
};

/**
 * Customers (onboarding or active) at the start of the period, and how many of those churned in
 * it. Only the segment filter applies: a customer is a company, not a deal.
 */
export const selectChurn = (
  db: Db,
  window: KpiWindow,
  filters: KpiSqlFilters,
): { activeAtStart: number; churned: number } => {
  const [row] = selectRaw(
    db,
    sql<{ active: number; churned: number }>`SELECT count(*) AS active,
        coalesce(sum(k.churned_at >= ${window.from} AND k.churned_at < ${window.end}), 0) AS churned
      FROM customers k
      WHERE k.since_at < ${window.from} AND (k.churned_at IS NULL OR k.churned_at >= ${window.from})
        AND ${liveAt('k', window.asOf)} AND ${segmentFilter(filters, 'k.id')}`,
  );
  return { activeAtStart: row?.active ?? 0, churned: row?.churned ?? 0 };
};

/** NPS answers in the window: promoters 9–10, detractors 0–6. */
export const selectNps = (
  db: Db,
  window: KpiWindow,
  filters: KpiSqlFilters,
): { promoters: number; detractors: number; responses: number } => {
  const [row] = selectRaw(
    db,
    sql<{ promoters: number; detractors: number; responses: number }>`SELECT
        coalesce(sum(r.score >= 9), 0) AS promoters, coalesce(sum(r.score <= 6), 0) AS detractors, count(*) AS responses
      FROM nps_responses r
      WHERE r.responded_at >= ${window.from} AND r.responded_at < ${window.end} AND ${liveAt('r', window.asOf)}
        AND ${segmentFilter(filters, 'r.company_id')}`,
  );
  return { promoters: row?.promoters ?? 0, detractors: row?.detractors ?? 0, responses: row?.responses ?? 0 };
};
