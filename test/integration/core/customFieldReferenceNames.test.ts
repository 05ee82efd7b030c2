import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDealsKit, type DealsKit, PIPELINE, STAGE } from './dealsTestKit';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const referenceFields = async (entity: 'deal' | 'company' | 'contact') => {
  const make = (type: 'user' | 'company' | 'contact', nameEn: string) =>
    kit.client.call('customFields.create', { entity, nameRu: nameEn, nameEn, type });
  return {
    user: await make('user', 'Curator'),
    company: await make('company', 'Dealer'),
    contact: await make('contact', 'Referrer'),
  };
};

describe('reference fields in table rows', () => {
  it('name the users, companies and contacts they point at, in deals, companies and contacts lists', async () => {
    const curator = await kit.client.call('users.create', { name: 'Ирина Куратор', role: 'manager' });
    const { company: dealer } = await kit.client.call('companies.create', { name: 'ООО Дилер Урал' });
    const { contact: referrer } = await kit.client.call('contacts.create', { name: 'Пётр Рекомендатель' });
    const names = {
      [curator.id]: 'Ирина Куратор',
      [dealer.id]: 'ООО Дилер Урал',
      [referrer.id]: 'Пётр Рекомендатель',
    };
    const refs = { user: curator.id, company: dealer.id, contact: referrer.id };

    const dealFields = await referenceFields('deal');
    const deal = await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      stageId: STAGE.newLead,
      title: 'Поставка',
    });
    const other = await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      stageId: STAGE.newLead,
      title: 'Пусто',
    });
    await kit.client.call('customFields.setValues', {
      entity: 'deal',
      recordId: deal.id,
      values: {
        [dealFields.user.id]: refs.user,
        [dealFields.company.id]: refs.company,
        [dealFields.contact.id]: refs.contact,
      },
    });
    const deals = await kit.client.call('deals.list', {});
    const dealRow = deals.rows.find((row) => row.id === deal.id);
    expect(dealRow?.customRefNames).toEqual(names);
    expect(deals.rows.find((row) => row.id === other.id)?.customRefNames).toEqual({});

    const companyFields = await referenceFields('company');
    const { company } = await kit.client.call('companies.create', { name: 'Клиент' });
    await kit.client.call('customFields.setValues', {
      entity: 'company',
      recordId: company.id,
      values: { [companyFields.user.id]: refs.user, [companyFields.company.id]: refs.company },
    });
    const companies = await kit.client.call('companies.list', {});
    expect(companies.rows.find((row) => row.id === company.id)?.customRefNames).toEqual({
      [curator.id]: 'Ирина Куратор',
      [dealer.id]: 'ООО Дилер Урал',
    });

    const contactFields = await referenceFields('contact');
    const { contact } = await kit.client.call('contacts.create', { name: 'Клиентка' });
    await kit.client.call('customFields.setValues', {
      entity: 'contact',
      recordId: contact.id,
      values: { [contactFields.contact.id]: refs.contact },
    });
    // A referenced contact that was deleted since is still named, as exports name it.
    await kit.client.call('contacts.delete', { id: referrer.id });
    const contacts = await kit.client.call('contacts.list', {});
    expect(contacts.rows.find((row) => row.id === contact.id)?.customRefNames).toEqual({
      [referrer.id]: 'Пётр Рекомендатель',
    });
  });

  it('sorts a company reference column by the shown name', async () => {
    const field = await kit.client.call('customFields.create', {
      entity: 'deal',
      nameRu: 'Дилер',
      nameEn: 'Dealer',
      type: 'company',
    });
    for (const [title, dealerName] of [
      ['Первая', 'Яхонт'],
      ['Вторая', 'Альфа'],
    ] as const) {
      const { company } = await kit.client.call('companies.create', { name: dealerName });
      const deal = await kit.client.call('deals.create', { pipelineId: PIPELINE, stageId: STAGE.newLead, title });
      await kit.client.call('customFields.setValues', {
        entity: 'deal',
        recordId: deal.id,
        values: { [field.id]: company.id },
      });
    }
    const sorted = await kit.client.call('deals.list', { sort: { field: `cf:${field.id}`, dir: 'asc' } });
    expect(sorted.rows.map((row) => row.title).slice(0, 2)).toEqual(['Вторая', 'Первая']);
  });
});
