import type { RowValues } from '../changes/ChangeWriter';
import type { Db } from '../db/Db';
import type { SyncedTable } from '../db/schema';
import { prepare } from '../db/sql';
import { isSearchEntity, type SearchEntity } from './SearchEntity';
import { refreshSearchDocument } from './refreshSearchDocument';
import { CONTACT_DEALS } from './searchSql';

/** Per searched table: its entity and the columns whose change alters its index entry. */
const SEARCHED: Partial<Record<SyncedTable, { entity: SearchEntity; columns: readonly string[] }>> = {
  deals: { entity: 'deal', columns: ['title', 'contact_id', 'deleted_at'] },
  companies: {
    entity: 'company',
    columns: ['name', 'inn', 'kpp', 'ogrn', 'website', 'email', 'phone', 'deleted_at'],
  },
  contacts: { entity: 'contact', columns: ['name', 'email', 'phone', 'job_title', 'deleted_at'] },
  activities: { entity: 'activity', columns: ['subject', 'body', 'deleted_at'] },
};

const CUSTOM_VALUE_COLUMNS = ['text_value', 'deleted_at'];

/** A contact's columns its deals' entries hold (its phone). */
const CONTACT_COLUMNS_OF_DEALS = ['phone', 'deleted_at'];

const FIELD_ENTITY = 'SELECT entity FROM custom_fields WHERE id = ?';

/** How an entry is rewritten: now (the default), or noted for a batch (an import's, see ChangeWriter). */
export type SearchRefresh = (db: Db, entity: SearchEntity, recordId: string) => void;

/** A contact's phone is in each of its deals' entries: they follow it. */
const refreshContactDeals = (db: Db, contactId: string, refresh: SearchRefresh): void => {
  for (const dealId of prepare(db, CONTACT_DEALS).pluck().all(contactId) as string[]) {
    refresh(db, 'deal', dealId);
  }
};

/**
 * Keeps the search index in step with a write of the one write path: called by ChangeWriter after
 * each insert (`changed` null) or update of a row (`row` as it is after the write), so imports,
 * undo and every service keep it current without knowing of it. Writes that touch no searched
 * column (a deal moving stage) cost nothing.
 */
export const syncSearchIndex = (
  db: Db,
  table: SyncedTable,
  row: RowValues,
  changed: readonly string[] | null,
  refresh: SearchRefresh = refreshSearchDocument,
): void => {
  const searched = SEARCHED[table];
  if (searched) {
    if (changed === null || changed.some((column) => searched.columns.includes(column))) {
      refresh(db, searched.entity, String(row.id));
    }
    // A merged row (`changed` null) may carry a new phone as well.
    if (
      table === 'contacts' &&
      (changed === null || changed.some((column) => CONTACT_COLUMNS_OF_DEALS.includes(column)))
    ) {
      refreshContactDeals(db, String(row.id), refresh);
    }
    return;
  }
  if (table !== 'custom_values') return;
  if (changed !== null && !changed.some((column) => CUSTOM_VALUE_COLUMNS.includes(column))) return;
  const entity = prepare(db, FIELD_ENTITY).pluck().get(row.field_id) as string | undefined;
  if (isSearchEntity(entity)) refresh(db, entity, String(row.record_id));
};
