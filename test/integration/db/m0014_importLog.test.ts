import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0014');

describe('m0014_import_log', () => {
  it('adds the import log beside untouched business tables and keeps its constraints', () => {
    const db = file.open(13);
    db.sqlite.exec(`INSERT INTO users (id, name, role, created_at, updated_at) VALUES ('u1', 'Анна', 'rep', 0, 0)`);
    const usersBefore = db.sqlite.prepare('SELECT * FROM users').all();

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(14))).toMatchObject({ from: 13, to: 14 });
    expect(readSchemaVersion(db)).toBe(14);
    expect(db.sqlite.prepare('SELECT * FROM users').all()).toEqual(usersBefore);

    db.sqlite.exec(`
      INSERT INTO imports (id, entity, file_name, mapping, rows, created, updated, skipped, warnings, created_at)
      VALUES ('i1', 'deals', 'a.csv', '{}', 2, 1, 1, 0, 0, 5);
      INSERT INTO import_changes (import_id, seq, tbl, row_id, action) VALUES ('i1', 1, 'deals', 'd1', 'created');
      INSERT INTO import_changes (import_id, seq, tbl, row_id, action, before, after)
      VALUES ('i1', 2, 'companies', 'c1', 'updated', '{"name":"a"}', '{"name":"b"}');`);
    expect(db.sqlite.prepare('SELECT seq, action FROM import_changes ORDER BY seq').all()).toEqual([
      { seq: 1, action: 'created' },
      { seq: 2, action: 'updated' },
    ]);
    expect(() =>
      db.sqlite
        .exec(`INSERT INTO imports (id, entity, file_name, mapping, rows, created, updated, skipped, warnings, created_at)
        VALUES ('i2', 'invoices', 'a.csv', '{}', 0, 0, 0, 0, 0, 5)`),
    ).toThrow(/CHECK/);
    expect(() =>
      db.sqlite.exec(
        `INSERT INTO import_changes (import_id, seq, tbl, row_id, action) VALUES ('i1', 3, 'deals', 'd2', 'deleted')`,
      ),
    ).toThrow(/CHECK/);
    expect(() =>
      db.sqlite.exec(
        `INSERT INTO import_changes (import_id, seq, tbl, row_id, action) VALUES ('nope', 1, 'deals', 'd2', 'created')`,
      ),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.sqlite.exec(
        `INSERT INTO import_changes (import_id, seq, tbl, row_id, action) VALUES ('i1', 1, 'deals', 'd3', 'created')`,
      ),
    ).toThrow(/UNIQUE|PRIMARY/);
  });
});
