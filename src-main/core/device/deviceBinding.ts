import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';

/** Who runs this copy: the machine and the account (a copy on another machine or login differs). */
export const defaultMachineId = (): string => {
  let user = '';
  try {
    user = userInfo().username;
  } catch {
    // no passwd entry (some containers): the host name alone identifies the machine
  }
  return `${hostname()}\u0000${user}`;
};

/**
 * What ties a device id to one copy of the database: the machine and the file's real path. A
 * file restored or copied to another machine, account or folder no longer matches and takes a
 * new device id, so two live copies never stamp messages as the same device.
 */
export const deviceBinding = (machineId: string, dbPath: string): string => {
  let path = dbPath;
  try {
    path = realpathSync(dbPath);
  } catch {
    // not created yet: the path as given
  }
  return createHash('sha256').update(`${machineId}\u0000${path}`).digest('hex').slice(0, 32);
};
