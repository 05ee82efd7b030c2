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
  dir = mkdtempSync(join(tmpdir(), 'voronka-m0003-'));
});
afterEach(() => {
  if (db) closeDatabase(db);
  db = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const NOW = Date.UTC(2026, 10, 26);
const upTo = (version: number) => migrations.filter((migration) => migration.version <= version);

const planOf = (target: Db, sqlText: string): string =>
  (target.sqlite.prepare(`EXPLAIN QUERY PLAN ${sqlText}`).all('c') as { detail: string }[])
    .map((row) => row.detail)
    .join('\n');

describe('m0003_company_timeline_indexes', () => {
  it('adds the indexes to a v2 file, keeps its activities, and the company page query uses them', () => {
    db = openDatabase(join(dir, 'a.sqlite'));
    migrateDatabase(db, NOW, upTo(2));
    db.sqlite.exec(`
      INSERT INTO companies (id, name, created_at, updated_at) VALUES ('c', 'Ромашка', 0, 0);
      INSERT INTO activities (id, type, subject, company_id, created_at, updated_at) VALUES ('a', 'call', 'Звонок', 'c', 0, 0);`);

    const report = migrateDatabase(db, NOW, upTo(3));
    expect(report).toMatchObject({ from: 2, to: 3 });
    expect(readSchemaVersion(db)).toBe(3);
    const indexes = db.sqlite
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'activities'")
      .pluck()
      .all();
    expect(indexes).toEqual(expect.arrayContaining(['activities_company', 'activities_contact']));
    expect(db.sqlite.prepare("SELECT subject FROM activities WHERE company_id = 'c'").pluck().all()).toEqual([
      'Звонок',
    ]);

    expect(planOf(db, 'SELECT id FROM activities WHERE company_id = ?')).toMatch(/activities_company/);
    expect(planOf(db, 'SELECT id FROM activities WHERE contact_id = ?')).toMatch(/activities_contact/);
  });
});
