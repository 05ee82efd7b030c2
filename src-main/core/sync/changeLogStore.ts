import { parseHlc } from '@shared/domain/hlc';
import type { VersionVector } from '@shared/domain/sync/VersionVector';
import { versionVectorHas } from '@shared/domain/sync/versionVectorHas';
import type { SqlValue } from '../changes/ChangeWriter';
import type { Db } from '../db/Db';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/migrations';
import { prepare } from '../db/sql';
import type { SyncMessage } from './SyncMessage';

/*
 * The sync feed over today's change log, one log row per cell. A message's first cell is keyed by
 * its stamp and the others by `stamp/NNN`, so every device stores the same keys, a message is
 * found by its stamp, and its cells sit next to each other in key order. Rows without a suffix
 * written before this scheme (one stamp per cell) read as one-cell messages.
 */

const SEPARATOR = '/';

const cellKey = (stamp: string, index: number): string =>
  index === 0 ? stamp : `${stamp}${SEPARATOR}${String(index).padStart(3, '0')}`;

/** The message stamp a stored key belongs to. */
export const stampOfKey = (key: string): string => {
  const cut = key.indexOf(SEPARATOR);
  return cut < 0 ? key : key.slice(0, cut);
};

const LOG_INSERT =
  'INSERT INTO change_log (hlc, device_id, actor_id, tbl, row_id, col, value, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)';

/** Stores one message's cells (the caller checked it is new). */
export const writeSyncMessage = (db: Db, message: Omit<SyncMessage, 'schema'>): void => {
  const statement = prepare(db, LOG_INSERT);
  Object.entries(message.cells).forEach(([column, value], index) => {
    statement.run(
      cellKey(message.hlc, index),
      message.device,
      message.actor,
      message.table,
      message.rowId,
      column,
      JSON.stringify(value),
      message.at,
    );
  });
};

export const hasSyncMessage = (db: Db, stamp: string): boolean =>
  prepare(db, 'SELECT 1 FROM change_log WHERE hlc = ?').get(stamp) !== undefined;

type LogRow = {
  hlc: string;
  device_id: string;
  actor_id: string | null;
  tbl: string;
  row_id: string;
  col: string;
  value: string | null;
  at: number | null;
};

const parseValue = (text: string | null): SqlValue => (text === null ? null : (JSON.parse(text) as SqlValue));

/** Folds log rows in key order into messages (a message's cells are adjacent in that order). */
function* groupRows(rows: Iterable<LogRow>): Generator<SyncMessage> {
  let current: SyncMessage | null = null;
  for (const row of rows) {
    const stamp = stampOfKey(row.hlc);
    if (current === null || current.hlc !== stamp) {
      if (current !== null) yield current;
      current = {
        hlc: stamp,
        device: row.device_id,
        actor: row.actor_id,
        at: row.at,
        table: row.tbl,
        rowId: row.row_id,
        cells: {},
        schema: LATEST_SCHEMA_VERSION,
      };
    }
    current.cells[row.col] = parseValue(row.value);
  }
  if (current !== null) yield current;
}

/** Every message of one row, in stamp order. */
export const readRowMessages = (db: Db, table: string, rowId: string): SyncMessage[] => [
  ...groupRows(
    prepare(db, 'SELECT * FROM change_log WHERE tbl = ? AND row_id = ? ORDER BY hlc').all(table, rowId) as LogRow[],
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
    const newest = prepare(db, 'SELECT max(hlc) FROM change_log WHERE hlc > ? AND device_id = ?')
      .pluck()
      .get(recorded ?? '', own) as string | null;
    if (newest !== null) advanceVersionVector(db, own, stampOfKey(newest));
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
  const rows = db.sqlite.prepare('SELECT * FROM change_log ORDER BY hlc').iterate() as Iterable<LogRow>;
  for (const message of groupRows(rows)) if (keep(message)) yield message;
  const parked = db.sqlite.prepare('SELECT message FROM sync_parked ORDER BY hlc').pluck().all() as string[];
  for (const text of parked) {
    const message = JSON.parse(text) as SyncMessage;
    if (keep(message)) yield message;
  }
}

/** The origin devices of every message held here: a scan of the whole log (seconds on a large one). */
export const logDevices = (db: Db): string[] =>
  prepare(db, 'SELECT DISTINCT device_id FROM change_log').pluck().all() as string[];

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
    .prepare('SELECT * FROM change_log WHERE hlc > ? AND device_id = ? ORDER BY hlc')
    .iterate(afterStamp ?? '', device) as Iterable<LogRow>;
  // `stamp/001` sorts after `stamp`: the later cells of the message at the stamp are skipped here.
  for (const message of groupRows(rows)) if (message.hlc !== afterStamp) yield message;
}

/** How many of one device's messages come after a stamp (null: all): what is waiting to go out. */
export const countDeviceMessagesAfter = (db: Db, device: string, after: string | null): number =>
  prepare(db, "SELECT count(*) FROM change_log WHERE hlc > ? AND device_id = ? AND instr(hlc, '/') = 0")
    .pluck()
    .get(after ?? '', device) as number;
