import type { TableName } from '@shared/contract/tableNames';
import type { Db } from '../db/Db';
import type { SyncedTable } from '../db/schema';
import { prepare } from '../db/sql';
import { deriveAll, deriveChanged, derivedColumnsOf } from './derivedColumns';
import type { HlcClock } from './HlcClock';

export type SqlValue = string | number | null;
export type RowValues = Record<string, SqlValue>;

/** Columns whose every change is implied by another message and would only add noise. */
const UNLOGGED_COLUMNS = new Set(['id', 'updated_at']);

const quote = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;

const LOG_INSERT =
  'INSERT INTO change_log (hlc, device_id, actor_id, tbl, row_id, col, value, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)';

/**
 * The one write path for synced tables: the row is written and one change-log message per
 * changed column is appended, in the caller's transaction. Derived columns (`derivedColumns`)
 * are computed here from the row and written without a message.
 */
export type ChangeWriter = {
  insert(table: SyncedTable, row: RowValues & { id: string }): void;
  /** Writes only columns whose value differs; returns their names (empty: nothing written). */
  update(table: SyncedTable, id: string, patch: RowValues, current?: RowValues): string[];
  readonly touched: ReadonlySet<TableName>;
};

export type ChangeWriterOptions = {
  db: Db;
  hlc: HlcClock;
  actorId: string | null;
  now: number;
};

export const createChangeWriter = ({ db, hlc, actorId, now }: ChangeWriterOptions): ChangeWriter => {
  const touched = new Set<TableName>();
  const logStatement = prepare(db, LOG_INSERT);
  const log = (table: SyncedTable, rowId: string, column: string, value: SqlValue) => {
    logStatement.run(hlc.next(), hlc.deviceId, actorId, table, rowId, column, JSON.stringify(value), now);
  };

  return {
    touched,
    insert(table, given) {
      const derived = derivedColumnsOf(table);
      const row: RowValues = { ...given, ...deriveAll(table, given) };
      const columns = Object.keys(row);
      const sqlText = `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
      prepare(db, sqlText).run(...columns.map((column) => row[column]));
      for (const column of columns) {
        if (!UNLOGGED_COLUMNS.has(column) && !(column in derived)) log(table, given.id, column, row[column] ?? null);
      }
      touched.add(table);
    },
    update(table, id, patch, current) {
      const before =
        current ?? (prepare(db, `SELECT * FROM ${quote(table)} WHERE id = ?`).get(id) as RowValues | undefined);
      if (!before) throw new Error(`update of missing row ${table}/${id}`);
      const derived = derivedColumnsOf(table);
      const changed = Object.keys(patch).filter(
        (column) => !(column in derived) && patch[column] !== undefined && patch[column] !== before[column],
      );
      if (changed.length === 0) return changed;
      const cells: RowValues = {};
      for (const column of changed) cells[column] = patch[column] ?? null;
      Object.assign(cells, deriveChanged(table, changed, { ...before, ...cells }));
      const written = [...Object.keys(cells), 'updated_at'];
      const assignments = written.map((column) => `${quote(column)} = ?`).join(', ');
      prepare(db, `UPDATE ${quote(table)} SET ${assignments} WHERE id = ?`).run(
        ...Object.values(cells),
        now,
        id,
      );
      for (const column of changed) log(table, id, column, patch[column] ?? null);
      touched.add(table);
      return changed;
    },
  };
};
