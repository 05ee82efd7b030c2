import type { Migration } from '../Migration';

/**
 * Frozen. Saved import mappings, by name: the wizard offers them for a file of the same kind
 * (an amoCRM export every month, say). Local to the device like the import log and settings.
 */
export const m0017_import_presets: Migration = {
  version: 17,
  name: 'import_presets',
  sql: `
CREATE TABLE import_presets (
  name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 100),
  entity TEXT NOT NULL CHECK (entity IN ('users', 'companies', 'contacts', 'deals')),
  mapping TEXT NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
`,
};
