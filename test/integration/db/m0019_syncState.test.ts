import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0019');

describe('m0019_sync_state', () => {
  it('adds the merge bookkeeping beside an untouched change log', () => {
    const db = file.open(18);
    db.sqlite.exec(
      `INSERT INTO change_log (hlc, device_id, actor_id, tbl, row_id, col, value, at)
       VALUES ('2026-11-23T09:00:00.000Z-0000-aaaa', 'aaaa', NULL, 'deals', 'd1', 'title', '"x"', 1)`,
    );
    const logBefore = db.sqlite.prepare('SELECT * FROM change_log').all();
    expect(migrateDatabase(db, MIGRATION_NOW, upTo(19))).toMatchObject({ from: 18, to: 19 });
    expect(readSchemaVersion(db)).toBe(19);
    expect(db.sqlite.prepare('SELECT * FROM change_log').all()).toEqual(logBefore);
    db.sqlite.exec(`
      INSERT INTO sync_parked (hlc, device_id, schema_version, message) VALUES ('h', 'd', 19, '{}');
      INSERT INTO sync_pending (tbl, row_id, reason) VALUES ('deals', 'd1', 'waits');
      INSERT INTO sync_reviews (tbl, row_id, rule, detail, flagged_at) VALUES ('deals', 'd1', 'gate', NULL, 1);
      INSERT INTO sync_peers (device_id) VALUES ('bbbb');`);
    expect(() =>
      db.sqlite.exec(`INSERT INTO sync_pending (tbl, row_id, reason) VALUES ('deals', 'd1', 'again')`),
    ).toThrow(/UNIQUE|PRIMARY/);
    expect(() =>
      db.sqlite.exec(`INSERT INTO sync_parked (hlc, device_id, schema_version, message) VALUES ('h2', 'd', 'x', '{}')`),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
  });
});
