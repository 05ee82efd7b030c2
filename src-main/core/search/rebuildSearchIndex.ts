import type BetterSqlite3 from 'better-sqlite3';
import { SEARCH_ENTITIES, searchFtsOf, type SearchEntity } from './SearchEntity';
import { dropSearchBacklog } from './searchBacklog';
import { searchDocumentOf, type SearchCustomText, type SearchSourceRow } from './searchDocumentOf';
import { ADD_DOC, CUSTOM_TEXT_SELECT, putFts, putFtsValues, SOURCE_SELECT } from './searchSql';

/** Rows read at a time: a million activities are not held in memory at once. */
const CHUNK = 5000;

/**
 * Builds the search index from the records (a migration of an existing workspace, the seed's bulk
 * writer, which bypasses the per-row write path, a restored backup). Runs in the caller's
 * transaction. `entities` are whole FTS tables' kinds: deal, company and contact share one
 * (a migration made before activities were searched passes those three), activity has its own.
 * Rows are indexed in their table's insertion order, so entry numbers (`doc`) rise as the write
 * path hands them out: the activities search reads the highest first as the newest.
 */
export const rebuildSearchIndex = (
  sqlite: BetterSqlite3.Database,
  entities: readonly SearchEntity[] = SEARCH_ENTITIES,
): void => {
  dropSearchBacklog(sqlite, entities);
  const dropDocs = sqlite.prepare('DELETE FROM search_docs WHERE entity = ?');
  for (const entity of entities) dropDocs.run(entity);
  for (const fts of new Set(entities.map(searchFtsOf))) {
    sqlite.prepare(`INSERT INTO ${fts} (${fts}) VALUES ('delete-all')`).run();
  }
  const addDoc = sqlite.prepare(ADD_DOC);
  for (const entity of entities) {
    const putEntry = sqlite.prepare(putFts(entity));
    const custom = new Map<string, SearchCustomText[]>();
    for (const value of sqlite.prepare(CUSTOM_TEXT_SELECT).iterate(entity) as Iterable<
      SearchCustomText & { recordId: string }
    >) {
      const list = custom.get(value.recordId) ?? [];
      list.push({ type: value.type, text: value.text });
      custom.set(value.recordId, list);
    }
    const page = sqlite.prepare(
      `SELECT * FROM (${SOURCE_SELECT[entity].replace('SELECT ', 'SELECT rowid AS at, ')}) WHERE at > ? ORDER BY at LIMIT ${CHUNK}`,
    );
    for (let after = 0; ;) {
      const rows = page.all(after) as (SearchSourceRow & { id: string; at: number })[];
      for (const row of rows) {
        const document = searchDocumentOf(entity, row, custom.get(row.id) ?? []);
        putEntry.run(...putFtsValues(Number(addDoc.run(row.id, entity).lastInsertRowid), document));
      }
      if (rows.length < CHUNK) break;
      after = rows.at(-1)?.at ?? after;
    }
  }
};
