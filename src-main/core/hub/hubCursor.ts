import type { Db } from '../db/Db';
import { prepare } from '../db/sql';

/** Where this device stands with one hub (m0057). */
export type HubCursor = {
  hubId: string;
  /** The hub's messages up to this sequence number are applied here. */
  pullSeq: number;
  /** Messages the pull under way has received so far (a resumed first sync counts on from it, m0079). */
  pullReceived: number;
  /** The hub's access stamp the last full pull answered. */
  accessSeq: number;
  lastSyncAt: number | null;
  /** A full pull for a new role or team is under way: when it ends, rows no longer seen leave (m0074). */
  sweepPending: boolean;
};

export const readHubCursor = (db: Db, hubId: string): HubCursor => {
  const row = prepare(
    db,
    'SELECT pull_seq, pull_received, access_seq, last_sync_at, sweep_pending FROM sync_hub_cursor WHERE hub_id = ?',
  ).get(hubId) as
    | {
        pull_seq: number;
        pull_received: number;
        access_seq: number;
        last_sync_at: number | null;
        sweep_pending: number;
      }
    | undefined;
  return {
    hubId,
    pullSeq: row?.pull_seq ?? 0,
    pullReceived: row?.pull_received ?? 0,
    accessSeq: row?.access_seq ?? 0,
    lastSyncAt: row?.last_sync_at ?? null,
    sweepPending: row?.sweep_pending === 1,
  };
};

/** Moves part of the cursor; call it inside the transaction whose work it records. */
export const writeHubCursor = (
  db: Db,
  hubId: string,
  change: Partial<Pick<HubCursor, 'pullSeq' | 'pullReceived' | 'accessSeq' | 'lastSyncAt' | 'sweepPending'>>,
): void => {
  prepare(db, 'INSERT INTO sync_hub_cursor (hub_id) VALUES (?) ON CONFLICT (hub_id) DO NOTHING').run(hubId);
  if (change.pullSeq !== undefined)
    prepare(db, 'UPDATE sync_hub_cursor SET pull_seq = ? WHERE hub_id = ?').run(change.pullSeq, hubId);
  if (change.pullReceived !== undefined) {
    prepare(db, 'UPDATE sync_hub_cursor SET pull_received = ? WHERE hub_id = ?').run(change.pullReceived, hubId);
  }
  if (change.accessSeq !== undefined) {
    prepare(db, 'UPDATE sync_hub_cursor SET access_seq = ? WHERE hub_id = ?').run(change.accessSeq, hubId);
  }
  if (change.lastSyncAt !== undefined) {
    prepare(db, 'UPDATE sync_hub_cursor SET last_sync_at = ? WHERE hub_id = ?').run(change.lastSyncAt, hubId);
  }
  if (change.sweepPending !== undefined) {
    prepare(db, 'UPDATE sync_hub_cursor SET sweep_pending = ? WHERE hub_id = ?').run(change.sweepPending ? 1 : 0, hubId);
  }
};
