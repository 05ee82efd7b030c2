import type { Db } from '../db/Db';
import type { SyncedTable } from '../db/schema';
import { prepare } from '../db/sql';
import { refreshSearchDocument } from '../search/refreshSearchDocument';
import type { SearchEntity } from '../search/SearchEntity';
import { SYNCED_TABLES } from '../sync/SYNCED_TABLES';
import { tableShape } from '../sync/tableShape';

export type UnscopedRow = { tbl: string; row_id: string };

/** This device's bookkeeping about a row, by table and id: it goes with the row. */
const ROW_BOOKKEEPING = ['sync_pending', 'sync_reviews', 'sync_conflicts', 'import_changes'] as const;

const SEARCHED: Partial<Record<SyncedTable, SearchEntity>> = {
  deals: 'deal',
  activities: 'activity',
  companies: 'company',
  contacts: 'contact',
};

const quote = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;

/** The synced tables whose rows point at `table` (by a foreign key), with the pointing column. */
const referencing = (db: Db, table: string): { table: SyncedTable; column: string }[] =>
  SYNCED_TABLES.flatMap((candidate) =>
    tableShape(db, candidate)
      .references.filter((reference) => reference.table === table)
      .map((reference) => ({ table: candidate, column: reference.column })),
  );

/**
 * Removes, on this device only, rows the hub says this person no longer sees (deals reassigned to
 * someone outside their view; after a new role or team, whatever left it) with every row hanging
 * off a deal here (stage transitions, checks,
 * activities, NPS answers, custom values) and their history: rows, change-log messages, pending
 * merges, reviews, conflicts and search entries. No message is written — nothing goes back to
 * the hub as a delete: the deal lives on with its new owner. Call it inside the pull's local
 * transaction. A row another row still here points at (a company of a deal this person keeps)
 * stays. Returns how many rows left.
 */
export const dropUnscopedRows = (db: Db, rows: readonly UnscopedRow[]): number => {
  const deals = rows.filter((row) => row.tbl === 'deals').map((row) => row.row_id);
  const doomed = new Map<SyncedTable, Set<string>>();
  const mark = (table: SyncedTable, id: string) => {
    let ids = doomed.get(table);
    if (!ids) doomed.set(table, (ids = new Set()));
    ids.add(id);
  };
  for (const row of rows)
    if ((SYNCED_TABLES as readonly string[]).includes(row.tbl)) mark(row.tbl as SyncedTable, row.row_id);
  // What hangs off the deals here, whether or not the hub listed it (a row of this device's own).
  const children = referencing(db, 'deals');
  for (const dealId of deals) {
    for (const child of children) {
      const ids = prepare(db, `SELECT id FROM ${quote(child.table)} WHERE ${quote(child.column)} = ?`)
        .pluck()
        .all(dealId) as string[];
      for (const id of ids) mark(child.table, id);
    }
    for (const id of prepare(db, 'SELECT id FROM custom_values WHERE record_id = ?').pluck().all(dealId) as string[]) {
      mark('custom_values', id);
    }
  }
  const stillNeeded = (table: SyncedTable, id: string): boolean =>
    referencing(db, table).some(
      (reference) =>
        prepare(db, `SELECT 1 FROM ${quote(reference.table)} WHERE ${quote(reference.column)} = ? LIMIT 1`).get(id) !==
        undefined,
    );
  let dropped = 0;
  // Referencing tables first: a deal goes after its activities and checks, a company after its deals.
  for (const table of [...SYNCED_TABLES].reverse()) {
    const ids = doomed.get(table);
    if (!ids) continue;
    for (const id of ids) {
      // A company or contact a row still here points at stays (a deal of this person's on a company they no longer own).
      if (stillNeeded(table, id)) continue;
      dropped += prepare(db, `DELETE FROM ${quote(table)} WHERE id = ?`).run(id).changes;
      prepare(
        db,
        'DELETE FROM change_msgs WHERE tbl = (SELECT id FROM change_names WHERE name = ?) AND row_id = ?',
      ).run(table, id);
      for (const bookkeeping of ROW_BOOKKEEPING) {
        prepare(db, `DELETE FROM ${bookkeeping} WHERE tbl = ? AND row_id = ?`).run(table, id);
      }
      const entity = SEARCHED[table];
      if (entity) refreshSearchDocument(db, entity, id);
    }
  }
  return dropped;
};
