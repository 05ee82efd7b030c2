import type { CustomValues } from '@shared/contract/schemas/customFields';
import type { TimelinePageEntry } from '@shared/contract/schemas/timeline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDealsKit, type DealsKit, PIPELINE, STAGE } from './dealsTestKit';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const customLines = (entries: readonly TimelinePageEntry[]) =>
  entries.flatMap((entry) => (entry.kind === 'custom' ? [[entry.fieldId, entry.oldValue, entry.newValue]] : []));

describe('custom values in the timeline', () => {
  it('shows each change of a deal custom value old → new in its type, newest first, with reference names', async () => {
    const tender = await kit.client.call('customFields.create', {
      entity: 'deal',
      nameRu: 'Номер тендера',
      nameEn: 'Tender number',
      type: 'text',
    });
    const budget = await kit.client.call('customFields.create', {
      entity: 'deal',
      nameRu: 'Бюджет',
      nameEn: 'Budget',
      type: 'money',
    });
    const curator = await kit.client.call('customFields.create', {
      entity: 'deal',
      nameRu: 'Куратор',
      nameEn: 'Curator',
      type: 'user',
    });
    // Values given with the deal are part of its creation, as its own columns are.
    const deal = await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      stageId: STAGE.newLead,
      title: 'Поставка',
      customValues: { [budget.id]: { amountMinor: 100_00, currency: 'RUB' } },
    });
    const set = (values: CustomValues) => {
      kit.clock.advance(1000);
      return kit.client.call('customFields.setValues', { entity: 'deal', recordId: deal.id, values });
    };
    await set({ [tender.id]: 'T-123' });
    await set({ [budget.id]: { amountMinor: 250_50, currency: 'USD' } });
    await set({ [tender.id]: 'T-124', [curator.id]: kit.boris });
    await set({ [tender.id]: 'T-124' }); // no change: no line
    await set({ [tender.id]: null });

    const page = await kit.client.call('timeline.page', { subject: 'deal', id: deal.id });
    expect(customLines(page.entries)).toEqual([
      [tender.id, 'T-124', null],
      [curator.id, null, kit.boris],
      [tender.id, 'T-123', 'T-124'],
      [budget.id, { amountMinor: 100_00, currency: 'RUB' }, { amountMinor: 250_50, currency: 'USD' }],
      [tender.id, null, 'T-123'],
    ]);
    expect(page.refs[kit.boris]).toMatchObject({ kind: 'user', name: 'Борис Иванов' });
    const last = page.entries.find((entry) => entry.kind === 'custom');
    expect(last).toMatchObject({ actorName: 'Анна Петрова' });
    // Custom value edits are field edits for the filter.
    const fieldsOnly = await kit.client.call('timeline.page', { subject: 'deal', id: deal.id, types: ['field'] });
    expect(customLines(fieldsOnly.entries)).toHaveLength(5);
    const stagesOnly = await kit.client.call('timeline.page', { subject: 'deal', id: deal.id, types: ['stage'] });
    expect(customLines(stagesOnly.entries)).toEqual([]);
  });

  it("shows a company's and a contact's own custom value edits, select options and checkboxes by their values", async () => {
    const company = (await kit.client.call('companies.create', { name: 'ООО Ромашка' })).company;
    const contact = (await kit.client.call('contacts.create', { name: 'Иван', companyId: company.id })).contact;
    const tier = await kit.client.call('customFields.create', {
      entity: 'company',
      nameRu: 'Уровень',
      nameEn: 'Tier',
      type: 'multi_select',
      options: [
        { label: 'A', colour: 'green' },
        { label: 'B', colour: 'blue' },
      ],
    });
    const vip = await kit.client.call('customFields.create', {
      entity: 'contact',
      nameRu: 'VIP',
      nameEn: 'VIP',
      type: 'checkbox',
    });
    const [a, b] = tier.options;
    kit.clock.advance(1000);
    await kit.client.call('customFields.setValues', {
      entity: 'company',
      recordId: company.id,
      values: { [tier.id]: [a!.id] },
    });
    kit.clock.advance(1000);
    await kit.client.call('customFields.setValues', {
      entity: 'company',
      recordId: company.id,
      values: { [tier.id]: [a!.id, b!.id] },
    });
    kit.clock.advance(1000);
    await kit.client.call('customFields.setValues', {
      entity: 'contact',
      recordId: contact.id,
      values: { [vip.id]: true },
    });

    const companyPage = await kit.client.call('timeline.page', { subject: 'company', id: company.id });
    expect(customLines(companyPage.entries)).toEqual([
      [tier.id, [a!.id], [a!.id, b!.id]],
      [tier.id, null, [a!.id]],
    ]);
    const contactPage = await kit.client.call('timeline.page', { subject: 'contact', id: contact.id });
    expect(customLines(contactPage.entries)).toEqual([[vip.id, null, true]]);
  });
});
