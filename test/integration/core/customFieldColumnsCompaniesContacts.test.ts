import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDealsKit, type DealsKit } from './dealsTestKit';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

describe('custom fields in the companies and contacts tables', () => {
  it('lists companies with their custom values, sorted (empty last) and filtered by them on the server', async () => {
    const employees = await kit.client.call('customFields.create', {
      entity: 'company',
      nameRu: 'Сотрудников',
      nameEn: 'Employees',
      type: 'number',
    });
    const tier = await kit.client.call('customFields.create', {
      entity: 'company',
      nameRu: 'Уровень',
      nameEn: 'Tier',
      type: 'single_select',
      options: [
        { label: 'Gold', colour: 'yellow' },
        { label: 'Silver', colour: 'grey' },
      ],
    });
    const [gold, silver] = tier.options;
    const make = async (name: string, values: Record<string, string | number>) => {
      const { company } = await kit.client.call('companies.create', { name });
      await kit.client.call('customFields.setValues', { entity: 'company', recordId: company.id, values });
      return company;
    };
    await make('Альфа', { [employees.id]: 120, [tier.id]: silver!.id });
    await make('Бета', { [employees.id]: 15, [tier.id]: gold!.id });
    await make('Гамма', {});
    const names = async (input: object) =>
      (await kit.client.call('companies.list', { ...input })).rows.map((row) => row.name);

    expect(await names({ sort: { field: `cf:${employees.id}`, dir: 'asc' } })).toEqual(['Бета', 'Альфа', 'Гамма']);
    expect(await names({ sort: { field: `cf:${employees.id}`, dir: 'desc' } })).toEqual(['Альфа', 'Бета', 'Гамма']);
    // A single select sorts by its options' order.
    expect(await names({ sort: { field: `cf:${tier.id}`, dir: 'asc' } })).toEqual(['Бета', 'Альфа', 'Гамма']);
    expect(await names({ customFilters: [{ fieldId: employees.id, op: 'range', min: 100, max: null }] })).toEqual([
      'Альфа',
    ]);
    expect(await names({ customFilters: [{ fieldId: tier.id, op: 'empty' }] })).toEqual(['Гамма']);
    const list = await kit.client.call('companies.list', {
      customFilters: [{ fieldId: tier.id, op: 'anyOf', ids: [gold!.id] }],
    });
    expect(list.total).toBe(1);
    expect(list.rows[0]?.customValues).toEqual({ [employees.id]: 15, [tier.id]: gold!.id });
    // A deal field is not a company column.
    const dealField = await kit.client.call('customFields.create', {
      entity: 'deal',
      nameRu: 'Сделочное',
      nameEn: 'Deal only',
      type: 'text',
    });
    const refused = await kit.backend.dispatch('companies.list', { sort: { field: `cf:${dealField.id}`, dir: 'asc' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('lists contacts with their custom values, sorted and filtered by them on the server', async () => {
    const source = await kit.client.call('customFields.create', {
      entity: 'contact',
      nameRu: 'Откуда узнал',
      nameEn: 'Heard from',
      type: 'text',
    });
    for (const [name, value] of [
      ['Анна', 'Выставка'],
      ['Борис', 'Вебинар'],
      ['Вера', null],
    ] as const) {
      const { contact } = await kit.client.call('contacts.create', { name });
      if (value) {
        await kit.client.call('customFields.setValues', {
          entity: 'contact',
          recordId: contact.id,
          values: { [source.id]: value },
        });
      }
    }
    const list = (input: object) => kit.client.call('contacts.list', { ...input });
    const sorted = await list({ sort: { field: `cf:${source.id}`, dir: 'asc' } });
    expect(sorted.rows.map((row) => [row.name, row.customValues?.[source.id] ?? null])).toEqual([
      ['Борис', 'Вебинар'],
      ['Анна', 'Выставка'],
      ['Вера', null],
    ]);
    const filtered = await list({ customFilters: [{ fieldId: source.id, op: 'contains', text: 'выстав' }] });
    expect(filtered.rows.map((row) => row.name)).toEqual(['Анна']);
    expect(filtered.total).toBe(1);
  });
});
