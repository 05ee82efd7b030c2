import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0020');

const log = (hlc: string, device: string) =>
  `INSERT INTO change_log (hlc, device_id, actor_id, tbl, row_id, col, value, at) VALUES ('${hlc}', '${device}', NULL, 'deals', 'd1', 'title', '"x"', 1);`;

describe('m0020_sync_vector', () => {
  it('covers everything logged before sync up to its newest message stamp per device', () => {
    const db = file.open(19);
    db.sqlite.exec(
      log('2026-11-23T09:00:00.000Z-0000-aaaa', 'aaaa') +
        log('2026-11-23T09:00:05.000Z-0000-aaaa', 'aaaa') +
        log('2026-11-23T09:00:05.000Z-0000-aaaa/001', 'aaaa') +
        log('2026-11-23T09:00:01.000Z-0003-bbbb', 'bbbb'),
    );
    expect(migrateDatabase(db, MIGRATION_NOW, upTo(20))).toMatchObject({ from: 19, to: 20 });
    expect(readSchemaVersion(db)).toBe(20);
    expect(db.sqlite.prepare('SELECT device_id, hlc FROM sync_vector ORDER BY device_id').all()).toEqual([
      { device_id: 'aaaa', hlc: '2026-11-23T09:00:05.000Z-0000-aaaa' },
      { device_id: 'bbbb', hlc: '2026-11-23T09:00:01.000Z-0003-bbbb' },
    ]);
    expect(() => db.sqlite.exec("INSERT INTO sync_vector (device_id, hlc) VALUES ('aaaa', 'x')")).toThrow(
      /UNIQUE|PRIMARY/,
    );
  });
});
