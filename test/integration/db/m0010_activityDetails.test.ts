import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0010');
const NOW = MIGRATION_NOW;

describe('m0010_activity_details', () => {
  it('keeps every activity, adds the details, accepts nurture touches and keeps the constraints', () => {
    const db = file.open(9);
    db.sqlite.exec(`
      INSERT INTO users (id, name, role, created_at, updated_at) VALUES ('u1', 'Анна', 'rep', 0, 0);
      INSERT INTO activities (id, type, direction, subject, body, owner_id, due_at, done_at, created_at, updated_at, deleted_at)
      VALUES ('a1', 'call', 'outbound', 'Звонок', 'текст', 'u1', NULL, 5, 1, 2, NULL),
             ('a2', 'task', NULL, 'Задача', NULL, 'u1', 100, NULL, 3, 4, 7);`);
    const before = db.sqlite.prepare('SELECT * FROM activities ORDER BY id').all();

    expect(migrateDatabase(db, NOW, upTo(10))).toMatchObject({ from: 9, to: 10 });
    expect(readSchemaVersion(db)).toBe(10);
    const after = db.sqlite.prepare('SELECT * FROM activities ORDER BY id').all() as Record<string, unknown>[];
    expect(after).toEqual(
      (before as Record<string, unknown>[]).map((row) => ({
        ...row,
        outcome: null,
        duration_sec: null,
        amount_minor: null,
        currency: null,
        file_ref: null,
        content_kind: null,
        engagement: null,
      })),
    );
    db.sqlite.exec(`INSERT INTO activities (id, type, subject, content_kind, engagement, created_at, updated_at)
      VALUES ('a3', 'nurture', 'Кейс', 'case', 'opened', 0, 0)`);
    expect(() =>
      db?.sqlite.exec(`INSERT INTO activities (id, type, subject, outcome, created_at, updated_at)
        VALUES ('a4', 'call', 'x', 'maybe', 0, 0)`),
    ).toThrow(/CHECK/);
    expect(() =>
      db?.sqlite.exec(`INSERT INTO activities (id, type, subject, owner_id, created_at, updated_at)
        VALUES ('a5', 'call', 'x', 'nobody', 0, 0)`),
    ).toThrow(/FOREIGN KEY/);
    const indexes = db.sqlite
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'activities' AND sql IS NOT NULL ORDER BY name",
      )
      .pluck()
      .all();
    expect(indexes).toEqual([
      'activities_company',
      'activities_contact',
      'activities_deal',
      'activities_deal_done',
      'activities_done',
      'activities_open_due',
      'activities_owner_done',
      'activities_owner_open_due',
    ]);
    expect(db.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  });
});
