import type { Migration } from '../Migration';

/**
 * Frozen. The shared-folder transport (DESIGN §7, transport 2) on this device. Device-local, never
 * synced: the folder is a path on this machine, and what was read or written is this device's own
 * bookkeeping.
 * - sync_folder_state: one row (id 1). The settings (on/off, how often, the folder main's dialog
 *   chose, an optional passphrase for the segment files), the last run and its problem, and what
 *   this device last wrote into `written_folder`: the sequence number of its newest segment and
 *   the newest own stamp it carried (the next segment starts after it). A different folder starts
 *   the written side afresh.
 * - sync_folder_segments: per peer segment file seen in that folder, by device and name, with the
 *   size, modification time and SHA-256 it had when read, and its state: applied (never read
 *   again unless its bytes change), incomplete (a copy still arriving: retried each run) or
 *   refused (tampered, signed by another key, another device's file: kept with its reason, retried
 *   only if the file changes). `made_at` and `actor_name` come from the file's signed header.
 */
export const m0058_sync_folder: Migration = {
  version: 58,
  name: 'sync_folder',
  sql: `
CREATE TABLE sync_folder_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
  interval_s INTEGER NOT NULL DEFAULT 60 CHECK (interval_s BETWEEN 10 AND 86400),
  folder TEXT,
  passphrase TEXT,
  last_run_at INTEGER,
  last_run_problem TEXT,
  last_run_detail TEXT,
  last_run_written INTEGER,
  last_run_applied INTEGER,
  written_folder TEXT,
  written_seq INTEGER NOT NULL DEFAULT 0 CHECK (written_seq >= 0),
  written_hlc TEXT
) STRICT;
INSERT INTO sync_folder_state (id) VALUES (1);

CREATE TABLE sync_folder_segments (
  device_id TEXT NOT NULL,
  name TEXT NOT NULL,
  seq INTEGER NOT NULL CHECK (seq > 0),
  size INTEGER NOT NULL CHECK (size >= 0),
  mtime_ms INTEGER NOT NULL,
  sha256 TEXT,
  state TEXT NOT NULL CHECK (state IN ('applied', 'incomplete', 'refused')),
  reason TEXT,
  message_count INTEGER,
  made_at INTEGER,
  actor_name TEXT,
  seen_at INTEGER NOT NULL,
  PRIMARY KEY (device_id, name)
) STRICT, WITHOUT ROWID;
`,
};
