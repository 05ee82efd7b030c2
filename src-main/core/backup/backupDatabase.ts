import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupEntry, BackupKind } from '@shared/contract/schemas/backup';
import type { Db } from '../db/Db';
import { backupFileName } from './backupFileName';
import { writeCheckedBackup } from './writeCheckedBackup';

/** A full, checked backup of the open database into the backups folder `dir`. */
export const backupDatabase = async (db: Db, dir: string, kind: BackupKind, now: number): Promise<BackupEntry> => {
  mkdirSync(dir, { recursive: true });
  const name = backupFileName(dir, kind, now);
  await writeCheckedBackup(db, join(dir, name));
  return { name, kind, createdAt: now, bytes: statSync(join(dir, name)).size };
};
