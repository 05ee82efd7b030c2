import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { listBackups } from './listBackups';

/**
 * Rolling retention: keeps the newest `keep` automatic backups and deletes the older ones.
 * Backups the user made ("back up now") and those taken before a restore are never deleted here.
 */
export const pruneBackups = (dir: string, keep: number): string[] => {
  const old = listBackups(dir)
    .filter((entry) => entry.kind === 'auto')
    .slice(keep);
  for (const entry of old) rmSync(join(dir, entry.name), { force: true });
  return old.map((entry) => entry.name);
};
