import type { Db } from '../../db/Db';
import { prepare } from '../../db/sql';

/** Open conflicts (a walk of the partial index `sync_conflicts_open`): cheap enough for a badge. */
export const countOpenConflicts = (db: Db): number =>
  prepare(db, "SELECT count(*) FROM sync_conflicts WHERE status = 'open'").pluck().get() as number;
