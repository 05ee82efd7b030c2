import type BetterSqlite3 from 'better-sqlite3';
import type { Db } from '../db/Db';
import { prepare } from '../db/sql';
import { SEARCH_TABLES, type SearchEntity } from './SearchEntity';

/**
 * Records written by a long write (a large import, a whole workspace's bundle) whose search
 * entries are written after its commit, a step at a time (`catchUpSearchStep`): per entity, spans
 * of its table's rowids, both ends included. A span may hold rows that need no entry (deleted, or
 * given one since by a later write): the catch-up skips them. Kept in `meta` (local, never synced),
 * in the write's transaction, so a crash or a cancel leaves the backlog exactly as the data.
 */
export type SearchBacklog = Partial<Record<SearchEntity, [number, number][]>>;

const KEY = 'search.backlog';

/**
 * A long write of this many records (rows of a file, a bundle's messages) or more leaves the
 * entries of the records it inserts to the catch-up: writing them is a fifth of a large import.
 */
export const DEFER_SEARCH_FROM = 20_000;

export const readSearchBacklog = (db: Db): SearchBacklog => {
  const text = prepare(db, 'SELECT value FROM meta WHERE key = ?').pluck().get(KEY) as string | undefined;
  return text === undefined ? {} : (JSON.parse(text) as SearchBacklog);
};

export const writeSearchBacklog = (db: Db, backlog: SearchBacklog): void => {
  const spans = Object.entries(backlog).filter(([, list]) => list.length > 0);
  if (spans.length === 0) {
    prepare(db, 'DELETE FROM meta WHERE key = ?').run(KEY);
    return;
  }
  prepare(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    KEY,
    JSON.stringify(Object.fromEntries(spans)),
  );
};

/** Whether some records are still waiting for their search entries (the search says so). */
export const hasSearchBacklog = (db: Db): boolean =>
  prepare(db, 'SELECT 1 FROM meta WHERE key = ?').get(KEY) !== undefined;

/** Adds a span, joined with those it touches or overlaps: an import's steps add adjacent spans. */
const addSpan = (spans: readonly [number, number][], span: [number, number]): [number, number][] => {
  const sorted = [...spans, span].sort((a, b) => a[0] - b[0]);
  const joined: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = joined.at(-1);
    if (last !== undefined && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else joined.push([from, to]);
  }
  return joined;
};

/**
 * Notes records inserted by this write (in insertion order: the first has the lowest rowid, the
 * last the highest) for the catch-up, instead of writing their entries now. Two lookups, whatever
 * the number of records.
 */
export const deferSearchEntries = (db: Db, entity: SearchEntity, ids: readonly string[]): void => {
  if (ids.length === 0) return;
  const rowidOf = prepare(db, `SELECT rowid FROM ${SEARCH_TABLES[entity]} WHERE id = ?`).pluck();
  const first = rowidOf.get(ids[0]) as number | undefined;
  const last = rowidOf.get(ids.at(-1)) as number | undefined;
  // Deleted again before the flush (a merge that dropped the row): the catch-up would skip it.
  if (first === undefined && last === undefined) return;
  const backlog = readSearchBacklog(db);
  const from = Math.min(first ?? Infinity, last ?? Infinity);
  const to = Math.max(first ?? -Infinity, last ?? -Infinity);
  backlog[entity] = addSpan(backlog[entity] ?? [], [from, to]);
  writeSearchBacklog(db, backlog);
};

/** A rebuild of these entities' entries (rebuildSearchIndex) leaves none of them waiting. */
export const dropSearchBacklog = (sqlite: BetterSqlite3.Database, entities: readonly SearchEntity[]): void => {
  const text = sqlite.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(KEY) as string | undefined;
  if (text === undefined) return;
  const backlog = JSON.parse(text) as SearchBacklog;
  for (const entity of entities) delete backlog[entity];
  if (Object.keys(backlog).length === 0) sqlite.prepare('DELETE FROM meta WHERE key = ?').run(KEY);
  else sqlite.prepare('UPDATE meta SET value = ? WHERE key = ?').run(JSON.stringify(backlog), KEY);
};
