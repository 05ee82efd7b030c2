import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0016');

const ADDED = {
  bant_budget_minor: null,
  bant_budget_confirmed: null,
  bant_authority_contact_id: null,
  bant_authority_role: null,
  bant_need_pain: null,
  bant_need_category: null,
  bant_timing_date: null,
  bant_timing_quarter: null,
};

describe('m0016_bant_answers', () => {
  it('keeps deals and their BANT levels, adds the answers empty with their checks', () => {
    const db = file.open(15);
    db.sqlite.exec(`
      INSERT INTO pipelines (id, name, position, created_at, updated_at) VALUES ('p1', 'Продажи', 'a', 0, 0);
      INSERT INTO stages (id, pipeline_id, name, position, funnel_step, probability, created_at, updated_at)
      VALUES ('s1', 'p1', 'Квалификация', 'a', 'interest', 0.2, 0, 0);
      INSERT INTO deals (id, title, pipeline_id, stage_id, position, currency, stage_entered_at, bant_budget, bant_score, created_at, updated_at)
      VALUES ('d1', 'Сделка', 'p1', 's1', 'a', 'RUB', 1, 3, 25, 1, 2);`);
    const deals = db.sqlite.prepare('SELECT * FROM deals').all();

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(16))).toMatchObject({ from: 15, to: 16 });
    expect(readSchemaVersion(db)).toBe(16);
    expect(db.sqlite.prepare('SELECT * FROM deals').all()).toEqual(
      (deals as object[]).map((row) => ({ ...row, ...ADDED })),
    );
    db.sqlite.exec(`UPDATE deals SET bant_budget_minor = 500000, bant_budget_confirmed = 1 WHERE id = 'd1'`);
    expect(() => db.sqlite.exec(`UPDATE deals SET bant_budget_minor = -1 WHERE id = 'd1'`)).toThrow(/CHECK/);
    expect(() => db.sqlite.exec(`UPDATE deals SET bant_budget_confirmed = 2 WHERE id = 'd1'`)).toThrow(/CHECK/);
  });
});
