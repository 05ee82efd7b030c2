import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0079');

describe('m0079_hub_pull_received', () => {
  it('adds the received count of the pull under way to each hub cursor, zero for those a file holds, never negative', () => {
    const db = file.open(74);
    db.sqlite.prepare("INSERT INTO sync_hub_cursor (hub_id, pull_seq, access_seq) VALUES ('h', 40, 7)").run();
    expect(migrateDatabase(db, MIGRATION_NOW, upTo(79))).toMatchObject({ to: 79 });
    expect(readSchemaVersion(db)).toBe(79);
    expect(db.sqlite.prepare('SELECT pull_seq, pull_received, sweep_pending FROM sync_hub_cursor').get()).toEqual({
      pull_seq: 40,
      pull_received: 0,
      sweep_pending: 0,
    });
    db.sqlite.prepare("UPDATE sync_hub_cursor SET pull_received = 1000 WHERE hub_id = 'h'").run();
    expect(() => db.sqlite.prepare("UPDATE sync_hub_cursor SET pull_received = -1 WHERE hub_id = 'h'").run()).toThrow(
      /CHECK/,
    );
  });
});
