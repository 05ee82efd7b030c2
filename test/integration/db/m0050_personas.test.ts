import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0050');

describe('m0050_personas', () => {
  it('adds personas with a JSON list of channels and keeps contacts as they were', () => {
    const db = file.open(48);
    db.sqlite.exec(
      `INSERT INTO contacts (id, name, persona, created_at, updated_at) VALUES ('k1', 'Иван', 'Закупщик', 0, 0);`,
    );
    const contacts = db.sqlite.prepare('SELECT * FROM contacts').all();
    expect(migrateDatabase(db, MIGRATION_NOW, upTo(50))).toMatchObject({ to: 50 });
    expect(readSchemaVersion(db)).toBe(50);
    expect(db.sqlite.prepare('SELECT * FROM contacts').all()).toEqual(contacts);
    const insert = (id: string, name: string, channels: string) =>
      db.sqlite
        .prepare('INSERT INTO personas (id, name, channels, created_at, updated_at) VALUES (?, ?, ?, 0, 0)')
        .run(id, name, channels);
    insert('p1', 'Закупщик', '["email"]');
    expect(db.sqlite.prepare("SELECT channels FROM personas WHERE id = 'p1'").pluck().get()).toBe('["email"]');
    expect(() => insert('p2', ' ', '[]')).toThrow(/CHECK/);
    expect(() => insert('p3', 'Эксперт', '{}')).toThrow(/CHECK/);
  });
});
