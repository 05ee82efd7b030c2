import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0048');

describe('m0048_segments', () => {
  it('adds the segments table, which holds a named JSON object of rules', () => {
    const db = file.open(47);
    expect(migrateDatabase(db, MIGRATION_NOW, upTo(48))).toMatchObject({ to: 48 });
    expect(readSchemaVersion(db)).toBe(48);
    const insert = (id: string, name: string, rules: string) =>
      db.sqlite
        .prepare('INSERT INTO segments (id, name, rules, created_at, updated_at) VALUES (?, ?, ?, 0, 0)')
        .run(id, name, rules);
    insert('s1', 'Клиенты', '{"company":{"customerStatuses":["active"]},"deal":{}}');
    expect(() => insert('s2', '  ', '{}')).toThrow(/CHECK/);
    expect(() => insert('s3', 'Список', '[]')).toThrow(/CHECK/);
    expect(() => insert('s4', 'Мусор', 'not json')).toThrow(/CHECK/);
  });
});
