import { statSync } from 'node:fs';
import { readSchemaVersion } from '../core/db/migrateDatabase';
import { openDatabase } from '../core/db/openDatabase';
import { UsageError } from './UsageError';
import { databaseKeyFromEnv } from '../core/db/encryption/databaseKeyFromEnv';

/**
 * The file must exist and be a Voronka database: a quick read-only look first, so a command
 * never turns some other SQLite file (or an empty one) into a Voronka database.
 */
export const requireVoronkaFile = (path: string): void => {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) throw new UsageError(`No database at ${path}`);
  if (!info.isFile()) throw new UsageError(`Not a file: ${path}`);
  const db = openDatabase(path, { readonly: true, key: databaseKeyFromEnv() });
  try {
    if (readSchemaVersion(db) === 0) throw new Error(`${path} is not a Voronka database`);
  } finally {
    // Not closeDatabase: its `PRAGMA optimize` may write, which a read-only handle refuses.
    db.sqlite.close();
  }
};
