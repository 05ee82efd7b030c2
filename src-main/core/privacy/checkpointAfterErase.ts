import type { Db } from '../db/Db';
import { prepare } from '../db/sql';

const UNSCRUBBED = "SELECT 1 FROM meta WHERE key = 'free_space_unscrubbed'";

/**
 * After an erase committed (outside any transaction). A file that lived before secure_delete was
 * on (m0040 marks it) may hold old copies of the person in its free space: it is rewritten whole,
 * once. Then the WAL is copied into the file and emptied, so neither the log's old frames nor the
 * file's old pages keep the erased bytes.
 */
export const checkpointAfterErase = (db: Db): void => {
  if (db.path === ':memory:') return;
  if (prepare(db, UNSCRUBBED).get() !== undefined) {
    db.sqlite.exec('VACUUM');
    prepare(db, "DELETE FROM meta WHERE key = 'free_space_unscrubbed'").run();
  }
  db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
};
