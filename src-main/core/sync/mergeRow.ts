import { foldRowMessages } from '@shared/domain/sync/foldRowMessages';
import { type RowValues, sameColumns } from '../changes/ChangeWriter';
import { createDeriveMemo, type DeriveMemo, deriveAll } from '../changes/derivedColumns';
import { type SearchRefresh, syncSearchIndex } from '../search/syncSearchIndex';
import { refreshSearchDocument } from '../search/refreshSearchDocument';
import type { Db } from '../db/Db';
import type { SyncedTable } from '../db/schema';
import { prepare } from '../db/sql';
import { refreshIcpFits } from '../modules/icp/refreshIcpFits';
import { messageAt, readRowMessages } from './changeLogStore';
import type { SyncMessage } from './SyncMessage';
import { RowKeys } from './RowKeys';
import { tableShape } from './tableShape';

/**
 * How a merged row's search entry is rewritten (`inserted`: the row is new here): at once by
 * default, or noted for one pass after a long merge (ChangeWriter.searchRefresh while batching).
 */
export type MergeSearchRefresh = (table: SyncedTable, rowId: string, inserted: boolean) => SearchRefresh;

const refreshNow: MergeSearchRefresh = () => refreshSearchDocument;

/**
 * What the merges of one batch share: how search entries follow, derived columns' lookups, the
 * referenced rows found present (or written by the merge: a merge never deletes a row, so a
 * row found stays for the transaction: a bundle's steps share the set), and whether any row may
 * be pending (none was at the start and none has been marked since: nothing to clear).
 */
export type MergeContext = {
  searchRefresh: MergeSearchRefresh;
  derive: DeriveMemo;
  present: RowKeys;
  mayHavePending: boolean;
  /** New rows waiting to be written several to a statement (`queued`); none: each written at once. */
  inserts: RowInserts | null;
  /**
   * Tables that held no row when a bulk load began: a row of one whose every message is new here
   * (`known`) is not there either (only the merge writes these tables, and a row it wrote has its
   * messages logged), so it is not looked up.
   */
  emptyTables: ReadonlySet<string>;
};

/**
 * New rows written INSERT_ROWS to a statement: a million rows of a whole workspace's bundle take
 * half the time they take one by one (better-sqlite3's cost per statement). The rows waiting are
 * all of one table and column list, in merge order, so their rowids rise as they would have; a
 * row that references its own table is written at once (it may name a row still waiting).
 * `flush` writes them; the merge then finishes each (`onMerged`), or marks it pending when its
 * statement refuses it alone.
 */
export type RowInserts = { queue(table: string, row: RowValues): void; flush(): void };

const INSERT_ROWS = 16;

/** A context for one batch's merges (held no longer: the memo follows only the writes it sees). */
export const createMergeContext = (
  db: Db,
  searchRefresh: MergeSearchRefresh = refreshNow,
  present: RowKeys = new RowKeys(),
  /** Given: new rows are written several to a statement, and each one's outcome is told here once written. */
  onMerged?: (table: SyncedTable, rowId: string, outcome: MergeOutcome) => void,
  emptyTables: ReadonlySet<string> = new Set(),
): MergeContext => {
  const context: MergeContext = {
    searchRefresh,
    derive: createDeriveMemo(),
    present,
    mayHavePending: prepare(db, 'SELECT 1 FROM sync_pending LIMIT 1').get() !== undefined,
    inserts: null,
    emptyTables,
  };
  if (onMerged) context.inserts = createRowInserts(db, context, onMerged);
  return context;
};

export type MergeOutcome =
  | { kind: 'written'; before: RowValues | undefined; after: RowValues }
  /** A new row waiting in `MergeContext.inserts`: its outcome comes with the flush. */
  | { kind: 'queued' }
  | { kind: 'same' }
  | { kind: 'pending'; reason: string };

const quote = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;

const setPending = (db: Db, context: MergeContext, table: string, rowId: string, reason: string): MergeOutcome => {
  context.mayHavePending = true;
  prepare(
    db,
    `INSERT INTO sync_pending (tbl, row_id, reason) VALUES (?, ?, ?)
     ON CONFLICT (tbl, row_id) DO UPDATE SET reason = excluded.reason`,
  ).run(table, rowId, reason);
  return { kind: 'pending', reason };
};

const clearPending = (db: Db, context: MergeContext, table: string, rowId: string): void => {
  if (context.mayHavePending) prepare(db, 'DELETE FROM sync_pending WHERE tbl = ? AND row_id = ?').run(table, rowId);
};

const missingReference = (db: Db, table: string, row: RowValues, present: RowKeys): string | null => {
  for (const reference of tableShape(db, table).references) {
    const target = row[reference.column];
    if (target === null || target === undefined) continue;
    const id = String(target);
    if (present.has(reference.table, id)) continue;
    const found = prepare(db, `SELECT 1 FROM ${quote(reference.table)} WHERE id = ?`).get(target);
    if (found === undefined) return `waits for ${reference.table}/${id}`;
    present.add(reference.table, id);
  }
  return null;
};

const isConstraintError = (error: unknown): error is Error & { code: string } => {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
};

/** INSERT texts by table, column list and row count: a bundle's import writes the same text a million times. */
const insertTexts = new Map<string, string>();

const insertText = (table: string, columns: readonly string[], rows = 1): string => {
  const key = `${table}\u0000${rows}\u0000${columns.join(',')}`;
  let text = insertTexts.get(key);
  if (text === undefined) {
    const values = `(${columns.map(() => '?').join(', ')})`;
    text = `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES ${Array.from({ length: rows }, () => values).join(', ')}`;
    if (insertTexts.size < 1000) insertTexts.set(key, text);
  }
  return text;
};

const referencesItself = (db: Db, table: string): boolean =>
  tableShape(db, table).references.some((reference) => reference.table === table);

const createRowInserts = (
  db: Db,
  context: MergeContext,
  onMerged: (table: SyncedTable, rowId: string, outcome: MergeOutcome) => void,
): RowInserts => {
  let waiting: RowValues[] = [];
  let table = '';
  let columns: string[] = [];
  const finish = (row: RowValues) =>
    onMerged(table as SyncedTable, String(row.id), finishWrite(db, table as SyncedTable, undefined, row, context));
  const flush = () => {
    if (waiting.length === 0) return;
    const rows = waiting;
    waiting = [];
    const values = rows.flatMap((row) => columns.map((column) => row[column] ?? null));
    try {
      prepare(db, insertText(table, columns, rows.length)).run(values);
    } catch (error) {
      if (!isConstraintError(error)) throw error;
      // One row refused undoes the statement: each is written alone, the refused one left pending.
      for (const row of rows) {
        try {
          writeRow(db, table, row, false);
        } catch (alone) {
          if (!isConstraintError(alone)) throw alone;
          onMerged(table as SyncedTable, String(row.id), setPending(db, context, table, String(row.id), alone.message));
          continue;
        }
        finish(row);
      }
      return;
    }
    for (const row of rows) finish(row);
  };
  return {
    queue(rowTable, row) {
      // Compared with the waiting rows' columns name by name: no key string built per row.
      const rowColumns = Object.keys(row);
      if (rowTable !== table || !sameColumns(rowColumns, columns)) {
        flush();
        table = rowTable;
        columns = rowColumns;
      }
      waiting.push(row);
      if (waiting.length === INSERT_ROWS) flush();
    },
    flush,
  };
};

const writeRow = (db: Db, table: string, row: RowValues, exists: boolean): void => {
  const columns = Object.keys(row).filter((column) => column !== 'id');
  if (exists) {
    const assignments = columns.map((column) => `${quote(column)} = ?`).join(', ');
    prepare(db, `UPDATE ${quote(table)} SET ${assignments} WHERE id = ?`).run(
      ...columns.map((column) => row[column]),
      row.id,
    );
    return;
  }
  const all = ['id', ...columns];
  prepare(db, insertText(table, all)).run(...all.map((column) => row[column]));
};

/**
 * The cells and latest wall time a row's messages fold to (foldRowMessages). A row of one message
 * (most of a new device's first bundle: an insert) folds to that message's cells as they are: the
 * fold's copy of them, cell by cell, was ~1.5 s of the bench bundle's 1.6M rows.
 */
const foldedRow = (messages: readonly SyncMessage[]): { cells: RowValues; lastAt: number } => {
  const [only] = messages;
  if (only !== undefined && messages.length === 1) return { cells: only.cells, lastAt: Math.max(0, messageAt(only)) };
  return foldRowMessages(
    messages.map((message) => ({ stamp: message.hlc, at: messageAt(message), cells: message.cells })),
  );
};

/**
 * Brings one row to the state its messages fold to (foldRowMessages: per-cell LWW by stamp,
 * merge units whole), with the derived columns and `updated_at` every device computes alike.
 * Never fails on what a peer sent: a row that would reference a row not here yet, lacks the cells
 * of its insert, or breaks a constraint is left as it is and marked pending; it is retried after
 * later batches and written once it can be. Nor does it judge a record's "required always"
 * custom fields: the peer's form asked for them (or the record came from an import or a rule, which
 * never do), and refusing a merged row would fork the two devices' data for good.
 */
export const mergeRow = (
  db: Db,
  table: SyncedTable,
  rowId: string,
  /**
   * Every message this file holds for the row, when the caller has them at hand (a batch's rows
   * with no earlier history here): the log is not read back for them.
   */
  known?: readonly SyncMessage[],
  context: MergeContext = createMergeContext(db),
): MergeOutcome => {
  const folded = foldedRow(known ?? readRowMessages(db, table, rowId));
  const shape = tableShape(db, table);
  const current =
    known !== undefined && context.emptyTables.has(table)
      ? undefined
      : (prepare(db, `SELECT * FROM ${quote(table)} WHERE id = ?`).get(rowId) as RowValues | undefined);
  const merged: RowValues = { ...current, ...folded.cells, id: rowId };
  Object.assign(merged, deriveAll(table, merged, db, context.derive));
  if (shape.columns.has('updated_at')) {
    const before = typeof current?.updated_at === 'number' ? current.updated_at : 0;
    merged.updated_at = Math.max(before, folded.lastAt);
  }
  if (!current) {
    const absent = shape.required.find((column) => merged[column] === null || merged[column] === undefined);
    if (absent !== undefined) return setPending(db, context, table, rowId, `waits for its insert (${absent})`);
  }
  const waiting = missingReference(db, table, merged, context.present);
  if (waiting !== null) return setPending(db, context, table, rowId, waiting);
  if (current && Object.keys(merged).every((column) => merged[column] === current[column])) {
    clearPending(db, context, table, rowId);
    return { kind: 'same' };
  }
  if (current === undefined && context.inserts !== null && !referencesItself(db, table)) {
    context.inserts.queue(table, merged);
    return { kind: 'queued' };
  }
  try {
    // No savepoint: a statement SQLite refuses (ABORT, its default) undoes only itself, triggers
    // included, so a refused row leaves the batch's other rows written and nothing of its own.
    writeRow(db, table, merged, current !== undefined);
  } catch (error) {
    if (isConstraintError(error)) return setPending(db, context, table, rowId, error.message);
    throw error;
  }
  return finishWrite(db, table, current, merged, context);
};

/** What follows a merged row's write: the search entry, the pending mark, derived rows elsewhere. */
const finishWrite = (
  db: Db,
  table: SyncedTable,
  current: RowValues | undefined,
  merged: RowValues,
  context: MergeContext,
): MergeOutcome => {
  const rowId = String(merged.id);
  // Rows referencing it later in the transaction need not look it up.
  if (current === undefined) context.present.add(table, rowId);
  // A merged row is written here, not by ChangeWriter: the search index follows it the same way.
  syncSearchIndex(db, table, merged, null, context.searchRefresh(table, rowId, current === undefined));
  clearPending(db, context, table, rowId);
  // A peer's change to an ICP profile changes which companies fit: derived here as on its device.
  if (table === 'icp_profiles') {
    context.derive.written(table);
    refreshIcpFits(db);
  }
  return { kind: 'written', before: current, after: merged };
};
