import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { backupsDirFor } from '../../core/backup/backupsDirFor';
import { restoreDatabase } from '../../core/backup/restoreDatabase';
import { closeDatabase, openDatabase } from '../../core/db/openDatabase';
import { type CliCommand, type CliIo, processIo } from '../CliCommand';
import { databaseKeyFromEnv } from '../../core/db/encryption/databaseKeyFromEnv';
import { parseCommandArgs } from '../parseCommandArgs';
import { requireVoronkaFile } from '../requireVoronkaFile';
import { UsageError } from '../UsageError';

const USAGE = `Usage: voronka restore --db PATH --from FILE

Replaces the database's data with a backup. FILE is copied aside and checked first (integrity,
foreign keys, a Voronka schema this version can open); a damaged or foreign file is refused and
nothing changes. The current data is backed up into the backups folder beside the database
before it is replaced, and the replacement is one SQLite transaction: never a torn file.
Close the app before restoring from the command line.

  --db PATH    the database file (created when it does not exist)
  --from FILE  the backup to restore

Exit codes: 0 restored, 1 refused or failed, 2 bad options.`;

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Restore a database from a backup file, after checking it',
  usage: USAGE,
  async run(args: string[], io: CliIo = processIo): Promise<number> {
    const { values } = parseCommandArgs(args, { db: { type: 'string' }, from: { type: 'string' } });
    if (values.db === undefined) throw new UsageError('Missing --db PATH');
    if (values.from === undefined) throw new UsageError('Missing --from FILE');
    const dbPath = resolve(values.db);
    const from = resolve(values.from);
    if (!existsSync(from)) throw new UsageError(`No file at ${from}`);
    if (from === dbPath) throw new UsageError('--from must not be the database itself');
    if (existsSync(dbPath)) requireVoronkaFile(dbPath);
    const db = openDatabase(dbPath, { key: databaseKeyFromEnv() });
    try {
      const result = await restoreDatabase(db, { kind: 'file', path: from }, backupsDirFor(dbPath), Date.now());
      const kept = result.previous
        ? `; the data it replaced is in ${backupsDirFor(dbPath)}/${result.previous.name}`
        : '';
      io.out(`Restored ${dbPath} from ${from} (schema v${result.schemaVersion})${kept}.\n`);
    } finally {
      closeDatabase(db);
    }
    return 0;
  },
};
