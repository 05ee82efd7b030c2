import { parseHlc } from '@shared/domain/hlc';
import type { VersionVector } from '@shared/domain/sync/VersionVector';
import { versionVectorHas } from '@shared/domain/sync/versionVectorHas';
import type { SqlValue } from '../changes/ChangeWriter';
import type { Db } from '../db/Db';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/migrations';
import { prepare } from '../db/sql';
import type { SyncMessage } from './SyncMessage';

/*
 * The sync feed over the change log: one row of `change_msgs` per message (m0059), keyed by its
 * stamp, with its cells as one JSON object in the writer's order. Until m0059 a message was one
 * log row per cell, its first cell keyed by the stamp and the others by `stamp/NNN`; the
 * migration grouped those back into their messages.
 */

const MESSAGE_INSERT =
  'INSERT INTO change_msgs (hlc, device_id, actor_id, tbl, row_id, at, cells) VALUES (?, ?, ?, ?, ?, ?, ?)';

/** Stores one message (the caller checked it is new). */
export const writeSyncMessage = (db: Db, message: Omit<SyncMessage, 'schema'>): void => {
  prepare(db, MESSAGE_INSERT).run(
    message.hlc,
    message.device,
    message.actor,
    message.table,
    message.rowId,
    message.at,
    JSON.stringify(message.cells),
  );
};

export const hasSyncMessage = (db: Db, stamp: string): boolean =>
  prepare(db, 'SELECT 1 FROM change_msgs WHERE hlc = ?').get(stamp) !== undefined;

/** A stored message as read (`SELECT * FROM change_msgs`). */
export type MessageRow = {
  seq: number;
  hlc: string;
  device_id: string;
  actor_id: string | null;
  tbl: string;
  row_id: string;
  at: number | null;
  cells: string;
};

/** The message a stored row holds. */
export const messageOfRow = (row: MessageRow): SyncMessage => ({
  hlc: row.hlc,
  device: row.device_id,
  actor: row.actor_id,
  at: row.at,
  table: row.tbl,
  rowId: row.row_id,
  cells: JSON.parse(row.cells) as Record<string, SqlValue>,
  schema: LATEST_SCHEMA_VERSION,
});

function* messagesOf(rows: Iterable<MessageRow>): Generator<SyncMessage> {
  for (const row of rows) yield messageOfRow(row);
}

/** Every message of one row, in stamp order. */
export const readRowMessages = (db: Db, table: string, rowId: string): SyncMessage[] => [
  ...messagesOf(
    prepare(db, 'SELECT * FROM change_msgs WHERE tbl = ? AND row_id = ? ORDER BY hlc').all(
      table,
      rowId,
    ) as MessageRow[],
  ),
];

/** The wall time of a message: its `at`, else (logs before schema 5) its stamp's own millisecond. */
export const messageAt = (message: Pick<SyncMessage, 'hlc' | 'at'>): number =>
  message.at ?? parseHlc(message.hlc).millis;

export const ownDeviceId = (db: Db): string | undefined =>
  prepare(db, "SELECT value FROM meta WHERE key = 'device_id'").pluck().get() as string | undefined;

/**
 * The version vector this device shows (m0020): per origin device, the stamp up to which it holds
 * every message. Its own entry follows its own writes (read here, after the last recorded one).
 */
export const readVersionVector = (db: Db): Record<string, string> => {
  const own = ownDeviceId(db);
  if (own !== undefined) {
    const recorded = prepare(db, 'SELECT hlc FROM sync_vector WHERE device_id = ?').pluck().get(own) as
      string | undefined;
    const newest = prepare(db, 'SELECT max(hlc) FROM change_msgs WHERE hlc > ? AND device_id = ?')
      .pluck()
      .get(recorded ?? '', own) as string | null;
    if (newest !== null) advanceVersionVector(db, own, newest);
  }
  const vector: Record<string, string> = {};
  for (const row of prepare(db, 'SELECT device_id, hlc FROM sync_vector').all() as {
    device_id: string;
    hlc: string;
  }[]) {
    vector[row.device_id] = row.hlc;
  }
  return vector;
};

/** Records that every message of `device` up to `stamp` is held. */
export const advanceVersionVector = (db: Db, device: string, stamp: string): void => {
  prepare(
    db,
    `INSERT INTO sync_vector (device_id, hlc) VALUES (?, ?)
     ON CONFLICT (device_id) DO UPDATE SET hlc = max(hlc, excluded.hlc)`,
  ).run(device, stamp);
};

/**
 * What a batch says it carries whole: per origin device, every message after `after` (null: from
 * the first) up to `through`. A receiver that covers `after` then covers `through`.
 */
export type SyncCoverage = Record<string, { after: string | null; through: string }>;

/** The coverage of "everything I hold that a peer with `has` lacks". */
export const coverageFor = (db: Db, has: VersionVector = {}): SyncCoverage => {
  const coverage: SyncCoverage = {};
  for (const [device, through] of Object.entries(readVersionVector(db))) {
    const after = has[device] ?? null;
    if (after === null || through > after) coverage[device] = { after, through };
  }
  return coverage;
};

export type MissingFilter = {
  /** What the peer has: messages it holds are left out. */
  has?: VersionVector;
  /** Only messages written at or after this wall time (ms). */
  sinceAt?: number;
};

/**
 * Messages a peer lacks, in stamp order (parked ones included: a device relays what it cannot
 * apply yet). Streams the log, so a whole workspace never sits in memory at once.
 */
export function* readMessagesMissing(db: Db, filter: MissingFilter = {}): Generator<SyncMessage> {
  const keep = (message: SyncMessage): boolean =>
    !(filter.has && versionVectorHas(filter.has, message.device, message.hlc)) &&
    !(filter.sinceAt !== undefined && messageAt(message) < filter.sinceAt);
  // A statement that is being iterated cannot be reused meanwhile: a fresh one, not the cache.
  const rows = db.sqlite.prepare('SELECT * FROM change_msgs ORDER BY hlc').iterate() as Iterable<MessageRow>;
  for (const message of messagesOf(rows)) if (keep(message)) yield message;
  const parked = db.sqlite.prepare('SELECT message FROM sync_parked ORDER BY hlc').pluck().all() as string[];
  for (const text of parked) {
    const message = JSON.parse(text) as SyncMessage;
    if (keep(message)) yield message;
  }
}

/** The origin devices of every message held here: a scan of the whole log (seconds on a large one). */
export const logDevices = (db: Db): string[] =>
  prepare(db, 'SELECT DISTINCT device_id FROM change_msgs').pluck().all() as string[];

/**
 * The origin devices this device knows of without scanning the log: itself, the devices in its
 * version vector and the peers whose bundles it imported.
 */
export const knownDevices = (db: Db): string[] => {
  const own = ownDeviceId(db);
  const listed = prepare(db, 'SELECT device_id FROM sync_vector UNION SELECT device_id FROM sync_peers')
    .pluck()
    .all() as string[];
  return [...new Set([...(own === undefined ? [] : [own]), ...listed])];
};

/**
 * The messages of origin `device` held here after `afterStamp` (null: from the first), in stamp
 * order, streamed: what a device pushes to a hub that holds that device's messages up to the stamp.
 */
export function* readDeviceMessagesAfter(db: Db, device: string, afterStamp: string | null): Generator<SyncMessage> {
  const rows = db.sqlite
    .prepare('SELECT * FROM change_msgs WHERE hlc > ? AND device_id = ? ORDER BY hlc')
    .iterate(afterStamp ?? '', device) as Iterable<MessageRow>;
  yield* messagesOf(rows);
}

/** How many of one device's messages come after a stamp (null: all): what is waiting to go out. */
export const countDeviceMessagesAfter = (db: Db, device: string, after: string | null): number =>
  prepare(db, 'SELECT count(*) FROM change_msgs WHERE hlc > ? AND device_id = ?')
    .pluck()
    .get(after ?? '', device) as number;
