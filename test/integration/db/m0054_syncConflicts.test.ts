import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0054');

describe('m0054_sync_conflicts', () => {
  it('adds the conflict log: one row per pair of stamps, both values as JSON objects, resolved with a time', () => {
    const db = file.open(51);
    expect(migrateDatabase(db, MIGRATION_NOW, upTo(54))).toMatchObject({ to: 54 });
    expect(readSchemaVersion(db)).toBe(54);
    const insert = (mine: string, theirsStamp: string, status = 'open', resolvedAt: number | null = null) =>
      db.sqlite
        .prepare(
          `INSERT INTO sync_conflicts (tbl, row_id, columns, side, mine, mine_stamp, theirs, theirs_stamp, their_device,
             their_actor, their_at, recorded_at, status, resolved_at)
           VALUES ('deals', 'd1', '["title"]', 'lost', ?, 's1', '{"title":"B"}', ?, 'dev-b', NULL, 1, 2, ?, ?)`,
        )
        .run(mine, theirsStamp, status, resolvedAt);
    expect(insert('{"title":"A"}', 's2').changes).toBe(1);
  });

  it('refuses a second row for the same pair, values that are not objects, and a resolved row without a time', () => {
    const db = file.open(54);
    const insert = (mine: string, theirsStamp: string, status = 'open', resolvedAt: number | null = null) =>
      db.sqlite
        .prepare(
          `INSERT INTO sync_conflicts (tbl, row_id, columns, side, mine, mine_stamp, theirs, theirs_stamp, their_device,
             their_actor, their_at, recorded_at, status, resolved_at)
           VALUES ('deals', 'd1', '["title"]', 'lost', ?, 's1', '{"title":"B"}', ?, 'dev-b', NULL, 1, 2, ?, ?)`,
        )
        .run(mine, theirsStamp, status, resolvedAt);
    insert('{"title":"A"}', 's2');
    expect(() => insert('{"title":"A"}', 's2')).toThrow(/UNIQUE/);
    expect(() => insert('"A"', 's3')).toThrow(/CHECK/);
    expect(() => insert('{"title":"A"}', 's4', 'kept')).toThrow(/CHECK/);
    expect(insert('{"title":"A"}', 's5', 'kept', 3).changes).toBe(1);
  });
});
