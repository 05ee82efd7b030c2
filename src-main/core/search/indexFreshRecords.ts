import type { Db } from '../db/Db';
import { prepare } from '../db/sql';
import type { SearchEntity } from './SearchEntity';
import { searchDocumentOf, type SearchCustomText, type SearchSourceRow } from './searchDocumentOf';
import { ADD_DOC, putFts, putFtsValues, SEARCHED_CUSTOM_TYPES, SOURCE_SELECT } from './searchSql';

const SEARCHED_TYPES = SEARCHED_CUSTOM_TYPES.map((type) => `'${type}'`).join(', ');

/** Whether the entity has a live custom field whose values are searched (most workspaces: none). */
const HAS_SEARCHED_FIELD = `SELECT 1 FROM custom_fields
  WHERE entity = ? AND deleted_at IS NULL AND type IN (${SEARCHED_TYPES}) LIMIT 1`;

/**
 * The live text custom values of the given records, each read through its range of the values'
 * key (`record_id:field_id`; ':' < ';'), as `ONE_RECORD_CUSTOM_TEXT` reads one record's.
 */
const MANY_RECORDS_CUSTOM_TEXT = `SELECT v.record_id AS recordId, f.type AS type, v.text_value AS text
  FROM json_each(?) r
  JOIN custom_values v ON v.id > r.value || ':' AND v.id < r.value || ';'
  JOIN custom_fields f ON f.id = v.field_id
  WHERE f.entity = ? AND v.deleted_at IS NULL AND f.deleted_at IS NULL AND v.text_value IS NOT NULL
    AND f.type IN (${SEARCHED_TYPES})`;

/**
 * Writes the search entries of records inserted since their entries could last have been written
 * (they have none): what `refreshSearchDocument(…, fresh)` does for each, with one read of their
 * rows and one of their custom values for the lot instead of two per record. Entries are added in
 * the order of `ids` (insertion order), so entry numbers rise as the records were written.
 */
export const indexFreshRecords = (db: Db, entity: SearchEntity, ids: readonly string[]): void => {
  if (ids.length === 0) return;
  const list = JSON.stringify(ids);
  const rows = new Map<string, SearchSourceRow>();
  for (const row of prepare(db, `${SOURCE_SELECT[entity]} AND id IN (SELECT value FROM json_each(?))`).all(
    list,
  ) as (SearchSourceRow & { id: string })[]) {
    rows.set(row.id, row);
  }
  const custom = new Map<string, SearchCustomText[]>();
  if (prepare(db, HAS_SEARCHED_FIELD).get(entity) !== undefined) {
    for (const value of prepare(db, MANY_RECORDS_CUSTOM_TEXT).all(list, entity) as (SearchCustomText & {
      recordId: string;
    })[]) {
      const values = custom.get(value.recordId) ?? [];
      values.push({ type: value.type, text: value.text });
      custom.set(value.recordId, values);
    }
  }
  const addDoc = prepare(db, ADD_DOC);
  const putEntry = prepare(db, putFts(entity));
  for (const id of ids) {
    const row = rows.get(id);
    // Deleted again before the flush: no entry.
    if (!row) continue;
    const document = searchDocumentOf(entity, row, custom.get(id) ?? []);
    putEntry.run(...putFtsValues(Number(addDoc.run(id, entity).lastInsertRowid), document));
  }
};
