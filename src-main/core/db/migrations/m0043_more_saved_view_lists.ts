import type { Migration } from '../Migration';

/**
 * Frozen. Saved views of the activities table, the leads inbox and the board, besides the deals,
 * companies and contacts tables (m0022). A CHECK cannot be altered in SQLite, so both tables are
 * rebuilt with their rows. Foreign keys are on during a migration, so the order matters: the new
 * defaults table references the new views table, the old ones are dropped child first, and the
 * renames (which rewrite references) bring the names back.
 */
export const m0043_more_saved_view_lists: Migration = {
  version: 43,
  name: 'more_saved_view_lists',
  sql: `
CREATE TABLE saved_views_v43 (
  id TEXT PRIMARY KEY,
  list TEXT NOT NULL CHECK (list IN ('deals', 'companies', 'contacts', 'activities', 'leads', 'board')),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  owner_id TEXT REFERENCES users (id),
  shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
  params TEXT NOT NULL,
  hidden_columns TEXT NOT NULL,
  column_sizes TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
INSERT INTO saved_views_v43 SELECT id, list, name, owner_id, shared, params, hidden_columns, column_sizes,
  created_at, updated_at, deleted_at FROM saved_views;

CREATE TABLE saved_view_defaults_v43 (
  id TEXT PRIMARY KEY,
  user_id TEXT REFERENCES users (id),
  list TEXT NOT NULL CHECK (list IN ('deals', 'companies', 'contacts', 'activities', 'leads', 'board')),
  view_id TEXT REFERENCES saved_views_v43 (id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  CHECK (id = coalesce(user_id, '-') || ':' || list)
) STRICT;
INSERT INTO saved_view_defaults_v43 SELECT id, user_id, list, view_id, created_at, updated_at, deleted_at
  FROM saved_view_defaults;

DROP TABLE saved_view_defaults;
DROP TABLE saved_views;
ALTER TABLE saved_views_v43 RENAME TO saved_views;
ALTER TABLE saved_view_defaults_v43 RENAME TO saved_view_defaults;
CREATE INDEX saved_views_list ON saved_views (list, owner_id) WHERE deleted_at IS NULL;
`,
};
