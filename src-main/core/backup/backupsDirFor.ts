import { dirname, join } from 'node:path';

/**
 * The backups folder: `backups` beside the database, i.e. in the app's user-data folder for the
 * desktop app. Backups stay on the same disk, so a rename into place is atomic.
 */
export const backupsDirFor = (dbPath: string): string => join(dirname(dbPath), 'backups');
