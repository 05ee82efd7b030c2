import type { Migration } from '../Migration';

/**
 * Frozen. When this device last exchanged changes with a peer, per transport (a bundle file, a
 * shared folder, the team hub) and direction: `in` is the last batch from the peer applied here,
 * `out` the last one written for it. Local to this device, never synced.
 */
export const m0055_sync_transport_log: Migration = {
  version: 55,
  name: 'sync_transport_log',
  sql: `
CREATE TABLE sync_transport_log (
  device_id TEXT NOT NULL,
  transport TEXT NOT NULL CHECK (transport IN ('bundle', 'folder', 'hub')),
  direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
  at INTEGER NOT NULL,
  messages INTEGER NOT NULL CHECK (messages >= 0),
  PRIMARY KEY (device_id, transport, direction)
) STRICT, WITHOUT ROWID;
`,
};
