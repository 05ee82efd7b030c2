import type { Db } from '../db/Db';
import { prepare } from '../db/sql';
import { newestOwnStamp } from '../sync/changeLogStore';

/** The hub this device syncs with, as Settings → Sync set it (m0061). */
export type HubSettings = { url: string | null; connectedAt: number | null; pushedHlc: string | null };

export const readHubSettings = (db: Db): HubSettings => {
  const row = prepare(db, 'SELECT url, connected_at, pushed_hlc FROM sync_hub_settings WHERE id = 1').get() as
    { url: string | null; connected_at: number | null; pushed_hlc: string | null } | undefined;
  return { url: row?.url ?? null, connectedAt: row?.connected_at ?? null, pushedHlc: row?.pushed_hlc ?? null };
};

/** Connects (a URL) or disconnects (null); what the hub held of this device is forgotten either way. */
export const writeHubUrl = (db: Db, url: string | null, now: number): void => {
  prepare(db, 'UPDATE sync_hub_settings SET url = ?, connected_at = ?, pushed_hlc = NULL WHERE id = 1').run(
    url,
    url === null ? null : now,
  );
};

export const writePushedHlc = (db: Db, hlc: string | null): void => {
  prepare(db, 'UPDATE sync_hub_settings SET pushed_hlc = ? WHERE id = 1').run(hlc);
};

/** The newest change made on this device (what a sync starting now pushes, at most). */
export const newestOwnHlc = (db: Db, deviceId: string): string | null =>
  // Newest first along the stamp index: stops at this device's latest change, without a scan of the log.
  newestOwnStamp(db, deviceId, null);
