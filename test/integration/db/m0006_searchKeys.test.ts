import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0006');
const NOW = MIGRATION_NOW;

describe('m0006_search_keys', () => {
  it('backfills folded title and name keys, indexes them, and drops logged derived columns', () => {
    const db = file.open(5);
    db.sqlite.exec(`
      INSERT INTO pipelines (id, name, position, created_at, updated_at) VALUES ('p', 'P', 'a0', 0, 0);
      INSERT INTO stages (id, pipeline_id, name, position, funnel_step, probability, created_at, updated_at)
        VALUES ('s', 'p', 'S', 'a0', 'awareness', 0.1, 0, 0);
      INSERT INTO deals (id, title, pipeline_id, stage_id, position, currency, stage_entered_at, created_at, updated_at)
        VALUES ('d1', 'Ёлочные «Игрушки»', 'p', 's', 'a0', 'RUB', 0, 0, 0),
               ('d2', 'Café', 'p', 's', 'a1', 'RUB', 0, 0, 0);
      INSERT INTO companies (id, name, created_at, updated_at) VALUES ('c', 'ООО «Ёлочка»', 0, 0);
      INSERT INTO contacts (id, name, created_at, updated_at) VALUES ('k', 'Пётр Иванов', 0, 0);
      INSERT INTO change_log (hlc, device_id, actor_id, tbl, row_id, col, value) VALUES
        ('h1', 'dev', NULL, 'companies', 'c', 'name', '"ООО «Ромашка»"'),
        ('h2', 'dev', NULL, 'companies', 'c', 'name_key', '"ромашка"'),
        ('h3', 'dev', NULL, 'companies', 'c', 'domain', '"romashka.ru"'),
        ('h4', 'dev', NULL, 'contacts', 'k', 'phone_normalized', '"+79161234567"'),
        ('h5', 'dev', NULL, 'contacts', 'k', 'phone', '"8 916 123-45-67"');`);

    expect(migrateDatabase(db, NOW, upTo(6))).toMatchObject({ from: 5, to: 6 });
    expect(readSchemaVersion(db)).toBe(6);
    expect(db.sqlite.prepare('SELECT id, title_key FROM deals ORDER BY id').all()).toEqual([
      { id: 'd1', title_key: 'елочные игрушки' },
      { id: 'd2', title_key: 'cafe' },
    ]);
    expect(db.sqlite.prepare('SELECT sort_key FROM companies').pluck().get()).toBe('ооо елочка');
    expect(db.sqlite.prepare('SELECT sort_key FROM contacts').pluck().get()).toBe('петр иванов');
    expect(db.sqlite.prepare('SELECT hlc FROM change_log ORDER BY hlc').pluck().all()).toEqual(['h1', 'h5']);
    const plan = (
      db.sqlite
        .prepare('EXPLAIN QUERY PLAN SELECT id FROM deals WHERE deleted_at IS NULL ORDER BY title_key, id LIMIT 25')
        .all() as { detail: string }[]
    )
      .map((row) => row.detail)
      .join('\n');
    expect(plan).toContain('deals_title');
  });
});
