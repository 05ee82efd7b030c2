import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0051');

describe('m0051_company_facet_keys', () => {
  it('fills the folded industry and region of every company, and indexes them', () => {
    const db = file.open(50);
    db.sqlite.exec(`
      INSERT INTO companies (id, name, industry, region, created_at, updated_at) VALUES
        ('c1', 'Груз', 'Логистика', 'Ёлкино', 0, 0),
        ('c2', 'Пусто', NULL, NULL, 0, 0);`);
    expect(migrateDatabase(db, MIGRATION_NOW, upTo(51))).toMatchObject({ to: 51 });
    expect(readSchemaVersion(db)).toBe(51);
    expect(
      db.sqlite.prepare('SELECT id, industry, industry_key, region, region_key FROM companies ORDER BY id').all(),
    ).toEqual([
      { id: 'c1', industry: 'Логистика', industry_key: 'логистика', region: 'Ёлкино', region_key: 'елкино' },
      { id: 'c2', industry: null, industry_key: null, region: null, region_key: null },
    ]);
    const plan = db.sqlite
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM companies WHERE deleted_at IS NULL AND industry_key IN ('логистика')")
      .all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toMatch(/companies_industry_key/);
  });
});
