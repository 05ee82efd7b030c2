import { afterEach, describe, expect, it } from 'vitest';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';

let backend: TempBackend;
afterEach(() => backend?.dispose());

const logOf = (rowId: string) =>
  backend.db.sqlite.prepare('SELECT col, value FROM change_log WHERE row_id = ? ORDER BY hlc').all(rowId) as {
    col: string;
    value: string;
  }[];

describe('contacts: create and update', () => {
  it('stores the e-mail and the phone normalised plus the phone key, each column in the change log', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    const company = (await client.call('companies.create', { name: 'ООО «Вектор»' })).company;
    const { contact, duplicates } = await client.call('contacts.create', {
      name: 'Иван Петров',
      companyId: company.id,
      jobTitle: 'Директор',
      role: 'decision_maker',
      email: ' Ivan.Petrov@Vector.RU ',
      phone: '8 (916) 123-45-67',
      notes: '',
    });
    expect(contact).toMatchObject({
      email: 'ivan.petrov@vector.ru',
      phone: '+7 916 123 45 67',
      phoneNormalized: '+79161234567',
      notes: null,
      deletedAt: null,
    });
    expect(duplicates).toEqual([]);
    const columns = logOf(contact.id).map((row) => row.col);
    for (const column of ['name', 'company_id', 'job_title', 'role', 'email', 'phone', 'notes', 'created_at']) {
      expect(columns).toContain(column);
    }
    // The phone key is derived by the write path, never logged.
    expect(columns).not.toContain('phone_normalized');

    const before = logOf(contact.id).length;
    const updated = await client.call('contacts.update', {
      id: contact.id,
      patch: { phone: '+7 916 765-43-21', jobTitle: 'Директор' },
    });
    expect(updated.contact.phoneNormalized).toBe('+79167654321');
    expect(logOf(contact.id).slice(before)).toEqual([{ col: 'phone', value: '"+7 916 765 43 21"' }]);
  });

  it('refuses an invalid e-mail or phone with the reason on the field', async () => {
    backend = createTempBackend();
    const result = await backend.dispatch('contacts.create', { name: 'X', email: 'ivan@', phone: '12' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'BAD_INPUT',
        issues: [
          { path: 'email', code: 'custom', params: { reason: 'email_invalid' } },
          { path: 'phone', code: 'custom', params: { reason: 'phone_invalid' } },
        ],
      },
    });
    const patch = await backend.dispatch('contacts.update', {
      id: '01900000-0000-7000-8000-000000000001',
      patch: { email: 'no at sign' },
    });
    expect(patch).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'patch.email', params: { reason: 'email_invalid' } }] },
    });
  });

  it('refuses a link to a deleted company or an unknown owner', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    const company = (await client.call('companies.create', { name: 'Gone' })).company;
    await client.call('companies.delete', { id: company.id });
    const result = await backend.dispatch('contacts.create', { name: 'X', companyId: company.id });
    expect(result).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'companyId', params: { reason: 'company_not_found' } }] },
    });
    const owner = await backend.dispatch('contacts.create', {
      name: 'X',
      ownerId: '01900000-0000-7000-8000-000000000001',
    });
    expect(owner).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'ownerId', params: { reason: 'owner_not_found' } }] },
    });
  });
});

describe('contacts: duplicates', () => {
  it('warns about the same e-mail or normalised phone, never about itself or a deleted contact', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    const first = (
      await client.call('contacts.create', { name: 'Анна', email: 'anna@firm.ru', phone: '+7 916 111-22-33' })
    ).contact;
    const byEmail = await client.call('contacts.create', { name: 'Анна К.', email: 'ANNA@FIRM.RU' });
    expect(byEmail.duplicates).toEqual([expect.objectContaining({ id: first.id, name: 'Анна', matchedOn: ['email'] })]);
    const byPhone = await client.call('contacts.duplicates', { phone: '8 916 111 22 33' });
    expect(byPhone.map((d) => [d.id, d.matchedOn])).toEqual([[first.id, ['phone']]]);
    const both = await client.call('contacts.duplicates', { email: 'anna@firm.ru', phone: '89161112233' });
    expect(both.find((d) => d.id === first.id)?.matchedOn).toEqual(['email', 'phone']);

    expect(await client.call('contacts.duplicates', { id: first.id, phone: '89161112233' })).toEqual([]);
    expect(await client.call('contacts.duplicates', { email: 'half typed@', phone: '8 9' })).toEqual([]);

    await client.call('contacts.delete', { id: first.id });
    expect(await client.call('contacts.duplicates', { phone: '89161112233' })).toEqual([]);
  });
});

describe('contacts: list', () => {
  const seed = async () => {
    const clock = createTestClock();
    backend = createTempBackend({ clock });
    const client = clientFor(backend);
    const alpha = (await client.call('companies.create', { name: 'Альфа' })).company;
    const beta = (await client.call('companies.create', { name: 'Бета' })).company;
    const people: [string, string | null, string | null, string | null][] = [
      ['Ирина Соколова', alpha.id, 'irina@alpha.ru', '+7 495 111-11-11'],
      ['ИГОРЬ Волков', beta.id, 'igor@beta.ru', null],
      ['Пётр Иванов', alpha.id, null, '8 916 222-33-44'],
      ['John Smith', null, 'john@smith.com', '+44 20 7946 0958'],
    ];
    const ids: string[] = [];
    for (const [name, companyId, email, phone] of people) {
      clock.advance(1000);
      ids.push((await client.call('contacts.create', { name, companyId, email, phone })).contact.id);
    }
    return { client, alpha, beta, ids };
  };

  it('searches name (Cyrillic, any case), e-mail and phone digits', async () => {
    const { client } = await seed();
    const names = async (search: string) =>
      (await client.call('contacts.list', { search })).rows.map((row) => row.name);
    expect(await names('иг')).toEqual(['ИГОРЬ Волков']);
    expect(await names('ИРИНА')).toEqual(['Ирина Соколова']);
    // Half typed before the keyboard was switched: a Latin I for И.
    expect(await names('Iрина')).toEqual(['Ирина Соколова']);
    expect(await names('@beta')).toEqual(['ИГОРЬ Волков']);
    expect(await names('8 916 222')).toEqual(['Пётр Иванов']);
    expect(await names('7946')).toEqual(['John Smith']);
    expect(await names('100%_')).toEqual([]);
  });

  it('filters by company, carries the company name, sorts any column and pages with a total', async () => {
    const { client, alpha } = await seed();
    const ofAlpha = await client.call('contacts.list', { companyId: alpha.id });
    expect(ofAlpha.total).toBe(2);
    expect(ofAlpha.rows.every((row) => row.companyName === 'Альфа')).toBe(true);

    const byCompany = await client.call('contacts.list', { sort: { field: 'companyName', dir: 'desc' } });
    // Empty values last in either direction.
    expect(byCompany.rows.map((row) => row.companyName)).toEqual(['Бета', 'Альфа', 'Альфа', null]);
    const byName = await client.call('contacts.list', { sort: { field: 'name', dir: 'asc' } });
    expect(byName.rows.map((row) => row.name)).toEqual(['John Smith', 'ИГОРЬ Волков', 'Ирина Соколова', 'Пётр Иванов']);

    const page = await client.call('contacts.list', { sort: { field: 'createdAt', dir: 'asc' }, offset: 1, limit: 2 });
    expect(page.total).toBe(4);
    expect(page.rows.map((row) => row.name)).toEqual(['ИГОРЬ Волков', 'Пётр Иванов']);
  });

  it('drops deleted contacts from the list and brings them back on restore', async () => {
    const { client, ids } = await seed();
    const [first] = ids as [string];
    const deleted = await client.call('contacts.delete', { id: first });
    expect(deleted.deletedAt).not.toBeNull();
    const list = await client.call('contacts.list');
    expect(list.total).toBe(3);
    expect(list.rows.map((row) => row.id)).not.toContain(first);
    expect((await client.call('contacts.get', { id: first })).deletedAt).not.toBeNull();
    await client.call('contacts.restore', { id: first });
    expect((await client.call('contacts.list')).total).toBe(4);
  });
});
