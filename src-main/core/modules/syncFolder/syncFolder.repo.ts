import type { SyncFolderRun, SyncSegmentReason } from '@shared/contract/schemas/syncFolder';
import type { Db } from '../../db/Db';
import type { SyncFolderSegmentsTable, SyncFolderStateTable } from '../../db/schema';
import { prepare } from '../../db/sql';

/** The one row (m0058 inserts it). */
export const readSyncFolderState = (db: Db): SyncFolderStateTable =>
  prepare(db, 'SELECT * FROM sync_folder_state WHERE id = 1').get() as SyncFolderStateTable;

export const writeSyncFolderSettings = (
  db: Db,
  settings: { enabled: boolean; intervalSeconds: number; passphrase: string | null },
): void => {
  prepare(db, 'UPDATE sync_folder_state SET enabled = ?, interval_s = ?, passphrase = ? WHERE id = 1').run(
    settings.enabled ? 1 : 0,
    settings.intervalSeconds,
    settings.passphrase,
  );
};

export const writeSyncFolderPath = (db: Db, folder: string | null): void => {
  prepare(db, 'UPDATE sync_folder_state SET folder = ? WHERE id = 1').run(folder);
};

export const writeSyncFolderRun = (db: Db, run: SyncFolderRun): void => {
  prepare(
    db,
    `UPDATE sync_folder_state SET last_run_at = ?, last_run_problem = ?, last_run_detail = ?, last_run_written = ?,
       last_run_applied = ? WHERE id = 1`,
  ).run(run.at, run.problem, run.detail, run.written, run.applied);
};

/** What this device has written into `folder`: its newest segment number and the newest own stamp in it. */
export const writeWrittenMark = (db: Db, folder: string, seq: number, hlc: string | null): void => {
  prepare(db, 'UPDATE sync_folder_state SET written_folder = ?, written_seq = ?, written_hlc = ? WHERE id = 1').run(
    folder,
    seq,
    hlc,
  );
};

/**
 * Another folder than the one the state belongs to: this device has written nothing there, and the
 * files seen belong to the old folder (reading them again is harmless: applying is idempotent).
 */
export const resetForFolder = (db: Db, folder: string): void => {
  writeWrittenMark(db, folder, 0, null);
  prepare(db, 'DELETE FROM sync_folder_segments').run();
};

export type SegmentRecord = SyncFolderSegmentsTable;

export const findSegment = (db: Db, deviceId: string, name: string): SegmentRecord | undefined =>
  prepare(db, 'SELECT * FROM sync_folder_segments WHERE device_id = ? AND name = ?').get(deviceId, name) as
    SegmentRecord | undefined;

export const writeSegment = (db: Db, record: SegmentRecord): void => {
  prepare(
    db,
    `INSERT INTO sync_folder_segments (device_id, name, seq, size, mtime_ms, sha256, state, reason, message_count,
       made_at, actor_name, seen_at) VALUES (@device_id, @name, @seq, @size, @mtime_ms, @sha256, @state, @reason,
       @message_count, @made_at, @actor_name, @seen_at)
     ON CONFLICT (device_id, name) DO UPDATE SET seq = excluded.seq, size = excluded.size,
       mtime_ms = excluded.mtime_ms, sha256 = excluded.sha256, state = excluded.state, reason = excluded.reason,
       message_count = excluded.message_count, made_at = excluded.made_at, actor_name = excluded.actor_name,
       seen_at = excluded.seen_at`,
  ).run(record);
};

/** Forgets files not applied that are no longer in the folder (a partial copy the syncing tool removed). */
export const forgetVanishedSegments = (db: Db, present: ReadonlySet<string>): void => {
  const records = prepare(db, "SELECT device_id, name FROM sync_folder_segments WHERE state <> 'applied'").all() as {
    device_id: string;
    name: string;
  }[];
  const remove = prepare(db, 'DELETE FROM sync_folder_segments WHERE device_id = ? AND name = ?');
  for (const record of records) {
    if (!present.has(`${record.device_id}/${record.name}`)) remove.run(record.device_id, record.name);
  }
};

/** Files refused for want of the right passphrase are read again once the passphrase changes. */
export const forgetPassphraseRefusals = (db: Db): void => {
  const reasons: SyncSegmentReason[] = ['passphrase_needed', 'wrong_passphrase'];
  prepare(db, 'DELETE FROM sync_folder_segments WHERE state = ? AND reason IN (?, ?)').run('refused', ...reasons);
};

export type PeerSummary = {
  device_id: string;
  actor_name: string | null;
  segments: number;
  last_seq: number;
  last_made_at: number | null;
  read_at: number;
};

/** Per peer, its applied segments and the newest of them. */
export const readPeerSummaries = (db: Db): PeerSummary[] =>
  prepare(
    db,
    `SELECT s.device_id, s.actor_name, s.made_at AS last_made_at, s.seen_at AS read_at, s.seq AS last_seq,
       (SELECT count(*) FROM sync_folder_segments c WHERE c.device_id = s.device_id AND c.state = 'applied') AS segments
     FROM sync_folder_segments s
     WHERE s.state = 'applied' AND s.seq = (SELECT max(seq) FROM sync_folder_segments m
       WHERE m.device_id = s.device_id AND m.state = 'applied')
     ORDER BY s.seen_at DESC`,
  ).all() as PeerSummary[];

/** Files not applied: still arriving or refused, newest first. */
export const readUnappliedSegments = (db: Db): SegmentRecord[] =>
  prepare(
    db,
    "SELECT * FROM sync_folder_segments WHERE state <> 'applied' ORDER BY seen_at DESC, name LIMIT 20",
  ).all() as SegmentRecord[];
