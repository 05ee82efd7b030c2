import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0018');

describe('m0018_activity_reviews', () => {
  it('keeps activities, adds an empty review to each with its checks', () => {
    const db = file.open(17);
    db.sqlite.exec(`
      INSERT INTO users (id, name, role, created_at, updated_at) VALUES ('u1', 'Анна', 'manager', 0, 0);
      INSERT INTO activities (id, type, subject, owner_id, done_at, created_at, updated_at)
      VALUES ('a1', 'proposal', 'КП отправлено', 'u1', 5, 5, 5);`);
    const activities = db.sqlite.prepare('SELECT * FROM activities').all();

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(18))).toMatchObject({ from: 17, to: 18 });
    expect(readSchemaVersion(db)).toBe(18);
    expect(db.sqlite.prepare('SELECT * FROM activities').all()).toEqual(
      (activities as object[]).map((row) => ({
        ...row,
        review_score: null,
        review_comment: null,
        reviewed_by: null,
        reviewed_at: null,
      })),
    );
    db.sqlite.exec(`UPDATE activities SET review_score = 5, reviewed_by = 'u1', reviewed_at = 9 WHERE id = 'a1'`);
    expect(() => db.sqlite.exec(`UPDATE activities SET review_score = 0 WHERE id = 'a1'`)).toThrow(/CHECK/);
    expect(() => db.sqlite.exec(`UPDATE activities SET review_score = 6 WHERE id = 'a1'`)).toThrow(/CHECK/);
    expect(() => db.sqlite.exec(`UPDATE activities SET reviewed_by = 'nobody' WHERE id = 'a1'`)).toThrow(/FOREIGN KEY/);
  });
});
