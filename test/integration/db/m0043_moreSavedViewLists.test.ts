import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0043');

describe('m0043_more_saved_view_lists', () => {
  it('keeps the views and defaults, admits the activities, leads and board lists, and keeps the references', () => {
    const db = file.open(42);
    const view = (id: string, list: string, name: string) =>
      db.sqlite
        .exec(`INSERT INTO saved_views (id, list, name, params, hidden_columns, column_sizes, created_at, updated_at)
        VALUES ('${id}', '${list}', '${name}', 'status=open', '["source"]', '{"title":320}', 1, 1)`);
    view('v1', 'deals', 'Мои');
    expect(() => view('v2', 'board', 'Доска')).toThrow(/CHECK/);
    db.sqlite.exec(`INSERT INTO saved_view_defaults (id, user_id, list, view_id, created_at, updated_at)
      VALUES ('-:deals', NULL, 'deals', 'v1', 1, 1)`);

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(43))).toMatchObject({ from: 42, to: 43 });
    expect(readSchemaVersion(db)).toBe(43);
    expect(db.sqlite.prepare('SELECT id, list, name, params, hidden_columns FROM saved_views').all()).toEqual([
      { id: 'v1', list: 'deals', name: 'Мои', params: 'status=open', hidden_columns: '["source"]' },
    ]);
    expect(db.sqlite.prepare('SELECT id, view_id FROM saved_view_defaults').all()).toEqual([
      { id: '-:deals', view_id: 'v1' },
    ]);
    for (const [index, list] of ['activities', 'leads', 'board'].entries()) view(`n${index}`, list, list);
    expect(() => view('x', 'reports', 'Нет')).toThrow(/CHECK/);
    db.sqlite.exec(`INSERT INTO saved_view_defaults (id, user_id, list, view_id, created_at, updated_at)
      VALUES ('-:board', NULL, 'board', 'n2', 1, 1)`);
    // The default still references the views table by its own name.
    expect(
      db.sqlite.prepare('SELECT "table" FROM pragma_foreign_key_list(?)').pluck().all('saved_view_defaults'),
    ).toEqual(expect.arrayContaining(['saved_views']));
    expect(() =>
      db.sqlite.exec(`INSERT INTO saved_view_defaults (id, user_id, list, view_id, created_at, updated_at)
        VALUES ('-:leads', NULL, 'leads', 'missing', 1, 1)`),
    ).toThrow(/FOREIGN KEY/);
    expect(db.sqlite.prepare("SELECT name FROM sqlite_schema WHERE name LIKE '%v43%'").all()).toEqual([]);
    expect(db.sqlite.prepare("SELECT name FROM sqlite_schema WHERE name = 'saved_views_list'").pluck().get()).toBe(
      'saved_views_list',
    );
  });
});
