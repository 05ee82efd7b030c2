import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDealsKit, type DealsKit, expectFailure, PIPELINE } from './dealsTestKit';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const LOGISTICS = {
  name: 'Логистика Центра',
  industries: ['Логистика', ' логистика ', ''],
  sizeMin: 'small' as const,
  sizeMax: 'large' as const,
  regions: ['Москва'],
  revenueMinMinor: null,
  revenueMaxMinor: null,
  mustHave: [],
  excluding: ['госзаказ'],
  notes: null,
};

const storedFit = (id: string): number | null =>
  kit.backend.db.sqlite.prepare('SELECT icp_fit FROM companies WHERE id = ?').pluck().get(id) as number | null;

const company = async (fields: Record<string, unknown>) =>
  (await kit.client.call('companies.create', { name: 'ООО «Тест»', ...fields })).company;

describe('ICP profiles and company fit', () => {
  it('a draft fits nobody; approving derives every company’s fit, shown with its reasons', async () => {
    const fits = await company({ name: 'ООО «Груз»', industry: 'Логистика', size: 'medium', region: 'Москва' });
    const half = await company({ name: 'ООО «Склад»', industry: 'Логистика', size: 'micro', region: 'Казань' });
    const profile = await kit.client.call('icpProfiles.create', LOGISTICS);
    expect(profile).toMatchObject({
      status: 'draft',
      approvedAt: null,
      industries: ['Логистика'],
      companies: { full: 1, half: 1 },
    });
    expect(storedFit(fits.id)).toBeNull();
    expect(await kit.client.call('companies.icpFit', { id: fits.id })).toEqual({ best: null });

    kit.clock.advance(1000);
    const approved = await kit.client.call('icpProfiles.approve', { id: profile.id });
    expect(approved).toMatchObject({ status: 'approved', approvedBy: kit.anna, approvedByName: 'Анна Петрова' });
    expect(approved.approvedAt).toBe(kit.clock.now());
    expect(kit.backend.received).toContainEqual({
      type: 'data.changed',
      tables: expect.arrayContaining(['icp_profiles', 'companies']),
    });
    expect(storedFit(fits.id)).toBe(1);
    expect(storedFit(half.id)).toBe(0.33);
    expect((await kit.client.call('companies.get', { id: half.id })).icpFit).toBe(0.33);
    expect((await kit.client.call('companies.icpFit', { id: half.id })).best).toEqual({
      fit: 0.33,
      profileId: profile.id,
      profileName: 'Логистика Центра',
      reasons: [
        { kind: 'criterion', criterion: 'industry', result: 'met' },
        { kind: 'criterion', criterion: 'size', result: 'missed' },
        { kind: 'criterion', criterion: 'region', result: 'missed' },
      ],
    });
  });

  it('follows the company through create, update, the fast lead form and import', async () => {
    const profile = await kit.client.call('icpProfiles.create', LOGISTICS);
    await kit.client.call('icpProfiles.approve', { id: profile.id });
    const created = await company({ industry: 'Логистика', size: 'large', region: 'Москва' });
    expect(created.icpFit).toBe(1);
    const moved = await kit.client.call('companies.update', { id: created.id, patch: { region: 'Тверь' } });
    expect(moved.company.icpFit).toBe(0.67);
    const excluded = await kit.client.call('companies.update', {
      id: created.id,
      patch: { notes: 'Работают только через госзаказ' },
    });
    expect(excluded.company.icpFit).toBe(0);

    const lead = await kit.client.call('leads.create', { pipelineId: PIPELINE, companyName: 'ООО «Новый лид»' });
    expect(storedFit(lead.companyId!)).toBe(0);
    await kit.client.call('companies.update', {
      id: lead.companyId!,
      patch: { industry: 'логистика', size: 'small', region: 'МОСКВА' },
    });
    const inbox = await kit.client.call('leads.list', {});
    expect(inbox.rows.find((row) => row.id === lead.id)?.icpFit).toBe(1);

    const csv = 'Название;Отрасль;Регион\nАО «Импорт»;Логистика;Москва\n';
    const summary = await kit.client.call('imports.run', {
      fileName: 'companies.csv',
      base64: Buffer.from(csv, 'utf8').toString('base64'),
      mapping: { entity: 'companies', columns: { name: 'Название', industry: 'Отрасль', region: 'Регион' } },
    });
    expect(summary.created).toBe(1);
    const imported = kit.backend.db.sqlite
      .prepare(`SELECT icp_fit FROM companies WHERE name = 'АО «Импорт»'`)
      .pluck()
      .get();
    // Industry and region met; the size is unknown, so two of three.
    expect(imported).toBe(0.67);
  });

  it('the best approved profile wins; editing rules returns it to draft, a rename keeps the approval', async () => {
    const firm = await company({ industry: 'Производство', size: 'enterprise', region: 'Москва' });
    const logistics = await kit.client.call('icpProfiles.create', LOGISTICS);
    const makers = await kit.client.call('icpProfiles.create', {
      ...LOGISTICS,
      name: 'Заводы',
      industries: ['Производство'],
      sizeMin: 'large',
      sizeMax: null,
      excluding: [],
    });
    await kit.client.call('icpProfiles.approve', { id: logistics.id });
    expect(storedFit(firm.id)).toBe(0.33);
    await kit.client.call('icpProfiles.approve', { id: makers.id });
    expect(storedFit(firm.id)).toBe(1);
    expect((await kit.client.call('companies.icpFit', { id: firm.id })).best).toMatchObject({ profileName: 'Заводы' });

    const renamed = await kit.client.call('icpProfiles.update', { id: makers.id, patch: { name: 'Крупные заводы' } });
    expect(renamed.status).toBe('approved');
    const edited = await kit.client.call('icpProfiles.update', { id: makers.id, patch: { regions: ['Казань'] } });
    expect(edited).toMatchObject({ status: 'draft', approvedAt: null, approvedBy: null, regions: ['Казань'] });
    expect(storedFit(firm.id)).toBe(0.33);

    await kit.client.call('icpProfiles.unapprove', { id: logistics.id });
    expect(storedFit(firm.id)).toBeNull();
    await kit.client.call('icpProfiles.approve', { id: logistics.id });
    await kit.client.call('icpProfiles.delete', { id: logistics.id });
    expect(storedFit(firm.id)).toBeNull();
    expect((await kit.client.call('icpProfiles.list', {})).map((profile) => profile.name)).toEqual(['Крупные заводы']);
  });

  it('refuses reversed ranges (in the input and against the stored end) and a taken name', async () => {
    const reversed = await expectFailure(
      kit,
      'icpProfiles.create',
      { ...LOGISTICS, sizeMin: 'large', sizeMax: 'small', revenueMinMinor: 500, revenueMaxMinor: 100 },
      'BAD_INPUT',
    );
    expect(reversed.issues?.map((issue) => [issue.path, issue.params?.['reason']])).toEqual([
      ['sizeMax', 'range_reversed'],
      ['revenueMaxMinor', 'range_reversed'],
    ]);
    const profile = await kit.client.call('icpProfiles.create', { ...LOGISTICS, revenueMinMinor: 1000 });
    const below = await expectFailure(
      kit,
      'icpProfiles.update',
      { id: profile.id, patch: { revenueMaxMinor: 10 } },
      'BAD_INPUT',
    );
    expect(below.issues?.[0]).toMatchObject({ path: 'patch.revenueMaxMinor', params: { reason: 'range_reversed' } });
    const taken = await expectFailure(
      kit,
      'icpProfiles.create',
      { ...LOGISTICS, name: 'логистика центра' },
      'BAD_INPUT',
    );
    expect(taken.issues?.[0]).toMatchObject({ path: 'name', params: { reason: 'name_taken' } });
  });

  it('logs the profile and the revenue, never the derived fit', async () => {
    const profile = await kit.client.call('icpProfiles.create', LOGISTICS);
    await kit.client.call('icpProfiles.approve', { id: profile.id });
    const firm = await company({ industry: 'Логистика', annualRevenueMinor: 250_000_000_00 });
    expect(firm).toMatchObject({ annualRevenueMinor: 250_000_000_00, icpFit: 0.33 });
    const columns = kit.backend.db.sqlite
      .prepare(`SELECT DISTINCT tbl || '.' || col FROM change_log WHERE tbl IN ('companies', 'icp_profiles')`)
      .pluck()
      .all();
    expect(columns).toEqual(expect.arrayContaining(['companies.annual_revenue_minor', 'icp_profiles.status']));
    expect(columns).not.toContain('companies.icp_fit');
  });
});
