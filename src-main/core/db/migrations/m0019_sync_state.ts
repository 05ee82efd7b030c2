import type { Migration } from '../Migration';

/**
 * Frozen. Local bookkeeping of the merge engine (DESIGN §7); none of it is synced itself:
 * - sync_parked: peer messages this version cannot apply yet (a newer schema, or a table or
 *   column it does not know), kept verbatim and applied after an upgrade, and relayed meanwhile;
 * - sync_pending: rows whose merged state waits for a row they reference (a deal before its
 *   company) or broke a constraint; retried after every batch;
 * - sync_reviews: states only a merge produced that a rule forbids (a move past a gate ticked
 *   on another device): flagged for a person, never undone;
 * - sync_peers: what is known of other devices: their signing key, the version vector they last
 *   showed, and how far ahead of this machine's clock their stamps ran.
 */
export const m0019_sync_state: Migration = {
  version: 19,
  name: 'sync_state',
  sql: `
CREATE TABLE sync_parked (
  hlc TEXT PRIMARY KEY,
  device_id TEXT NOT NULL,
  schema_version INTEGER NOT NULL,
  message TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE sync_pending (
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (tbl, row_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE sync_reviews (
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  rule TEXT NOT NULL,
  detail TEXT,
  flagged_at INTEGER NOT NULL,
  PRIMARY KEY (tbl, row_id, rule)
) STRICT, WITHOUT ROWID;

CREATE TABLE sync_peers (
  device_id TEXT PRIMARY KEY,
  public_key TEXT,
  actor_name TEXT,
  version_vector TEXT,
  last_sync_at INTEGER,
  clock_ahead_ms INTEGER,
  clock_seen_at INTEGER
) STRICT;
`,
};
