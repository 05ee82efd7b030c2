import type { ChangeWriter, RowValues } from '../../changes/ChangeWriter';
import type { Db } from '../../db/Db';
import type { SyncedTable } from '../../db/schema';
import { prepare } from '../../db/sql';

const INSERT =
  'INSERT INTO import_changes (import_id, seq, tbl, row_id, action, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)';

/** Creations noted per statement: one multi-row INSERT instead of a statement per created row. */
const CREATED_BATCH = 64;
const INSERT_CREATED = `INSERT INTO import_changes (import_id, seq, tbl, row_id, action) VALUES ${Array.from(
  { length: CREATED_BATCH },
  () => "(?, ?, ?, ?, 'created')",
).join(', ')}`;

/**
 * Writes through the one write path and notes each record an import creates or changes (with
 * the changed columns before and after) in the import log, for its undo.
 */
export type ImportJournal = {
  insert(table: SyncedTable, row: RowValues & { id: string }): void;
  /**
   * Notes a row written through another service's path (a lead through `createLead`) as created
   * by this import, so its undo removes it too.
   */
  adopt(table: SyncedTable, id: string): void;
  /** Writes the changed columns; an update of a row this import created is not noted twice. */
  update(table: SyncedTable, id: string, patch: RowValues): string[];
  readonly createdByTable: Record<string, number>;
  /** Writes the creations noted since the last flush (they are written 64 at a time); before the commit. */
  flush(): void;
};

/**
 * `updatesOwnRows`: whether the import may update a row it created itself (a dedupe 'update'
 * matching an earlier row of the file, a call log filling in its calls). Only then are the ids it
 * creates kept (to note such an update once, as the creation): a million-row import that cannot
 * holds no million ids.
 */
export const createImportJournal = (
  db: Db,
  writer: ChangeWriter,
  importId: string,
  updatesOwnRows = true,
): ImportJournal => {
  let seq = 0;
  const createdByTable: Record<string, number> = {};
  const createdIds = new Set<string>();
  const created = (id: string) => {
    if (updatesOwnRows) createdIds.add(id);
  };
  const note = (
    table: string,
    id: string,
    action: 'created' | 'updated',
    before: string | null,
    after: string | null,
  ) => prepare(db, INSERT).run(importId, (seq += 1), table, id, action, before, after);
  /** Creations waiting for their statement: import id, seq, table, row id, four values each. */
  let pending: (string | number)[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    if (pending.length === CREATED_BATCH * 4) prepare(db, INSERT_CREATED).run(...pending);
    else {
      for (let at = 0; at < pending.length; at += 4) {
        prepare(db, INSERT).run(...pending.slice(at, at + 4), 'created', null, null);
      }
    }
    pending = [];
  };
  const noteCreated = (table: string, id: string) => {
    pending.push(importId, (seq += 1), table, id);
    if (pending.length === CREATED_BATCH * 4) flush();
  };
  return {
    createdByTable,
    flush,
    insert(table, row) {
      writer.insert(table, row);
      createdByTable[table] = (createdByTable[table] ?? 0) + 1;
      created(row.id);
      // Stage transitions go with their deal: an undo tombstones the deal, not each step.
      if (table !== 'stage_transitions') noteCreated(table, row.id);
    },
    adopt(table, id) {
      createdByTable[table] = (createdByTable[table] ?? 0) + 1;
      created(id);
      noteCreated(table, id);
    },
    update(table, id, patch) {
      const current = prepare(db, `SELECT * FROM "${table}" WHERE id = ?`).get(id) as RowValues;
      const changed = writer.update(table, id, patch, current);
      if (changed.length === 0 || createdIds.has(id)) return changed;
      const before: RowValues = {};
      const after: RowValues = {};
      for (const column of changed) {
        before[column] = current[column] ?? null;
        after[column] = patch[column] ?? null;
      }
      note(table, id, 'updated', JSON.stringify(before), JSON.stringify(after));
      return changed;
    },
  };
};
