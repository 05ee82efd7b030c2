import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Db } from '../db/Db';
import { COPY_BINDING } from '../device/readOrCreateDeviceId';
import { backupFailure } from './BackupFailure';
import { checkDatabaseFile } from './checkDatabaseFile';
import { withAttached } from './withAttached';

/**
 * Makes the copy one self-contained file (rollback journal, no -wal beside it) and marks it as a
 * copy, so a restore of it takes a new device id instead of re-stamping this device's messages.
 */
const sealCopy = (db: Db, path: string): Promise<void> =>
  withAttached(db.sqlite, path, 'sealed', () => {
    db.sqlite.pragma('sealed.journal_mode = DELETE');
    db.sqlite
      .prepare(
        "INSERT INTO sealed.meta (key, value) VALUES ('device_binding', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      )
      .run(COPY_BINDING);
  });

/**
 * A full copy of the open database at `target`: SQLite's online backup (consistent while the app
 * keeps writing: pages written meanwhile are copied again; an encrypted workspace's copy is
 * encrypted under its key), then an integrity and foreign-key
 * check of the copy under a temporary name, then the rename. A file under the target's name is
 * therefore always whole and sound; an existing one is replaced in one step.
 */
export const writeCheckedBackup = async (db: Db, target: string): Promise<void> => {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    // SQLite's online backup cannot write an encrypted copy (it opens the target without a key);
    // VACUUM INTO writes one under the workspace's key, from one consistent snapshot.
    if (db.key === null) await db.sqlite.backup(temporary);
    else db.sqlite.prepare('VACUUM INTO ?').run(temporary);
    await sealCopy(db, temporary);
    const check = await checkDatabaseFile(db.sqlite, temporary);
    if (!check.ok) {
      throw backupFailure(
        check.problem ?? 'damaged',
        `The backup copy failed its check: ${check.integrity.join('; ')}`,
      );
    }
    renameSync(temporary, target);
  } finally {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${temporary}${suffix}`, { force: true });
  }
};
