import type { Db } from '../db/Db';
import { prepare } from '../db/sql';

/**
 * After an erase, in its transaction: the contentless search index only marks a replaced entry as
 * deleted, and its old terms stay in the index's segments until they are merged; `optimize` merges
 * them all now, so the person's words leave the file (under secure_delete, their pages are zeroed).
 * Both tables: the erase rewrites the person's activities' text as well.
 */
export const purgeSearchIndex = (db: Db): void => {
  prepare(db, "INSERT INTO search_fts (search_fts) VALUES ('optimize')").run();
  prepare(db, "INSERT INTO search_fts_activities (search_fts_activities) VALUES ('optimize')").run();
};
