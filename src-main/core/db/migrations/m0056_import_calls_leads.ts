import type { Migration } from '../Migration';

/**
 * Frozen. The import log takes two more targets: `calls` (a PBX call log logged as call
 * activities) and `leads` (web-form leads into the leads inbox). SQLite cannot widen a CHECK in
 * place, so the table is rebuilt: copied aside, dropped and made anew (the log rows put back in it
 * settle the foreign keys of `import_changes`, which points at it by name, before the commit).
 */
export const m0056_import_calls_leads: Migration = {
  version: 56,
  name: 'import_calls_leads',
  sql: `
PRAGMA defer_foreign_keys = ON;
CREATE TABLE imports_v55 AS SELECT * FROM imports;
DROP TABLE imports;
CREATE TABLE imports (
  id TEXT PRIMARY KEY,
  entity TEXT NOT NULL CHECK (entity IN ('users', 'companies', 'contacts', 'deals', 'calls', 'leads')),
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
INSERT INTO imports (id, entity, file_name, mapping, rows, created, updated, skipped, warnings, actor_id, created_at,
    undone_at)
  SELECT id, entity, file_name, mapping, rows, created, updated, skipped, warnings, actor_id, created_at, undone_at
  FROM imports_v55;
DROP TABLE imports_v55;
CREATE INDEX imports_created ON imports (created_at);
`,
};
