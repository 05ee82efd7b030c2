import type { ImportMappingInput } from '@shared/contract/schemas/imports';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientFor, createTempBackend, type TempBackend } from '../../helpers/tempBackend';
import { importFile, undo } from './importFile';

const csv = (text: string) => new TextEncoder().encode(text);

describe('custom fields in an import mapping', () => {
  let backend: TempBackend;
  beforeEach(() => {
    backend = createTempBackend();
  });
  afterEach(() => backend.dispose());

  const fields = async () => {
    const client = clientFor(backend);
    const power = await client.call('customFields.create', {
      entity: 'company',
      nameRu: 'Мощность',
      nameEn: 'Power',
      type: 'number',
    });
    const budget = await client.call('customFields.create', {
      entity: 'company',
      nameRu: 'Бюджет',
      nameEn: 'Budget',
      type: 'money',
      currency: 'RUB',
    });
    const channel = await client.call('customFields.create', {
      entity: 'company',
      nameRu: 'Канал',
      nameEn: 'Channel',
      type: 'single_select',
      options: [
        { label: 'Дилер', colour: 'blue' },
        { label: 'Прямой', colour: 'green' },
      ],
    });
    const since = await client.call('customFields.create', {
      entity: 'company',
      nameRu: 'Клиент с',
      nameEn: 'Since',
      type: 'date',
    });
    const vip = await client.call('customFields.create', {
      entity: 'company',
      nameRu: 'VIP',
      nameEn: 'VIP',
      type: 'checkbox',
    });
    return { client, power, budget, channel, since, vip };
  };

  it('reads each cell by its field type, warns per unreadable cell, and undo takes the values away', async () => {
    const { client, power, budget, channel, since, vip } = await fields();
    const mapping: ImportMappingInput = {
      entity: 'companies',
      columns: {
        name: 'Название',
        [`cf:${power.id}`]: 'Мощность, кВт',
        [`cf:${budget.id}`]: 'Бюджет',
        [`cf:${channel.id}`]: 'Канал',
        [`cf:${since.id}`]: 'С',
        [`cf:${vip.id}`]: 'VIP',
      },
      dedupe: { keys: ['name'], action: 'update' },
    };
    const file = [
      'Название;Мощность, кВт;Бюджет;Канал;С;VIP',
      'Ромашка;1 234,5;2 500 000,50 ₽;дилер;05.12.2026;да',
      'Василёк;много;;Оптовик;32.13.2026;может быть',
    ].join('\n');
    const dry = await importFile(backend, csv(file), mapping, { dryRun: true });
    expect(dry.warnings.map((warning) => [warning.line, warning.field, warning.reason])).toEqual([
      [3, 'Мощность', 'custom_unreadable'],
      [3, 'Канал', 'custom_option_unknown'],
      [3, 'Клиент с', 'custom_unreadable'],
      [3, 'VIP', 'custom_unreadable'],
    ]);
    const summary = await importFile(backend, csv(file), mapping);
    expect(summary).toMatchObject({ created: 2, warningCount: 4 });
    const romashka = (await client.call('companies.list', { search: 'Ромашка' })).rows[0];
    expect(await client.call('customFields.values', { entity: 'company', recordId: romashka?.id ?? '' })).toEqual({
      [power.id]: 1234.5,
      [budget.id]: { amountMinor: 250_000_050, currency: 'RUB' },
      [channel.id]: channel.options[0]?.id,
      [since.id]: '2026-12-05',
      [vip.id]: true,
    });
    const vasilek = (await client.call('companies.list', { search: 'Василёк' })).rows[0];
    expect(await client.call('customFields.values', { entity: 'company', recordId: vasilek?.id ?? '' })).toEqual({});

    // A second file updates the values of the existing company; undoing it restores the first ones.
    const second = await importFile(backend, csv('Название;Мощность, кВт;Канал\nРомашка;99;Прямой\n'), {
      ...mapping,
      columns: { name: 'Название', [`cf:${power.id}`]: 'Мощность, кВт', [`cf:${channel.id}`]: 'Канал' },
    });
    expect(second).toMatchObject({ updated: 1 });
    const updated = await client.call('customFields.values', { entity: 'company', recordId: romashka?.id ?? '' });
    expect(updated).toMatchObject({ [power.id]: 99, [channel.id]: channel.options[1]?.id });
    await undo(backend, second.importId ?? '');
    const restored = await client.call('customFields.values', { entity: 'company', recordId: romashka?.id ?? '' });
    expect(restored).toMatchObject({ [power.id]: 1234.5, [channel.id]: channel.options[0]?.id });
  });

  it('refuses a custom field of another kind of record in the mapping run, and users take none', async () => {
    const { client } = await fields();
    const dealField = await client.call('customFields.create', {
      entity: 'deal',
      nameRu: 'Тендер',
      nameEn: 'Tender',
      type: 'text',
    });
    const summary = await importFile(backend, csv('Название;Тендер\nРомашка;T-1\n'), {
      entity: 'companies',
      columns: { name: 'Название', [`cf:${dealField.id}`]: 'Тендер' },
    });
    expect(summary.warnings.map((warning) => warning.reason)).toEqual(['custom_field_unknown']);
    await expect(
      importFile(backend, csv('name;x\nАнна;1\n'), {
        entity: 'users',
        columns: { name: 'name', [`cf:${dealField.id}`]: 'x' },
      }),
    ).rejects.toThrow();
  });
});
