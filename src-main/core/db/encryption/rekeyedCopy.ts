import { copyFileSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { DomainError } from '../../DomainError';
import { applyDatabaseKey } from './applyDatabaseKey';

const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

const openKeyed = (path: string, key: string | null, nativeBinding?: string): Database.Database => {
  const sqlite = new Database(path, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  if (key === null) return sqlite;
  try {
    applyDatabaseKey(sqlite, key);
    // SQLCipher's cipher settings must be set on a plain file too before `rekey` encrypts it.
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw error;
  }
};

const integrityOf = (sqlite: Database.Database): string =>
  String(sqlite.pragma('integrity_check(1)', { simple: true }));

/**
 * Writes `target` as a copy of the closed, checkpointed database `source` under another key:
 * `from` null encrypts, `to` null decrypts, both change the passphrase. The copy is rekeyed in
 * rollback-journal mode (SQLCipher cannot rekey a WAL file), then opened afresh with the new key
 * and fully checked; `target` is removed unless that check passes. `source` is only read.
 */
export const rekeyedCopy = (
  source: string,
  target: string,
  from: string | null,
  to: string | null,
  /** The better-sqlite3 addon of this runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string,
): void => {
  copyFileSync(source, target);
  try {
    const copy = openKeyed(target, from, nativeBinding);
    try {
      if (from === null && to !== null) {
        copy.pragma("cipher = 'sqlcipher'");
        copy.pragma('legacy = 4');
      }
      copy.pragma('journal_mode = DELETE');
      copy.pragma(`rekey = ${literal(to ?? '')}`);
    } finally {
      copy.close();
    }
    const check = openKeyed(target, to, nativeBinding);
    try {
      const integrity = integrityOf(check);
      if (integrity !== 'ok') {
        throw new DomainError('DB_DAMAGED', `The rewritten copy failed its check: ${integrity}`, { reason: 'damaged' });
      }
    } finally {
      check.close();
    }
  } catch (error) {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
    throw error;
  }
};
