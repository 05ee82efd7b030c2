import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0036');

describe('m0036_activity_review_index', () => {
  it('keeps activities and serves the reviewed ones of a period from a partial covering index', () => {
    const db = file.open(32);
    db.sqlite.exec(`
      INSERT INTO activities (id, type, subject, done_at, review_score, reviewed_at, created_at, updated_at)
      VALUES ('a1', 'demo', 'Демо', 100, 4, 200, 0, 0), ('a2', 'call', 'Звонок', 100, NULL, NULL, 0, 0);`);
    const before = db.sqlite.prepare('SELECT * FROM activities ORDER BY id').all();

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(36))).toMatchObject({ to: 36 });
    expect(readSchemaVersion(db)).toBe(36);
    expect(db.sqlite.prepare('SELECT * FROM activities ORDER BY id').all()).toEqual(before);
    const plan = db.sqlite
      .prepare(
        `EXPLAIN QUERY PLAN SELECT owner_id, sum(review_score), count(*) FROM activities INDEXED BY activities_reviewed
         WHERE review_score IS NOT NULL AND done_at >= 0 AND done_at < 1000
           AND created_at <= 1000 AND (deleted_at IS NULL OR deleted_at > 1000) GROUP BY owner_id`,
      )
      .all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join('\n')).toMatch(/USING COVERING INDEX activities_reviewed/);
  });
});
