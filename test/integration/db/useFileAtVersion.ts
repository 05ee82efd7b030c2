import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { Db } from '../../../src-main/core/db/Db';
import { migrateDatabase } from '../../../src-main/core/db/migrateDatabase';
import { migrations } from '../../../src-main/core/db/migrations/migrations';
import { closeDatabase, openDatabase } from '../../../src-main/core/db/openDatabase';

export const MIGRATION_NOW = Date.UTC(2026, 11, 3);

/** The migrations up to and including `version`: a file as an older release left it. */
export const upTo = (version: number) => migrations.filter((migration) => migration.version <= version);

/**
 * A migration test's file: `open(version)` makes a new database at that schema version in a
 * fresh folder; it is closed and removed after each test.
 */
export const useFileAtVersion = (name: string): { open(version: number): Db } => {
  let dir = '';
  let db: Db | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), `voronka-${name}-`));
  });
  afterEach(() => {
    if (db) closeDatabase(db);
    db = undefined;
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    open(version) {
      db = openDatabase(join(dir, 'a.sqlite'));
      migrateDatabase(db, MIGRATION_NOW, upTo(version));
      return db;
    },
  };
};
