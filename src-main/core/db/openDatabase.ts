import Database from 'better-sqlite3';
import { foldText } from '@shared/domain/foldText';
import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from 'kysely';
import type { Db } from './Db';
import type { Schema } from './schema';
import { applyDatabaseKey } from './encryption/applyDatabaseKey';
import { keyRefusal } from './encryption/keyRefusal';
import { registerLogFunctions } from '../changes/registerLogFunctions';

export type OpenOptions = {
  /** Path of a better-sqlite3 addon built for this runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  readonly?: boolean;
  /** The passphrase of an encrypted workspace (SQLCipher format); absent or null: a plain file. */
  key?: string | null;
};

/** Kysely as a pure query builder: it compiles, better-sqlite3 executes. */
const createQueryBuilder = (): Kysely<Schema> =>
  new Kysely<Schema>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new SqliteIntrospector(db),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  });

export const openDatabase = (path: string, options: OpenOptions = {}): Db => {
  const sqlite = new Database(path, {
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const key = options.key ?? null;
  try {
    if (key !== null) applyDatabaseKey(sqlite, key);
    // The first page read: a wrong key, or a key missing for an encrypted file, fails here.
    sqlite.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    sqlite.close();
    throw keyRefusal(error, key !== null, path) ?? error;
  }
  if (path !== ':memory:' && !options.readonly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // WAL + NORMAL never corrupts; at worst the last transactions before a power cut roll back.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('temp_store = MEMORY');
  // Deleted or moved content (an old value, a cell a page split copied elsewhere, a freed page) is
  // zeroed, not left in free space: what a person asked to erase leaves the file (see eraseContact).
  sqlite.pragma('secure_delete = ON');
  // The one folding rule of every search and sort (SQLite's own LIKE and NOCASE fold ASCII only).
  sqlite.function('fold_text', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? foldText(text) : text,
  );
  registerLogFunctions(sqlite);
  const runInTransaction = sqlite.transaction((work: () => unknown) => work());
  return {
    sqlite,
    q: createQueryBuilder(),
    path,
    key,
    statements: new Map(),
    inTransaction: <T>(work: () => T) => runInTransaction(work) as T,
    inWriteTransaction: <T>(work: () => T) => runInTransaction.immediate(work) as T,
  };
};

export const closeDatabase = (db: Db): void => {
  db.statements.clear();
  if (db.sqlite.open) {
    // Lets SQLite refresh planner statistics for the next open; cheap when nothing changed.
    if (!db.sqlite.readonly) db.sqlite.pragma('optimize');
    db.sqlite.close();
  }
};
