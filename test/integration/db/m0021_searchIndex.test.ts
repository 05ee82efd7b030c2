import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0021');

describe('m0021_search_index', () => {
  it('indexes the live deals, companies and contacts already there, with their text custom values', () => {
    const db = file.open(20);
    db.sqlite.exec(`
      INSERT INTO companies (id, name, inn, phone_normalized, created_at, updated_at)
        VALUES ('c1', 'ООО «Ёлка»', '7707083893', '+79123456789', 1, 1);
      INSERT INTO companies (id, name, created_at, updated_at, deleted_at) VALUES ('c2', 'Удалённая', 1, 1, 2);
      INSERT INTO contacts (id, name, email, created_at, updated_at) VALUES ('p1', 'Пётр', 'petr@elka.ru', 1, 1);
      INSERT INTO custom_fields (id, entity, key, name_ru, name_en, type, position, created_at, updated_at)
        VALUES ('f1', 'company', 'region', 'Регион', 'Region', 'text', 'a0', 1, 1),
               ('f2', 'company', 'due', 'Срок', 'Due', 'date', 'a1', 1, 1);
      INSERT INTO custom_values (id, record_id, field_id, text_value, created_at, updated_at)
        VALUES ('c1:f1', 'c1', 'f1', 'Урал', 1, 1), ('c1:f2', 'c1', 'f2', '2026-01-01', 1, 1);`);

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(21))).toMatchObject({ from: 20, to: 21 });
    expect(readSchemaVersion(db)).toBe(21);
    const docs = db.sqlite.prepare('SELECT record_id, entity FROM search_docs ORDER BY record_id').all();
    expect(docs).toEqual([
      { record_id: 'c1', entity: 'company' },
      { record_id: 'p1', entity: 'contact' },
    ]);
    const match = (query: string) =>
      db.sqlite
        .prepare(
          'SELECT d.record_id FROM search_fts JOIN search_docs d ON d.doc = search_fts.rowid WHERE search_fts MATCH ?',
        )
        .pluck()
        .all(query);
    expect(match('name : "елка"')).toEqual(['c1']);
    expect(match('keys : "7707083893"')).toEqual(['c1']);
    expect(match('keys : "3456789"')).toEqual(['c1']);
    expect(match('extra : "урал"')).toEqual(['c1']);
    // Dates (and options, record ids) are not searchable text.
    expect(match('"2026"*')).toEqual([]);
    expect(match('keys : "petr"')).toEqual(['p1']);
    expect(() =>
      db.sqlite.exec("INSERT INTO search_docs (record_id, entity) VALUES ('x', 'activity')"),
    ).toThrow(/CHECK/);
  });
});
