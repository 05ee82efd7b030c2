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
 * Rewrites one record's entry in the search index from its row and custom values as they stand
 * now (in the caller's transaction); a deleted or missing record leaves the index.
 */
export const refreshSearchDocument = (db: Db, entity: SearchEntity, recordId: string): void => {
  const existing = prepare(db, FIND_DOC).pluck().get(recordId) as number | undefined;
  if (existing !== undefined) prepare(db, dropFts(entity)).run(existing);
  const row = prepare(db, `${SOURCE_SELECT[entity]} AND id = ?`).get(recordId) as SearchSourceRow | undefined;
  if (!row) {
    if (existing !== undefined) prepare(db, DROP_DOC).run(existing);
    return;
  }
  const custom = prepare(db, `${CUSTOM_TEXT_SELECT} AND v.record_id = ?`).all(entity, recordId) as SearchCustomText[];
  const document = searchDocumentOf(entity, row, custom);
  const doc = existing ?? Number(prepare(db, ADD_DOC).run(recordId, entity).lastInsertRowid);
  prepare(db, putFts(entity)).run(...putFtsValues(doc, document));
};
