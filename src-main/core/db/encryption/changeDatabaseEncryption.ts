import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BackupEntry } from '@shared/contract/schemas/backup';
import { backupDatabase } from '../../backup/backupDatabase';
import { backupsDirFor } from '../../backup/backupsDirFor';
import { listBackups } from '../../backup/listBackups';
import { DomainError } from '../../DomainError';
import { closeDatabase, openDatabase } from '../openDatabase';
import { rekeyedCopy } from './rekeyedCopy';

export type EncryptionChange = {
  /** The workspace's passphrase now; null: the file is plain. */
  from: string | null;
  /** The passphrase it gets; null: decrypt. */
  to: string | null;
  /** The better-sqlite3 addon of this runtime (the desktop's worker passes Electron's). */
  nativeBinding?: string;
};

export type EncryptionChangeResult = {
  /** A checked backup of the rewritten workspace, in its new form. */
  backup: BackupEntry;
  /** Older backups and pre-upgrade copies rewritten to the new form (a plain copy would leak). */
  rewritten: string[];
};

const temporaryBeside = (path: string): string =>
  join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.rekey`);

/** Rewrites one closed file in place: a verified copy under the new key, then one rename. */
const rewriteFile = (path: string, change: EncryptionChange): void => {
  const temporary = temporaryBeside(path);
  rekeyedCopy(path, temporary, change.from, change.to, change.nativeBinding);
  renameSync(temporary, path);
};

/** Copies of the data made before: the backups folder and the pre-upgrade copies beside the file. */
const copiesOf = (path: string): string[] => {
  const dir = backupsDirFor(path);
  const backups = existsSync(dir) ? listBackups(dir).map((entry) => join(dir, entry.name)) : [];
  const prefix = `${basename(path)}.v`;
  const upgrades = readdirSync(dirname(path))
    .filter((name) => name.startsWith(prefix) && name.endsWith('.bak'))
    .map((name) => join(dirname(path), name));
  return [...backups, ...upgrades];
};

/**
 * Encrypts, decrypts or changes the passphrase of a workspace file while no app has it open (the
 * CLI's `voronka encrypt`, and the hosts' Settings → Security, in a worker started after the
 * previous one closed the file: see createWorkspaceSwitch). The old key must open the file; the file is checkpointed,
 * copied, rekeyed and fully checked under a temporary name, and only then renamed over the
 * original (one atomic step: a crash leaves the old file or the new one, never half of each).
 * Then every earlier backup that the old key opens is rewritten the same way, so no plain copy
 * of an encrypted workspace is left behind, and a checked backup of the new file is taken.
 */
export const changeDatabaseEncryption = async (
  path: string,
  change: EncryptionChange,
  now: number,
): Promise<EncryptionChangeResult> => {
  if (change.from === null && change.to === null) {
    throw new DomainError('DB_ENCRYPTED', 'The database is not encrypted', { reason: 'not_encrypted' });
  }
  const binding = change.nativeBinding ? { nativeBinding: change.nativeBinding } : {};
  const current = openDatabase(path, { key: change.from, ...binding });
  try {
    // The whole file in the main file: the copy then misses nothing that only the log held.
    current.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    closeDatabase(current);
  }
  // SQLite removes the log when its last connection closes: one left means another process (the
  // app) has the file open, and a file swapped under it would be overwritten by its next write.
  if (existsSync(`${path}-wal`)) {
    throw new DomainError('CONFLICT', 'The database is open in another program: close Voronka first', {
      reason: 'busy',
    });
  }
  rewriteFile(path, change);

  const rewritten: string[] = [];
  for (const copy of copiesOf(path)) {
    try {
      rewriteFile(copy, change);
      rewritten.push(copy);
    } catch {
      // A copy the old key does not open (made under another passphrase, or damaged) is left as it is.
    }
  }
  const reopened = openDatabase(path, { key: change.to, ...binding });
  try {
    const backup = await backupDatabase(reopened, backupsDirFor(path), 'manual', now);
    return { backup, rewritten };
  } finally {
    closeDatabase(reopened);
  }
};
