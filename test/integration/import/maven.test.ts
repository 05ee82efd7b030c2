import { importMappingSchema } from '@shared/contract/schemas/imports';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempBackend, type TempBackend } from '../../helpers/tempBackend';
import { importFile, live, undo } from './importFile';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const MAPPINGS = join(ROOT, 'examples', 'import', 'maven-crm');

/**
 * A copy of ../shared/datasets/maven-crm as published, kept with the tests so CI's clean clone
 * has it wherever it runs.
 */
const DATASET = join(ROOT, 'test', 'fixtures', 'import', 'maven-crm');

const mapping = (name: string) =>
  importMappingSchema.parse(JSON.parse(readFileSync(join(MAPPINGS, `${name}.json`), 'utf8')));

/** Maven's public CRM sample through the generic import and the committed mapping files only. */
describe('the Maven CRM dataset', () => {
  const pipeline = parse(readFileSync(join(DATASET, 'sales_pipeline.csv')), { columns: true }) as Record<string, string>[];
  let backend: TempBackend;
  const ids: string[] = [];
  const summaries: Record<string, Awaited<ReturnType<typeof importFile>>> = {};

  beforeAll(async () => {
    backend = createTempBackend();
    for (const [name, file] of [
      ['users', 'sales_teams.csv'],
      ['companies', 'accounts.csv'],
      ['deals', 'sales_pipeline.csv'],
    ] as const) {
      const summary = await importFile(backend, join(DATASET, file), mapping(name));
      summaries[name] = summary;
      ids.push(summary.importId ?? '');
    }
  }, 180_000);
  afterAll(() => backend.dispose());

  const all = <T>(sqlText: string, ...params: unknown[]) => backend.db.sqlite.prepare(sqlText).all(...params) as T[];

  it('makes 35 reps with their 6 managers, 85 companies and 8,800 deals', () => {
    expect(all('SELECT role, count(*) AS n FROM users WHERE deleted_at IS NULL GROUP BY role ORDER BY role')).toEqual([
      { role: 'manager', n: 6 },
      { role: 'rep', n: 35 },
    ]);
    const teams = all<{ rep: string; manager: string }>(
      `SELECT r.name AS rep, m.name AS manager FROM users r JOIN users m ON m.id = r.manager_id WHERE r.role = 'rep'`,
    );
    expect(teams).toHaveLength(35);
    expect(teams).toContainEqual({ rep: 'Anna Snelling', manager: 'Dustin Brinkmann' });
    expect(live(backend, 'companies')).toBe(85);
    expect(live(backend, 'deals')).toBe(8800);
  });

  it('splits won, lost and open as the file does, with the won value from close_value', () => {
    const count = (stage: string) => pipeline.filter((row) => row.deal_stage === stage).length;
    const wonCents = pipeline
      .filter((row) => row.deal_stage === 'Won')
      .reduce((sum, row) => sum + Number(row.close_value) * 100, 0);
    expect(all('SELECT status, count(*) AS n FROM deals GROUP BY status ORDER BY status')).toEqual([
      { status: 'lost', n: count('Lost') },
      { status: 'open', n: count('Prospecting') + count('Engaging') },
      { status: 'won', n: count('Won') },
    ]);
    expect(
      all("SELECT sum(value_minor) AS cents, min(currency) AS a, max(currency) AS b FROM deals WHERE status = 'won'"),
    ).toEqual([{ cents: wonCents, a: 'USD', b: 'USD' }]);
    expect(wonCents).toBe(1_000_553_400);
  });

  it('gives a deal its owner, company, dates and a stage path from engage and close dates', () => {
    const [deal] = all<Record<string, unknown>>(
      `SELECT d.id, d.value_minor, d.status, d.created_at, d.won_at, s.default_key AS stage, u.name AS owner, c.name AS company
       FROM deals d JOIN stages s ON s.id = d.stage_id JOIN users u ON u.id = d.owner_id JOIN companies c ON c.id = d.company_id
       WHERE d.title = '1C1I7A6R · GTX Plus Basic'`,
    );
    const moscow = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) - 3 * 3600_000;
    expect(deal).toMatchObject({
      value_minor: 105_400,
      status: 'won',
      stage: 'contract',
      owner: 'Moses Frase',
      company: 'Cancity',
      created_at: moscow(2016, 10, 20),
      won_at: moscow(2017, 3, 1),
    });
    const path = all(
      `SELECT f.default_key AS "from", t.default_key AS "to", st.to_status AS status, st.at FROM stage_transitions st
       LEFT JOIN stages f ON f.id = st.from_stage_id JOIN stages t ON t.id = st.to_stage_id WHERE st.deal_id = ? ORDER BY st.rowid`,
      deal?.id,
    );
    expect(path).toEqual([
      { from: null, to: 'new_lead', status: 'open', at: moscow(2016, 10, 20) },
      { from: 'new_lead', to: 'qualification', status: 'open', at: moscow(2016, 10, 20) },
      { from: 'qualification', to: 'contract', status: 'open', at: moscow(2017, 3, 1) },
      { from: 'contract', to: 'contract', status: 'won', at: moscow(2017, 3, 1) },
    ]);
    // A Prospecting deal has no engage date: it stays in the first stage, created at the import.
    expect(
      all("SELECT count(*) AS n FROM deals d JOIN stages s ON s.id = d.stage_id WHERE s.default_key = 'new_lead'"),
    ).toEqual([{ n: pipeline.filter((row) => row.deal_stage === 'Prospecting').length }]);
  });

  it('reports the quirks as warnings: the unknown product, blank accounts, the sector typo', () => {
    const reasons = (name: string, reason: string, field?: string) =>
      summaries[name]?.warnings.filter((w) => w.reason === reason && (field === undefined || w.field === field)) ?? [];
    expect(reasons('deals', 'unknown_value', 'product').map((w) => w.value)).toEqual(
      pipeline.filter((row) => row.product === 'GTXPro').map(() => 'GTXPro'),
    );
    expect(reasons('deals', 'blank_value', 'company')).toHaveLength(
      pipeline.filter((row) => row.account === '').length,
    );
    expect(reasons('companies', 'unknown_value', 'sector').map((w) => w.value)).toEqual(Array(12).fill('technolgy'));
    expect(all("SELECT count(*) AS n FROM companies WHERE industry = 'technology'")).toEqual([{ n: 12 }]);
    expect(summaries.deals).toMatchObject({ rows: 8800, created: 8800, skipped: 0, createdByTable: { deals: 8800 } });
  });

  it('imports nothing twice: the same file again skips every deal as a duplicate', async () => {
    const again = await importFile(backend, join(DATASET, 'sales_pipeline.csv'), mapping('deals'), { dryRun: true });
    expect(again).toMatchObject({ created: 0, skipped: 8800 });
  }, 60_000);

  it('undo removes it all, newest import first', async () => {
    for (const id of [...ids].reverse()) await undo(backend, id);
    expect(live(backend, 'deals')).toBe(0);
    expect(live(backend, 'companies')).toBe(0);
    expect(live(backend, 'users')).toBe(0);
  }, 60_000);
});
