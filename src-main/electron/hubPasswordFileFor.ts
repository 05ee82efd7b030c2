import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../core/reports/writeFileAtomic';
import type { PasswordFile } from './createKeptPasswordHandler';

/** Where releases before per-workspace keying kept the one hub password of the machine. */
const LEGACY = 'hub-password.bin';

/**
 * The keychain-encrypted hub password file of one workspace (by its file's absolute path): two
 * workspaces on one machine, connected to different hubs or as different logins, each keep their
 * own. (Disconnecting forgets it; connecting as another login replaces it.) The machine-wide file
 * of older releases is taken over by the first workspace that reads its own and finds none — the
 * one it was typed for when a machine had one workspace.
 */
export const hubPasswordFileFor = (userData: string, dbPath: string): PasswordFile => {
  const id = createHash('sha256').update(resolve(dbPath)).digest('hex').slice(0, 16);
  const path = join(userData, `hub-password-${id}.bin`);
  const legacy = join(userData, LEGACY);
  return {
    read: () => {
      if (!existsSync(path) && existsSync(legacy)) renameSync(legacy, path);
      return existsSync(path) ? readFileSync(path) : null;
    },
    write: (data) => (data === null ? rmSync(path, { force: true }) : writeFileAtomic(path, data)),
  };
};
