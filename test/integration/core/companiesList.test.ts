import type { CompaniesListInput } from '@shared/contract/schemas/companies';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertCompaniesRaw } from '../../helpers/insertCompaniesRaw';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';

let backend: TempBackend;
afterEach(() => backend?.dispose());

type Seeded = { ids: Record<string, string>; ownerId: string };

const seed = async (): Promise<Seeded> => {
  const clock = createTestClock();
  backend = createTempBackend({ clock });
  const client = clientFor(backend);
  const owner = await client.call('users.create', { name: 'Ольга', role: 'rep' });
  const rows = [
    {
      name: 'РОМАШКА',
      inn: '7707083893',
      industry: 'Розница',
      size: 'large',
      region: 'Москва',
      segment: 'enterprise',
      website: 'romashka.ru',
      email: 'info@romashka.ru',
      ownerId: owner.id,
    },
    {
      name: 'ромашка-Юг',
      industry: 'Розница',
      size: 'small',
      region: 'Краснодар',
      segment: 'smb',
      website: 'https://yug-romashka.ru',
    },
    {
      name: 'Альфа',
      inn: '7736207543',
      industry: 'IT',
      size: 'enterprise',
      region: 'Москва',
      segment: 'enterprise',
      email: 'hello@alfa.com',
      ownerId: owner.id,
    },
    { name: 'beta Systems', industry: 'IT', size: 'micro', region: 'Казань' },
    { name: 'Ёлка', industry: null, size: 'medium', region: 'Москва', phone: '8 (843) 200-00-00' },
  ] as const;
  const ids: Record<string, string> = {};
  for (const row of rows) {
    clock.advance(1000);
    ids[row.name] = (await client.call('companies.create', { ...row })).company.id;
  }
  const deal = (companyId: string | undefined, valueMinor: number) =>
    client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'D', companyId, valueMinor });
  await deal(ids['Альфа'], 900);
  await deal(ids['Альфа'], 100);
  await deal(ids['РОМАШКА'], 5000);
  await deal(ids['beta Systems'], 10);
  // Another currency counts as a deal but not in the workspace-currency sum.
  await client.call('deals.create', {
    pipelineId: DEFAULT_PIPELINE.id,
    title: 'USD',
    companyId: ids['beta Systems'],
    valueMinor: 999_999,
    currency: 'USD',
  });
  return { ids, ownerId: owner.id };
};

const names = async (input: CompaniesListInput) =>
  (await clientFor(backend).call('companies.list', input)).rows.map((row) => row.name);

describe('companies.list', () => {
  it('searches name (Cyrillic, any case), INN, domain, e-mail and phone digits', async () => {
    await seed();
    expect(await names({ search: 'ромаш' })).toEqual(['РОМАШКА', 'ромашка-Юг']);
    expect(await names({ search: 'РОМАШ' })).toEqual(['РОМАШКА', 'ромашка-Юг']);
    // The keyboard switched mid-word: a Latin R (looks and sounds like Р), an H (Р's key).
    expect(await names({ search: 'Rомаш' })).toEqual(['РОМАШКА', 'ромашка-Юг']);
    expect(await names({ search: 'Hомаш' })).toEqual(['РОМАШКА', 'ромашка-Юг']);
    expect(await names({ search: 'ёлк' })).toEqual(['Ёлка']);
    expect(await names({ search: 'ЕЛКА' })).toEqual(['Ёлка']);
    expect(await names({ search: '77362' })).toEqual(['Альфа']);
    expect(await names({ search: 'yug-rom' })).toEqual(['ромашка-Юг']);
    expect(await names({ search: 'HELLO@' })).toEqual(['Альфа']);
    expect(await names({ search: '8 843 200' })).toEqual(['Ёлка']);
    expect(await names({ search: 'BETA' })).toEqual(['beta Systems']);
    expect(await names({ search: '%' })).toEqual([]);
  });

  it('filters by industry, size, region, segment and owner (or none)', async () => {
    const { ownerId } = await seed();
    expect(await names({ industry: 'IT' })).toEqual(['beta Systems', 'Альфа']);
    expect(await names({ size: 'medium' })).toEqual(['Ёлка']);
    expect(await names({ region: 'Москва', segment: 'enterprise' })).toEqual(['Альфа', 'РОМАШКА']);
    expect(await names({ ownerId })).toEqual(['Альфа', 'РОМАШКА']);
    expect((await names({ ownerId: null })).length).toBe(3);
  });

  it('sorts by any column: text in any script, size by magnitude, deal figures, empty values last', async () => {
    await seed();
    // ё sorts as е, as in a Russian dictionary; Latin before Cyrillic.
    expect(await names({ sort: { field: 'name', dir: 'asc' } })).toEqual([
      'beta Systems',
      'Альфа',
      'Ёлка',
      'РОМАШКА',
      'ромашка-Юг',
    ]);
    expect(await names({ sort: { field: 'size', dir: 'asc' } })).toEqual([
      'beta Systems',
      'ромашка-Юг',
      'Ёлка',
      'РОМАШКА',
      'Альфа',
    ]);
    // Ties (here: no INN) fall back to the id in the same direction, so pages never overlap.
    expect(await names({ sort: { field: 'inn', dir: 'desc' } })).toEqual([
      'Альфа',
      'РОМАШКА',
      'Ёлка',
      'beta Systems',
      'ромашка-Юг',
    ]);
    expect(await names({ sort: { field: 'industry', dir: 'desc' } })).toEqual(
      ['Розница', 'Розница', 'IT', 'IT', null].map(
        (_, i) => ['ромашка-Юг', 'РОМАШКА', 'beta Systems', 'Альфа', 'Ёлка'][i],
      ),
    );
    expect(await names({ sort: { field: 'ownerName', dir: 'desc' } })).toEqual([
      'Альфа',
      'РОМАШКА',
      'Ёлка',
      'beta Systems',
      'ромашка-Юг',
    ]);

    const byValue = await clientFor(backend).call('companies.list', { sort: { field: 'openValueMinor', dir: 'desc' } });
    expect(byValue.rows.map((row) => [row.name, row.openDeals, row.openValueMinor, row.currency])).toEqual([
      ['РОМАШКА', 1, 5000, 'RUB'],
      ['Альфа', 2, 1000, 'RUB'],
      ['beta Systems', 2, 10, 'RUB'],
      ['Ёлка', 0, 0, 'RUB'],
      ['ромашка-Юг', 0, 0, 'RUB'],
    ]);
    expect(await names({ sort: { field: 'openDeals', dir: 'asc' } })).toEqual([
      'ромашка-Юг',
      'Ёлка',
      'РОМАШКА',
      'Альфа',
      'beta Systems',
    ]);
  });

  it('carries deal figures on every page whatever the sort', async () => {
    await seed();
    const byName = await clientFor(backend).call('companies.list', { search: 'альфа' });
    expect(byName.rows[0]).toMatchObject({ name: 'Альфа', openDeals: 2, openValueMinor: 1000, ownerName: 'Ольга' });
  });

  it('pages with a stable order and the total of all matches', async () => {
    await seed();
    const client = clientFor(backend);
    const all = await client.call('companies.list', { sort: { field: 'createdAt', dir: 'asc' } });
    const page = await client.call('companies.list', { sort: { field: 'createdAt', dir: 'asc' }, offset: 2, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.rows.map((row) => row.id)).toEqual(all.rows.slice(2, 4).map((row) => row.id));
    const filtered = await client.call('companies.list', { search: 'ромаш', limit: 1 });
    expect(filtered.total).toBe(2);
    expect(filtered.rows).toHaveLength(1);
  });

  it('offers the values in use for the column filters', async () => {
    await seed();
    const facets = await clientFor(backend).call('companies.facets');
    expect(facets.industries).toEqual([
      { value: 'IT', count: 2 },
      { value: 'Розница', count: 2 },
    ]);
    expect(facets.regions[0]).toEqual({ value: 'Москва', count: 3 });
  });
});

describe('companies.list at scale', () => {
  beforeEach(() => {
    backend = createTempBackend();
    insertCompaniesRaw(backend.db, 20_000, Date.UTC(2026, 10, 1));
  });

  it('serves a page of 50 from 20,000 companies quickly (figures printed)', async () => {
    const client = clientFor(backend);
    const cases: [string, CompaniesListInput][] = [
      ['name asc, first page', {}],
      ['search "ромаш", name asc', { search: 'ромаш' }],
      ['search "firm1234"', { search: 'firm1234' }],
      ['openValueMinor desc', { sort: { field: 'openValueMinor', dir: 'desc' } }],
      [
        'industry filter + region sort, page 61',
        { industry: 'IT', sort: { field: 'region', dir: 'asc' }, offset: 3000 },
      ],
      ['createdAt desc, deep page', { sort: { field: 'createdAt', dir: 'desc' }, offset: 19_900 }],
    ];
    const figures: string[] = [];
    for (const [label, input] of cases) {
      const first = await client.call('companies.list', input);
      expect(first.rows.length, label).toBeGreaterThan(0);
      const times: number[] = [];
      for (let run = 0; run < 5; run += 1) {
        const started = performance.now();
        await client.call('companies.list', input);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const median = times[2] ?? 0;
      figures.push(`${label}: median ${median.toFixed(1)} ms (total ${first.total})`);
      // A generous ceiling: this catches an N+1 or a lost index, not machine noise.
      expect(median).toBeLessThan(1000);
    }
    console.log(`companies.list on 20,000 companies, page of 50:\n  ${figures.join('\n  ')}`);
  });

  it('answers duplicate checks while typing quickly (figures printed)', async () => {
    const client = clientFor(backend);
    const median = async (input: Record<string, string>) => {
      await client.call('companies.duplicates', input);
      const times: number[] = [];
      for (let run = 0; run < 5; run += 1) {
        const started = performance.now();
        await client.call('companies.duplicates', input);
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[2] ?? 0;
    };
    const keys = { inn: '7700001234', email: 'info@firm1234.ru', phone: '+7 495 000-12-34', website: 'firm1234.ru' };
    const found = await client.call('companies.duplicates', keys);
    expect(found[0]?.matchedOn).toEqual(['inn', 'email', 'phone', 'domain']);
    const byKeys = await median(keys);
    const withName = await median({ ...keys, name: 'ООО «Ромашка 1234»' });
    console.log(
      `companies.duplicates on 20,000 companies: INN/e-mail/phone/domain ${byKeys.toFixed(1)} ms, plus name ${withName.toFixed(1)} ms`,
    );
    expect(withName).toBeLessThan(1000);
  });
});
