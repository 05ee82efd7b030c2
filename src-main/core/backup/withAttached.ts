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
  key: string | null = null,
): Promise<T> => {
  // Without KEY an attached file is read with the connection's own key (none for a plain one).
  if (key === null) sqlite.prepare(`ATTACH DATABASE ? AS ${alias}`).run(path);
  else sqlite.prepare(`ATTACH DATABASE ? AS ${alias} KEY ?`).run(path, key);
  try {
    return await work();
  } finally {
    sqlite.exec(`DETACH DATABASE ${alias}`);
  }
};
