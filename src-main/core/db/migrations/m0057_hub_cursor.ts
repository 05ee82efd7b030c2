import type { Migration } from '../Migration';

/**
 * Frozen. This device's place in a team hub (DESIGN §7, transport 3), per hub (its hub_id): its
 * the hub's messages up to sequence number `pull_seq` are applied here (moved in the transaction that applies them); `access_seq` is the
 * hub's stamp of this person's access the last full pull answered. Changes the hub refused (a
 * deal this person cannot see) are kept in `sync_hub_rejected`: not sent again, and shown. (What
 * to push is read from the hub itself, each device's newest message there.) Device-local,
 * never synced.
 */
export const m0057_hub_cursor: Migration = {
  version: 57,
  name: 'hub_cursor',
  sql: `
CREATE TABLE sync_hub_cursor (
  hub_id TEXT PRIMARY KEY,
  pull_seq INTEGER NOT NULL DEFAULT 0 CHECK (pull_seq >= 0),
  access_seq INTEGER NOT NULL DEFAULT 0,
  last_sync_at INTEGER
) STRICT;
CREATE TABLE sync_hub_rejected (
  hlc TEXT PRIMARY KEY,
  hub_id TEXT NOT NULL,
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  at INTEGER NOT NULL
) STRICT;
`,
};
