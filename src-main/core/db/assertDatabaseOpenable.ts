import { DomainError } from '../DomainError';
import { inspectDatabaseFile } from './inspectDatabaseFile';

/**
 * Refuses a damaged file before anything opens it for writing (a writable open would replay a
 * foreign log, run migrations or seed an empty workspace over what is left): the shells turn the
 * DB_DAMAGED error into "restore the latest backup or open another file".
 */
export const assertDatabaseOpenable = (path: string, key: string | null = null): void => {
  if (path === ':memory:') return;
  const reason = inspectDatabaseFile(path, key);
  if (reason !== null) {
    throw new DomainError('DB_DAMAGED', `The database file is damaged (${reason}); it was not opened or changed`, {
      reason,
      path,
    });
  }
};
