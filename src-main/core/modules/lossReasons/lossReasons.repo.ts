import type { LossReason } from '@shared/contract/schemas/reference';
import type { Db } from '../../db/Db';
import type { LossReasonsTable } from '../../db/schema';
import { selectAll, selectFirst } from '../../db/sql';

export const toLossReason = (row: LossReasonsTable): LossReason => ({
  id: row.id,
  name: row.name,
  defaultKey: row.default_key,
  position: row.position,
  archivedAt: row.archived_at,
});

export const findLossReasonRow = (db: Db, id: string): LossReasonsTable | undefined =>
  selectFirst(db, db.q.selectFrom('loss_reasons').selectAll().where('id', '=', id).where('deleted_at', 'is', null));

/** In the user's order; archived ones keep their place so unarchiving restores it. */
export const listLossReasonRows = (db: Db, includeArchived: boolean): LossReasonsTable[] => {
  let query = db.q.selectFrom('loss_reasons').selectAll().where('deleted_at', 'is', null);
  if (!includeArchived) query = query.where('archived_at', 'is', null);
  return selectAll(db, query.orderBy('position').orderBy('id'));
};
