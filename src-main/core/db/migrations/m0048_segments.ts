import type { Migration } from '../Migration';

/**
 * Frozen. Segments: named saved filters over companies and deals (DESIGN §4), shared by the team
 * and synced; `rules` is the contract's segment rules as JSON, validated by the core on write.
 */
export const m0048_segments: Migration = {
  version: 48,
  name: 'segments',
  sql: `
CREATE TABLE segments (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  rules TEXT NOT NULL CHECK (json_valid(rules) AND json_type(rules) = 'object'),
  created_by TEXT REFERENCES users (id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
`,
};
