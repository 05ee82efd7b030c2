import type { Deal, dealsListInputSchema } from '@shared/contract/schemas/deals';
import type { z } from 'zod';
import type { Db } from '../../db/Db';
import type { DealsTable } from '../../db/schema';
import { selectAll, selectFirst } from '../../db/sql';
import { dealSearchCondition } from './dealSearchCondition';
import type { CustomFieldType } from '@shared/domain/customFields/customFieldKinds';
import { sql, type SqlBool } from 'kysely';
import { customFilterCondition, customValueCondition } from '../customFields/customFilterCondition';
import { customFieldTypes } from '../customFields/customFieldTypes';
import { customSortExpression } from '../customFields/customSortExpression';
import { segmentDealCondition } from '../segments/segmentConditions';
import { segmentRulesOf } from '../segments/segmentRulesOf';

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

const filteredDeals = (db: Db, filter: DealsListQuery, types: ReadonlyMap<string, CustomFieldType>, skip?: unknown) => {
  let query = db.q.selectFrom('deals as d').where('d.deleted_at', 'is', null);
  if (filter.pipelineId) query = query.where('d.pipeline_id', '=', filter.pipelineId);
  if (filter.stageId) query = query.where('d.stage_id', '=', filter.stageId);
  if (filter.status) query = query.where('d.status', '=', filter.status);
  if (filter.ownerId) query = query.where('d.owner_id', '=', filter.ownerId);
  if (filter.companyId) query = query.where('d.company_id', '=', filter.companyId);
  if (filter.contactId) query = query.where('d.contact_id', '=', filter.contactId);
  if (filter.sourceId) query = query.where('d.source_id', '=', filter.sourceId);
  if (filter.search) query = query.where(dealSearchCondition(filter.search, 'd'));
  if (filter.segmentId) query = query.where(segmentDealCondition(db, segmentRulesOf(db, filter.segmentId), 'd'));
  for (const custom of filter.customFilters ?? []) {
    if (custom === skip) continue;
    query = query.where(customFilterCondition('d.id', types.get(custom.fieldId) ?? 'text', custom));
  }
  return query;
};

/**
 * A page sorted by a custom field. Its value row joins as `s`, empty values last. When a filter
 * on the same field already needs a value, the join is inner and carries that filter, so SQLite
 * can read the field's index in order (a range and a sort on one number: a page without sorting
 * every matching deal).
 */
const sortedByCustomField = (db: Db, filter: DealsListQuery, types: ReadonlyMap<string, CustomFieldType>) => {
  const fieldId = filter.sort.field.slice(3);
  const type = types.get(fieldId) ?? 'text';
  const onSame = (filter.customFilters ?? []).find(
    (custom) => custom.fieldId === fieldId && customValueCondition(type, custom, 's') !== null,
  );
  const base = filteredDeals(db, filter, types, onSame);
  const order = customSortExpression(type, 's');
  const joined = onSame
    ? base
        .innerJoin('custom_values as s', (join) =>
          join.onRef('s.record_id', '=', 'd.id').on('s.field_id', '=', fieldId),
        )
        .where(customValueCondition(type, onSame, 's') ?? sql<SqlBool>`1`)
    : base.leftJoin('custom_values as s', (join) => join.on(sql<SqlBool>`s.id = d.id || ${`:${fieldId}`}`));
  return joined
    .selectAll('d')
    .orderBy(sql`${order} IS NULL`)
    .orderBy(order, filter.sort.dir)
    .orderBy('d.id', filter.sort.dir);
};

export const listDeals = (db: Db, filter: DealsListQuery): { rows: Deal[]; total: number } => {
  const types = customFieldTypes(db, 'deal', filter);
  const base = filteredDeals(db, filter, types);
  const field = filter.sort.field;
  const sorted =
    field.startsWith('cf:') || !(field in SORT_COLUMNS)
      ? sortedByCustomField(db, filter, types)
      : base
          .selectAll()
          .orderBy(SORT_COLUMNS[field as keyof typeof SORT_COLUMNS], filter.sort.dir)
          .orderBy('d.id', filter.sort.dir);
  const rows = selectAll(db, sorted.limit(filter.limit).offset(filter.offset)).map(toDeal);
  const total =
    selectFirst(
      db,
      base.select((eb) => eb.fn.countAll<number>().as('n')),
    )?.n ?? 0;
  return { rows, total };
};
