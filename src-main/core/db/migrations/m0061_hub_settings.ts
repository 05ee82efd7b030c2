import type { Migration } from '../Migration';

/**
 * Frozen. Which team hub this device syncs with (DESIGN §7, transport 3), as set in Settings →
 * Sync: one row (id 1). `url` names host, database and the person's own login — never a password
 * (kept by the host apart from the workspace); null: not connected. `pushed_hlc` is the newest of
 * this device's own changes the hub held after the last sync (what is newer waits to go out).
 * Device-local, never synced.
 */
export const m0061_hub_settings: Migration = {
  version: 61,
  name: 'hub_settings',
  sql: `
CREATE TABLE sync_hub_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  url TEXT CHECK (url IS NULL OR length(url) BETWEEN 1 AND 2000),
  connected_at INTEGER,
  pushed_hlc TEXT
) STRICT;
INSERT INTO sync_hub_settings (id) VALUES (1);
`,
};
