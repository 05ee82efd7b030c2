import { foldRowMessages } from '@shared/domain/sync/foldRowMessages';
import type { RowValues } from '../changes/ChangeWriter';
import { createDeriveMemo, type DeriveMemo, deriveAll } from '../changes/derivedColumns';
import { type SearchRefresh, syncSearchIndex } from '../search/syncSearchIndex';
import { refreshSearchDocument } from '../search/refreshSearchDocument';
import type { Db } from '../db/Db';
import type { SyncedTable } from '../db/schema';
import { prepare } from '../db/sql';
import { refreshIcpFits } from '../modules/icp/refreshIcpFits';
import { messageAt, readRowMessages } from './changeLogStore';
import type { SyncMessage } from './SyncMessage';
import { tableShape } from './tableShape';

/**
 * How a merged row's search entry is rewritten (`inserted`: the row is new here): at once by
 * default, or noted for one pass after a long merge (ChangeWriter.searchRefresh while batching).
 */
export type MergeSearchRefresh = (table: SyncedTable, rowId: string, inserted: boolean) => SearchRefresh;

const refreshNow: MergeSearchRefresh = () => refreshSearchDocument;

/**
 * What the merges of one batch share: how search entries follow, derived columns' lookups, the
 * referenced rows found present (`table\0id`; a merge writes rows and never deletes one, so a
 * row found stays for the transaction: a bundle's steps share the set), and whether any row may
 * be pending (none was at the start and none has been marked since: nothing to clear).
 */
export type MergeContext = {
  searchRefresh: MergeSearchRefresh;
  derive: DeriveMemo;
  present: Set<string>;
  mayHavePending: boolean;
};

/** A context for one batch's merges (held no longer: the memo follows only the writes it sees). */
export const createMergeContext = (
  db: Db,
  searchRefresh: MergeSearchRefresh = refreshNow,
  present: Set<string> = new Set(),
): MergeContext => ({
  searchRefresh,
  derive: createDeriveMemo(),
  present,
  mayHavePending: prepare(db, 'SELECT 1 FROM sync_pending LIMIT 1').get() !== undefined,
});

export type MergeOutcome =
  | { kind: 'written'; before: RowValues | undefined; after: RowValues }
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

const missingReference = (db: Db, table: string, row: RowValues, present: Set<string>): string | null => {
  for (const reference of tableShape(db, table).references) {
    const target = row[reference.column];
    if (target === null || target === undefined) continue;
    const key = `${reference.table}\u0000${String(target)}`;
    if (present.has(key)) continue;
    const found = prepare(db, `SELECT 1 FROM ${quote(reference.table)} WHERE id = ?`).get(target);
    if (found === undefined) return `waits for ${reference.table}/${String(target)}`;
    present.add(key);
  }
  return null;
};

const isConstraintError = (error: unknown): error is Error & { code: string } => {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
};

/** INSERT texts by table and column list: a bundle's import writes the same text a million times. */
const insertTexts = new Map<string, string>();

const insertText = (table: string, columns: readonly string[]): string => {
  const key = `${table}\u0000${columns.join(',')}`;
  let text = insertTexts.get(key);
  if (text === undefined) {
    text = `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
    if (insertTexts.size < 1000) insertTexts.set(key, text);
  }
  return text;
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
  const messages = known ?? readRowMessages(db, table, rowId);
  const folded = foldRowMessages(
    messages.map((message) => ({ stamp: message.hlc, at: messageAt(message), cells: message.cells })),
  );
  const shape = tableShape(db, table);
  const current = prepare(db, `SELECT * FROM ${quote(table)} WHERE id = ?`).get(rowId) as RowValues | undefined;
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
  try {
    // No savepoint: a statement SQLite refuses (ABORT, its default) undoes only itself, triggers
    // included, so a refused row leaves the batch's other rows written and nothing of its own.
    writeRow(db, table, merged, current !== undefined);
  } catch (error) {
    if (isConstraintError(error)) return setPending(db, context, table, rowId, error.message);
    throw error;
  }
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
