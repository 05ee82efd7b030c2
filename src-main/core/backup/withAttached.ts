import type BetterSqlite3 from 'better-sqlite3';

/**
 * Runs `work` with the file at `path` attached to `sqlite` under `alias`. Working through an
 * attached file (not a second connection) keeps to the one better-sqlite3 build the host loaded,
 * which in the desktop app is Electron's.
 */
export const withAttached = async <T>(
  sqlite: BetterSqlite3.Database,
  path: string,
  alias: string,
  work: () => T | Promise<T>,
): Promise<T> => {
  sqlite.prepare(`ATTACH DATABASE ? AS ${alias}`).run(path);
  try {
    return await work();
  } finally {
    sqlite.exec(`DETACH DATABASE ${alias}`);
  }
};
