import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0017');

describe('m0017_import_presets', () => {
  it('adds the saved import mappings beside the untouched import log, one per name', () => {
    const db = file.open(16);
    db.sqlite.exec(`
      INSERT INTO imports (id, entity, file_name, mapping, rows, created, updated, skipped, warnings, created_at)
      VALUES ('i1', 'deals', 'a.csv', '{}', 2, 1, 1, 0, 0, 5);`);
    const importsBefore = db.sqlite.prepare('SELECT * FROM imports').all();

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(17))).toMatchObject({ from: 16, to: 17 });
    expect(readSchemaVersion(db)).toBe(17);
    expect(db.sqlite.prepare('SELECT * FROM imports').all()).toEqual(importsBefore);

    db.sqlite.exec(
      `INSERT INTO import_presets (name, entity, mapping, updated_at) VALUES ('amoCRM', 'deals', '{}', 1)`,
    );
    expect(() =>
      db.sqlite.exec(
        `INSERT INTO import_presets (name, entity, mapping, updated_at) VALUES ('amoCRM', 'deals', '{}', 2)`,
      ),
    ).toThrow(/UNIQUE|PRIMARY/);
    expect(() =>
      db.sqlite.exec(
        `INSERT INTO import_presets (name, entity, mapping, updated_at) VALUES ('x', 'invoices', '{}', 2)`,
      ),
    ).toThrow(/CHECK/);
    expect(() =>
      db.sqlite.exec(`INSERT INTO import_presets (name, entity, mapping, updated_at) VALUES ('', 'deals', '{}', 2)`),
    ).toThrow(/CHECK/);
  });
});
