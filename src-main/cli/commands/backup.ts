import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { closeDatabase, openDatabase } from '../../core/db/openDatabase';
import { writeCheckedBackup } from '../../core/backup/writeCheckedBackup';
import { type CliCommand, type CliIo, processIo } from '../CliCommand';
import { databaseKeyFromEnv } from '../../core/db/encryption/databaseKeyFromEnv';
import { formatBytes } from '../formatBytes';
import { parseCommandArgs } from '../parseCommandArgs';
import { requireVoronkaFile } from '../requireVoronkaFile';
import { UsageError } from '../UsageError';

const USAGE = `Usage: voronka backup --db PATH --out FILE

Writes a full backup of the database to one file: data, settings, pipelines, checklists and
the change log. It uses SQLite's online backup, so the app may keep running and writing; the
copy is integrity- and foreign-key-checked under a temporary name before it is renamed to FILE.

  --db PATH   the database file (it must exist)
  --out FILE  where to write the backup (an existing file is replaced)

Exit codes: 0 written, 1 failed, 2 bad options.`;

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Write a full, checked backup of a database to one file',
  usage: USAGE,
  async run(args: string[], io: CliIo = processIo): Promise<number> {
    const { values } = parseCommandArgs(args, { db: { type: 'string' }, out: { type: 'string' } });
    if (values.db === undefined) throw new UsageError('Missing --db PATH');
    if (values.out === undefined) throw new UsageError('Missing --out FILE');
    const dbPath = resolve(values.db);
    const out = resolve(values.out);
    requireVoronkaFile(dbPath);
    if (!existsSync(dirname(out))) throw new UsageError(`No folder ${dirname(out)}`);
    if (out === dbPath) throw new UsageError('--out must not be the database itself');
    const db = openDatabase(dbPath, { key: databaseKeyFromEnv() });
    try {
      await writeCheckedBackup(db, out);
    } finally {
      closeDatabase(db);
    }
    io.out(`Backed up ${dbPath} to ${out} (${formatBytes(statSync(out).size)}), checked.\n`);
    return 0;
  },
};
