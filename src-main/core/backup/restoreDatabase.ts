import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupEntry } from '@shared/contract/schemas/backup';
import type { Db } from '../db/Db';
import { ensureDatabaseId } from '../db/ensureDatabaseId';
import { migrateDatabase, readSchemaVersion } from '../db/migrateDatabase';
import { prepare } from '../db/sql';
import { COPY_BINDING } from '../device/readOrCreateDeviceId';
import { backupDatabase } from './backupDatabase';
import { backupFailure } from './BackupFailure';
import { checkDatabaseFile } from './checkDatabaseFile';
import { replaceContentsFrom } from './replaceContentsFrom';
import { withAttached } from './withAttached';

export type RestoreSource = { kind: 'file'; path: string } | { kind: 'bytes'; bytes: Uint8Array };

/** `previous`: the backup of the data the restore replaced (null when the file held none). */
export type RestoreResult = { previous: BackupEntry | null; schemaVersion: number };

const PROBLEM_TEXT = {
  not_found: 'No such backup',
  not_a_database: 'The file is not a database',
  damaged: 'The file is damaged (integrity check failed)',
  foreign_keys: 'The file has records that point to missing records',
  not_voronka: 'The file is not a Voronka database',
  newer_schema: 'The file was made by a newer version of Voronka',
  too_large: 'The file is too large',
} as const;

/** better-sqlite3 copies an attached database with `attached` (missing from its type definitions). */
const backupAttached = (db: Db, attached: string, destination: string): Promise<unknown> =>
  (db.sqlite.backup as unknown as (file: string, options: { attached: string }) => Promise<unknown>).call(
    db.sqlite,
    destination,
    {
      attached,
    },
  );

const holdsData = (db: Db): boolean =>
  readSchemaVersion(db) > 0 && prepare(db, "SELECT 1 FROM sqlite_schema WHERE name = 'meta'").get() !== undefined;

/**
 * The staged copy as a plain file (no WAL) marked as a copy: the restore takes a new device id.
 * It keeps the live file's identity, so a log written after the restore still reads as its own; a
 * live file with no data yet (a restore into a new file) has none, and the backup's is kept.
 */
const sealStage = (db: Db, stage: string): Promise<void> => {
  const databaseId = holdsData(db) ? ensureDatabaseId(db) : null;
  return withAttached(db.sqlite, stage, 'staged', () => {
    db.sqlite.pragma('staged.journal_mode = DELETE');
    const upsert = db.sqlite.prepare(
      'INSERT INTO staged.meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    upsert.run('device_binding', COPY_BINDING);
    if (databaseId !== null) upsert.run('database_id', databaseId);
  });
};

/**
 * Replaces the open database's contents with a backup. The file is copied to a staging name and
 * checked there (integrity, foreign keys, a Voronka schema this app can open), so a damaged or
 * foreign file is refused before anything changes. The current data is backed up first, and the
 * staged copy is then written into the live file by SQLite's backup API in one write
 * transaction: a crash midway leaves the old data, never a torn file. An older schema is then
 * migrated as at any open.
 */
export const restoreDatabase = async (
  db: Db,
  source: RestoreSource,
  dir: string,
  now: number,
): Promise<RestoreResult> => {
  mkdirSync(dir, { recursive: true });
  const stage = join(dir, `.restore-${randomBytes(6).toString('hex')}.tmp`);
  try {
    if (source.kind === 'file') copyFileSync(source.path, stage);
    else writeFileSync(stage, source.bytes);
    const check = await checkDatabaseFile(db.sqlite, stage);
    if (!check.ok) {
      const problem = check.problem ?? 'damaged';
      throw backupFailure(problem, PROBLEM_TEXT[problem], {
        ...(check.schemaVersion === null ? {} : { schemaVersion: check.schemaVersion }),
      });
    }
    await sealStage(db, stage);
    const previous = holdsData(db) ? await backupDatabase(db, dir, 'before_restore', now) : null;
    await withAttached(db.sqlite, stage, 'staged', () =>
      db.key === null ? backupAttached(db, 'staged', db.path) : replaceContentsFrom(db, 'staged'),
    );
    db.statements.clear();
    migrateDatabase(db, now);
    return { previous, schemaVersion: readSchemaVersion(db) };
  } finally {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${stage}${suffix}`, { force: true });
  }
};
