import { formatHlc, type Hlc, parseHlc } from '@shared/domain/hlc';
import type { VersionVector } from '@shared/domain/sync/VersionVector';
import { versionVectorHas } from '@shared/domain/sync/versionVectorHas';
import { packCells } from '../changes/packCells';
import { unpackCells } from '../changes/unpackCells';
import type { Db } from '../db/Db';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/migrations';
import { prepare } from '../db/sql';
import type { LoggedMessage, ReceivedMessage, SyncMessage } from './SyncMessage';

/*
 * The sync feed over the change log: one row of `change_msgs` per message, packed (m0072): its
 * stamp as millisecond `ms` and counter `ctr` of the origin `device`, device, actor and table as
 * numbers in `change_names`, its cells packed in the writer's order (`packCells`). Messages are
 * read here and leave as `SyncMessage`s, text stamps and all: no transport sees the packing.
 */

const NAME_INTERN = 'INSERT INTO change_names (name) VALUES (?)';
const NAME_ID = '(SELECT id FROM change_names WHERE name = ?)';

/**
 * Name → id of `change_names` as one batch has seen them. Held for one write transaction at most:
 * a name interned by a batch that is then rolled back has no id any more.
 */
export type NameIds = Map<string, number>;

/**
 * The number of a name the log knows, looked up through `names` (see nameId); undefined when the
 * log has no such name (then it holds no message naming it). Nothing is interned.
 */
const knownNameId = (db: Db, name: string, names?: NameIds): number | undefined => {
  const cached = names?.get(name);
  if (cached !== undefined) return cached;
  const found = prepare(db, 'SELECT id FROM change_names WHERE name = ?').pluck().get(name) as number | undefined;
  if (found !== undefined) names?.set(name, found);
  return found;
};

/**
 * The number of a device, actor or table name in `change_names`, added when new. `known`: the
 * numbers looked up so far in the caller's transaction (a writer's; a row interned in it is gone
 * with it on a rollback, so the cache must not outlive it).
 */
const nameId = (db: Db, name: string, known?: NameIds): number => {
  const found = knownNameId(db, name, known);
  if (found !== undefined) return found;
  const id = Number(prepare(db, NAME_INTERN).run(name).lastInsertRowid);
  known?.set(name, id);
  return id;
};

const MESSAGE_INSERT =
  'INSERT INTO change_msgs (ms, ctr, device, node, actor, tbl, row_id, at, cells) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';

/**
 * Stores one message (the caller checked it is new). `names`: a cache of name numbers for the
 * span of the caller's transaction (see nameId), saving a lookup per name per message.
 */
export const writeSyncMessage = (db: Db, message: Omit<SyncMessage, 'schema'>, names?: NameIds): void =>
  writeStampedMessage(db, parseHlc(message.hlc), message, names);

/** `writeSyncMessage` with the stamp given parsed (a local writer's: no text to format and read back). */
export const writeStampedMessage = (
  db: Db,
  stamp: Hlc,
  message: Omit<SyncMessage, 'schema' | 'hlc'>,
  names?: NameIds,
): void => {
  prepare(db, MESSAGE_INSERT).run(...storedMessage(db, stamp, message, names));
};

/**
 * What MESSAGE_INSERT stores of a message: its stamp's parts, names as numbers, cells packed
 * (`packed`: as they came packed, else packed here).
 */
export const storedMessage = (
  db: Db,
  stamp: Hlc,
  message: Omit<SyncMessage, 'schema' | 'hlc'>,
  names?: NameIds,
  packed?: Buffer,
): (string | number | Buffer | null)[] => {
  const device = nameId(db, message.device, names);
  return [
    stamp.millis,
    stamp.counter,
    device,
    stamp.node === message.device ? null : nameId(db, stamp.node, names),
    message.actor === null ? null : nameId(db, message.actor, names),
    nameId(db, message.table, names),
    message.rowId,
    message.at,
    packed ?? packCells(message.cells),
  ];
};

/** Messages stored by one statement in `writeStoredMessages`. */
export const STORED_MESSAGES_BATCH = 32;
const MESSAGE_VALUES = 9;
const MESSAGES_INSERT = `${MESSAGE_INSERT.slice(0, MESSAGE_INSERT.indexOf(' VALUES '))} VALUES ${Array.from(
  { length: STORED_MESSAGES_BATCH },
  () => `(${Array.from({ length: MESSAGE_VALUES }, () => '?').join(', ')})`,
).join(', ')}`;

/**
 * Stores messages given as `storedMessage` values one after another, in that order (their `seq`
 * rises as they come): a full batch by one statement, fewer one by one.
 */
export const writeStoredMessages = (db: Db, values: readonly (string | number | Buffer | null)[]): void => {
  if (values.length === STORED_MESSAGES_BATCH * MESSAGE_VALUES) {
    prepare(db, MESSAGES_INSERT).run(...values);
    return;
  }
  for (let at = 0; at < values.length; at += MESSAGE_VALUES) {
    prepare(db, MESSAGE_INSERT).run(...values.slice(at, at + MESSAGE_VALUES));
  }
};

/**
 * Peer messages stored in arrival order, STORED_MESSAGES_BATCH to a statement (a bundle brings a
 * million and a half). The caller flushes before anything reads the log, and finds repeats among
 * the waiting ones itself (`hasSyncMessage` does not see them).
 */
export const createMessageBatch = (db: Db, names?: NameIds): { add(message: ReceivedMessage): void; flush(): void } => {
  let values: (string | number | Buffer | null)[] = [];
  const flush = () => {
    writeStoredMessages(db, values);
    values = [];
  };
  return {
    add(message) {
      const { stored } = message;
      values.push(...storedMessage(db, stored?.stamp ?? parseHlc(message.hlc), message, names, stored?.cells));
      if (values.length === STORED_MESSAGES_BATCH * MESSAGE_VALUES) flush();
    },
    flush,
  };
};

/** Whether the log holds any message of a row (one probe of the row index); `names` as nameId's. */
export const rowHasMessages = (db: Db, table: string, rowId: string, names?: NameIds): boolean => {
  const tableId = knownNameId(db, table, names);
  return (
    tableId !== undefined &&
    prepare(db, 'SELECT 1 FROM change_msgs WHERE tbl = ? AND row_id = ? LIMIT 1').get(tableId, rowId) !== undefined
  );
};

/** Whether the log holds the message of this stamp (text or parts); `names` as nameId's. */
export const hasSyncMessage = (db: Db, stamp: string | Hlc, names?: NameIds): boolean => {
  const { millis, counter, node } = typeof stamp === 'string' ? parseHlc(stamp) : stamp;
  const nodeId = knownNameId(db, node, names);
  return (
    nodeId !== undefined &&
    prepare(db, 'SELECT 1 FROM change_msgs WHERE ms = ? AND ctr = ? AND coalesce(node, device) = ?').get(
      millis,
      counter,
      nodeId,
    ) !== undefined
  );
};

/** A stored message as read (`MESSAGE_COLUMNS`): names resolved, cells still packed. */
export type MessageRow = {
  seq: number;
  ms: number;
  ctr: number;
  node: string;
  device_id: string;
  actor_id: string | null;
  tbl: string;
  row_id: string;
  at: number | null;
  cells: Uint8Array;
};

/** The select list and joins that read `change_msgs m` as MessageRows. */
export const MESSAGE_COLUMNS = `m.seq, m.ms, m.ctr, coalesce(n.name, d.name) AS node, d.name AS device_id,
  a.name AS actor_id, t.name AS tbl, m.row_id, m.at, m.cells
  FROM change_msgs m
  JOIN change_names d ON d.id = m.device
  LEFT JOIN change_names n ON n.id = m.node
  LEFT JOIN change_names a ON a.id = m.actor
  JOIN change_names t ON t.id = m.tbl`;

/** A message's stamp text from its stored parts. */
export const stampOf = (row: Pick<MessageRow, 'ms' | 'ctr' | 'node'>): string =>
  formatHlc({ millis: row.ms, counter: row.ctr, node: row.node });

/** The message a stored row holds. */
export const messageOfRow = (row: MessageRow): SyncMessage => ({
  hlc: stampOf(row),
  device: row.device_id,
  actor: row.actor_id,
  at: row.at,
  table: row.tbl,
  rowId: row.row_id,
  cells: unpackCells(row.cells),
  schema: LATEST_SCHEMA_VERSION,
});

function* messagesOf(rows: Iterable<MessageRow>): Generator<SyncMessage> {
  for (const row of rows) yield messageOfRow(row);
}

/** The stored `(ms, ctr)` a stamp sorts after: every message of its device after it follows it. */
const stampBound = (stamp: string | null): [number, number] => {
  if (stamp === null || stamp === '') return [Number.MIN_SAFE_INTEGER, 0];
  const { millis, counter } = parseHlc(stamp);
  return [millis, counter];
};

/** Text order of stamps (ties of `ms` and `ctr` across devices are rare, but the order is the stamps'). */
const byStamp = (a: SyncMessage, b: SyncMessage): number => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0);

/** Every message of one row, in stamp order. */
export const readRowMessages = (db: Db, table: string, rowId: string): SyncMessage[] =>
  [
    ...messagesOf(
      prepare(db, `SELECT ${MESSAGE_COLUMNS} WHERE m.tbl = ${NAME_ID} AND m.row_id = ? ORDER BY m.ms, m.ctr`).all(
        table,
        rowId,
      ) as MessageRow[],
    ),
  ].sort(byStamp);

/** The wall time of a message: its `at`, else (logs before schema 5) its stamp's own millisecond. */
export const messageAt = (message: Pick<SyncMessage, 'hlc' | 'at'>): number =>
  message.at ?? parseHlc(message.hlc).millis;

export const ownDeviceId = (db: Db): string | undefined =>
  prepare(db, "SELECT value FROM meta WHERE key = 'device_id'").pluck().get() as string | undefined;

/** The newest stamp of `device`'s messages after `after` (null: any), else null. */
export const newestOwnStamp = (db: Db, device: string, after: string | null): string | null => {
  const [ms, ctr] = stampBound(after);
  const row = prepare(
    db,
    `SELECT m.ms, m.ctr, coalesce(n.name, d.name) AS node FROM change_msgs m
     JOIN change_names d ON d.id = m.device LEFT JOIN change_names n ON n.id = m.node
     WHERE (m.ms, m.ctr) > (?, ?) AND m.device = ${NAME_ID} ORDER BY m.ms DESC, m.ctr DESC LIMIT 1`,
  ).get(ms, ctr, device) as Pick<MessageRow, 'ms' | 'ctr' | 'node'> | undefined;
  return row === undefined ? null : stampOf(row);
};

/** The newest stamp in the file, whichever device or process wrote it (one step down the stamp index). */
export const newestStamp = (db: Db): string | null => {
  const row = prepare(
    db,
    `SELECT m.ms, m.ctr, coalesce(n.name, d.name) AS node FROM change_msgs m
     JOIN change_names d ON d.id = m.device LEFT JOIN change_names n ON n.id = m.node
     ORDER BY m.ms DESC, m.ctr DESC, m.device DESC LIMIT 1`,
  ).get() as Pick<MessageRow, 'ms' | 'ctr' | 'node'> | undefined;
  return row === undefined ? null : stampOf(row);
};

/**
 * The version vector this device shows (m0020): per origin device, the stamp up to which it holds
 * every message. Its own entry follows its own writes (read here, after the last recorded one).
 */
export const readVersionVector = (db: Db): Record<string, string> => {
  const own = ownDeviceId(db);
  if (own !== undefined) {
    const recorded = prepare(db, 'SELECT hlc FROM sync_vector WHERE device_id = ?').pluck().get(own) as
      string | undefined;
    const newest = newestOwnStamp(db, own, recorded ?? null);
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

/** A message in its stored form (a parked one's cells packed here). */
export const loggedOf = (message: SyncMessage): LoggedMessage => ({
  stamp: parseHlc(message.hlc),
  device: message.device,
  actor: message.actor,
  at: message.at,
  table: message.table,
  rowId: message.rowId,
  cells: packCells(message.cells),
  schema: message.schema,
});

/** The message a stored form holds. */
export const messageOfLogged = (message: LoggedMessage): SyncMessage => ({
  hlc: formatHlc(message.stamp),
  device: message.device,
  actor: message.actor,
  at: message.at,
  table: message.table,
  rowId: message.rowId,
  cells: unpackCells(message.cells),
  schema: message.schema,
});

/**
 * Messages a peer lacks, in stamp order (parked ones included: a device relays what it cannot
 * apply yet), in their stored form: a bundle carries them so. Streams the log, so a whole
 * workspace never sits in memory at once.
 */
export function* readLoggedMissing(db: Db, filter: MissingFilter = {}): Generator<LoggedMessage> {
  const { has, sinceAt } = filter;
  const keep = (device: string, stamp: Hlc, at: number | null): boolean =>
    !(has?.[device] !== undefined && versionVectorHas(has, device, formatHlc(stamp))) &&
    !(sinceAt !== undefined && (at ?? stamp.millis) < sinceAt);
  // The whole log is read: names come from a map of the small `change_names` rather than joins
  // per row, and rows as arrays. A statement being iterated cannot be reused: a fresh one.
  const names = new Map(db.sqlite.prepare('SELECT id, name FROM change_names').raw(true).all() as [number, string][]);
  const name = (id: number): string => names.get(id) ?? '';
  const rows = db.sqlite
    .prepare('SELECT ms, ctr, device, node, actor, tbl, row_id, at, cells FROM change_msgs ORDER BY ms, ctr, device')
    .raw(true)
    .iterate() as Iterable<
    [number, number, number, number | null, number | null, number, string, number | null, Buffer]
  >;
  for (const [ms, ctr, device, node, actor, tbl, rowId, at, cells] of rows) {
    const stamp = { millis: ms, counter: ctr, node: name(node ?? device) };
    const deviceName = name(device);
    if (!keep(deviceName, stamp, at)) continue;
    yield {
      stamp,
      device: deviceName,
      actor: actor === null ? null : name(actor),
      at,
      table: name(tbl),
      rowId,
      cells,
      schema: LATEST_SCHEMA_VERSION,
    };
  }
  const parked = db.sqlite.prepare('SELECT message FROM sync_parked ORDER BY hlc').pluck().all() as string[];
  for (const text of parked) {
    const message = loggedOf(JSON.parse(text) as SyncMessage);
    if (keep(message.device, message.stamp, message.at)) yield message;
  }
}

/** `readLoggedMissing`'s messages as `SyncMessage`s (cells unpacked). */
export function* readMessagesMissing(db: Db, filter: MissingFilter = {}): Generator<SyncMessage> {
  for (const logged of readLoggedMissing(db, filter)) yield messageOfLogged(logged);
}

/** The origin devices of every message held here: a scan of the whole log (seconds on a large one). */
export const logDevices = (db: Db): string[] =>
  prepare(db, 'SELECT name FROM change_names WHERE id IN (SELECT DISTINCT device FROM change_msgs)')
    .pluck()
    .all() as string[];

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
  // By the stamp index, read from the bound on: left to itself the planner read the log by table
  // and sorted all of it each time — 8.5 s for each hub push batch of 1,000 of a 1.6M-message log
  // (19 ms this way), so a 100,000-deal first push would have taken hours.
  const rows = db.sqlite
    .prepare(
      `SELECT ${MESSAGE_COLUMNS.replace('FROM change_msgs m', 'FROM change_msgs m INDEXED BY change_msgs_stamp')}
       WHERE (m.ms, m.ctr) > (?, ?) AND m.device = ${NAME_ID} ORDER BY m.ms, m.ctr`,
    )
    .iterate(...stampBound(afterStamp), device) as Iterable<MessageRow>;
  yield* messagesOf(rows);
}

/** How many of one device's messages come after a stamp (null: all): what is waiting to go out. */
export const countDeviceMessagesAfter = (db: Db, device: string, after: string | null): number =>
  prepare(db, `SELECT count(*) FROM change_msgs WHERE (ms, ctr) > (?, ?) AND device = ${NAME_ID}`)
    .pluck()
    .get(...stampBound(after), device) as number;
