import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0022');

describe('m0022_saved_views', () => {
  it('adds saved views and one default row per person and list', () => {
    const db = file.open(21);
    expect(migrateDatabase(db, MIGRATION_NOW, upTo(22))).toMatchObject({ from: 21, to: 22 });
    expect(readSchemaVersion(db)).toBe(22);
    const view = (id: string, list: string, name: string) =>
      db.sqlite.exec(`INSERT INTO saved_views (id, list, name, params, hidden_columns, column_sizes, created_at, updated_at)
        VALUES ('${id}', '${list}', '${name}', '', '[]', '{}', 1, 1)`);
    view('v1', 'deals', 'Мои');
    expect(() => view('v2', 'board', 'Доска')).toThrow(/CHECK/);
    expect(() => view('v3', 'deals', '  ')).toThrow(/CHECK/);
    db.sqlite.exec(`INSERT INTO saved_view_defaults (id, user_id, list, view_id, created_at, updated_at)
      VALUES ('-:deals', NULL, 'deals', 'v1', 1, 1)`);
    // The id is the person and the list: a second default of the same pair is the same row.
    expect(() =>
      db.sqlite.exec(`INSERT INTO saved_view_defaults (id, user_id, list, view_id, created_at, updated_at)
        VALUES ('x:deals', NULL, 'deals', 'v1', 1, 1)`),
    ).toThrow(/CHECK/);
    expect(() =>
      db.sqlite.exec(`INSERT INTO saved_view_defaults (id, user_id, list, view_id, created_at, updated_at)
        VALUES ('-:deals', NULL, 'deals', NULL, 1, 1)`),
    ).toThrow(/UNIQUE|PRIMARY/);
  });
});
