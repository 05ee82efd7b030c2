import type { LeadSource } from '@shared/contract/schemas/reference';
import type { Db } from '../../db/Db';
import type { LeadSourcesTable } from '../../db/schema';
import { selectAll, selectFirst } from '../../db/sql';

export const toLeadSource = (row: LeadSourcesTable): LeadSource => ({
  id: row.id,
  name: row.name,
  defaultKey: row.default_key,
  archivedAt: row.archived_at,
});

export const findLeadSourceRow = (db: Db, id: string): LeadSourcesTable | undefined =>
  selectFirst(db, db.q.selectFrom('lead_sources').selectAll().where('id', '=', id).where('deleted_at', 'is', null));

/**
 * Lead sources have no user order: seeded ones first in seed order (their fixed ids ascend),
 * then the firm's own by creation.
 */
export const listLeadSourceRows = (db: Db, includeArchived: boolean): LeadSourcesTable[] => {
  let query = db.q.selectFrom('lead_sources').selectAll().where('deleted_at', 'is', null);
  if (!includeArchived) query = query.where('archived_at', 'is', null);
  return selectAll(
    db,
    query
      .orderBy((eb) => eb('default_key', 'is', null))
      .orderBy('created_at')
      .orderBy('id'),
  );
};
