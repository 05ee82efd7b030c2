import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/**
 * SHA-256 of every row of every table (the change log and meta included), in rowid order: equal
 * hashes mean nothing in the database changed. Tables are read in name order.
 */
export const hashDatabase = (sqlite: Database.Database): string => {
  const hash = createHash('sha256');
  const tables = sqlite
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string; sql: string }[];
  for (const { name, sql } of tables) {
    hash.update(`#${name}\n`);
    const order = /WITHOUT ROWID/i.test(sql) ? '' : ' ORDER BY rowid';
    for (const row of sqlite.prepare(`SELECT * FROM "${name}"${order}`).raw().iterate()) {
      hash.update(JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value)));
      hash.update('\n');
    }
  }
  return hash.digest('hex');
};
