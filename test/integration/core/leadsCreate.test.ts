import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { changeLogCount, createDealsKit, type DealsKit, expectFailure, PIPELINE, STAGE } from './dealsTestKit';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const count = (table: string): number =>
  kit.backend.db.sqlite.prepare(`SELECT count(*) FROM ${table} WHERE deleted_at IS NULL`).pluck().get() as number;

describe('leads.create', () => {
  it('makes the company, the person at it and the deal in the first stage in one write', async () => {
    const source = (await kit.client.call('leadSources.list', {}))[0]!.id;
    const deal = await kit.client.call('leads.create', {
      pipelineId: PIPELINE,
      companyName: 'ООО «Ромашка»',
      inn: '7707083893',
      contactName: 'Иван Петров',
      phone: '8 (912) 345-67-89',
      email: 'Ivan@Romashka.ru',
      sourceId: source,
      valueMinor: 150_000_00,
      notes: 'Просил перезвонить после обеда',
    });
    expect(deal).toMatchObject({
      title: 'ООО «Ромашка»',
      stageId: STAGE.newLead,
      sourceId: source,
      valueMinor: 150_000_00,
      ownerId: kit.anna,
      notes: 'Просил перезвонить после обеда',
    });
    const company = await kit.client.call('companies.get', { id: deal.companyId! });
    expect(company).toMatchObject({ name: 'ООО «Ромашка»', inn: '7707083893', phone: null, email: null });
    const contact = await kit.client.call('contacts.get', { id: deal.contactId! });
    expect(contact).toMatchObject({ name: 'Иван Петров', companyId: company.id, phone: '+7 912 345 67 89' });
    expect((await kit.client.call('leads.list', {})).rows[0]).toMatchObject({
      companyName: 'ООО «Ромашка»',
      contactName: 'Иван Петров',
    });
  });

  it('a person without a company is a lead too; a company alone keeps the phone and e-mail', async () => {
    const person = await kit.client.call('leads.create', {
      pipelineId: PIPELINE,
      contactName: 'Мария Соколова',
      email: 'maria@example.com',
    });
    expect(person).toMatchObject({ title: 'Мария Соколова', companyId: null });
    const firm = await kit.client.call('leads.create', {
      pipelineId: PIPELINE,
      companyName: 'АО «Вектор»',
      phone: '+7 495 123-45-67',
    });
    expect(firm.contactId).toBeNull();
    expect((await kit.client.call('companies.get', { id: firm.companyId! })).phone).toBe('+7 495 123 45 67');
  });

  it('attaches to an existing company or contact instead of making another', async () => {
    const { company } = await kit.client.call('companies.create', { name: 'ООО «Север»', inn: '7707083893' });
    const { contact } = await kit.client.call('contacts.create', { name: 'Олег North', companyId: company.id });
    const companies = count('companies');
    const toCompany = await kit.client.call('leads.create', {
      pipelineId: PIPELINE,
      companyId: company.id,
      contactName: 'Новый человек',
    });
    expect(toCompany).toMatchObject({ companyId: company.id, title: 'ООО «Север»' });
    const toContact = await kit.client.call('leads.create', { pipelineId: PIPELINE, contactId: contact.id });
    expect(toContact).toMatchObject({ contactId: contact.id, companyId: company.id });
    expect(count('companies')).toBe(companies);
  });

  it('is all or nothing: a refused deal leaves no company or contact behind', async () => {
    const before = { companies: count('companies'), contacts: count('contacts'), log: changeLogCount(kit) };
    await expectFailure(
      kit,
      'leads.create',
      { pipelineId: PIPELINE, companyName: 'ООО «Призрак»', contactName: 'Никто', campaignId: uuidv7() },
      'BAD_INPUT',
    );
    await expectFailure(
      kit,
      'leads.create',
      { pipelineId: PIPELINE, companyName: 'ООО «Призрак»', contactName: 'Никто', ownerId: uuidv7() },
      'BAD_INPUT',
    );
    expect({ companies: count('companies'), contacts: count('contacts'), log: changeLogCount(kit) }).toEqual(before);
  });

  it('refuses an empty lead, a bad INN and both an existing and a new company', async () => {
    await expectFailure(kit, 'leads.create', { pipelineId: PIPELINE }, 'BAD_INPUT');
    const badInn = await expectFailure(
      kit,
      'leads.create',
      { pipelineId: PIPELINE, companyName: 'X', inn: '1234567890' },
      'BAD_INPUT',
    );
    expect(badInn.issues?.[0]?.path).toEqual('inn');
    await expectFailure(
      kit,
      'leads.create',
      { pipelineId: PIPELINE, companyName: 'X', companyId: uuidv7() },
      'BAD_INPUT',
    );
  });

  it('the duplicate lookups find the lead by INN, e-mail and the phone in any format', async () => {
    await kit.client.call('leads.create', {
      pipelineId: PIPELINE,
      companyName: 'ООО «Ромашка»',
      inn: '7707083893',
      contactName: 'Иван Петров',
      phone: '8 (912) 345-67-89',
      email: 'ivan@romashka.ru',
    });
    const byInn = await kit.client.call('companies.duplicates', { inn: '7707 083 893' });
    expect(byInn.map((row) => row.matchedOn)).toEqual([['inn']]);
    for (const phone of ['+79123456789', '912 345 67 89', '+7 (912) 345-67-89', '8-912-345-6789']) {
      const found = await kit.client.call('contacts.duplicates', { phone });
      expect(
        found.map((row) => row.name),
        phone,
      ).toEqual(['Иван Петров']);
    }
    expect((await kit.client.call('contacts.duplicates', { email: 'IVAN@romashka.ru' })).length).toBe(1);
  });
});
