import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { DomainError } from '../../DomainError';
import { looksEncrypted } from './looksEncrypted';

const SAMPLE_BYTES = 1024;

/** Whether the file at `path` starts like an encrypted database (not garbage, not another file). */
const fileLooksEncrypted = (path: string): boolean => {
  const size = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  if (size < SAMPLE_BYTES) return false;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(SAMPLE_BYTES);
    readSync(fd, head, 0, SAMPLE_BYTES, 0);
    return looksEncrypted(head, size);
  } finally {
    closeSync(fd);
  }
};

/**
 * SQLite's "file is not a database" at the first read of a file that passed the header check is
 * a key problem: the key does not open it (wrong passphrase, or a plain file opened with one), or
 * an encrypted file was opened without one (a file that does not look encrypted is just not a
 * database: SQLite's own error stands). Null for any other error.
 */
export const keyRefusal = (error: unknown, keyGiven: boolean, path: string): DomainError | null => {
  if ((error as { code?: unknown }).code !== 'SQLITE_NOTADB') return null;
  if (!keyGiven && (path === ':memory:' || !fileLooksEncrypted(path))) return null;
  return keyGiven
    ? new DomainError('DB_ENCRYPTED', 'The key does not open this database; nothing was changed', {
        reason: 'key_rejected',
      })
    : new DomainError('DB_ENCRYPTED', 'The database is encrypted: give its key to open it', {
        reason: 'key_required',
      });
};
