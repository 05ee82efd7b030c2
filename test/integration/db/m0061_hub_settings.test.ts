import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0061');

describe('m0061_hub_settings', () => {
  it('adds the one device-local row naming the hub (no URL yet) and what the hub holds of this device', () => {
    const db = file.open(58);
    expect(migrateDatabase(db, MIGRATION_NOW, upTo(61))).toMatchObject({ to: 61 });
    expect(readSchemaVersion(db)).toBe(61);
    expect(db.sqlite.prepare('SELECT * FROM sync_hub_settings').all()).toEqual([
      { id: 1, url: null, connected_at: null, pushed_hlc: null },
    ]);
    expect(() => db.sqlite.prepare('INSERT INTO sync_hub_settings (id) VALUES (2)').run()).toThrow(/CHECK/);
    expect(() => db.sqlite.prepare("UPDATE sync_hub_settings SET url = ''").run()).toThrow(/CHECK/);
  });
});
