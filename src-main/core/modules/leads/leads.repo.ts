import type { Deal, DealRow } from '@shared/contract/schemas/deals';
import type { leadsListInputSchema } from '@shared/contract/schemas/leads';
import { type Selectable, type SqlBool, sql } from 'kysely';
import type { z } from 'zod';
import type { Db } from '../../db/Db';
import type { DealsTable } from '../../db/schema';
import { selectAll, selectFirst } from '../../db/sql';
import { searchWords } from '@shared/domain/foldText';
import { dealSearchCondition } from '../deals/dealSearchCondition';
import { toDeal } from '../deals/deals.repo';
import type { LeadStage } from './leadStages.repo';
import { dealFirstTouchSql } from '../activities/dealFirstTouchSql';

export type LeadsListQuery = z.output<typeof leadsListInputSchema>;
export type LeadPage = { rows: Deal[]; total: number };

const HOUR_MS = 3_600_000;

/**
 * `deals as d` read through m0044's index of the open deals by creation time: the inbox as it opens
 * (newest first) walks it and stops after a page of leads (0.1 ms at 100,000 deals). Forced because
 * the planner, by its statistics, prefers reading every open lead of the lead stages through
 * `deals_board_totals` and sorting them all (18 ms); the query always has the index's conditions.
 */
const DEALS_BY_AGE = sql<Selectable<DealsTable>>`deals`.as<'d'>(
  sql`d INDEXED BY deals_open_created`,
) as unknown as 'deals as d'; // the same table under the same alias, for the query builder's types

const filteredLeads = (db: Db, filter: LeadsListQuery, stageIds: readonly string[], byAge = false) => {
  let query = db.q
    .selectFrom(byAge ? DEALS_BY_AGE : 'deals as d')
    .innerJoin('stages as s', 's.id', 'd.stage_id')
    .where('d.deleted_at', 'is', null)
    // A literal, not a parameter: it is the partial index's own condition (m0044).
    .where(sql<SqlBool>`d.status = 'open'`)
    .where('d.stage_id', 'in', stageIds);
  if (filter.unassigned) query = query.where('d.owner_id', 'is', null);
  else if (filter.ownerId) query = query.where('d.owner_id', '=', filter.ownerId);
  if (filter.sourceId) query = query.where('d.source_id', '=', filter.sourceId);
  if (filter.campaignId) query = query.where('d.campaign_id', '=', filter.campaignId);
  if (filter.search) query = query.where(dealSearchCondition(filter.search, 'd'));
  return query;
};

/** The deadline of each lead; leads of stages without an SLA sort after every deadline. */
const slaDue = sql<number | null>`d.stage_entered_at + s.sla_hours * ${HOUR_MS}`;

/**
 * One page of open deals in the given lead stages, sorted and paged in SQL (the SLA deadline is
 * computed from the stage's hours there too), ties broken by id so pages never overlap.
 */
export const listLeadDeals = (db: Db, filter: LeadsListQuery, stages: readonly LeadStage[]): LeadPage => {
  // A search of punctuation alone matches nothing (`allWordsMatch`); said here, not as a constant
  // false condition, which SQLite cannot plan with the forced partial index ("no query solution").
  if (stages.length === 0 || (filter.search && searchWords(filter.search).length === 0)) return { rows: [], total: 0 };
  const stageIds = stages.map((stage) => stage.id);
  const base = filteredLeads(db, filter, stageIds);
  const dir = filter.sort.dir;
  let ordered =
    filter.sort.field === 'createdAt' ? filteredLeads(db, filter, stageIds, true).selectAll('d') : base.selectAll('d');
  switch (filter.sort.field) {
    case 'slaDueAt':
      ordered = ordered.orderBy(sql`s.sla_hours IS NULL`).orderBy(slaDue, dir);
      break;
    case 'title':
      ordered = ordered.orderBy('d.title_key', dir);
      break;
    case 'valueMinor':
      ordered = ordered.orderBy('d.value_minor', dir);
      break;
    default:
      ordered = ordered.orderBy('d.created_at', dir);
  }
  const rows = selectAll(db, ordered.orderBy('d.id', dir).limit(filter.limit).offset(filter.offset)).map(toDeal);
  const total =
    selectFirst(
      db,
      base.select((eb) => eb.fn.countAll<number>().as('n')),
    )?.n ?? 0;
  return { rows, total };
};

/** The first outbound touch of each of a page's deals (`dealFirstTouchSql`). */
export const dealFirstTouches = (db: Db, deals: readonly DealRow[]): Map<string, number> => {
  if (deals.length === 0) return new Map();
  const rows = selectAll(
    db,
    db.q
      .selectFrom('deals as d')
      .select(['d.id', dealFirstTouchSql.as('at')])
      .where(
        'd.id',
        'in',
        deals.map((deal) => deal.id),
      ),
  );
  return new Map(rows.flatMap((row) => (row.at === null ? [] : [[row.id, row.at] as const])));
};

/** Names of contacts or campaigns for a page's rows (one query each). */
export const namesOf = (
  db: Db,
  table: 'contacts' | 'campaigns',
  ids: readonly (string | null)[],
): Map<string, string> => {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = selectAll(
    db,
    db.q.selectFrom(table).select(['id', 'name']).where('id', 'in', wanted).where('deleted_at', 'is', null),
  );
  return new Map(rows.map((row) => [row.id, row.name]));
};
