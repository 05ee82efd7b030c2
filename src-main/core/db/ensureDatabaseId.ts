import { randomUUID } from 'node:crypto';
import type { Db } from './Db';

/**
 * A file's own identity, made once and never changed (a copied file, a restore into it and its
 * backups keep it): at start it tells this file's write-ahead log from another database's.
 * Device ids cannot serve, since a copied file takes a new one.
 */
export const ensureDatabaseId = (db: Db): string => {
  db.sqlite
    .prepare("INSERT INTO meta (key, value) VALUES ('database_id', ?) ON CONFLICT (key) DO NOTHING")
    .run(randomUUID());
  return (db.sqlite.prepare("SELECT value FROM meta WHERE key = 'database_id'").get() as { value: string }).value;
};
