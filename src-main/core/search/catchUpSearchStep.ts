import type { Db } from '../db/Db';
import { prepare } from '../db/sql';
import { indexFreshRecords } from './indexFreshRecords';
import { SEARCH_ENTITIES, SEARCH_TABLES } from './SearchEntity';
import { readSearchBacklog, writeSearchBacklog } from './searchBacklog';

/** Records given their entries per step: ~40 ms of work, so a call made meanwhile waits little. */
export const CATCH_UP_STEP_RECORDS = 2000;

/**
 * Writes the search entries of up to `limit` records of the backlog (`searchBacklog`), the lowest
 * rowids of its first entity first, in the caller's write transaction, and moves the backlog past
 * them. Rows that need no entry are passed over: deleted ones, and those a write since the commit
 * has given one (their entry is current). Returns whether any backlog is left.
 */
export const catchUpSearchStep = (db: Db, limit = CATCH_UP_STEP_RECORDS): boolean => {
  const backlog = readSearchBacklog(db);
  const entity = SEARCH_ENTITIES.find((name) => (backlog[name]?.length ?? 0) > 0);
  const spans = entity === undefined ? [] : (backlog[entity] ?? []);
  const first = spans[0];
  if (entity === undefined || first === undefined) {
    writeSearchBacklog(db, {});
    return false;
  }
  const [from, to] = first;
  const rows = prepare(
    db,
    `SELECT rowid AS at, id, deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.record_id = t.id) AS wanted
       FROM ${SEARCH_TABLES[entity]} t WHERE rowid BETWEEN ? AND ? ORDER BY rowid LIMIT ?`,
  ).all(from, to, limit) as { at: number; id: string; wanted: number }[];
  indexFreshRecords(
    db,
    entity,
    rows.filter((row) => row.wanted === 1).map((row) => row.id),
  );
  const reached = rows.at(-1)?.at ?? to;
  if (rows.length < limit || reached >= to) spans.shift();
  else spans[0] = [reached + 1, to];
  backlog[entity] = spans;
  writeSearchBacklog(db, backlog);
  return SEARCH_ENTITIES.some((name) => (backlog[name]?.length ?? 0) > 0);
};
