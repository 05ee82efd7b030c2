import type { TableName } from '@shared/contract/tableNames';
import type { Db } from '../db/Db';
import type { SyncedTable } from '../db/schema';
import { prepare } from '../db/sql';
import { mergeUnitOf } from '@shared/domain/sync/mergeUnitOf';
import {
  STORED_MESSAGES_BATCH,
  storedMessage,
  writeStampedMessage,
  writeStoredMessages,
} from '../sync/changeLogStore';
import { indexFreshRecords } from '../search/indexFreshRecords';
import { deferSearchEntries } from '../search/searchBacklog';
import { refreshSearchDocument } from '../search/refreshSearchDocument';
import { SEARCH_TABLES, type SearchEntity } from '../search/SearchEntity';
import { type SearchRefresh, syncSearchIndex } from '../search/syncSearchIndex';
import { createDeriveMemo, deriveAll, deriveChanged, derivedColumnsOf } from './derivedColumns';
import type { HlcClock } from './HlcClock';

export type SqlValue = string | number | null;
export type RowValues = Record<string, SqlValue>;

/** Columns whose every change is implied by another message and would only add noise. */
const UNLOGGED_COLUMNS = new Set(['id', 'updated_at']);

const quote = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;

/** INSERT texts by table and column list: an import builds the same text a million times otherwise. */
const insertTexts = new Map<string, string>();

const insertStatement = (db: Db, table: SyncedTable, columns: readonly string[]) => {
  const key = `${table}\u0000${columns.join(',')}`;
  let sqlText = insertTexts.get(key);
  if (sqlText === undefined) {
    sqlText = `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
    if (insertTexts.size < 1000) insertTexts.set(key, sqlText);
  }
  return prepare(db, sqlText);
};

/** An insert's statement and its logged columns (not derived, not `UNLOGGED_COLUMNS`), by its columns. */
type InsertShape = { columns: readonly string[]; statement: ReturnType<typeof prepare>; logged: readonly string[] };

/** Whether two column lists name the same columns in the same order. */
export const sameColumns = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((column, at) => column === b[at]);

/**
 * The one write path for synced tables: the row is written and one change-log message is
 * appended, in the caller's transaction: an insert's message carries the row's cells, an
 * update's the changed ones with the rest of any merge unit they belong to (mergeUnitOf), so a
 * merge on another device takes the unit whole. Derived columns (`derivedColumns`) are computed
 * here from the row and written without a message, and the search index follows
 * (`syncSearchIndex`).
 */
export type ChangeWriter = {
  insert(table: SyncedTable, row: RowValues & { id: string }): void;
  /** Writes only columns whose value differs; returns their names (empty: nothing written). */
  update(table: SyncedTable, id: string, patch: RowValues, current?: RowValues): string[];
  readonly touched: ReadonlySet<TableName>;
  /** Records a table changed by other means in this write (a merge of peer messages). */
  markTouched(table: TableName): void;
  /**
   * Deals this writer inserted or updated since the last call, each with its row before the first
   * change (null: inserted): what automation's write triggers read, in the same transaction.
   */
  takeDealChanges(): DealChange[];
  /** The same deals without taking them (write hooks that run before automation read them). */
  peekDealChanges(): DealChange[];
  /** The same for customers and NPS answers: what the retention triggers read. */
  takeRowChanges(table: RetentionTable): DealChange[];
  /**
   * From now on the search index entries of written records are rewritten at `flushSearch`, once
   * per record however often it was written (an import writes a record and then its custom
   * values), instead of after each write, and change-log messages are stored in batches (all
   * of them by `flushSearch`). For a long write whose steps call `flushSearch`; nothing in it may
   * read the index or the change log before then. `deferFresh`: the entries of records inserted
   * meanwhile are left to the search's catch-up after the commit (`searchBacklog`), for a write so
   * large that writing them would lengthen it by a fifth (a whole workspace's bundle).
   */
  batchSearch(options?: { deferFresh?: boolean }): void;
  /** Stores the waiting messages and rewrites the entries noted since the last flush (nothing when not batching). */
  flushSearch(): void;
  /**
   * How the search index follows a row written by other means (a merge of peer messages,
   * `inserted`: the row is new): noted for `flushSearch` while batching, rewritten at once otherwise.
   */
  searchRefresh(table: SyncedTable, id: string, inserted: boolean): SearchRefresh;
};

/** Tables besides deals whose writes automation's write triggers read. */
export type RetentionTable = 'customers' | 'nps_responses';
const RETENTION_TABLES: ReadonlySet<string> = new Set<RetentionTable>(['customers', 'nps_responses']);

export type DealChange = { id: string; before: RowValues | null };

export type ChangeWriterOptions = {
  db: Db;
  hlc: HlcClock;
  actorId: string | null;
  now: number;
};

/** The changed cells with the rest of every merge unit they touch, as the row now stands. */
const messageCells = (table: SyncedTable, changed: readonly string[], after: RowValues): RowValues => {
  const cells: RowValues = {};
  for (const column of changed) {
    for (const member of mergeUnitOf(table, column) ?? [column]) cells[member] = after[member] ?? null;
  }
  return cells;
};

export const createChangeWriter = ({ db, hlc, actorId, now }: ChangeWriterOptions): ChangeWriter => {
  const touched = new Set<TableName>();
  let dealChanges = new Map<string, RowValues | null>();
  const retentionChanges = new Map<RetentionTable, Map<string, RowValues | null>>();
  /** The row before this writer first changed it (null: inserted), kept once per row. */
  const noteRetention = (table: SyncedTable, id: string, before: RowValues | null) => {
    if (!RETENTION_TABLES.has(table)) return;
    const changes = retentionChanges.get(table as RetentionTable) ?? new Map<string, RowValues | null>();
    if (!changes.has(id)) changes.set(id, before);
    retentionChanges.set(table as RetentionTable, changes);
  };
  /** Entries to rewrite at the next flush, by entity and record id; true: inserted since the last flush. */
  let searchBatch: Map<SearchEntity, Map<string, boolean>> | null = null;
  let deferFresh = false;
  const noteSearch = (table: SyncedTable, id: string, inserted: boolean): SearchRefresh => {
    const batch = searchBatch;
    if (batch === null) return refreshSearchDocument;
    return (_db, entity, recordId) => {
      const records = batch.get(entity) ?? new Map<string, boolean>();
      batch.set(entity, records);
      // Inserted in this batch (by this write or an earlier one): it has no entry yet.
      const fresh = inserted && recordId === id && SEARCH_TABLES[entity] === table;
      records.set(recordId, (records.get(recordId) ?? false) || fresh);
    };
  };
  /**
   * The last insert's shape into each table: rows of one write (an import's) have the same
   * columns, so their statement and logged columns are found by comparing names, not by building
   * and hashing the statement's text per row.
   */
  const insertShapes = new Map<SyncedTable, InsertShape>();
  const insertShape = (table: SyncedTable, columns: readonly string[]): InsertShape => {
    const last = insertShapes.get(table);
    if (last !== undefined && sameColumns(last.columns, columns)) return last;
    const derived = derivedColumnsOf(table);
    const logged = columns.filter((column) => !UNLOGGED_COLUMNS.has(column) && !(column in derived));
    const shape = { columns, statement: insertStatement(db, table, columns), logged };
    insertShapes.set(table, shape);
    return shape;
  };
  /** Name numbers of the change log, valid for this writer's transaction. */
  const names = new Map<string, number>();
  /** Derived columns' lookups (the approved ICP profiles), valid until the writer changes their tables. */
  const derive = createDeriveMemo();
  /**
   * While batching (an import), messages wait here and are stored STORED_MESSAGES_BATCH to a
   * statement, the rest at `flushSearch`: nothing an import's transaction runs reads the log.
   */
  let pendingMessages: (string | number | Buffer | null)[] | null = null;
  const flushMessages = () => {
    if (pendingMessages === null || pendingMessages.length === 0) return;
    writeStoredMessages(db, pendingMessages);
    pendingMessages = [];
  };
  const log = (table: SyncedTable, rowId: string, cells: RowValues) => {
    if (Object.keys(cells).length === 0) return;
    const message = { device: hlc.deviceId, actor: actorId, at: now, table, rowId, cells };
    if (pendingMessages === null) {
      writeStampedMessage(db, hlc.nextStamp(), message, names);
      return;
    }
    pendingMessages.push(...storedMessage(db, hlc.nextStamp(), message, names));
    if (pendingMessages.length >= STORED_MESSAGES_BATCH * 9) flushMessages();
  };

  return {
    touched,
    markTouched(table) {
      derive.written(table);
      touched.add(table);
    },
    peekDealChanges() {
      return [...dealChanges].map(([id, before]) => ({ id, before }));
    },
    takeDealChanges() {
      const taken = [...dealChanges].map(([id, before]) => ({ id, before }));
      dealChanges = new Map();
      return taken;
    },
    batchSearch(options) {
      searchBatch ??= new Map();
      deferFresh = options?.deferFresh === true;
      pendingMessages ??= [];
    },
    flushSearch() {
      flushMessages();
      if (searchBatch === null) return;
      const batch = searchBatch;
      searchBatch = new Map();
      for (const [entity, records] of batch) {
        const fresh: string[] = [];
        for (const [id, inserted] of records) {
          if (inserted) fresh.push(id);
          else refreshSearchDocument(db, entity, id);
        }
        if (deferFresh) deferSearchEntries(db, entity, fresh);
        else indexFreshRecords(db, entity, fresh);
      }
    },
    searchRefresh: noteSearch,
    takeRowChanges(table) {
      const taken = [...(retentionChanges.get(table) ?? [])].map(([id, before]) => ({ id, before }));
      retentionChanges.delete(table);
      return taken;
    },
    insert(table, given) {
      derive.written(table);
      const row: RowValues = { ...given, ...deriveAll(table, given, db, derive) };
      const shape = insertShape(table, Object.keys(row));
      shape.statement.run(shape.columns.map((column) => row[column]));
      const cells: RowValues = {};
      for (const column of shape.logged) cells[column] = row[column] ?? null;
      log(table, given.id, cells);
      syncSearchIndex(db, table, row, null, noteSearch(table, given.id, true));
      if (table === 'deals') dealChanges.set(given.id, null);
      noteRetention(table, given.id, null);
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
      derive.written(table);
      const cells: RowValues = {};
      for (const column of changed) cells[column] = patch[column] ?? null;
      Object.assign(cells, deriveChanged(table, changed, { ...before, ...cells }, db, derive));
      const assignments = Object.keys(cells)
        .map((column) => `${quote(column)} = ?`)
        .join(', ');
      // updated_at never goes back: a merged peer write may carry a later wall time than this one,
      // and every device sets a row's updated_at to the latest write time among its messages.
      prepare(db, `UPDATE ${quote(table)} SET ${assignments}, updated_at = max(updated_at, ?) WHERE id = ?`).run(
        ...Object.values(cells),
        now,
        id,
      );
      log(table, id, messageCells(table, changed, { ...before, ...cells }));
      syncSearchIndex(db, table, { ...before, ...cells, id }, changed, noteSearch(table, id, false));
      if (table === 'deals' && !dealChanges.has(id)) dealChanges.set(id, { ...before });
      noteRetention(table, id, { ...before });
      touched.add(table);
      return changed;
    },
  };
};
