import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_NAME_PATTERN, type BackupEntry, type BackupKind } from '@shared/contract/schemas/backup';

const SUFFIX: Record<BackupKind, string> = { auto: 'auto', manual: 'manual', before_restore: 'before-restore' };

/** A free name in `dir`: "voronka-2026-12-03T13-40-00-000Z-auto.sqlite" (UTC, sorts by time). */
export const backupFileName = (dir: string, kind: BackupKind, now: number): string => {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  let name = `voronka-${stamp}-${SUFFIX[kind]}.sqlite`;
  for (let n = 1; existsSync(join(dir, name)); n += 1) name = `voronka-${stamp}-${SUFFIX[kind]}-${n}.sqlite`;
  return name;
};

/** The kind and time a backup's name records, or null for a file that is not one of ours. */
export const parseBackupName = (name: string): Pick<BackupEntry, 'kind' | 'createdAt'> | null => {
  const match = BACKUP_NAME_PATTERN.exec(name);
  if (!match) return null;
  const [date, time] = name.slice('voronka-'.length, 'voronka-'.length + 24).split('T') as [string, string];
  const createdAt = Date.parse(
    `${date}T${time.slice(0, 2)}:${time.slice(3, 5)}:${time.slice(6, 8)}.${time.slice(9, 12)}Z`,
  );
  const kind = match[1] === 'before-restore' ? 'before_restore' : (match[1] as BackupKind);
  return Number.isNaN(createdAt) ? null : { kind, createdAt };
};
