import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterEach, describe, expect, it } from 'vitest';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';

let backend: TempBackend;
afterEach(() => backend?.dispose());

const logOf = (rowId: string) =>
  backend.db.sqlite.prepare('SELECT col, value, actor_id FROM change_log WHERE row_id = ? ORDER BY hlc').all(rowId) as {
    col: string;
    value: string;
    actor_id: string | null;
  }[];

describe('companies: create, update, delete', () => {
  it('normalises website, phone and e-mail, and logs every column it writes', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    const me = await client.call('users.create', { name: 'Я', role: 'rep' });
    await client.call('settings.set', { 'user.currentId': me.id });
    const { company, duplicates } = await client.call('companies.create', {
      name: '  ООО «Ромашка»  ',
      inn: '7707083893',
      website: 'HTTPS://WWW.Romashka.RU/contacts',
      phone: '8 (495) 123-45-67',
      email: 'Info@Romashka.RU',
      industry: 'Розница',
      size: 'medium',
      notes: '',
    });
    expect(company).toMatchObject({
      name: 'ООО «Ромашка»',
      website: 'HTTPS://WWW.Romashka.RU/contacts',
      domain: 'romashka.ru',
      phone: '+7 495 123 45 67',
      phoneNormalized: '+74951234567',
      email: 'info@romashka.ru',
      notes: null,
      ownerId: me.id,
      deletedAt: null,
    });
    expect(duplicates).toEqual([]);
    expect(backend.received).toContainEqual({ type: 'data.changed', tables: ['companies'] });
    const log = logOf(company.id);
    const columns = (backend.db.sqlite.prepare('PRAGMA table_info(companies)').all() as { name: string }[])
      .map((column) => column.name)
      .filter(
        (name) =>
          ![
            'id',
            'updated_at',
            'name_key',
            'sort_key',
            'domain',
            'phone_normalized',
            'icp_fit',
            'industry_key',
            'region_key',
          ].includes(name),
      );
    // Derived columns are computed by the write path, never logged.
    expect(log.map((row) => row.col).sort()).toEqual(columns.sort());
    expect(log.every((row) => row.actor_id === me.id)).toBe(true);

    const before = log.length;
    const updated = await client.call('companies.update', {
      id: company.id,
      patch: { website: 'romashka.com', size: 'medium', region: 'Москва' },
    });
    expect(updated.company.domain).toBe('romashka.com');
    expect(
      logOf(company.id)
        .slice(before)
        .map((row) => [row.col, row.value]),
    ).toEqual([
      ['region', '"Москва"'],
      ['website', '"romashka.com"'],
    ]);
  });

  it('keeps derived columns out of the log and the timeline: a rename is one change of the name', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    const { company } = await client.call('companies.create', { name: 'ООО «Ромашка»', phone: '+7 495 123-45-67' });
    await client.call('companies.update', {
      id: company.id,
      patch: { name: 'АО «Лютик»', website: 'lutik.ru', phone: '+7 495 765-43-21' },
    });
    const row = backend.db.sqlite
      .prepare('SELECT name_key, domain, phone_normalized FROM companies WHERE id = ?')
      .get(company.id);
    expect(row).toEqual({ name_key: 'лютик', domain: 'lutik.ru', phone_normalized: '+74957654321' });
    const logged = new Set(logOf(company.id).map((entry) => entry.col));
    for (const derived of ['name_key', 'sort_key', 'domain', 'phone_normalized'])
      expect(logged.has(derived)).toBe(false);
    const timeline = await client.call('timeline.page', { subject: 'company', id: company.id, types: ['field'] });
    const fields = timeline.entries.flatMap((entry) => (entry.kind === 'field' ? [entry.field] : []));
    expect(fields.sort()).toEqual(['name', 'phone', 'website']);
  });

  it('tombstones on delete: gone from lists and duplicates, readable by id, back on restore', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    const { company } = await client.call('companies.create', { name: 'Тень', inn: '7736207543' });
    const deleted = await client.call('companies.delete', { id: company.id });
    expect(deleted.deletedAt).not.toBeNull();
    expect((await client.call('companies.list')).total).toBe(0);
    expect(await client.call('companies.duplicates', { inn: '7736207543' })).toEqual([]);
    expect((await client.call('companies.get', { id: company.id })).deletedAt).not.toBeNull();
    const edit = await backend.dispatch('companies.update', { id: company.id, patch: { name: 'X' } });
    expect(edit).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(backend.db.sqlite.prepare('SELECT count(*) FROM companies').pluck().get()).toBe(1);

    await client.call('companies.restore', { id: company.id });
    expect((await client.call('companies.list')).rows.map((row) => row.id)).toEqual([company.id]);
  });
});

describe('companies: duplicate warnings', () => {
  it('matches by INN, e-mail, normalised phone, web domain and name, never itself', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    const original = (
      await client.call('companies.create', {
        name: 'ООО «Вектор»',
        inn: '7702070139',
        email: 'sales@vector.ru',
        phone: '+7 (495) 777-00-11',
        website: 'https://www.vector.ru/',
      })
    ).company;
    const other = (await client.call('companies.create', { name: 'Совсем другая', website: 'other.ru' })).company;

    const only = async (query: Record<string, string>) =>
      (await client.call('companies.duplicates', query)).map((d) => [d.id, d.matchedOn]);
    expect(await only({ inn: '7702 070139' })).toEqual([[original.id, ['inn']]]);
    expect(await only({ email: 'SALES@VECTOR.RU' })).toEqual([[original.id, ['email']]]);
    expect(await only({ phone: '84957770011' })).toEqual([[original.id, ['phone']]]);
    expect(await only({ website: 'http://vector.ru/about' })).toEqual([[original.id, ['domain']]]);
    expect(await only({ name: 'Вектор, ООО' })).toEqual([[original.id, ['name']]]);
    expect(await only({ name: 'Вектор-Плюс' })).toEqual([]);
    // A rename moves the name match with it.
    await client.call('companies.update', { id: other.id, patch: { name: 'АО «Горизонт»' } });
    expect(await only({ name: 'Горизонт' })).toEqual([[other.id, ['name']]]);
    expect(await only({ name: 'Совсем другая' })).toEqual([]);
    expect(await only({ id: original.id, inn: '7702070139', website: 'vector.ru' })).toEqual([]);
    expect(await only({ inn: '77020', email: 'sales@', phone: '8 4', website: 'vec' })).toEqual([]);

    const saved = await client.call('companies.create', {
      name: 'Vector LLC',
      email: 'sales@vector.ru',
      website: 'vector.ru',
    });
    expect(saved.company.name).toBe('Vector LLC');
    expect(saved.duplicates).toEqual([
      expect.objectContaining({ id: original.id, name: 'ООО «Вектор»', matchedOn: ['email', 'domain'] }),
    ]);
    const edited = await client.call('companies.update', { id: other.id, patch: { inn: '7702070139' } });
    expect(edited.duplicates.map((d) => d.id)).toEqual([original.id]);
  });
});

describe('companies: the company page', () => {
  it('returns deals with figures and contacts', async () => {
    const clock = createTestClock();
    backend = createTempBackend({ clock });
    const client = clientFor(backend);
    const { company } = await client.call('companies.create', { name: 'Карта', industry: 'IT' });
    const elsewhere = (await client.call('companies.create', { name: 'Чужая' })).company;
    clock.advance(60_000);
    const big = await client.call('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      title: 'Большая',
      companyId: company.id,
      valueMinor: 500_000,
    });
    const small = await client.call('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      title: 'Малая',
      companyId: company.id,
      valueMinor: 100_000,
    });
    const won = await client.call('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      title: 'Выиграна',
      companyId: company.id,
      valueMinor: 70_000,
    });
    await client.call('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      title: 'Не наша',
      companyId: elsewhere.id,
      valueMinor: 1,
    });
    backend.db.sqlite.prepare("UPDATE deals SET status = 'won', won_at = ? WHERE id = ?").run(clock.now(), won.id);
    await client.call('contacts.create', { name: 'Олег', companyId: company.id });
    clock.advance(60_000);
    await client.call('companies.update', { id: company.id, patch: { industry: 'Телеком' } });

    const card = await client.call('companies.card', { id: company.id });
    expect(card.company.industry).toBe('Телеком');
    expect(card.stats).toEqual({
      currency: 'RUB',
      openDeals: 2,
      openValueMinor: 600_000,
      wonDeals: 1,
      wonValueMinor: 70_000,
      lostDeals: 0,
    });
    expect(card.deals.total).toBe(3);
    expect(
      card.deals.rows
        .map((deal) => deal.id)
        .slice(0, 2)
        .sort(),
    ).toEqual([big.id, small.id].sort());
    expect(card.deals.rows.at(-1)?.id).toBe(won.id);
    expect(card.contacts.map((c) => [c.name, c.companyName])).toEqual([['Олег', 'Карта']]);
  });
});
