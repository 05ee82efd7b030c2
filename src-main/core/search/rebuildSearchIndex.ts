import type BetterSqlite3 from 'better-sqlite3';
import { SEARCH_TABLES, type SearchEntity } from './SearchEntity';
import { searchDocumentOf, type SearchCustomText, type SearchSourceRow } from './searchDocumentOf';
import { ADD_DOC, CUSTOM_TEXT_SELECT, PUT_FTS, SOURCE_SELECT } from './searchSql';

/**
 * Builds the whole search index from the records (a migration of an existing workspace, the
 * seed's bulk writer, which bypasses the per-row write path). Runs in the caller's transaction.
 */
export const rebuildSearchIndex = (sqlite: BetterSqlite3.Database): void => {
  sqlite.exec("DELETE FROM search_docs; INSERT INTO search_fts (search_fts) VALUES ('delete-all')");
  const addDoc = sqlite.prepare(ADD_DOC);
  const putFts = sqlite.prepare(PUT_FTS);
  for (const entity of Object.keys(SEARCH_TABLES) as SearchEntity[]) {
    const custom = new Map<string, SearchCustomText[]>();
    for (const value of sqlite.prepare(CUSTOM_TEXT_SELECT).iterate(entity) as Iterable<
      SearchCustomText & { recordId: string }
    >) {
      const list = custom.get(value.recordId) ?? [];
      list.push({ type: value.type, text: value.text });
      custom.set(value.recordId, list);
    }
    for (const row of sqlite.prepare(SOURCE_SELECT[entity]).all() as (SearchSourceRow & { id: string })[]) {
      const document = searchDocumentOf(entity, row, custom.get(row.id) ?? []);
      const doc = Number(addDoc.run(row.id, entity).lastInsertRowid);
      putFts.run(doc, document.kind, document.name, document.keys, document.extra);
    }
  }
};
