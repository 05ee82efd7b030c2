import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0058');

describe('m0058_sync_folder', () => {
  it('adds the one device-local shared-folder row, switched off, every minute, nothing written yet', () => {
    const db = file.open(51);
    expect(migrateDatabase(db, MIGRATION_NOW, upTo(58))).toMatchObject({ from: 51, to: 58 });
    expect(readSchemaVersion(db)).toBe(58);
    expect(
      db.sqlite
        .prepare('SELECT id, enabled, interval_s, folder, passphrase, written_seq, written_hlc FROM sync_folder_state')
        .all(),
    ).toEqual([
      { id: 1, enabled: 0, interval_s: 60, folder: null, passphrase: null, written_seq: 0, written_hlc: null },
    ]);
    expect(db.sqlite.prepare('SELECT count(*) AS n FROM sync_folder_segments').get()).toEqual({ n: 0 });
  });

  it('keeps one row and refuses values the folder state cannot mean', () => {
    const db = file.open(58);
    const update = (set: string) => () => db.sqlite.exec(`UPDATE sync_folder_state SET ${set} WHERE id = 1`);
    expect(() => db.sqlite.exec('INSERT INTO sync_folder_state (id) VALUES (2)')).toThrow(/CHECK/);
    expect(update('interval_s = 1')).toThrow(/CHECK/);
    expect(update('enabled = 2')).toThrow(/CHECK/);
    expect(update('written_seq = -1')).toThrow(/CHECK/);
    const insert =
      (state: string, seq = 1) =>
      () =>
        db.sqlite
          .prepare(
            'INSERT INTO sync_folder_segments (device_id, name, seq, size, mtime_ms, state, seen_at) VALUES (?, ?, ?, 1, 1, ?, 1)',
          )
          .run('0123456789abcdef', `${seq}.vseg`, seq, state);
    expect(insert('lost')).toThrow(/CHECK/);
    expect(insert('applied', 0)).toThrow(/CHECK/);
    insert('applied')();
    expect(insert('refused')).toThrow(/UNIQUE|PRIMARY/);
  });
});
