import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Schema } from './schema';

/**
 * The database handle every repo takes first. Kysely only builds queries; better-sqlite3 runs
 * them synchronously, so a transaction is one synchronous function and never interleaves.
 */
export type Db = {
  sqlite: BetterSqlite3.Database;
  q: Kysely<Schema>;
  path: string;
  /**
   * The workspace's passphrase when its file is encrypted, else null: backups, staged restores and
   * sync bundles of an encrypted workspace are encrypted too (attached files take this key).
   */
  key: string | null;
  statements: Map<string, BetterSqlite3.Statement>;
  /** better-sqlite3's transaction wrapper, made once: building one per write costs more than the write. */
  inTransaction: <T>(work: () => T) => T;
  /**
   * The same, but taking the write lock at BEGIN (IMMEDIATE): a write that reads before it writes
   * then never sees a snapshot another process has moved past (SQLITE_BUSY on upgrade).
   */
  inWriteTransaction: <T>(work: () => T) => T;
};
