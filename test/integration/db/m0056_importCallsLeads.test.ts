import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0056');

const insertImport = (db: ReturnType<typeof file.open>, id: string, entity: string) =>
  db.sqlite
    .prepare(
      `INSERT INTO imports (id, entity, file_name, mapping, rows, created, updated, skipped, warnings, created_at)
       VALUES (?, ?, 'a.csv', '{}', 1, 1, 0, 0, 0, 0)`,
    )
    .run(id, entity);

describe('m0056_import_calls_leads', () => {
  it('keeps the import log and its changes, and takes calls and leads imports', () => {
    const db = file.open(51);
    insertImport(db, 'i1', 'deals');
    db.sqlite.exec(
      `INSERT INTO import_changes (import_id, seq, tbl, row_id, action) VALUES ('i1', 1, 'deals', 'd1', 'created')`,
    );
    expect(() => insertImport(db, 'i0', 'calls')).toThrow(/CHECK/);
    const before = db.sqlite.prepare('SELECT * FROM imports').all();
    expect(migrateDatabase(db, MIGRATION_NOW, upTo(56))).toMatchObject({ to: 56 });
    expect(readSchemaVersion(db)).toBe(56);
    expect(db.sqlite.prepare('SELECT * FROM imports').all()).toEqual(before);
    expect(db.sqlite.prepare('SELECT row_id FROM import_changes').pluck().all()).toEqual(['d1']);
    insertImport(db, 'i2', 'calls');
    insertImport(db, 'i3', 'leads');
    expect(() => insertImport(db, 'i4', 'tasks')).toThrow(/CHECK/);
    // The changes still point at the log: a change of an import that is not there is refused.
    expect(() =>
      db.sqlite.exec(
        `INSERT INTO import_changes (import_id, seq, tbl, row_id, action) VALUES ('zz', 1, 'deals', 'd', 'created')`,
      ),
    ).toThrow(/FOREIGN KEY/);
    expect(db.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  });
});
