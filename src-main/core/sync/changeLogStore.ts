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
export const messageAt = (message: Pick<SyncMessage, 'hlc' | 'at'>): number => message.at ?? parseHlc(message.hlc).millis;

/** The highest stamp held per origin device, parked messages included (they are held and relayed). */
export const readVersionVector = (db: Db): Record<string, string> => {
  const vector: Record<string, string> = {};
  const rows = [
    ...(prepare(db, 'SELECT device_id, max(hlc) AS hlc FROM change_log GROUP BY device_id').all() as LogRow[]),
    ...(prepare(db, 'SELECT device_id, max(hlc) AS hlc FROM sync_parked GROUP BY device_id').all() as LogRow[]),
  ];
  for (const row of rows) {
    const stamp = stampOfKey(row.hlc);
    const known = vector[row.device_id];
    if (known === undefined || stamp > known) vector[row.device_id] = stamp;
  }
  return vector;
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
