import { RpcFailure } from '@shared/contract/createClient';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterEach, describe, expect, it } from 'vitest';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';

const NAME = 'Ксения Экспортова';
const EMAIL = 'ksenia.export@example.com';
const PHONE = '+7 913 111-22-33';

const backends: TempBackend[] = [];
afterEach(() => {
  for (const backend of backends.splice(0)) backend.dispose();
});

/** A person with a company, an edit, a custom value, two deals (contact and authority) and an activity. */
const workspace = async () => {
  const clock = createTestClock();
  const backend = createTempBackend({ clock });
  backends.push(backend);
  const client = clientFor(backend);
  const manager = await client.call('users.create', { name: 'Мария Руководитель', role: 'manager' });
  await client.call('settings.set', { 'user.currentId': manager.id });
  const company = (await client.call('companies.create', { name: 'ООО Экспорт' })).company;
  const { contact } = await client.call('contacts.create', {
    name: 'Ксения Старая',
    companyId: company.id,
    email: EMAIL,
    phone: PHONE,
    jobTitle: 'Закупки',
    notes: 'Любит рыбалку',
  });
  clock.advance(60_000);
  await client.call('contacts.update', { id: contact.id, patch: { name: NAME } });
  const field = await client.call('customFields.create', {
    entity: 'contact',
    nameRu: 'Паспорт',
    nameEn: 'Passport',
    type: 'text',
  });
  await client.call('customFields.setValues', {
    entity: 'contact',
    recordId: contact.id,
    values: { [field.id]: '4510 123456' },
  });
  const deal = await client.call('deals.create', {
    pipelineId: DEFAULT_PIPELINE.id,
    title: 'Поставка станков',
    companyId: company.id,
    contactId: contact.id,
    valueMinor: 250_000_00,
    currency: 'RUB',
  });
  const other = await client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Чужая сделка' });
  const activity = await client.call('activities.log', {
    type: 'call',
    dealId: deal.id,
    subject: `Звонок: ${NAME}`,
    body: `Дозвонились по ${PHONE}`,
  });
  return { backend, client, clock, manager, company, contact, field, deal, other, activity };
};

describe('contacts.exportPersonalData', () => {
  it('exports the row, company, custom values, deals, activities and the history of their rows', async () => {
    const { client, company, contact, deal, other, activity } = await workspace();
    const data = await client.call('contacts.exportPersonalData', { id: contact.id });

    expect(data.format).toBe('voronka.personal-data');
    expect(data.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(data.contact).toMatchObject({
      id: contact.id,
      name: NAME,
      email: EMAIL,
      phone: contact.phone,
      jobTitle: 'Закупки',
      notes: 'Любит рыбалку',
      companyId: company.id,
      ownerName: 'Мария Руководитель',
      createdAt: '2026-11-23T09:00:00.000Z',
      erasedAt: null,
    });
    // Derived machine keys are not the person's data in a readable form.
    expect(Object.keys(data.contact)).not.toContain('phoneNormalized');
    expect(data.company).toMatchObject({ id: company.id, name: 'ООО Экспорт' });
    expect(data.customValues).toEqual([
      expect.objectContaining({ fieldNameEn: 'Passport', fieldNameRu: 'Паспорт', textValue: '4510 123456' }),
    ]);
    expect(data.deals).toEqual([
      expect.objectContaining({ id: deal.id, title: 'Поставка станков', theirRole: 'contact', valueMinor: 250_000_00 }),
    ]);
    expect(data.deals.map((row) => row.id)).not.toContain(other.id);
    expect(data.activities).toEqual([
      expect.objectContaining({ id: activity.id, subject: `Звонок: ${NAME}`, body: `Дозвонились по ${PHONE}` }),
    ]);

    // The history keeps the old name, the rename, the custom value and the activity's text, in order.
    const cells = data.history.map((entry) => `${entry.table}.${entry.column}=${JSON.stringify(entry.value)}`);
    expect(cells).toContain('contacts.name="Ксения Старая"');
    expect(cells).toContain(`contacts.name="${NAME}"`);
    expect(cells).toContain('custom_values.textValue="4510 123456"');
    expect(cells).toContain(`activities.subject="Звонок: ${NAME}"`);
    expect(cells.indexOf('contacts.name="Ксения Старая"')).toBeLessThan(cells.indexOf(`contacts.name="${NAME}"`));
    const rename = data.history.find((entry) => entry.value === NAME);
    expect(rename).toMatchObject({ at: '2026-11-23T09:01:00.000Z', changedBy: 'Мария Руководитель' });
  });

  it('after an erase exports only what remains: no name, e-mail, phone or custom value anywhere', async () => {
    const { client, contact, deal } = await workspace();
    await client.call('contacts.erase', { id: contact.id });
    const data = await client.call('contacts.exportPersonalData', { id: contact.id });
    const text = JSON.stringify(data);
    for (const trace of ['Ксения', EMAIL, '111-22-33', '111 22 33', '4510 123456', 'рыбалку', 'Закупки']) {
      expect(text).not.toContain(trace);
    }
    expect(data.contact).toMatchObject({ name: '—', email: null, phone: null });
    expect(typeof data.contact.erasedAt).toBe('string');
    // The firm's records stay: the deal and the activity (its text redacted).
    expect(data.deals.map((row) => row.id)).toEqual([deal.id]);
    expect(data.activities).toHaveLength(1);
  });

  it('refuses an unknown contact with NOT_FOUND and a malformed id with BAD_INPUT', async () => {
    const { client } = await workspace();
    const codeOf = async (input: unknown) => {
      try {
        await client.call('contacts.exportPersonalData', input as { id: string });
      } catch (error) {
        if (error instanceof RpcFailure) return error.error.code;
        throw error;
      }
      return 'ok';
    };
    expect(await codeOf({ id: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    expect(await codeOf({ id: 42 })).toBe('BAD_INPUT');
  });
});
