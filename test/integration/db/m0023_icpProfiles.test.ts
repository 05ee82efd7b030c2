import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0023');

const profile = (id: string, columns: string, values: string) =>
  `INSERT INTO icp_profiles (id, name, ${columns}, created_at, updated_at) VALUES ('${id}', 'ICP', ${values}, 0, 0)`;

describe('m0023_icp_profiles', () => {
  it('keeps companies, adds revenue and fit empty, and the profiles table with its checks', () => {
    const db = file.open(22);
    db.sqlite.exec(`
      INSERT INTO companies (id, name, industry, size, created_at, updated_at)
      VALUES ('c1', 'ООО Ромашка', 'Логистика', 'medium', 1, 2);`);
    const companies = db.sqlite.prepare('SELECT * FROM companies').all();

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(23))).toMatchObject({ from: 22, to: 23 });
    expect(readSchemaVersion(db)).toBe(23);
    expect(db.sqlite.prepare('SELECT * FROM companies').all()).toEqual(
      (companies as object[]).map((row) => ({ ...row, annual_revenue_minor: null, icp_fit: null })),
    );
    expect(() => db.sqlite.exec(`UPDATE companies SET annual_revenue_minor = -1 WHERE id = 'c1'`)).toThrow(/CHECK/);
    expect(() => db.sqlite.exec(`UPDATE companies SET icp_fit = 1.5 WHERE id = 'c1'`)).toThrow(/CHECK/);
    db.sqlite.exec(`UPDATE companies SET annual_revenue_minor = 100, icp_fit = 0.5 WHERE id = 'c1'`);

    db.sqlite.exec(profile('p1', 'industries, size_min', `'["Логистика"]', 'small'`));
    expect(db.sqlite.prepare('SELECT status, regions, approved_at FROM icp_profiles').get()).toEqual({
      status: 'draft',
      regions: '[]',
      approved_at: null,
    });
    expect(() => db.sqlite.exec(profile('p2', 'industries', `'Логистика'`))).toThrow(/JSON/);
    expect(() => db.sqlite.exec(profile('p6', 'regions', `'{"a": 1}'`))).toThrow(/CHECK/);
    expect(() => db.sqlite.exec(profile('p3', 'size_max', `'huge'`))).toThrow(/CHECK/);
    expect(() => db.sqlite.exec(profile('p4', 'status', `'final'`))).toThrow(/CHECK/);
    expect(() => db.sqlite.exec(profile('p5', 'revenue_min_minor', '-1'))).toThrow(/CHECK/);
    const plan = db.sqlite
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM companies WHERE deleted_at IS NULL ORDER BY icp_fit DESC LIMIT 50')
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toContain('companies_icp_fit');
  });
});
