import type { Db } from '../../db/Db';

/** Tables a new workspace fills by itself; any other row means the file holds someone's work. */
const WORKSPACE_TABLES = new Set(['pipelines', 'stages', 'control_points', 'loss_reasons', 'lead_sources']);
const SYNCED_TABLES = [
  'users',
  'campaigns',
  'campaign_costs',
  'companies',
  'contacts',
  'deals',
  'stage_transitions',
  'deal_checks',
  'activities',
  'nps_responses',
  'customers',
].filter((table) => !WORKSPACE_TABLES.has(table));

const isFreshWorkspace = (db: Db): boolean =>
  db.path !== ':memory:' &&
  SYNCED_TABLES.every((table) => db.sqlite.prepare(`SELECT 1 FROM "${table}" LIMIT 1`).get() === undefined);

/**
 * Runs a bulk seed with the fast settings a fresh file can afford, and puts the file back as the
 * app opens it (WAL, synchronous NORMAL) whatever happens. A rollback journal instead of WAL:
 * appending gigabytes through WAL makes every page read search the growing WAL index; a new
 * file's appended pages need no journal entries, so the rollback journal costs almost nothing and
 * still rolls back a failed chunk. synchronous=OFF only because a crash mid-seed of a new file
 * loses nothing anyone typed. A file with user data keeps the normal, fully durable settings.
 * Returns whether the fast settings were used.
 */
export const withSeedPragmas = (db: Db, work: () => void): boolean => {
  if (!isFreshWorkspace(db)) {
    work();
    return false;
  }
  const saved = {
    journal: String(db.sqlite.pragma('journal_mode', { simple: true })),
    synchronous: Number(db.sqlite.pragma('synchronous', { simple: true })),
    cacheSize: Number(db.sqlite.pragma('cache_size', { simple: true })),
  };
  const journal = String(db.sqlite.pragma('journal_mode = DELETE', { simple: true }));
  db.sqlite.pragma('synchronous = OFF');
  // 512 MiB of page cache: the indexes being appended to stay in memory.
  db.sqlite.pragma('cache_size = -524288');
  try {
    work();
  } finally {
    db.sqlite.pragma(`cache_size = ${saved.cacheSize}`);
    if (journal !== saved.journal) db.sqlite.pragma(`journal_mode = ${saved.journal}`);
    db.sqlite.pragma(`synchronous = ${saved.synchronous}`);
  }
  return true;
};
