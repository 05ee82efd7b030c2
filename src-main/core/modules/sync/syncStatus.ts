import { REVIEW_LIST, type SyncPeer, type SyncStatus, type SyncTransport } from '@shared/contract/schemas/sync';
import type { Db } from '../../db/Db';
import { prepare } from '../../db/sql';
import { MAX_CLOCK_AHEAD_MS } from '../../sync/applySyncMessages';
import { countOpenConflicts } from './countOpenConflicts';
import { countDeviceMessagesAfter, newestOwnStamp } from '../../sync/changeLogStore';

type PeerRow = {
  device_id: string;
  actor_name: string | null;
  version_vector: string | null;
  clock_ahead_ms: number | null;
};

/** Messages this device holds that a peer with `has` lacks: per origin, those after its entry. */
const waitingFor = (db: Db, held: Record<string, string>, has: Record<string, string>): number => {
  let waiting = 0;
  for (const [device, through] of Object.entries(held)) {
    const after = has[device] ?? '';
    if (through > after) waiting += countDeviceMessagesAfter(db, device, after === '' ? null : after);
  }
  return waiting;
};

const count = (db: Db, sql: string): number => prepare(db, sql).pluck().get() as number;

/**
 * Settings → Sync: this device, each peer it has heard of (last exchange per transport and
 * direction, changes waiting to go out by the vector the peer last showed, a clock far ahead),
 * and what needs a person (open conflicts, flagged merges) or waits (pending rows, parked messages).
 */
/**
 * What this device holds, as readVersionVector shows it but without recording its own entry: a
 * status query writes nothing.
 */
const heldVector = (db: Db, deviceId: string): Record<string, string> => {
  const held: Record<string, string> = {};
  for (const row of prepare(db, 'SELECT device_id, hlc FROM sync_vector').all() as {
    device_id: string;
    hlc: string;
  }[]) {
    held[row.device_id] = row.hlc;
  }
  const newest = newestOwnStamp(db, deviceId, held[deviceId] ?? null);
  if (newest !== null) held[deviceId] = newest;
  return held;
};

/** The newest flagged deals, each with the items the gate misses (their ids are the review's detail). */
const reviewDeals = (db: Db): SyncStatus['reviewDeals'] => {
  const rows = prepare(
    db,
    `SELECT d.id, d.title, r.detail FROM sync_reviews r JOIN deals d ON d.id = r.row_id
     WHERE r.tbl = 'deals' ORDER BY r.flagged_at DESC, d.id LIMIT ?`,
  ).all(REVIEW_LIST) as { id: string; title: string; detail: string | null }[];
  const item = prepare(db, 'SELECT label, default_key AS defaultKey FROM control_points WHERE id = ?');
  return rows.map(({ id, title, detail }) => ({
    id,
    title,
    missing: (JSON.parse(detail ?? '[]') as string[]).flatMap(
      (pointId) => (item.get(pointId) as { label: string | null; defaultKey: string | null } | undefined) ?? [],
    ),
  }));
};

export const syncStatus = (db: Db, deviceId: string): SyncStatus => {
  const held = heldVector(db, deviceId);
  const syncs = prepare(db, 'SELECT device_id, transport, direction, at, messages FROM sync_transport_log').all() as {
    device_id: string;
    transport: SyncTransport;
    direction: 'in' | 'out';
    at: number;
    messages: number;
  }[];
  const peerRows = prepare(
    db,
    'SELECT device_id, actor_name, version_vector, clock_ahead_ms FROM sync_peers ORDER BY last_sync_at DESC, device_id',
  ).all() as PeerRow[];
  const ids = new Set(peerRows.map((row) => row.device_id));
  for (const sync of syncs) {
    if (!ids.has(sync.device_id)) {
      ids.add(sync.device_id);
      peerRows.push({ device_id: sync.device_id, actor_name: null, version_vector: null, clock_ahead_ms: null });
    }
  }
  const peers: SyncPeer[] = peerRows.map((row) => ({
    deviceId: row.device_id,
    actorName: row.actor_name,
    syncs: syncs
      .filter((sync) => sync.device_id === row.device_id)
      .map(({ transport, direction, at, messages }) => ({ transport, direction, at, messages }))
      .sort((a, b) => b.at - a.at),
    waiting:
      row.version_vector === null
        ? null
        : waitingFor(db, held, JSON.parse(row.version_vector) as Record<string, string>),
    clockAheadMs: row.clock_ahead_ms !== null && row.clock_ahead_ms > MAX_CLOCK_AHEAD_MS ? row.clock_ahead_ms : null,
  }));
  return {
    deviceId,
    peers,
    openConflicts: countOpenConflicts(db),
    reviews: count(db, 'SELECT count(*) FROM sync_reviews'),
    reviewDeals: reviewDeals(db),
    pending: count(db, 'SELECT count(*) FROM sync_pending'),
    parked: count(db, 'SELECT count(*) FROM sync_parked'),
  };
};
