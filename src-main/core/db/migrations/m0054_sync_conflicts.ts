import type { Migration } from '../Migration';

/**
 * Frozen. The conflict log (DESIGN §7): a change made on this device and a peer's change to the
 * same cell (or merge unit) made without knowing of each other. `side` says which one the merge
 * kept: `lost` (the peer's value replaced this device's), `won` (this device's value stayed over
 * the peer's). Both values are kept as JSON objects of the unit's cells with their stamps, the
 * peer's device, person and wall time; `status` is what the person did about it: open, kept (mine
 * written again as a new change), accepted. Local to this device, never synced; one row per pair
 * of stamps, so a batch applied again records nothing new.
 */
export const m0054_sync_conflicts: Migration = {
  version: 54,
  name: 'sync_conflicts',
  sql: `
CREATE TABLE sync_conflicts (
  id INTEGER PRIMARY KEY,
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  columns TEXT NOT NULL CHECK (json_valid(columns) AND json_type(columns) = 'array'),
  side TEXT NOT NULL CHECK (side IN ('lost', 'won')),
  mine TEXT NOT NULL CHECK (json_valid(mine) AND json_type(mine) = 'object'),
  mine_stamp TEXT NOT NULL,
  theirs TEXT NOT NULL CHECK (json_valid(theirs) AND json_type(theirs) = 'object'),
  theirs_stamp TEXT NOT NULL,
  their_device TEXT NOT NULL,
  their_actor TEXT,
  their_at INTEGER NOT NULL,
  recorded_at INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'kept', 'accepted')),
  resolved_at INTEGER,
  CHECK ((status = 'open') = (resolved_at IS NULL))
) STRICT;
CREATE UNIQUE INDEX sync_conflicts_pair ON sync_conflicts (tbl, row_id, mine_stamp, theirs_stamp);
CREATE INDEX sync_conflicts_open ON sync_conflicts (recorded_at DESC, id DESC) WHERE status = 'open';
`,
};
