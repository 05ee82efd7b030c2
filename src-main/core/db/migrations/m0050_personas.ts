import type { Migration } from '../Migration';

/**
 * Frozen. Buyer personas (the seed's first control point: "approved ICP and personas"): who a rep
 * sells to — role, goals, pains, objections and the channels they answer on. Synced. A contact is
 * linked by its `persona` text naming a live persona (folded), so older files, imports and peers
 * that only know the text keep working; renaming a persona renames it on its contacts.
 */
export const m0050_personas: Migration = {
  version: 50,
  name: 'personas',
  sql: `
CREATE TABLE personas (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  role TEXT,
  goals TEXT,
  pains TEXT,
  objections TEXT,
  channels TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(channels) AND json_type(channels) = 'array'),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
`,
};
