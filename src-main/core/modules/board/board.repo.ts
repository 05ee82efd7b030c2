import type { ActivityType } from '@shared/contract/schemas/activities';
import type { Stage } from '@shared/contract/schemas/pipelines';
import { type ExpressionBuilder, type Selectable, sql } from 'kysely';
import type { Db } from '../../db/Db';
import type { DealsTable, Schema } from '../../db/schema';
import { selectAll } from '../../db/sql';
import { dealFirstTouchSql } from '../activities/dealFirstTouchSql';
import { dealSearchCondition } from '../deals/dealSearchCondition';
import { segmentDealCondition } from '../segments/segmentConditions';
import { segmentRulesOf } from '../segments/segmentRulesOf';
import type { BoardDealKey } from './boardInOnePass';

/** Board filters after `mine` was resolved to an owner id. */
export type BoardFilter = {
  ownerId?: string | undefined;
  sourceId?: string | undefined;
  search?: string | undefined;
  segmentId?: string | undefined;
};

export type BoardCursor = { afterPosition?: string | undefined; afterId?: string | undefined };

/**
 * `deals as d` read through the deals_board index (stage, status, position), for a segment: the
 * planner would rather start from the segment's companies (deals_company) because its statistics
 * cannot tell that few deals are open, and reads every deal those companies ever had, per column
 * (29 ms for the board's one pass at 100,000 deals, 5 ms by stage; a column page sorts them all).
 */
const DEALS_BY_STAGE = sql<Selectable<DealsTable>>`deals`.as<'d'>(
  sql`d INDEXED BY deals_board`,
) as unknown as 'deals as d'; // the same table under the same alias, for the query builder's types

/**
 * Open, live deals of the given stages that pass the filters. Search: every word in the title,
 * company or contact (`dealSearchCondition`), so headers need no join.
 */
const filteredOpenDeals = (db: Db, stageIds: readonly string[], filter: BoardFilter) => {
  let query = db.q
    .selectFrom(filter.segmentId === undefined ? 'deals as d' : DEALS_BY_STAGE)
    .where('d.stage_id', 'in', stageIds)
    .where('d.status', '=', 'open')
    .where('d.deleted_at', 'is', null);
  if (filter.ownerId !== undefined) query = query.where('d.owner_id', '=', filter.ownerId);
  if (filter.sourceId !== undefined) query = query.where('d.source_id', '=', filter.sourceId);
  if (filter.search) query = query.where(dealSearchCondition(filter.search, 'd'));
  if (filter.segmentId !== undefined) {
    query = query.where(segmentDealCondition(db, segmentRulesOf(db, filter.segmentId), 'd'));
  }
  return query;
};

export type HeaderRow = { stage_id: string; currency: string; n: number; sum: number };

/** Count and sum per (stage, currency) of the filtered open deals: one grouped query, index-backed. */
export const boardHeaderRows = (db: Db, stageIds: readonly string[], filter: BoardFilter): HeaderRow[] =>
  stageIds.length === 0
    ? []
    : selectAll(
        db,
        filteredOpenDeals(db, stageIds, filter)
          .select((eb) => [
            'd.stage_id',
            'd.currency',
            eb.fn.countAll<number>().as('n'),
            eb.fn.sum<number>('d.value_minor').as('sum'),
          ])
          .groupBy(['d.stage_id', 'd.currency']),
      );

export type CardRow = {
  id: string;
  title: string;
  company_id: string | null;
  company_name: string | null;
  kind: DealsTable['kind'];
  value_minor: number;
  currency: string;
  owner_id: string | null;
  owner_name: string | null;
  expected_close_on: string | null;
  stage_entered_at: number;
  position: string;
  next_task_id: string | null;
  next_task_type: ActivityType | null;
  next_task_subject: string | null;
  next_task_due_at: number | null;
  last_task_due_at: number | null;
  checks_done: number;
  first_touch_at: number | null;
};

/** A deal's live open tasks (the partial index activities_deal_open_due holds exactly these). */
const openTasksOf = (eb: ExpressionBuilder<Schema & { d: DealsTable }, 'd'>) =>
  eb
    .selectFrom('activities as a')
    .whereRef('a.deal_id', '=', 'd.id')
    .where('a.done_at', 'is', null)
    .where('a.due_at', 'is not', null)
    .where('a.deleted_at', 'is', null);

/**
 * A column's open deals as cards: names, the next task, the last task's due time, ticked required
 * items and (where the stage sets an SLA) the first touch since entering it come from joins and
 * correlated index lookups in the same statement (no query per card).
 */
const cardsOf = (db: Db, stage: Pick<Stage, 'id' | 'slaHours'>, filter: BoardFilter) =>
  filteredOpenDeals(db, [stage.id], filter)
    .leftJoin('companies as c', 'c.id', 'd.company_id')
    .leftJoin('users as u', 'u.id', 'd.owner_id')
    // The next task: the first of the deal's open tasks in (due, id) order, one index seek.
    .leftJoin('activities as nt', (join) =>
      join.on((eb) => eb('nt.id', '=', openTasksOf(eb).select('a.id').orderBy('a.due_at').orderBy('a.id').limit(1))),
    )
    .select((eb) => [
      'd.id',
      'd.title',
      'd.company_id',
      'c.name as company_name',
      'd.kind',
      'd.value_minor',
      'd.currency',
      'd.owner_id',
      'u.name as owner_name',
      'd.expected_close_on',
      'd.stage_entered_at',
      'd.position',
      'nt.id as next_task_id',
      'nt.type as next_task_type',
      'nt.subject as next_task_subject',
      'nt.due_at as next_task_due_at',
      openTasksOf(eb)
        .select((e) => e.fn.max<number | null>('a.due_at').as('due'))
        .as('last_task_due_at'),
      eb
        .selectFrom('deal_checks as dc')
        .innerJoin('control_points as cp', 'cp.id', 'dc.control_point_id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('dc.deal_id', '=', 'd.id')
        .where('dc.checked', '=', 1)
        .where('dc.deleted_at', 'is', null)
        .whereRef('cp.stage_id', '=', 'd.stage_id')
        .where('cp.required', '=', 1)
        .where('cp.archived_at', 'is', null)
        .where('cp.deleted_at', 'is', null)
        .as('checks_done'),
      // Without an SLA there is no clock to stop: no lookup.
      (stage.slaHours === null ? sql<number | null>`NULL` : dealFirstTouchSql).as('first_touch_at'),
    ]);

/**
 * One column's cards in (position, id) order after the cursor. The deals_board index serves the
 * order, so LIMIT stops the scan early.
 */
export const boardCardRows = (
  db: Db,
  stage: Pick<Stage, 'id' | 'slaHours'>,
  filter: BoardFilter,
  cursor: BoardCursor,
  limit: number,
): CardRow[] => {
  let query = cardsOf(db, stage, filter);
  const { afterPosition, afterId } = cursor;
  if (afterPosition !== undefined) {
    query = query.where((eb) =>
      afterId === undefined
        ? eb('d.position', '>', afterPosition)
        : eb.or([
            eb('d.position', '>', afterPosition),
            eb.and([eb('d.position', '=', afterPosition), eb('d.id', '>', afterId)]),
          ]),
    );
  }
  return selectAll(db, query.orderBy('d.position').orderBy('d.id').limit(limit)) as CardRow[];
};

/**
 * The cards of the given deals of one column, in card order: the column's first cards once
 * `boardInOnePass` has picked them (by primary key, so no walk of the column). The ids passed
 * the filters in that pass; the stage and open conditions stay, so a deal moved since is dropped.
 */
export const boardCardRowsByIds = (db: Db, stage: Pick<Stage, 'id' | 'slaHours'>, ids: readonly string[]): CardRow[] =>
  ids.length === 0
    ? []
    : (selectAll(
        db,
        cardsOf(db, stage, {})
          // One statement text for any number of ids (the primary key is read for each).
          .where('d.id', 'in', sql<string>`(SELECT value FROM json_each(${JSON.stringify(ids)}))`)
          .orderBy('d.position')
          .orderBy('d.id'),
      ) as CardRow[]);

/**
 * The filtered open deals of the stages, only the columns the headers and the card order need:
 * the one read of a segment board (`boardInOnePass`). A segment with company rules is read from
 * its companies (companies_industry_key and the like, then deals_company), not column by column.
 */
export const boardDealKeys = (db: Db, stageIds: readonly string[], filter: BoardFilter): BoardDealKey[] =>
  stageIds.length === 0
    ? []
    : selectAll(
        db,
        filteredOpenDeals(db, stageIds, filter).select([
          'd.id',
          'd.stage_id',
          'd.position',
          'd.currency',
          'd.value_minor',
        ]),
      );

/** Required, active control points per stage: the denominator of each card's checklist badge. */
export const requiredCountsByStage = (db: Db, stageIds: readonly string[]): Map<string, number> =>
  new Map(
    stageIds.length === 0
      ? []
      : selectAll(
          db,
          db.q
            .selectFrom('control_points')
            .select((eb) => ['stage_id', eb.fn.countAll<number>().as('n')])
            .where('stage_id', 'in', stageIds)
            .where('required', '=', 1)
            .where('archived_at', 'is', null)
            .where('deleted_at', 'is', null)
            .groupBy('stage_id'),
        ).map((row) => [row.stage_id, row.n]),
  );
