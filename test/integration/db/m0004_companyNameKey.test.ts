import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src-main/core/db/Db';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { migrations } from '../../../src-main/core/db/migrations/migrations';
import { closeDatabase, openDatabase } from '../../../src-main/core/db/openDatabase';

let dir: string;
let db: Db | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'voronka-m0004-'));
});
afterEach(() => {
  if (db) closeDatabase(db);
  db = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const NOW = Date.UTC(2026, 10, 27);
const upTo = (version: number) => migrations.filter((migration) => migration.version <= version);

describe('m0004_company_name_key', () => {
  it('backfills the name key of existing companies and looks it up by index', () => {
    db = openDatabase(join(dir, 'a.sqlite'));
    migrateDatabase(db, NOW, upTo(3));
    db.sqlite.exec(`
      INSERT INTO companies (id, name, created_at, updated_at) VALUES ('a', 'ООО «Ромашка»', 0, 0);
      INSERT INTO companies (id, name, created_at, updated_at) VALUES ('b', 'Ромашка, ООО', 0, 0);
      INSERT INTO companies (id, name, created_at, updated_at) VALUES ('c', 'ООО', 0, 0);`);
    const changeLogBefore = db.sqlite.prepare('SELECT count(*) FROM change_log').pluck().get();

    expect(migrateDatabase(db, NOW, upTo(4))).toMatchObject({ from: 3, to: 4 });
    expect(readSchemaVersion(db)).toBe(4);
    const keys = db.sqlite.prepare('SELECT id, name_key FROM companies ORDER BY id').all();
    expect(keys).toEqual([
      { id: 'a', name_key: 'ромашка' },
      { id: 'b', name_key: 'ромашка' },
      { id: 'c', name_key: null },
    ]);
    // A derived value each device computes for itself: nothing to sync.
    expect(db.sqlite.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(changeLogBefore);
    const plan = (
      db.sqlite.prepare('EXPLAIN QUERY PLAN SELECT id FROM companies WHERE name_key = ?').all('x') as {
        detail: string;
      }[]
    )
      .map((row) => row.detail)
      .join('\n');
    expect(plan).toContain('companies_name_key');
  });
});
