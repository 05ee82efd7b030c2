import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0015');

const field = (id: string, extra = '') =>
  `INSERT INTO custom_fields (id, entity, key, name_ru, name_en, type, required, required_stage_id, position, created_at, updated_at)
   VALUES ('${id}', ${extra || `'deal', '${id}', 'П', 'F', 'number', 'never', NULL`}, 'a0', 0, 0)`;

describe('m0015_custom_fields', () => {
  it('adds definitions, options and typed values beside untouched business tables, with their constraints', () => {
    const db = file.open(14);
    db.sqlite.exec(`INSERT INTO users (id, name, role, created_at, updated_at) VALUES ('u1', 'Анна', 'rep', 0, 0)`);
    const usersBefore = db.sqlite.prepare('SELECT * FROM users').all();

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(15))).toMatchObject({ from: 14, to: 15 });
    expect(readSchemaVersion(db)).toBe(15);
    expect(db.sqlite.prepare('SELECT * FROM users').all()).toEqual(usersBefore);

    db.sqlite.exec(field('f1'));
    db.sqlite.exec(`INSERT INTO custom_field_options (id, field_id, label, colour, position, created_at, updated_at)
      VALUES ('o1', 'f1', 'Москва', 'blue', 'a0', 0, 0)`);
    db.sqlite.exec(`INSERT INTO custom_values (id, record_id, field_id, number_value, created_at, updated_at)
      VALUES ('d1:f1', 'd1', 'f1', 42.5, 0, 0)`);
    expect(db.sqlite.prepare('SELECT number_value FROM custom_values').get()).toEqual({ number_value: 42.5 });

    // One key per entity; a stage only with required = 'stage', and only on deals; known types only.
    expect(() => db.sqlite.exec(field('f2', `'deal', 'f1', 'П', 'F', 'text', 'never', NULL`))).toThrow(/UNIQUE/);
    expect(() => db.sqlite.exec(field('f3', `'deal', 'k3', 'П', 'F', 'text', 'stage', NULL`))).toThrow(/CHECK/);
    expect(() => db.sqlite.exec(field('f4', `'deal', 'k4', 'П', 'F', 'blob', 'never', NULL`))).toThrow(/CHECK/);
    expect(() => db.sqlite.exec(field('f5', `'invoice', 'k5', 'П', 'F', 'text', 'never', NULL`))).toThrow(/CHECK/);
    // The value's id is its record and field, so two devices writing one value write one row.
    expect(() =>
      db.sqlite.exec(`INSERT INTO custom_values (id, record_id, field_id, created_at, updated_at)
        VALUES ('x', 'd2', 'f1', 0, 0)`),
    ).toThrow(/CHECK/);
    expect(() =>
      db.sqlite.exec(`INSERT INTO custom_values (id, record_id, field_id, created_at, updated_at)
        VALUES ('d3:nope', 'd3', 'nope', 0, 0)`),
    ).toThrow(/FOREIGN KEY/);
    // A sort by a field's number reads its index in order.
    const plan = db.sqlite
      .prepare(
        `EXPLAIN QUERY PLAN SELECT record_id FROM custom_values WHERE field_id = 'f1' AND number_value > 1 ORDER BY number_value`,
      )
      .all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toContain('custom_values_number');
  });
});
