import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0037');

const COUNTS = 'SELECT owner_key, type, n FROM activity_counts WHERE n > 0 ORDER BY owner_key, type';
const EXPECTED = `SELECT coalesce(owner_id, '') AS owner_key, type, count(*) AS n FROM activities
  WHERE done_at IS NOT NULL AND deleted_at IS NULL GROUP BY 1, 2 ORDER BY 1, 2`;

describe('m0037_activity_counts', () => {
  it('counts existing live done activities per owner and type, then keeps the counts through writes', () => {
    const db = file.open(36);
    db.sqlite.exec(`
      INSERT INTO users (id, name, role, active, created_at, updated_at) VALUES ('u1', 'Анна', 'rep', 1, 0, 0);
      INSERT INTO activities (id, type, subject, owner_id, done_at, deleted_at, created_at, updated_at) VALUES
        ('a1', 'call', 'Звонок', 'u1', 100, NULL, 0, 0),
        ('a2', 'call', 'Звонок', 'u1', 100, NULL, 0, 0),
        ('a3', 'call', 'Звонок', NULL, 100, NULL, 0, 0),
        ('a4', 'demo', 'Задача', 'u1', NULL, NULL, 0, 0),
        ('a5', 'demo', 'Удалено', 'u1', 100, 200, 0, 0);`);
    const before = db.sqlite.prepare('SELECT * FROM activities ORDER BY id').all();

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(37))).toMatchObject({ to: 37 });
    expect(readSchemaVersion(db)).toBe(37);
    expect(db.sqlite.prepare('SELECT * FROM activities ORDER BY id').all()).toEqual(before);
    expect(db.sqlite.prepare(COUNTS).all()).toEqual([
      { owner_key: '', type: 'call', n: 1 },
      { owner_key: 'u1', type: 'call', n: 2 },
    ]);

    const writes = [
      "UPDATE activities SET done_at = 300 WHERE id = 'a4'", // a task done
      "UPDATE activities SET deleted_at = NULL WHERE id = 'a5'", // restored
      "UPDATE activities SET deleted_at = 400 WHERE id = 'a1'", // deleted
      "UPDATE activities SET owner_id = NULL, type = 'email' WHERE id = 'a2'", // owner and type at once
      "UPDATE activities SET owner_id = 'u1' WHERE id = 'a3'", // from no owner
      "UPDATE activities SET subject = 'Другое', done_at = 500 WHERE id = 'a3'", // no counted change
      "UPDATE activities SET done_at = NULL WHERE id = 'a4'", // reopened
      "UPDATE activities SET type = 'note' WHERE id = 'a1'", // a deleted row's type
      "DELETE FROM activities WHERE id = 'a5'",
      "INSERT INTO activities (id, type, subject, done_at, created_at, updated_at) VALUES ('a6', 'call', 'Новый', 1, 0, 0)",
    ];
    for (const write of writes) {
      db.sqlite.exec(write);
      expect(db.sqlite.prepare(COUNTS).all(), write).toEqual(db.sqlite.prepare(EXPECTED).all());
    }
  });
});
