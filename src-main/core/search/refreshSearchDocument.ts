import type { Db } from '../db/Db';
import { prepare } from '../db/sql';
import type { SearchEntity } from './SearchEntity';
import { searchDocumentOf, type SearchCustomText, type SearchSourceRow } from './searchDocumentOf';
import {
  ADD_DOC,
  CUSTOM_TEXT_SELECT,
  DROP_DOC,
  dropFts,
  FIND_DOC,
  putFts,
  putFtsValues,
  SOURCE_SELECT,
} from './searchSql';

/**
 * One record's custom text values, read through its range of the values' key (`record_id:field_id`;
 * ':' < ';'): `record_id = ?` alone has no index and scans every value of each text field.
 */
export const ONE_RECORD_CUSTOM_TEXT = `${CUSTOM_TEXT_SELECT} AND v.id > ? || ':' AND v.id < ? || ';' AND v.record_id = ?`;

/**
 * Rewrites one record's entry in the search index from its row and custom values as they stand
 * now (in the caller's transaction); a deleted or missing record leaves the index. `fresh`: the
 * record was inserted after its entry could last have been written (it has none): no lookup.
 */
export const refreshSearchDocument = (db: Db, entity: SearchEntity, recordId: string, fresh = false): void => {
  const existing = fresh ? undefined : (prepare(db, FIND_DOC).pluck().get(recordId) as number | undefined);
  if (existing !== undefined) prepare(db, dropFts(entity)).run(existing);
  const row = prepare(db, `${SOURCE_SELECT[entity]} AND id = ?`).get(recordId) as SearchSourceRow | undefined;
  if (!row) {
    if (existing !== undefined) prepare(db, DROP_DOC).run(existing);
    return;
  }
  const custom = prepare(db, ONE_RECORD_CUSTOM_TEXT).all(entity, recordId, recordId, recordId) as SearchCustomText[];
  const document = searchDocumentOf(entity, row, custom);
  const doc = existing ?? Number(prepare(db, ADD_DOC).run(recordId, entity).lastInsertRowid);
  prepare(db, putFts(entity)).run(...putFtsValues(doc, document));
};
