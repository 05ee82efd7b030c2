import type { Db } from '../db/Db';

/**
 * Runs `work` with SQLite's secure_delete on: content deleted or overwritten meanwhile (the old
 * cells of an updated row, freed pages) is zeroed instead of left in the file's free space.
 */
export const withSecureDelete = <T>(db: Db, work: () => T): T => {
  const before = db.sqlite.pragma('secure_delete', { simple: true }) as number;
  db.sqlite.pragma('secure_delete = ON');
  try {
    return work();
  } finally {
    db.sqlite.pragma(`secure_delete = ${before}`);
  }
};
