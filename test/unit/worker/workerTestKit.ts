import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'voronka-worker-'));

/** A SQLite file whose schema version is ahead of this app, as a newer Voronka would leave it. */
export const createNewerSchemaDb = (dir: string): string => {
  const path = join(dir, 'newer.sqlite');
  const sqlite = new Database(path);
  sqlite.pragma('user_version = 999');
  sqlite.close();
  return path;
};

export const FAKE_WORKER = new URL('./fixtures/fakeWorker.mjs', import.meta.url);
