import { parseHlc } from '@shared/domain/hlc';
import type BetterSqlite3 from 'better-sqlite3';
import { createHlcClock } from '../../changes/HlcClock';
import type { RowValues } from '../../changes/ChangeWriter';
import { deriveAll, derivedColumnsOf } from '../../changes/derivedColumns';
import type { Db } from '../../db/Db';
import type { Schema, SyncedTable } from '../../db/schema';
import { transaction } from '../../db/sql';

type NullableKeys<R> = { [K in keyof R]-?: null extends R[K] ? K : never }[keyof R];
/** A row as the generator builds it: every NOT NULL column, nullable ones optional (NULL). */
export type SeedRow<T extends SyncedTable> = Omit<Schema[T], NullableKeys<Schema[T]>> &
  Partial<Pick<Schema[T], NullableKeys<Schema[T]>>>;

type SqlValue = string | number | null;
type AnyRow = Record<string, unknown>;

/** The same columns ChangeWriter leaves out of the log (derived columns too, below). */
const UNLOGGED_COLUMNS = new Set(['id', 'updated_at']);
const COUNTER_SPAN = 0x1_0000;

/**
 * Whose change each generated row is recorded as (the change log's actor): the person the row
 * says did it. Tables not listed are recorded without an actor, as setup data.
 */
export const SEED_ACTOR_COLUMNS: Partial<Record<SyncedTable, string>> = {
  companies: 'owner_id',
  contacts: 'owner_id',
  deals: 'created_by',
  stage_transitions: 'by_user_id',
  deal_checks: 'checked_by',
  activities: 'owner_id',
};

/**
 * The column a generated row is dated by in the change log (`at`: when, in the simulation, the
 * row was written); every other seeded table has `created_at`.
 */
const SEED_TIME_COLUMNS: Partial<Record<SyncedTable, string>> = { stage_transitions: 'at' };

/** A buffered row and the index of its first message among the chunk's (the order it was added). */
type Pending = { row: AnyRow; slot: number };

const byId = (a: Pending, b: Pending): number => {
  const left = a.row.id as string;
  const right = b.row.id as string;
  return left < right ? -1 : left > right ? 1 : 0;
};

const quote = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;

type TableWriter = {
  columns: readonly string[];
  logged: readonly string[];
  insert: BetterSqlite3.Statement;
  maxRowid: BetterSqlite3.Statement;
  log: BetterSqlite3.Statement;
  /** Adds the chunk's actors to change_names (null: the table has no actor column). */
  actors: BetterSqlite3.Statement | null;
  tableId: number;
  pending: Pending[];
  selfReferencing: boolean;
  written: number;
  checked: boolean;
};

export type BulkWriterOptions = {
  db: Db;
  deviceId: string;
  /** The newest stamp already in the log: the generated messages continue after it. */
  lastHlc: string | null;
  /** The wall time of the HLC clock, frozen for the run so that stamps are pure counting. */
  hlcNow: number;
};

export type BulkWriter = {
  /** Buffers a row; nothing is written before flush. */
  add<T extends SyncedTable>(table: T, row: SeedRow<T>): void;
  /** Writes the buffered rows (tables in first-added order) and their change-log messages in one transaction. */
  flush(): void;
  readonly messagesWritten: number;
  rowsWritten(): Record<string, number>;
  /** Milliseconds spent inserting rows and generating their messages (the two sides of the cost). */
  timings(): { rowsMs: number; messagesMs: number; commitMs: number };
  /** The stamp of the last message written, null before any. */
  lastHlc(): string | null;
  close(): void;
};

/**
 * The seed's write path: the same rows and the same change-log messages as ChangeWriter.insert
 * (one message per row under the device's next HLC stamp, its cells every column except
 * id/updated_at as a JSON object, the row's actor), but in bulk: a chunk's rows go in through statements prepared once, in id order,
 * and each table's messages are produced by one INSERT … SELECT over the rows just written, so no
 * message crosses from JavaScript to SQLite one by one.
 *
 * The stamps are exactly what createHlcClock returns when its wall clock stands still at
 * `hlcNow`, for the rows in the order they were added (the simulation's time order, so history
 * lists them as they happened): the first stamp after `lastHlc`, then the counter counts up and
 * carries into the next millisecond every 65,536 rows. A test replays the rows through
 * ChangeWriter and compares. Each message is dated (`at`) at the simulated time of its row.
 */
export const createBulkWriter = ({ db, deviceId, lastHlc, hlcNow }: BulkWriterOptions): BulkWriter => {
  const first = parseHlc(createHlcClock(deviceId, { now: () => hlcNow }, lastHlc).next());
  const baseMillis = first.millis;
  const baseCounter = first.counter;
  /** Stamps taken: one per row, and so one message per row. */
  let stamps = 0;
  const time = { rowsMs: 0, messagesMs: 0, commitMs: 0 };
  const tables = new Map<SyncedTable, TableWriter>();

  let chunkSlots = 0;
  db.sqlite.exec(
    `DROP TABLE IF EXISTS temp.seed_slot; CREATE TEMP TABLE seed_slot (row INTEGER PRIMARY KEY, slot INTEGER NOT NULL)`,
  );
  const addSlot = db.sqlite.prepare('INSERT INTO temp.seed_slot (row, slot) VALUES (?, ?)');
  const clearSlots = db.sqlite.prepare('DELETE FROM temp.seed_slot');
  /** A name's number in change_names (m0072), added when new. */
  const nameIdOf = (name: string): number => {
    db.sqlite.prepare('INSERT OR IGNORE INTO change_names (name) VALUES (?)').run(name);
    return db.sqlite.prepare('SELECT id FROM change_names WHERE name = ?').pluck().get(name) as number;
  };
  const deviceNumber = nameIdOf(deviceId);

  const tableWriter = (table: SyncedTable): TableWriter => {
    const existing = tables.get(table);
    if (existing) return existing;
    const columns = (db.sqlite.pragma(`table_info(${quote(table)})`) as { name: string }[]).map(
      (column) => column.name,
    );
    if (columns.length === 0) throw new Error(`No table ${table}`);
    const derived = derivedColumnsOf(table);
    const logged = columns.filter((column) => !UNLOGGED_COLUMNS.has(column) && !(column in derived));
    const actorColumn = SEED_ACTOR_COLUMNS[table];
    const timeColumn = SEED_TIME_COLUMNS[table] ?? 'created_at';
    // One stamp per row: one message per insert with its cells as ChangeWriter writes them.
    const messageIndex = `(@k0 + s.slot)`;
    const cells = logged.map((column) => `'${column}', t.${quote(column)}`).join(', ');
    // The packed form of m0072: stamp as millisecond and counter, names as change_names numbers.
    const actor = actorColumn ? `t.${quote(actorColumn)}` : 'NULL';
    const logSql = `INSERT INTO change_msgs (ms, ctr, device, node, actor, tbl, row_id, at, cells)
      SELECT @baseMillis + (${messageIndex} >> 16), ${messageIndex} & 65535, @device, NULL,
             (SELECT id FROM change_names WHERE name = ${actor}), @tbl, t.id,
             t.${quote(timeColumn)}, change_pack(json_object(${cells}))
      FROM ${quote(table)} AS t JOIN temp.seed_slot AS s ON s.row = t.rowid
      WHERE t.rowid BETWEEN @r0 AND @r1`;
    const actorsSql = `INSERT OR IGNORE INTO change_names (name)
      SELECT DISTINCT ${actor} FROM ${quote(table)} AS t WHERE t.rowid BETWEEN @r0 AND @r1 AND ${actor} IS NOT NULL`;
    const writer: TableWriter = {
      columns,
      logged,
      // One row per run of a statement compiled once: measured faster here than multi-row VALUES
      // (13 µs against 23 µs per activity row with its five indexes and four foreign keys).
      insert: db.sqlite.prepare(
        `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      ),
      maxRowid: db.sqlite.prepare(`SELECT coalesce(max(rowid), 0) AS n FROM ${quote(table)}`).pluck(),
      log: db.sqlite.prepare(logSql),
      actors: actorColumn ? db.sqlite.prepare(actorsSql) : null,
      tableId: nameIdOf(table),
      pending: [],
      selfReferencing: (db.sqlite.pragma(`foreign_key_list(${quote(table)})`) as { table: string }[]).some(
        (key) => key.table === table,
      ),
      written: 0,
      checked: false,
    };
    tables.set(table, writer);
    return writer;
  };

  const checkColumns = (table: SyncedTable, writer: TableWriter, row: AnyRow) => {
    const known = new Set(writer.columns);
    const unknown = Object.keys(row).filter((key) => !known.has(key));
    if (unknown.length > 0) throw new Error(`${table} has no column ${unknown.join(', ')}`);
    writer.checked = true;
  };

  const writeTable = (table: SyncedTable, writer: TableWriter) => {
    const rows = writer.pending;
    if (rows.length === 0) return;
    // In id order, so that the id indexes and the change log's (tbl, row_id, hlc) index grow at
    // their right edge instead of taking random writes all over a multi-gigabyte tree.
    // A table that references itself (users → manager) keeps the caller's parent-first order.
    if (!writer.selfReferencing) rows.sort(byId);
    const began = performance.now();
    const firstRowid = (writer.maxRowid.get() as number) + 1;
    const params: SqlValue[] = new Array(writer.columns.length);
    clearSlots.run();
    let rowid = firstRowid;
    for (const { row, slot } of rows) {
      for (let column = 0; column < params.length; column += 1) {
        params[column] = (row[writer.columns[column] as string] ?? null) as SqlValue;
      }
      writer.insert.run(params);
      addSlot.run(rowid, slot);
      rowid += 1;
    }
    const lastRowid = firstRowid + rows.length - 1;
    // Rowids of an append-only table are max + 1, … ; the log query relies on that range.
    if ((writer.maxRowid.get() as number) !== lastRowid) throw new Error(`unexpected rowids in ${table}`);
    const inserted = performance.now();
    time.rowsMs += inserted - began;
    const k0 = baseCounter + stamps;
    writer.actors?.run({ r0: firstRowid, r1: lastRowid });
    writer.log.run({ k0, r0: firstRowid, r1: lastRowid, baseMillis, device: deviceNumber, tbl: writer.tableId });
    time.messagesMs += performance.now() - inserted;
    writer.written += rows.length;
    writer.pending = [];
  };

  const stampAt = (index: number): string => {
    const total = baseCounter + index;
    const millis = baseMillis + Math.floor(total / COUNTER_SPAN);
    return `${new Date(millis).toISOString()}-${(total % COUNTER_SPAN).toString(16).padStart(4, '0')}-${deviceId}`;
  };

  return {
    add(table, row) {
      const writer = tableWriter(table);
      if (!writer.checked) checkColumns(table, writer, row as AnyRow);
      // Derived columns as ChangeWriter computes them, so generated rows match and search alike.
      writer.pending.push({ row: { ...row, ...deriveAll(table, row as RowValues, db) }, slot: chunkSlots });
      chunkSlots += 1;
    },
    flush() {
      let written = 0;
      transaction(db, () => {
        for (const [table, writer] of tables) writeTable(table, writer);
        written = performance.now();
      });
      stamps += chunkSlots;
      chunkSlots = 0;
      time.commitMs += performance.now() - written;
    },
    get messagesWritten() {
      return stamps;
    },
    timings: () => ({ ...time }),
    rowsWritten: () => Object.fromEntries([...tables].map(([table, writer]) => [table, writer.written])),
    lastHlc: () => (stamps === 0 ? lastHlc : stampAt(stamps - 1)),
    close() {
      db.sqlite.exec('DROP TABLE IF EXISTS temp.seed_slot');
    },
  };
};
