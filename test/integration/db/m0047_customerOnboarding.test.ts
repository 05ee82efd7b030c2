import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0047');

describe('m0047_customer_onboarding', () => {
  it('keeps customers and holds one row per customer and known step, its id made of both', () => {
    const db = file.open(41);
    db.sqlite.exec(`
      INSERT INTO companies (id, name, name_key, created_at, updated_at) VALUES ('c1', 'Клиент', 'клиент', 0, 0);
      INSERT INTO customers (id, status, since_at, created_at, updated_at) VALUES ('c1', 'onboarding', 5, 5, 5);`);
    const customers = db.sqlite.prepare('SELECT * FROM customers').all();

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(47))).toMatchObject({ to: 47 });
    expect(readSchemaVersion(db)).toBe(47);
    expect(db.sqlite.prepare('SELECT * FROM customers').all()).toEqual(customers);
    const insert = (id: string, step: string) =>
      db.sqlite
        .prepare(
          `INSERT INTO customer_onboarding (id, customer_id, step, done_at, created_at, updated_at) VALUES (?, 'c1', ?, 9, 9, 9)`,
        )
        .run(id, step);
    insert('c1:kickoff', 'kickoff');
    expect(() => insert('c1:training', 'kickoff')).toThrow(/CHECK/);
    expect(() => insert('c1:party', 'party')).toThrow(/CHECK/);
    expect(() => insert('c1:kickoff', 'kickoff')).toThrow(/UNIQUE/);
  });
});
