import { RpcFailure } from '@shared/contract/createClient';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';

/** Unique strings of the person: none may survive anywhere in the file after the erase. */
const MARK = 'zyxmarq';
const NAME = 'Zyxmarq Petrov';
const EMAIL = 'zyxmarq.p@example.com';
const PHONE = '+7 913 579-24-68';
const PHONE_DIGITS = '9135792468';
const TRACES = [MARK, PHONE_DIGITS, '579-24-68'];

const backends: TempBackend[] = [];
afterEach(() => {
  for (const backend of backends.splice(0)) backend.dispose();
});

/** The database file and its WAL as lower-cased text: what someone with the laptop could read. */
const fileText = (backend: TempBackend): string =>
  [backend.dbPath, `${backend.dbPath}-wal`]
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path).toString('latin1').toLowerCase())
    .join('\n');

const tracesIn = (backend: TempBackend): string[] => TRACES.filter((trace) => fileText(backend).includes(trace));

const countLike = (backend: TempBackend, sql: string): number =>
  backend.db.sqlite.prepare(sql).pluck().get(`%${MARK}%`) as number;

const errorOf = async (promise: Promise<unknown>): Promise<RpcFailure['error']> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RpcFailure) return error.error;
    throw error;
  }
  throw new Error('expected a refusal');
};

/** A workspace with a manager and a rep, and a person with a history: edits, a custom value, an activity, an import. */
const workspace = async (clock = createTestClock()) => {
  const backend = createTempBackend({ clock });
  backends.push(backend);
  const client = clientFor(backend);
  const manager = await client.call('users.create', { name: 'Мария Руководитель', role: 'manager' });
  const rep = await client.call('users.create', { name: 'Олег Продавец', role: 'rep' });
  await client.call('settings.set', { 'user.currentId': manager.id });
  const company = (await client.call('companies.create', { name: 'ООО Ромашка' })).company;
  const saved = await client.call('contacts.create', {
    name: 'Zyxmarq Petrov-Old',
    companyId: company.id,
    email: EMAIL,
    phone: PHONE,
    jobTitle: `Head of ${MARK} procurement`,
    notes: `Private: ${MARK} likes fishing`,
    role: 'decision_maker',
  });
  const contact = saved.contact;
  clock.advance(1000);
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
    values: { [field.id]: `${MARK} 4510 123456` },
  });
  const deal = await client.call('deals.create', {
    pipelineId: DEFAULT_PIPELINE.id,
    title: 'Поставка оборудования',
    companyId: company.id,
    contactId: contact.id,
    valueMinor: 1_500_000_00,
    currency: 'RUB',
  });
  const activity = await client.call('activities.log', {
    type: 'call',
    dealId: deal.id,
    subject: `Call ${NAME} about the price`,
    body: `Reached him at ${PHONE}, wrote to ${EMAIL}`,
  });
  // An import that updated the person keeps their old job title in the import log.
  const csv = `Name,E-mail,Job title\n${NAME},${EMAIL},Director of ${MARK}\n`;
  await client.call('imports.run', {
    fileName: 'people.csv',
    base64: Buffer.from(csv).toString('base64'),
    mapping: {
      entity: 'contacts',
      columns: { name: 'Name', email: 'E-mail', jobTitle: 'Job title' },
      dedupe: { keys: ['email'], action: 'update' },
    },
  });
  return { backend, client, clock, manager, rep, company, contact, field, deal, activity };
};

describe('contacts.erase', () => {
  it('erases the person from the row, custom values, search, activities, change log, import log and the file bytes', async () => {
    const { backend, client, contact, field, deal, activity } = await workspace();
    expect(tracesIn(backend)).toEqual(TRACES);
    expect(countLike(backend, 'SELECT count(*) FROM change_log WHERE value LIKE ?')).toBeGreaterThan(0);
    expect(countLike(backend, 'SELECT count(*) FROM import_changes WHERE before LIKE ?')).toBe(1);

    const erased = await client.call('contacts.erase', { id: contact.id });

    expect(erased).toMatchObject({
      id: contact.id,
      name: '—',
      email: null,
      phone: null,
      jobTitle: null,
      notes: null,
      persona: null,
      role: 'decision_maker',
      deletedAt: null,
    });
    expect(erased.erasedAt).toEqual(expect.any(Number));
    expect(await client.call('customFields.values', { entity: 'contact', recordId: contact.id })).toEqual({});
    expect(field.id).toBeTruthy();
    // The history holds no copy: the change log, the import log, the custom values.
    expect(countLike(backend, 'SELECT count(*) FROM change_log WHERE value LIKE ?')).toBe(0);
    expect(
      countLike(
        backend,
        "SELECT count(*) FROM import_changes WHERE coalesce(before, '') || coalesce(after, '') LIKE ?",
      ),
    ).toBe(0);
    expect(countLike(backend, 'SELECT count(*) FROM custom_values WHERE text_value LIKE ?')).toBe(0);
    // Not found by the old name, e-mail or phone, neither by search nor in the contacts table.
    for (const query of ['Zyxmarq', EMAIL, PHONE_DIGITS]) {
      expect((await client.call('search.everywhere', { query })).hits).toEqual([]);
      expect((await client.call('contacts.list', { search: query })).total).toBe(0);
    }
    // The deal and its figures stay; the activity stays with the person's identifiers redacted.
    expect(await client.call('deals.get', { id: deal.id })).toMatchObject({
      contactId: contact.id,
      valueMinor: 1_500_000_00,
    });
    const call = await client.call('activities.get', { id: activity.id });
    expect(call.subject).toBe('Call — about the price');
    expect(call.body).toBe('Reached him at —, wrote to —');
    // Nor in the bytes of the database or its WAL (secure_delete, FTS optimize, checkpoint).
    expect(tracesIn(backend)).toEqual([]);
  });

  it('is a manager’s or an admin’s act: a rep is refused and nothing changes', async () => {
    const { client, contact, rep } = await workspace();
    await client.call('settings.set', { 'user.currentId': rep.id });
    expect(await errorOf(client.call('contacts.erase', { id: contact.id }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await client.call('contacts.get', { id: contact.id })).toMatchObject({ name: NAME, erasedAt: null });
  });

  it('keeps an erased contact read-only: no edit and no custom value brings data back', async () => {
    const { client, contact, field } = await workspace();
    await client.call('contacts.erase', { id: contact.id });
    expect(await errorOf(client.call('contacts.update', { id: contact.id, patch: { name: 'Иван' } }))).toMatchObject({
      code: 'CONFLICT',
      params: { reason: 'contact_erased' },
    });
    expect(
      await errorOf(
        client.call('customFields.setValues', { entity: 'contact', recordId: contact.id, values: { [field.id]: 'x' } }),
      ),
    ).toMatchObject({ code: 'CONFLICT', params: { reason: 'contact_erased' } });
    // A second erase changes nothing and does not fail.
    expect(await client.call('contacts.erase', { id: contact.id })).toMatchObject({ name: '—' });
  });

  it('refuses an unknown id and a malformed input', async () => {
    const { client } = await workspace();
    expect(await errorOf(client.call('contacts.erase', { id: '01920000-0000-7000-8000-00000000dead' }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await errorOf(client.call('contacts.erase', { id: 42 } as never))).toMatchObject({ code: 'BAD_INPUT' });
  });
});
