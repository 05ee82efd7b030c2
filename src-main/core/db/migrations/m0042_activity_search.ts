import type { Migration } from '../Migration';
import { rebuildSearchIndex } from '../../search/rebuildSearchIndex';

/**
 * Frozen. The workspace search finds activities (subject, text, custom text fields).
 *
 * - `search_docs` admits the `activity` entity: a CHECK cannot be altered in SQLite, so the table
 *   is rebuilt with its rows (their `doc` numbers kept: they are the FTS rowids).
 * - Activities get their own contentless FTS5 table, folded and tokenized as `search_fts` (m0021):
 *   ten or more per deal, with a few much-repeated subject words, in the records' table they would
 *   lengthen every term list the record searches read. It has no `kind` column (one kind) and no
 *   rank: activities are listed newest first, read by descending rowid, which LIMIT cuts short.
 *   Its name starts with `search_fts`, so a backup restore skips it as derived data.
 * - Backfill: the activities' entries, built from the rows as the write path builds them.
 */
export const m0042_activity_search: Migration = {
  version: 42,
  name: 'activity_search',
  sql: `
CREATE TABLE search_docs_v42 (
  doc INTEGER PRIMARY KEY,
  record_id TEXT NOT NULL UNIQUE,
  entity TEXT NOT NULL CHECK (entity IN ('deal', 'company', 'contact', 'activity'))
) STRICT;
INSERT INTO search_docs_v42 (doc, record_id, entity) SELECT doc, record_id, entity FROM search_docs;
DROP TABLE search_docs;
ALTER TABLE search_docs_v42 RENAME TO search_docs;
CREATE VIRTUAL TABLE search_fts_activities USING fts5(
  name, keys, extra,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4'
);
`,
  backfill: (sqlite) => rebuildSearchIndex(sqlite, ['activity']),
};
