import type { Db } from '../../db/Db';
import { prepare } from '../../db/sql';
import { SYNCED_TABLES } from '../SYNCED_TABLES';

/**
 * Secondary indexes the merge itself reads row by row, kept through a bulk load: the gate review
 * reads a deal's ticks (reviewMergedDeals), a merged contact's deals get their search entries
 * (syncSearchIndex), and an erased contact's activities are scrubbed (scrubErasedContact).
 * Without them each of those rows would scan a table that the load is filling.
 */
const READ_BY_MERGE: ReadonlySet<string> = new Set(['deal_checks_deal', 'deals_contact', 'activities_contact']);

/** A bundle this large (messages) onto a device holding this many times fewer is a bulk load. */
export const BULK_LOAD_MIN_MESSAGES = 50_000;
const BULK_LOAD_RATIO = 4;

type DroppedIndex = { name: string; sql: string; stats: { tbl: string; idx: string; stat: string }[] };

const SYNCED = SYNCED_TABLES.map((table) => `'${table}'`).join(', ');

/** Non-unique secondary indexes of the synced tables: a unique one is a constraint the merge relies on. */
const SECONDARY_INDEXES = `SELECT m.name AS name, m.sql AS sql FROM sqlite_master m
  JOIN pragma_index_list(m.tbl_name) l ON l.name = m.name
  WHERE m.type = 'index' AND m.sql IS NOT NULL AND l."unique" = 0 AND m.tbl_name IN (${SYNCED})
  ORDER BY m.name`;

const hasStatTable = (db: Db): boolean =>
  prepare(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'").get() !== undefined;

/**
 * Whether a bundle of `incoming` messages should be loaded with the indexes set aside: a device
 * joining the team (an empty or nearly empty file) takes a whole workspace, whose rows land
 * several times faster in tables without their secondary indexes, which are then built once from
 * sorted rows instead of being updated at random row after row (the bench's 1.6M messages: about
 * 250 s merged into a file with all its indexes, ~140 s without them and ~12 s to build them).
 */
export const isBulkLoad = (db: Db, incoming: number, minimum = BULK_LOAD_MIN_MESSAGES): boolean => {
  if (incoming < minimum) return false;
  // The newest sequence number is the log's size to within its deletions, found without a scan.
  const held = (prepare(db, 'SELECT max(seq) FROM change_msgs').pluck().get() as number | null) ?? 0;
  return incoming > BULK_LOAD_RATIO * held;
};

/**
 * Runs `work` (in the caller's transaction) with the synced tables' non-unique secondary indexes
 * dropped, then creates them again from their own SQL with their planner statistics as they were.
 * All of it is in the transaction: a cancel or a failure rolls the drop back with the rows. Other
 * calls meanwhile read the committed file through the read-only connection, indexes and all.
 */
export const withBulkLoadIndexes = async <T>(db: Db, work: () => Promise<T>): Promise<T> => {
  const stats = hasStatTable(db);
  const dropped: DroppedIndex[] = (prepare(db, SECONDARY_INDEXES).all() as { name: string; sql: string }[])
    .filter((index) => !READ_BY_MERGE.has(index.name))
    .map((index) => ({
      ...index,
      stats: stats
        ? (prepare(db, 'SELECT tbl, idx, stat FROM sqlite_stat1 WHERE idx = ?').all(
            index.name,
          ) as DroppedIndex['stats'])
        : [],
    }));
  for (const index of dropped) db.sqlite.exec(`DROP INDEX "${index.name.replaceAll('"', '""')}"`);
  const result = await work();
  for (const index of dropped) {
    db.sqlite.exec(index.sql);
    for (const row of index.stats) {
      prepare(db, 'INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)').run(row.tbl, row.idx, row.stat);
    }
  }
  return result;
};
