import type BetterSqlite3 from 'better-sqlite3';
import type { BackupProblem } from '@shared/contract/schemas/backup';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/migrations';
import { withAttached } from './withAttached';

export type DatabaseCheck = {
  ok: boolean;
  problem: BackupProblem | null;
  /** `PRAGMA integrity_check` lines ("ok" when sound), at most 20. */
  integrity: string[];
  foreignKeyViolations: number;
  schemaVersion: number | null;
  appSchemaVersion: number;
};

const SQLITE_DAMAGE = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CANTOPEN']);

const verdict = (problem: BackupProblem | null, found: Partial<DatabaseCheck>): DatabaseCheck => ({
  ok: problem === null,
  problem,
  integrity: [],
  foreignKeyViolations: 0,
  schemaVersion: null,
  appSchemaVersion: LATEST_SCHEMA_VERSION,
  ...found,
});

const inspect = (sqlite: BetterSqlite3.Database): DatabaseCheck => {
  const integrity = (sqlite.pragma('checked.integrity_check(20)') as { integrity_check: string }[]).map(
    (row) => row.integrity_check,
  );
  if (integrity.length !== 1 || integrity[0] !== 'ok') return verdict('damaged', { integrity });
  const schemaVersion = sqlite.pragma('checked.user_version', { simple: true }) as number;
  const hasMeta = sqlite.prepare("SELECT 1 FROM checked.sqlite_schema WHERE type = 'table' AND name = 'meta'").get();
  if (schemaVersion === 0 || !hasMeta) return verdict('not_voronka', { integrity, schemaVersion });
  if (schemaVersion > LATEST_SCHEMA_VERSION) return verdict('newer_schema', { integrity, schemaVersion });
  const foreignKeyViolations = (sqlite.pragma('checked.foreign_key_check') as unknown[]).length;
  const problem = foreignKeyViolations > 0 ? 'foreign_keys' : null;
  return verdict(problem, { integrity, schemaVersion, foreignKeyViolations });
};

/**
 * Checks a database file without changing it: SQLite's full integrity check, every foreign key,
 * and that it is a Voronka database this app can open (schema version 1..latest). Run on every
 * backup before it gets its name and on every file before it is restored. `sqlite` is any open
 * connection (the file is attached to it, read with `key` or else with the connection's own key).
 */
export const checkDatabaseFile = async (
  sqlite: BetterSqlite3.Database,
  path: string,
  key: string | null = null,
): Promise<DatabaseCheck> => {
  try {
    return await withAttached(sqlite, path, 'checked', () => inspect(sqlite), key);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !SQLITE_DAMAGE.has(code)) throw error;
    const message = error instanceof Error ? error.message : String(error);
    return verdict(code === 'SQLITE_NOTADB' || code === 'SQLITE_CANTOPEN' ? 'not_a_database' : 'damaged', {
      integrity: [message],
    });
  }
};
