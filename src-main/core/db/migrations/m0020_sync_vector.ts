import type { Migration } from '../Migration';

/**
 * Frozen. What this device holds of each origin device, as the version vector it shows peers:
 * the stamp up to which it holds every message of that device. It moves only with a batch that
 * says it carries all of a device's messages after a stamp this device already covers (a bundle
 * of what the peer lacked), so a message lost on the way is sent again instead of being taken as
 * held because a later one arrived. Everything logged before sync existed was written here (or
 * copied with the file whole): it is covered up to its newest stamp per device.
 */
export const m0020_sync_vector: Migration = {
  version: 20,
  name: 'sync_vector',
  sql: `
CREATE TABLE sync_vector (
  device_id TEXT PRIMARY KEY,
  hlc TEXT NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO sync_vector (device_id, hlc)
  SELECT device_id, max(CASE WHEN instr(hlc, '/') > 0 THEN substr(hlc, 1, instr(hlc, '/') - 1) ELSE hlc END)
  FROM change_log GROUP BY device_id;
`,
};
