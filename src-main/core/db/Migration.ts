import type BetterSqlite3 from 'better-sqlite3';

/** A frozen schema step. `sql`, then `backfill`, run in one transaction with the version bump. */
export type Migration = {
  version: number;
  name: string;
  sql: string;
  /** Fills a new derived column from data SQL cannot compute (e.g. a JS normaliser). */
  backfill?: (sqlite: BetterSqlite3.Database) => void;
  /**
   * How many rows it converts, counted before it runs, when that takes long enough to show: each
   * is reported as done through `migrationRowTicks` (MigrationProgress `done` of `total`).
   */
  rows?: (sqlite: BetterSqlite3.Database) => number;
};
