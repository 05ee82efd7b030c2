import type { Migration } from '../Migration';

/**
 * Frozen. The import log: one row per import (file, target, mapping, counts, when, by whom,
 * undone when) and one per record it created or updated, with the columns it changed before and
 * after, so an undo reverts exactly that import. Local to the device like settings: the records
 * themselves sync through the change log, the undo's writes too.
 */
export const m0014_import_log: Migration = {
  version: 14,
  name: 'import_log',
  sql: `
CREATE TABLE imports (
  id TEXT PRIMARY KEY,
  entity TEXT NOT NULL CHECK (entity IN ('users', 'companies', 'contacts', 'deals')),
  file_name TEXT NOT NULL,
  mapping TEXT NOT NULL,
  rows INTEGER NOT NULL CHECK (rows >= 0),
  created INTEGER NOT NULL CHECK (created >= 0),
  updated INTEGER NOT NULL CHECK (updated >= 0),
  skipped INTEGER NOT NULL CHECK (skipped >= 0),
  warnings INTEGER NOT NULL CHECK (warnings >= 0),
  actor_id TEXT,
  created_at INTEGER NOT NULL,
  undone_at INTEGER
) STRICT;
CREATE INDEX imports_created ON imports (created_at);
CREATE TABLE import_changes (
  import_id TEXT NOT NULL REFERENCES imports (id),
  seq INTEGER NOT NULL,
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('created', 'updated')),
  before TEXT,
  after TEXT,
  PRIMARY KEY (import_id, seq)
) STRICT, WITHOUT ROWID;
`,
};
