import type { Migration } from '../Migration';
import { rebuildSearchIndex } from '../../search/rebuildSearchIndex';

/**
 * Frozen. The workspace search (Ctrl+K): an FTS5 index over deals, companies and contacts.
 *
 * - `search_fts` is contentless (`content=''`): it holds only the index, not a second copy of
 *   every name; the records themselves are read for display. `contentless_delete=1` lets the
 *   write path replace one record's entry.
 * - Its text is folded in JavaScript before it is indexed (`foldText`: case in any script, ё as е,
 *   accents, punctuation), and queries are folded alike, so the tokenizer only splits on spaces
 *   and the same key comes out on every device whatever its SQLite build; `prefix` indexes make
 *   the type-ahead prefix queries read one term list instead of scanning the vocabulary.
 * - `kind` holds the entity as a token so one entity's best matches are one ranked query.
 * - `search_docs` maps a record id to its FTS rowid (record ids are text; a rowid of the record's
 *   own table can change on VACUUM). Both are local derived data, never in the change log: the
 *   write path rebuilds an entry from the row as every device writes it.
 */
export const m0021_search_index: Migration = {
  version: 21,
  name: 'search_index',
  sql: `
CREATE TABLE search_docs (
  doc INTEGER PRIMARY KEY,
  record_id TEXT NOT NULL UNIQUE,
  entity TEXT NOT NULL CHECK (entity IN ('deal', 'company', 'contact'))
) STRICT;
CREATE VIRTUAL TABLE search_fts USING fts5(
  kind, name, keys, extra,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4'
);
-- ORDER BY rank: a name match outweighs an identifier, which outweighs other text; kind never counts.
INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25(0.0, 10.0, 4.0, 1.0)');
`,
  backfill: (sqlite) => rebuildSearchIndex(sqlite, ['deal', 'company', 'contact']),
};
