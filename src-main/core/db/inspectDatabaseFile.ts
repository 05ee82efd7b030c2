import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { DatabaseDamage } from '@shared/contract/databaseDamage';
import { DomainError } from '../DomainError';
import { applyDatabaseKey } from './encryption/applyDatabaseKey';
import { looksEncrypted } from './encryption/looksEncrypted';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const WAL_MAGICS = new Set([0x377f0682, 0x377f0683]);
const HEADER_BYTES = 100;
const WAL_HEADER_BYTES = 32;

type Header = { pageSize: number; pageCount: number | null; walMode: boolean };

const readHead = (path: string, bytes: number): Buffer => {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const read = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
};

const sizeOf = (path: string): number | null => statSync(path, { throwIfNoEntry: false })?.size ?? null;

/** SQLite's file header (https://sqlite.org/fileformat.html#the_database_header), or null if not one. */
const parseHeader = (head: Buffer): Header | null => {
  if (head.length < HEADER_BYTES || !head.subarray(0, 16).equals(SQLITE_MAGIC)) return null;
  const raw = head.readUInt16BE(16);
  const pageSize = raw === 1 ? 65_536 : raw;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return null;
  // The in-header size is only valid when the change counter matches "version-valid-for".
  const pageCount = head.readUInt32BE(24) === head.readUInt32BE(92) ? head.readUInt32BE(28) : null;
  return { pageSize, pageCount, walMode: head[18] === 2 && head[19] === 2 };
};

type View = { sound: boolean; voronka: boolean; schemaVersion: number; databaseId: string | null };

/** What one connection sees: SQLite's page check, and whether it is a Voronka file and which one. */
const describe = (sqlite: Database.Database): View => {
  const check = sqlite.pragma('quick_check(1)', { simple: true });
  const voronka =
    sqlite.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'meta'").get() !== undefined;
  const databaseId = voronka
    ? ((sqlite.prepare("SELECT value FROM meta WHERE key = 'database_id'").get() as { value: string } | undefined)
        ?.value ?? null)
    : null;
  return {
    sound: check === 'ok',
    voronka,
    schemaVersion: sqlite.pragma('user_version', { simple: true }) as number,
    databaseId,
  };
};

const viewOf = (open: () => Database.Database): View | 'damaged' => {
  let sqlite: Database.Database | null = null;
  try {
    sqlite = open();
    return describe(sqlite);
  } catch {
    return 'damaged';
  } finally {
    sqlite?.close();
  }
};

/**
 * The main file alone, as SQLite would see it without its log: read into memory with the header
 * marked as a rollback-journal file (an in-memory copy cannot use a WAL).
 */
const mainFileAlone = (path: string): Database.Database => {
  const bytes = readFileSync(path);
  bytes[18] = 1;
  bytes[19] = 1;
  return new Database(bytes, { readonly: true });
};

/**
 * A log is foreign when applying it turns a Voronka file into something else: another Voronka
 * database (a different `database_id`), not a Voronka database at all, or an older schema. A fresh
 * file whose only data is still in its log (a crash before the first checkpoint) is not foreign.
 */
const walIsForeign = (alone: View, withWal: View): boolean => {
  if (!alone.voronka) return false;
  if (!withWal.voronka || withWal.schemaVersion < alone.schemaVersion) return true;
  return alone.databaseId !== null && withWal.databaseId !== null && alone.databaseId !== withWal.databaseId;
};

const hasLog = (path: string): boolean => {
  const wal = `${path}-wal`;
  const size = sizeOf(wal);
  if (size === null || size < WAL_HEADER_BYTES) return false;
  // SQLite ignores (and resets) a log whose header is not a WAL header: it cannot change the data.
  return WAL_MAGICS.has(readHead(wal, 4).readUInt32BE(0));
};

/**
 * An encrypted file has no readable header to check: with a log beside it (the last run did not
 * close cleanly), SQLite's page check runs through a keyed read-only connection. A key that does
 * not open the file is left to the open, which says so. (The foreign-log check needs the main
 * file alone in memory, which SQLCipher cannot read: it is skipped for encrypted files.)
 */
const inspectEncryptedFile = (path: string, key: string, log: boolean): DatabaseDamage | null => {
  if (!log) return null;
  let sqlite: Database.Database | null = null;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
    applyDatabaseKey(sqlite, key);
    return sqlite.pragma('quick_check(1)', { simple: true }) === 'ok' ? null : 'damaged';
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_NOTADB') return null;
    if (error instanceof DomainError) throw error;
    return 'damaged';
  } finally {
    sqlite?.close();
  }
};

/**
 * Checks a database file before the app opens it for writing, without changing a byte of it (the
 * check reads through read-only connections and an in-memory copy). Returns why the file must not
 * be opened, or null when it is sound or does not exist yet. An empty file is a new database.
 * The full page check runs only when a log is present (the last run did not close cleanly); a
 * clean file costs a header read.
 */
export const inspectDatabaseFile = (path: string, key: string | null = null): DatabaseDamage | null => {
  const size = sizeOf(path);
  const log = hasLog(path);
  if (size === null || (size === 0 && !log)) return null;
  if (key !== null) return inspectEncryptedFile(path, key, log);
  const header = size === 0 ? null : parseHeader(readHead(path, HEADER_BYTES));
  if (size > 0 && header === null) {
    if (looksEncrypted(readHead(path, 1024), size)) {
      throw new DomainError('DB_ENCRYPTED', 'The database is encrypted: give its key to open it', {
        reason: 'key_required',
      });
    }
    return 'not_a_database';
  }
  if (!log) {
    if (header === null) return null;
    if (size % header.pageSize !== 0) return 'truncated';
    if (header.pageCount !== null && header.pageCount * header.pageSize > size) return 'truncated';
    return null;
  }
  const withWal = viewOf(() => new Database(path, { readonly: true, fileMustExist: true }));
  if (withWal === 'damaged' || !withWal.sound) return 'damaged';
  if (size === 0) return null;
  const alone = viewOf(() => mainFileAlone(path));
  // The main file may lag its log (a checkpoint cut short): only its identity matters here.
  if (alone !== 'damaged' && walIsForeign(alone, withWal)) return 'foreign_wal';
  return null;
};
