import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupEntry } from '@shared/contract/schemas/backup';
import { parseBackupName } from './backupFileName';

/** The backups in `dir`, newest first; other files (and half-written temporaries) are ignored. */
export const listBackups = (dir: string): BackupEntry[] => {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    const info = parsed ? statSync(join(dir, name), { throwIfNoEntry: false }) : undefined;
    if (parsed && info?.isFile()) entries.push({ name, ...parsed, bytes: info.size });
  }
  return entries.sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name));
};
