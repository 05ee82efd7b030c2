import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0080');

const INSERT = `INSERT INTO sync_conflicts (tbl, row_id, columns, side, mine, mine_stamp, theirs, theirs_stamp,
    their_device, their_actor, their_at, recorded_at)
  VALUES ('deals', 'd1', ?, 'lost', '{}', 'stamp-mine', '{}', 'stamp-theirs', 'dev-b', NULL, 1, 2)`;

describe('m0080_sync_conflicts_per_unit', () => {
  it('keeps the conflicts a file holds and takes one per merge unit of a pair of stamps, still once per unit', () => {
    const db = file.open(79);
    db.sqlite.prepare(INSERT).run('["title"]');
    // Before: the pair of stamps was unique, whatever the columns.
    expect(() => db.sqlite.prepare(INSERT).run('["value_minor","currency"]')).toThrow(/UNIQUE/);
    expect(migrateDatabase(db, MIGRATION_NOW, upTo(80))).toMatchObject({ to: 80 });
    expect(readSchemaVersion(db)).toBe(80);
    expect(db.sqlite.prepare('SELECT columns FROM sync_conflicts').pluck().all()).toEqual(['["title"]']);
    db.sqlite.prepare(INSERT).run('["value_minor","currency"]');
    expect(() => db.sqlite.prepare(INSERT).run('["title"]')).toThrow(/UNIQUE/);
    expect(db.sqlite.prepare('SELECT count(*) FROM sync_conflicts').pluck().get()).toBe(2);
  });
});
