import type { Deal, dealsListInputSchema } from '@shared/contract/schemas/deals';
import type { z } from 'zod';
import type { Db } from '../../db/Db';
import type { DealsTable } from '../../db/schema';
import { selectAll, selectFirst } from '../../db/sql';
import { dealSearchCondition } from './dealSearchCondition';

export type DealsListQuery = z.output<typeof dealsListInputSchema>;

export const toDeal = (row: DealsTable): Deal => ({
  id: row.id,
  title: row.title,
  pipelineId: row.pipeline_id,
  stageId: row.stage_id,
  position: row.position,
  status: row.status,
  valueMinor: row.value_minor,
  currency: row.currency,
  kind: row.kind,
  ownerId: row.owner_id,
  companyId: row.company_id,
  contactId: row.contact_id,
  sourceId: row.source_id,
  campaignId: row.campaign_id,
  expectedCloseOn: row.expected_close_on,
  stageEnteredAt: row.stage_entered_at,
  wonAt: row.won_at,
  lostAt: row.lost_at,
  lossReasonId: row.loss_reason_id,
  lossNote: row.loss_note,
  notes: row.notes,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const findDealRow = (db: Db, id: string): DealsTable | undefined =>
  selectFirst(db, db.q.selectFrom('deals').selectAll().where('id', '=', id).where('deleted_at', 'is', null));

/** Tombstoned too: what `deals.restore` brings back. */
export const findDealRowIncludingDeleted = (db: Db, id: string): DealsTable | undefined =>
  selectFirst(db, db.q.selectFrom('deals').selectAll().where('id', '=', id));

export const findLossReason = (db: Db, id: string): { id: string; archived_at: number | null } | undefined =>
  selectFirst(
    db,
    db.q.selectFrom('loss_reasons').select(['id', 'archived_at']).where('id', '=', id).where('deleted_at', 'is', null),
  );

/** Titles sort by their folded key (case, ё/е, accents), as every table sorts text. */
const SORT_COLUMNS = {
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  title: 'title_key',
  valueMinor: 'value_minor',
  expectedCloseOn: 'expected_close_on',
  stageEnteredAt: 'stage_entered_at',
} as const;

const filteredDeals = (db: Db, filter: DealsListQuery) => {
  let query = db.q.selectFrom('deals as d').where('deleted_at', 'is', null);
  if (filter.pipelineId) query = query.where('pipeline_id', '=', filter.pipelineId);
  if (filter.stageId) query = query.where('stage_id', '=', filter.stageId);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.ownerId) query = query.where('owner_id', '=', filter.ownerId);
  if (filter.companyId) query = query.where('company_id', '=', filter.companyId);
  if (filter.sourceId) query = query.where('source_id', '=', filter.sourceId);
  if (filter.search) query = query.where(dealSearchCondition(filter.search, 'd'));
  return query;
};

export const listDeals = (db: Db, filter: DealsListQuery): { rows: Deal[]; total: number } => {
  const base = filteredDeals(db, filter);
  const column = SORT_COLUMNS[filter.sort.field];
  const rows = selectAll(
    db,
    base
      .selectAll()
      .orderBy(column, filter.sort.dir)
      .orderBy('id', filter.sort.dir)
      .limit(filter.limit)
      .offset(filter.offset),
  ).map(toDeal);
  const total =
    selectFirst(
      db,
      base.select((eb) => eb.fn.countAll<number>().as('n')),
    )?.n ?? 0;
  return { rows, total };
};
