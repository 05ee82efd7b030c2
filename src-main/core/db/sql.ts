import type BetterSqlite3 from 'better-sqlite3';
import type { Compilable, RawBuilder } from 'kysely';
import type { Db } from './Db';

type Params = readonly unknown[];

/** Prepared statements are cached by SQL text: compiling once is most of better-sqlite3's speed. */
export const prepare = (db: Db, sqlText: string): BetterSqlite3.Statement => {
  let statement = db.statements.get(sqlText);
  if (!statement) {
    statement = db.sqlite.prepare(sqlText);
    db.statements.set(sqlText, statement);
  }
  return statement;
};

/**
 * A cached statement that returns rows as arrays of cells (`raw` mode): for hot reads that build
 * their own objects, a literal costs about half of better-sqlite3's row object. Cached apart from
 * `prepare`'s, whose statements return objects.
 */
export const prepareRaw = (db: Db, sqlText: string): BetterSqlite3.Statement => {
  const key = `raw:${sqlText}`;
  let statement = db.statements.get(key);
  if (!statement) {
    statement = db.sqlite.prepare(sqlText).raw(true);
    db.statements.set(key, statement);
  }
  return statement;
};

const compile = <O>(query: Compilable<O>) => {
  const compiled = query.compile();
  return { sql: compiled.sql, parameters: compiled.parameters as Params };
};

export const selectAll = <O>(db: Db, query: Compilable<O>): O[] => {
  const { sql, parameters } = compile(query);
  return prepare(db, sql).all(...parameters) as O[];
};

export const selectFirst = <O>(db: Db, query: Compilable<O>): O | undefined => {
  const { sql, parameters } = compile(query);
  return prepare(db, sql).get(...parameters) as O | undefined;
};

export const execute = (db: Db, query: Compilable<unknown>): BetterSqlite3.RunResult => {
  const { sql, parameters } = compile(query);
  return prepare(db, sql).run(...parameters);
};

/** Runs `work` in one SQLite transaction (nested calls become savepoints). */
export const transaction = <T>(db: Db, work: () => T): T => db.inTransaction(work);

/** Rows of a query written with Kysely's `sql` template (for reports too tangled for the builder). */
export const selectRaw = <O>(db: Db, query: RawBuilder<O>): O[] => {
  const compiled = query.compile(db.q);
  return prepare(db, compiled.sql).all(...(compiled.parameters as Params)) as O[];
};
