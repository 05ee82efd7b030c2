import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0042');

describe('m0042_activity_search', () => {
  it('keeps the record entries, admits activities and indexes the live ones already there', () => {
    const db = file.open(41);
    db.sqlite.exec(`
      INSERT INTO companies (id, name, created_at, updated_at) VALUES ('c1', 'ООО «Гранит»', 1, 1);
      -- The company's entry as the write path of version 41 left it, under a number of its own.
      INSERT INTO search_docs (doc, record_id, entity) VALUES (7, 'c1', 'company');
      INSERT INTO search_fts (rowid, kind, name, keys, extra) VALUES (7, 'company', 'ооо гранит', '', '');
      INSERT INTO activities (id, type, subject, body, company_id, created_at, updated_at)
        VALUES ('a1', 'call', 'Обсуждение отгрузки', 'Перенос на четверг', 'c1', 1, 1),
               ('a2', 'note', 'Старая заметка', NULL, 'c1', 2, 2);
      UPDATE activities SET deleted_at = 3 WHERE id = 'a2';
      INSERT INTO custom_fields (id, entity, key, name_ru, name_en, type, position, created_at, updated_at)
        VALUES ('f1', 'activity', 'minutes', 'Протокол', 'Minutes', 'text', 'a0', 1, 1);
      INSERT INTO custom_values (id, record_id, field_id, text_value, created_at, updated_at)
        VALUES ('a1:f1', 'a1', 'f1', 'ПР-88', 1, 1);`);
    expect(() =>
      db.sqlite.prepare("INSERT INTO search_docs (record_id, entity) VALUES ('x', 'activity')").run(),
    ).toThrow(/CHECK/);

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(42))).toMatchObject({ from: 41, to: 42 });
    expect(readSchemaVersion(db)).toBe(42);
    expect(db.sqlite.prepare('SELECT record_id, entity FROM search_docs ORDER BY record_id').all()).toEqual([
      { record_id: 'a1', entity: 'activity' },
      { record_id: 'c1', entity: 'company' },
    ]);
    // The record entries keep their numbers: they are search_fts's rowids.
    expect(db.sqlite.prepare("SELECT doc FROM search_docs WHERE record_id = 'c1'").pluck().get()).toBe(7);
    const records = (query: string) =>
      db.sqlite
        .prepare(
          `SELECT d.record_id FROM search_fts JOIN search_docs d ON d.doc = search_fts.rowid WHERE search_fts MATCH ?`,
        )
        .pluck()
        .all(query);
    const activities = (query: string) =>
      db.sqlite
        .prepare(
          `SELECT d.record_id FROM search_fts_activities JOIN search_docs d ON d.doc = search_fts_activities.rowid
           WHERE search_fts_activities MATCH ?`,
        )
        .pluck()
        .all(query);
    expect(records('гранит*')).toEqual(['c1']);
    expect(activities('отгруз*')).toEqual(['a1']);
    expect(activities('четверг*')).toEqual(['a1']);
    expect(activities('пр*')).toEqual(['a1']);
    expect(activities('заметк*')).toEqual([]);
  });
});
