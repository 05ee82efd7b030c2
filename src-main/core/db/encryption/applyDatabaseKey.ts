import type BetterSqlite3 from 'better-sqlite3';
import { DomainError } from '../../DomainError';

/** SQL string literal: the key reaches SQLite only inside a PRAGMA, never as an argument or a log line. */
const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/**
 * The cipher this build of SQLite offers, or null when it is plain SQLite (an unknown PRAGMA is a
 * no-op there, so a key would be silently ignored and the file written in the clear).
 */
export const cipherOf = (sqlite: BetterSqlite3.Database): string | null => {
  const cipher = sqlite.pragma('cipher', { simple: true });
  return typeof cipher === 'string' && cipher !== '' ? cipher : null;
};

/** Refuses rather than go on in the clear when this SQLite build has no cipher. */
export const assertCipherAvailable = (sqlite: BetterSqlite3.Database): void => {
  if (cipherOf(sqlite) === null) {
    throw new DomainError('DB_ENCRYPTED', 'This build of SQLite cannot encrypt: the database was not opened', {
      reason: 'cipher_unavailable',
    });
  }
  // SQLCipher 4's format for files attached with a KEY too.
  sqlite.pragma("cipher = 'sqlcipher'");
  sqlite.pragma('legacy = 4');
};

/**
 * Keys a connection before it reads a page: SQLCipher 4's format (AES-256-CBC, HMAC-SHA512,
 * PBKDF2-SHA512 over the passphrase with a per-file salt), so the file opens in any SQLCipher
 * tool too. Refuses rather than writing in the clear when the SQLite build has no cipher.
 */
export const applyDatabaseKey = (sqlite: BetterSqlite3.Database, key: string): void => {
  assertCipherAvailable(sqlite);
  sqlite.pragma(`key = ${literal(key)}`);
};
