import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupEntry } from '@shared/contract/schemas/backup';
import { assertCipherAvailable } from '../db/encryption/applyDatabaseKey';
import { backupsDirFor } from './backupsDirFor';
import { checkDatabaseFile } from './checkDatabaseFile';
import { listBackups } from './listBackups';

export type DamagedRecovery = {
  restored: BackupEntry;
  /** Where the damaged file now lies (its -wal and -shm beside it, same suffix): never deleted. */
  keptAs: string;
};

const FILE_SUFFIXES = ['', '-wal', '-shm'] as const;

/** The newest backup in the folder that passes the full check (a damaged one is skipped). */
export const latestSoundBackup = async (
  dbPath: string,
  nativeBinding?: string,
  key: string | null = null,
): Promise<BackupEntry | null> => {
  const dir = backupsDirFor(dbPath);
  const checker = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
  try {
    // An encrypted workspace's backups are encrypted under its key.
    if (key !== null) assertCipherAvailable(checker);
    for (const entry of listBackups(dir)) {
      if ((await checkDatabaseFile(checker, join(dir, entry.name), key)).ok) return entry;
    }
    return null;
  } finally {
    checker.close();
  }
};

const asideName = (dbPath: string, now: number): string => {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  let path = `${dbPath}.damaged-${stamp}`;
  for (let n = 1; existsSync(path); n += 1) path = `${dbPath}.damaged-${stamp}-${n}`;
  return path;
};

/**
 * "Restore the latest backup" for a database that would not open: the damaged file (and its log)
 * is renamed aside, never overwritten or deleted, and the newest sound automatic or manual backup
 * is copied into its place (to a temporary name first, so a crash leaves no half file under the
 * real name). Returns null, changing nothing, when there is no sound backup. `nativeBinding`: the
 * better-sqlite3 addon of the calling runtime (Electron's main process).
 */
export const restoreLatestBackupOver = async (
  dbPath: string,
  now: number,
  nativeBinding?: string,
  key: string | null = null,
): Promise<DamagedRecovery | null> => {
  const restored = await latestSoundBackup(dbPath, nativeBinding, key);
  if (restored === null) return null;
  const staging = `${dbPath}.restoring`;
  copyFileSync(join(backupsDirFor(dbPath), restored.name), staging);
  const keptAs = asideName(dbPath, now);
  for (const suffix of FILE_SUFFIXES) {
    if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, keptAs + suffix);
  }
  renameSync(staging, dbPath);
  rmSync(`${staging}-journal`, { force: true });
  return { restored, keptAs };
};
