import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0055');

describe('m0055_sync_transport_log', () => {
  it('keeps one last exchange per peer, transport and direction', () => {
    const db = file.open(54);
    expect(migrateDatabase(db, MIGRATION_NOW, upTo(55))).toMatchObject({ to: 55 });
    expect(readSchemaVersion(db)).toBe(55);
    const insert = (transport: string, direction: string, messages = 3) =>
      db.sqlite
        .prepare(
          'INSERT INTO sync_transport_log (device_id, transport, direction, at, messages) VALUES (?, ?, ?, 1, ?)',
        )
        .run('dev-b', transport, direction, messages);
    insert('bundle', 'in');
    insert('folder', 'in');
    insert('bundle', 'out');
    expect(() => insert('bundle', 'in')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert('pigeon', 'in')).toThrow(/CHECK/);
    expect(() => insert('hub', 'sideways')).toThrow(/CHECK/);
    expect(() => insert('hub', 'in', -1)).toThrow(/CHECK/);
  });
});
