import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0074');

describe('m0074_hub_sweep', () => {
  it('adds a sweep flag to each hub cursor, off for the cursors a file already holds, and only 0 or 1', () => {
    const db = file.open(67);
    db.sqlite.prepare("INSERT INTO sync_hub_cursor (hub_id, pull_seq, access_seq) VALUES ('h', 40, 7)").run();
    expect(migrateDatabase(db, MIGRATION_NOW, upTo(74))).toMatchObject({ to: 74 });
    expect(readSchemaVersion(db)).toBe(74);
    expect(db.sqlite.prepare('SELECT pull_seq, access_seq, sweep_pending FROM sync_hub_cursor').get()).toEqual({
      pull_seq: 40,
      access_seq: 7,
      sweep_pending: 0,
    });
    db.sqlite.prepare("UPDATE sync_hub_cursor SET sweep_pending = 1 WHERE hub_id = 'h'").run();
    expect(() => db.sqlite.prepare("UPDATE sync_hub_cursor SET sweep_pending = 2 WHERE hub_id = 'h'").run()).toThrow(
      /CHECK/,
    );
  });
});
