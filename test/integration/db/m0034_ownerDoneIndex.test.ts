import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src-main/core/db/Db';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0034');

const OVERDUE = `SELECT a.id FROM activities a WHERE a.deleted_at IS NULL AND a.done_at IS NULL
  AND a.due_at IS NOT NULL AND a.owner_id = 'u1' AND a.due_at < 50 ORDER BY a.due_at, a.id LIMIT 200`;
const DONE_TODAY = `SELECT a.id FROM activities a WHERE a.deleted_at IS NULL AND a.owner_id = 'u1'
  AND a.done_at >= 0 AND a.done_at < 100 ORDER BY a.done_at DESC, a.id DESC LIMIT 200`;

const planOf = (db: Db, query: string): string =>
  (db.sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((row) => row.detail).join('\n');

describe('m0034_owner_done_index', () => {
  it("keeps activities and reads a rep's open tasks from the open-task index, done work from this one", () => {
    const db = file.open(32);
    db.sqlite.pragma('foreign_keys = OFF');
    const insert = db.sqlite.prepare(
      `INSERT INTO activities (id, type, subject, owner_id, due_at, done_at, created_at, updated_at)
       VALUES (?, 'call', 'x', 'u1', ?, ?, 0, 0)`,
    );
    for (let i = 0; i < 40; i += 1) insert.run(`t${i}`, i * 3, i % 2 === 0 ? null : i);
    // The statistics of the 100k-deal bench: about two activities per owner and done time.
    db.sqlite.exec(`ANALYZE;
      DELETE FROM sqlite_stat1 WHERE tbl = 'activities';
      INSERT INTO sqlite_stat1 VALUES ('activities', 'activities_owner_done', '979105 1516 2'),
        ('activities', 'activities_owner_open_due', '20113 379 1'), ('activities', 'activities_open_due', '20113 2'),
        ('activities', 'activities_done', '958992 1 1 1 1 1'), ('activities', 'activities_deal_done', '958992 10 1'),
        ('activities', 'sqlite_autoindex_activities_1', '979105 1');
      ANALYZE sqlite_schema;`);
    const activities = db.sqlite.prepare('SELECT * FROM activities ORDER BY id').all();

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(34))).toMatchObject({ from: 32, to: 34 });
    expect(readSchemaVersion(db)).toBe(34);
    expect(db.sqlite.prepare('SELECT * FROM activities ORDER BY id').all()).toEqual(activities);
    // Whatever the statistics say, open tasks can no longer be read from this index.
    expect(planOf(db, OVERDUE)).not.toMatch(/activities_owner_done/);
    expect(planOf(db, OVERDUE)).toMatch(/INDEX activities_(owner_)?open_due/);
    expect(planOf(db, DONE_TODAY)).toMatch(/INDEX activities_owner_done \(owner_id=\? AND done_at>\? AND done_at<\?\)/);
    expect(db.sqlite.prepare(OVERDUE).pluck().all()).toEqual([
      't0',
      't2',
      't4',
      't6',
      't8',
      't10',
      't12',
      't14',
      't16',
    ]);
  });
});
