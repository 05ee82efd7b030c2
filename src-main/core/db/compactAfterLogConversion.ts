import type { Db } from './Db';
import type { MigrationReport } from './migrateDatabase';

/** The migrations that rewrote the change log: one row per message (m0059), packed (m0072). */
const LOG_REWRITES = [59, 72];

/**
 * Once, right after m0059 or m0072 converted an existing log: the old cells (most of such a file) became
 * free pages, which SQLite reuses but never gives back, so the file is rewritten without them.
 * Outside the migration's transaction (VACUUM cannot run in one); a new file never needs it.
 */
export const compactAfterLogConversion = (db: Db, migration: MigrationReport, onStart?: () => void): boolean => {
  if (db.path === ':memory:') return false;
  if (migration.from === 0) return false;
  if (!LOG_REWRITES.some((version) => migration.from < version && migration.to >= version)) return false;
  onStart?.();
  db.sqlite.exec('VACUUM');
  return true;
};
