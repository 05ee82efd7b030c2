import type { CustomFieldEntity } from '@shared/domain/customFields/customFieldKinds';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDealsKit, type DealsKit, expectFailure, PIPELINE } from './dealsTestKit';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const requiredText = (entity: CustomFieldEntity) =>
  kit.client.call('customFields.create', {
    entity,
    nameRu: 'Номер тендера',
    nameEn: 'Tender number',
    type: 'text',
    required: 'always',
  });

const optionalSelect = (entity: CustomFieldEntity) =>
  kit.client.call('customFields.create', {
    entity,
    nameRu: 'Регион',
    nameEn: 'Region',
    type: 'single_select',
    options: [{ label: 'Москва', colour: 'blue' }],
  });

const values = (entity: CustomFieldEntity, recordId: string) =>
  kit.client.call('customFields.values', { entity, recordId });

const count = (table: string): number =>
  (kit.backend.db.sqlite.prepare(`SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL`).get() as { n: number })
    .n;

/** A refused create names the empty field on `customValues.<id>`, with its names for the form. */
const expectRequired = async (method: string, input: unknown, fieldId: string) => {
  const error = await expectFailure(kit, method, input, 'BAD_INPUT');
  expect(error.issues).toEqual([
    expect.objectContaining({
      path: `customValues.${fieldId}`,
      params: { reason: 'value_required', nameRu: 'Номер тендера', nameEn: 'Tender number' },
      message: 'The field «Tender number» is required',
    }),
  ]);
};

describe('"required always" custom fields at create', () => {
  it('deals.create refuses a deal without it (nothing written) and writes the values with the deal', async () => {
    const tender = await requiredText('deal');
    const region = await optionalSelect('deal');
    const before = count('deals');
    await expectRequired('deals.create', { pipelineId: PIPELINE, title: 'Станки' }, tender.id);
    // Given but blank is refused too.
    await expectRequired(
      'deals.create',
      { pipelineId: PIPELINE, title: 'Станки', customValues: { [tender.id]: '  ' } },
      tender.id,
    );
    expect(count('deals')).toBe(before);
    expect(count('custom_values')).toBe(0);

    const deal = await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      title: 'Станки',
      customValues: { [tender.id]: ' Т-123 ', [region.id]: region.options[0]?.id ?? '' },
    });
    expect(await values('deal', deal.id)).toEqual({ [tender.id]: 'Т-123', [region.id]: region.options[0]?.id });
    // An optional field may be left out.
    const plain = await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      title: 'Фрезы',
      customValues: { [tender.id]: 'Т-124' },
    });
    expect(await values('deal', plain.id)).toEqual({ [tender.id]: 'Т-124' });
  });

  it('a company or contact made by name with the deal is not asked for its own required fields', async () => {
    await requiredText('company');
    await requiredText('contact');
    const deal = await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      title: 'Станки',
      newCompany: { name: 'ООО «Ромашка»' },
      newContact: { name: 'Иван Петров' },
    });
    expect(deal.companyId).not.toBeNull();
    expect(deal.contactId).not.toBeNull();
  });

  it('leads.create: the deal needs its required fields; the company and person made with it do not', async () => {
    const tender = await requiredText('deal');
    await requiredText('company');
    const input = { pipelineId: PIPELINE, companyName: 'ООО «Василёк»', contactName: 'Мария Иванова' };
    await expectRequired('leads.create', input, tender.id);
    expect(count('companies')).toBe(0);
    expect(count('contacts')).toBe(0);
    const lead = await kit.client.call('leads.create', { ...input, customValues: { [tender.id]: 'Т-9' } });
    expect(await values('deal', lead.id)).toEqual({ [tender.id]: 'Т-9' });
    expect(count('companies')).toBe(1);
  });

  it('companies.create and contacts.create need theirs and write them in the same transaction', async () => {
    const companyField = await requiredText('company');
    const contactField = await requiredText('contact');
    await expectRequired('companies.create', { name: 'ООО «Ромашка»' }, companyField.id);
    await expectRequired('contacts.create', { name: 'Иван Петров' }, contactField.id);
    expect(count('companies') + count('contacts')).toBe(0);

    const { company } = await kit.client.call('companies.create', {
      name: 'ООО «Ромашка»',
      customValues: { [companyField.id]: 'Т-1' },
    });
    expect(await values('company', company.id)).toEqual({ [companyField.id]: 'Т-1' });
    const { contact } = await kit.client.call('contacts.create', {
      name: 'Иван Петров',
      companyId: company.id,
      customValues: { [contactField.id]: 'Т-2' },
    });
    expect(await values('contact', contact.id)).toEqual({ [contactField.id]: 'Т-2' });
    // Each value is checked by its field's rule: a value of another entity's field is refused.
    await expectFailure(
      kit,
      'contacts.create',
      { name: 'Пётр', customValues: { [contactField.id]: 'Т-3', [companyField.id]: 'x' } },
      'NOT_FOUND',
    );
  });

  it('an import creates the row anyway and reports each required field left empty on it', async () => {
    await requiredText('company');
    const csv = 'Название\nООО «Ромашка»\nАО «Василёк»\n';
    const result = await kit.client.call('imports.run', {
      fileName: 'companies.csv',
      base64: Buffer.from(csv, 'utf8').toString('base64'),
      mapping: { entity: 'companies', columns: { name: 'Название' }, dedupe: { keys: ['name'], action: 'create' } },
    });
    expect(result).toMatchObject({ created: 2 });
    expect(result.warnings).toEqual([
      expect.objectContaining({ line: 2, reason: 'custom_required_empty', value: 'Номер тендера' }),
      expect.objectContaining({ line: 3, reason: 'custom_required_empty', value: 'Номер тендера' }),
    ]);
    expect(count('companies')).toBe(2);
  });
});
