import type { Migration } from '../Migration';

/**
 * Frozen. Saved views of the records tables (deals, companies, contacts): a name for a list's
 * filters, search, sort and page size (`params`, the list's URL query, so applying a view is
 * setting the URL) and its visible columns and widths. Private to the one who saved it
 * (`owner_id`) or shared with the team.
 *
 * Each person's default view of a list is a row of its own, id `<user id>:<list>` (`-` for no
 * user chosen yet), so two devices choosing a default offline write the same row and the last
 * choice wins, and a default is never a column of a view that several people share. Both tables
 * are synced (written by the one write path, with history).
 */
export const m0022_saved_views: Migration = {
  version: 22,
  name: 'saved_views',
  sql: `
CREATE TABLE saved_views (
  id TEXT PRIMARY KEY,
  list TEXT NOT NULL CHECK (list IN ('deals', 'companies', 'contacts')),
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
CREATE INDEX saved_views_list ON saved_views (list, owner_id) WHERE deleted_at IS NULL;

CREATE TABLE saved_view_defaults (
  id TEXT PRIMARY KEY,
  user_id TEXT REFERENCES users (id),
  list TEXT NOT NULL CHECK (list IN ('deals', 'companies', 'contacts')),
  view_id TEXT REFERENCES saved_views (id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  CHECK (id = coalesce(user_id, '-') || ':' || list)
) STRICT;
`,
};
