import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0057');

describe('m0057_hub_cursor', () => {
  it('adds the device-local hub cursor (one row per hub) and the list of refused changes', () => {
    const db = file.open(56);
    expect(migrateDatabase(db, MIGRATION_NOW, upTo(57))).toMatchObject({ to: 57 });
    expect(readSchemaVersion(db)).toBe(57);
    db.sqlite.prepare("INSERT INTO sync_hub_cursor (hub_id) VALUES ('h1')").run();
    expect(db.sqlite.prepare('SELECT pull_seq, access_seq FROM sync_hub_cursor').get()).toEqual({
      pull_seq: 0,
      access_seq: 0,
    });
    expect(() => db.sqlite.prepare("INSERT INTO sync_hub_cursor (hub_id) VALUES ('h1')").run()).toThrow(/UNIQUE/);
    expect(() => db.sqlite.prepare('UPDATE sync_hub_cursor SET pull_seq = -1').run()).toThrow(/CHECK/);
    db.sqlite
      .prepare(
        "INSERT INTO sync_hub_rejected (hlc, hub_id, tbl, row_id, reason, at) VALUES ('s', 'h1', 'deals', 'd', 'row_not_visible', 1)",
      )
      .run();
    expect(db.sqlite.prepare('SELECT count(*) FROM sync_hub_rejected').pluck().get()).toBe(1);
  });
});
