import { DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '@shared/contract/createClient';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';

let backend: TempBackend;
let client: Client;
const secondStage = DEFAULT_STAGES[1]?.id ?? '';

beforeEach(async () => {
  const clock = createTestClock();
  backend = createTempBackend({ clock });
  client = clientFor(backend);
  const seeds: [string, number, string | undefined][] = [
    ['Поставка СЕРВЕРОВ', 500_000, undefined],
    ['Лицензии 1С', 120_000, secondStage],
    ['Server rack', 900_000, undefined],
    ['Сервис-контракт', 50_000, secondStage],
    ['Консалтинг 100%', 10_000, undefined],
  ];
  for (const [title, valueMinor, stageId] of seeds) {
    clock.advance(60_000);
    await client.call('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      title,
      valueMinor,
      ...(stageId ? { stageId } : {}),
    });
  }
});
afterEach(() => backend.dispose());

describe('deals.list', () => {
  it('pages newest first by default with the total of the filter', async () => {
    const page = await client.call('deals.list', { limit: 2 });
    expect(page.total).toBe(5);
    expect(page.rows.map((row) => row.title)).toEqual(['Консалтинг 100%', 'Сервис-контракт']);
    const next = await client.call('deals.list', { limit: 2, offset: 2 });
    expect(next.rows.map((row) => row.title)).toEqual(['Server rack', 'Лицензии 1С']);
  });

  it('sorts by value both ways', async () => {
    const asc = await client.call('deals.list', { sort: { field: 'valueMinor', dir: 'asc' } });
    expect(asc.rows.map((row) => row.valueMinor)).toEqual([10_000, 50_000, 120_000, 500_000, 900_000]);
    const desc = await client.call('deals.list', { sort: { field: 'valueMinor', dir: 'desc' } });
    expect(desc.rows[0]?.title).toBe('Server rack');
  });

  it('searches titles case-insensitively, Cyrillic included', async () => {
    const found = await client.call('deals.list', { search: 'серв' });
    expect(found.rows.map((row) => row.title).sort()).toEqual(['Поставка СЕРВЕРОВ', 'Сервис-контракт']);
    expect((await client.call('deals.list', { search: 'SERVER' })).total).toBe(1);
    // A Cyrillic е typed into a Latin word (looks alike; its Cyrillic reading «сервер» counts too), and a Latin C
    // into a Cyrillic one.
    const mixed = await client.call('deals.list', { search: 'Sеrver' });
    expect(mixed.rows.map((row) => row.title).sort()).toEqual(['Server rack', 'Поставка СЕРВЕРОВ']);
    expect((await client.call('deals.list', { search: 'Cерв' })).total).toBe(2);
  });

  it('folds search and title sort as companies do: ё as е, any case, Latin before Cyrillic', async () => {
    for (const title of ['Banana', 'apple', 'Ёлка', 'яблоко', 'ёж', 'Ёлочные игрушки']) {
      await client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title });
    }
    expect((await client.call('deals.list', { search: 'елоч' })).rows.map((row) => row.title)).toEqual([
      'Ёлочные игрушки',
    ]);
    expect((await client.call('deals.list', { search: 'ЁЛК' })).rows.map((row) => row.title)).toEqual(['Ёлка']);
    const { company } = await client.call('companies.create', { name: 'Ёлочка' });
    expect((await client.call('companies.list', { search: 'елоч' })).rows.map((row) => row.name)).toEqual([
      company.name,
    ]);

    const asc = await client.call('deals.list', { sort: { field: 'title', dir: 'asc' } });
    expect(asc.rows.map((row) => row.title)).toEqual([
      'apple',
      'Banana',
      'Server rack',
      'ёж',
      'Ёлка',
      'Ёлочные игрушки',
      'Консалтинг 100%',
      'Лицензии 1С',
      'Поставка СЕРВЕРОВ',
      'Сервис-контракт',
      'яблоко',
    ]);
    const desc = await client.call('deals.list', { sort: { field: 'title', dir: 'desc' }, limit: 3 });
    expect(desc.rows.map((row) => row.title)).toEqual(['яблоко', 'Сервис-контракт', 'Поставка СЕРВЕРОВ']);
  });

  it('matches every word of the search, in any order, in the title, company or contact', async () => {
    const { company } = await client.call('companies.create', { name: 'ООО «Ромашка»' });
    const { contact } = await client.call('contacts.create', { name: 'Пётр Иванов' });
    await client.call('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      title: 'Интеграция с 1С',
      companyId: company.id,
      contactId: contact.id,
    });
    const titles = async (search: string) => (await client.call('deals.list', { search })).rows.map((row) => row.title);
    expect(await titles('Интеграция 1С')).toEqual(['Интеграция с 1С']);
    expect(await titles('1с интеграц')).toEqual(['Интеграция с 1С']);
    expect(await titles('ромашка интеграция')).toEqual(['Интеграция с 1С']);
    expect(await titles('петр 1С')).toEqual(['Интеграция с 1С']);
    expect(await titles('Интеграция Лютик')).toEqual([]);
  });

  it('lists one contact’s deals (the contact page), not their company’s others', async () => {
    const { company } = await client.call('companies.create', { name: 'ООО «Вектор»' });
    const { contact: petr } = await client.call('contacts.create', { name: 'Пётр Иванов', companyId: company.id });
    const { contact: anna } = await client.call('contacts.create', { name: 'Анна Орлова', companyId: company.id });
    const create = (title: string, contactId: string) =>
      client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title, companyId: company.id, contactId });
    await create('Поставка', petr.id);
    await create('Сервис', petr.id);
    await create('Лицензии', anna.id);
    const listed = await client.call('deals.list', { contactId: petr.id, sort: { field: 'title', dir: 'asc' } });
    expect(listed.rows.map((row) => row.title)).toEqual(['Поставка', 'Сервис']);
    expect(listed.total).toBe(2);
  });

  it('sorts a title page from the title index', () => {
    const plan = (
      backend.db.sqlite
        .prepare(
          'EXPLAIN QUERY PLAN SELECT * FROM deals AS d WHERE deleted_at IS NULL ORDER BY title_key ASC, id ASC LIMIT 25',
        )
        .all() as { detail: string }[]
    ).map((row) => row.detail);
    expect(plan.join('\n')).toContain('deals_title');
    expect(plan.join('\n')).not.toContain('TEMP B-TREE');
  });

  it('treats LIKE wildcards in the search as plain text', async () => {
    expect((await client.call('deals.list', { search: '100%' })).rows.map((row) => row.title)).toEqual([
      'Консалтинг 100%',
    ]);
    expect((await client.call('deals.list', { search: '_' })).total).toBe(0);
  });

  it('filters by stage and status server-side', async () => {
    const inStage = await client.call('deals.list', { stageId: secondStage, status: 'open' });
    expect(inStage.total).toBe(2);
    expect((await client.call('deals.list', { status: 'won' })).total).toBe(0);
  });

  it('refuses a stage from another pipeline on create', async () => {
    const result = await backend.dispatch('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      title: 'X',
      stageId: '01900000-0000-7000-8000-000000000000',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });
});
