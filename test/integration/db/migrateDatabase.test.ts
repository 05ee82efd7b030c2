import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src-main/core/db/Db';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../src-main/core/db/migrations/migrations';
import { closeDatabase, openDatabase } from '../../../src-main/core/db/openDatabase';
import { createBackend } from '../../../src-main/core/createBackend';

let dir: string;
let db: Db | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'voronka-migrate-'));
});
afterEach(() => {
  if (db) closeDatabase(db);
  db = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const NOW = Date.UTC(2026, 10, 26);

describe('migrateDatabase', () => {
  it('brings an empty file to the latest version without a backup', () => {
    db = openDatabase(join(dir, 'a.sqlite'));
    const report = migrateDatabase(db, NOW);
    expect(report).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION, backupPath: null });
    expect(readSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
  });

  it('does nothing on a file that is up to date', () => {
    const path = join(dir, 'a.sqlite');
    db = openDatabase(path);
    migrateDatabase(db, NOW);
    closeDatabase(db);
    db = openDatabase(path);
    expect(migrateDatabase(db, NOW)).toEqual({
      from: LATEST_SCHEMA_VERSION,
      to: LATEST_SCHEMA_VERSION,
      backupPath: null,
    });
  });

  it('backs a non-empty file up with VACUUM INTO before migrating it', () => {
    const path = join(dir, 'a.sqlite');
    db = openDatabase(path);
    migrateDatabase(db, NOW);
    db.sqlite.prepare("INSERT INTO meta (key, value) VALUES ('probe', 'kept')").run();
    const next = [
      ...migrations,
      { version: LATEST_SCHEMA_VERSION + 1, name: 'probe', sql: 'CREATE TABLE probe (x INTEGER) STRICT;' },
    ];
    const report = migrateDatabase(db, NOW, next);
    expect(report.from).toBe(LATEST_SCHEMA_VERSION);
    expect(report.to).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(report.backupPath).not.toBeNull();
    const backup = new Database(report.backupPath ?? '', { readonly: true });
    expect(backup.prepare("SELECT value FROM meta WHERE key = 'probe'").pluck().get()).toBe('kept');
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    backup.close();
  });

  it('rolls a failing step back and keeps the version, with the backup on disk', () => {
    const path = join(dir, 'a.sqlite');
    db = openDatabase(path);
    migrateDatabase(db, NOW);
    const broken = [
      ...migrations,
      {
        version: LATEST_SCHEMA_VERSION + 1,
        name: 'broken',
        sql: 'CREATE TABLE half (x INTEGER) STRICT; SELECT * FROM nowhere;',
      },
    ];
    expect(() => migrateDatabase(db as Db, NOW, broken)).toThrow(/nowhere/);
    expect(readSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.sqlite.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half'").pluck().get()).toBe(0);
  });

  it('refuses a file written by a newer app and leaves it untouched', () => {
    const path = join(dir, 'future.sqlite');
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    expect(() => createBackend({ dbPath: path, platform: 'test' })).toThrow(/newer than this app/);
    const again = new Database(path, { readonly: true });
    expect(again.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 5);
    again.close();
    expect(existsSync(`${path}.bak`)).toBe(false);
  });
});

describe('m0001_initial', () => {
  it('creates only STRICT tables with foreign keys enforced', () => {
    db = openDatabase(join(dir, 'a.sqlite'));
    migrateDatabase(db, NOW, migrations.slice(0, 1));
    const tables = db.sqlite
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string; sql: string }[];
    expect(tables.map((table) => table.name)).toEqual(
      expect.arrayContaining([
        'deals',
        'stages',
        'pipelines',
        'change_log',
        'stage_transitions',
        'activities',
        'companies',
      ]),
    );
    for (const table of tables) expect(table.sql, table.name).toMatch(/STRICT/);
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('enforces the deal status invariants in the schema', () => {
    db = openDatabase(join(dir, 'a.sqlite'));
    migrateDatabase(db, NOW, migrations.slice(0, 1));
    db.sqlite.exec(`
      INSERT INTO pipelines (id, default_key, position, created_at, updated_at) VALUES ('p', 'sales', 'a0', 0, 0);
      INSERT INTO stages (id, pipeline_id, default_key, funnel_step, position, probability, created_at, updated_at)
        VALUES ('s', 'p', 'x', 'interest', 'a0', 0.5, 0, 0);`);
    const insertLost = () =>
      db?.sqlite
        .prepare(
          `INSERT INTO deals (id, title, pipeline_id, stage_id, position, status, currency, stage_entered_at, created_at, updated_at)
           VALUES ('d', 'T', 'p', 's', 'a0', 'lost', 'RUB', 0, 0, 0)`,
        )
        .run();
    expect(insertLost).toThrow(/CHECK constraint/);
  });
});
