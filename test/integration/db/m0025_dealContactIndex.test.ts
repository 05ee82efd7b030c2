import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0025');

describe('m0025_deal_contact_index', () => {
  it('keeps deals and reads a contact’s deals from the new index', () => {
    const db = file.open(24);
    db.sqlite.exec(`
      INSERT INTO pipelines (id, name, position, created_at, updated_at) VALUES ('p1', 'Продажи', 'a', 0, 0);
      INSERT INTO stages (id, pipeline_id, name, position, funnel_step, probability, created_at, updated_at)
      VALUES ('s1', 'p1', 'Квалификация', 'a', 'interest', 0.2, 0, 0);
      INSERT INTO contacts (id, name, created_at, updated_at) VALUES ('c1', 'Пётр', 0, 0);
      INSERT INTO deals (id, title, pipeline_id, stage_id, position, currency, stage_entered_at, contact_id, created_at, updated_at)
      VALUES ('d1', 'Сделка', 'p1', 's1', 'a', 'RUB', 1, 'c1', 1, 2);`);
    const deals = db.sqlite.prepare('SELECT * FROM deals').all();

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(25))).toMatchObject({ from: 24, to: 25 });
    expect(readSchemaVersion(db)).toBe(25);
    expect(db.sqlite.prepare('SELECT * FROM deals').all()).toEqual(deals);
    const plan = (
      db.sqlite
        .prepare(
          "EXPLAIN QUERY PLAN SELECT id FROM deals WHERE contact_id = 'c1' AND deleted_at IS NULL ORDER BY created_at DESC",
        )
        .all() as { detail: string }[]
    ).map((row) => row.detail);
    expect(plan.join('\n')).toContain('deals_contact');
  });
});
