import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0065');

const planOf = (db: ReturnType<typeof file.open>, query: string): string =>
  (db.sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((row) => row.detail).join('\n');

/** A deals page's total by status and a custom number (listDeals with the probe form, issue 16). */
const TOTAL = `SELECT count(*) FROM deals d WHERE d.deleted_at IS NULL AND d.status = ?
  AND EXISTS (SELECT 1 FROM custom_values v WHERE v.id = d.id || ':f' AND v.number_value >= 500)`;

describe('m0065_deal_status_ids_index', () => {
  it('keeps deals, holds the live ones only, and counts a status page from the index alone', () => {
    const db = file.open(58);
    db.sqlite.exec(`
      INSERT INTO pipelines (id, name, position, created_at, updated_at) VALUES ('p', 'P', 'a0', 0, 0);
      INSERT INTO stages (id, pipeline_id, name, position, funnel_step, probability, created_at, updated_at)
        VALUES ('s1', 'p', 'Лид', 'a0', 'awareness', 0.1, 0, 0);
      INSERT INTO deals (id, title, pipeline_id, stage_id, position, status, currency, stage_entered_at, created_at, updated_at, deleted_at, won_at)
        VALUES ('d1', 'A', 'p', 's1', 'a0', 'open', 'RUB', 0, 10, 0, NULL, NULL),
               ('d2', 'B', 'p', 's1', 'a1', 'open', 'RUB', 0, 30, 0, NULL, NULL),
               ('d3', 'C', 'p', 's1', 'a2', 'won', 'RUB', 0, 40, 0, NULL, 45),
               ('d4', 'D', 'p', 's1', 'a3', 'open', 'RUB', 0, 50, 0, 60, NULL);
      INSERT INTO custom_fields (id, entity, key, name_ru, name_en, type, required, position, created_at, updated_at)
        VALUES ('f', 'deal', 'units', 'Станков', 'Units', 'number', 'never', 'a0', 0, 0);
      INSERT INTO custom_values (id, record_id, field_id, number_value, created_at, updated_at)
        VALUES ('d1:f', 'd1', 'f', 700, 0, 0), ('d2:f', 'd2', 'f', 100, 0, 0), ('d3:f', 'd3', 'f', 900, 0, 0),
               ('d4:f', 'd4', 'f', 900, 0, 0);`);
    const deals = db.sqlite.prepare('SELECT * FROM deals ORDER BY id').all();

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(65))).toMatchObject({ to: 65 });
    expect(readSchemaVersion(db)).toBe(65);
    expect(db.sqlite.prepare('SELECT * FROM deals ORDER BY id').all()).toEqual(deals);

    const indexed = db.sqlite
      .prepare('SELECT id FROM deals INDEXED BY deals_status_ids WHERE deleted_at IS NULL ORDER BY status, id')
      .pluck()
      .all();
    expect(indexed).toEqual(['d1', 'd2', 'd3']);
    expect(planOf(db, TOTAL.replace('?', "'open'"))).toMatch(/COVERING INDEX deals_status_ids/);
    expect(db.sqlite.prepare(TOTAL).pluck().get('open')).toBe(1);
  });
});
