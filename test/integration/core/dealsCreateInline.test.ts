import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterEach, describe, expect, it } from 'vitest';
import { clientFor, createTempBackend, type TempBackend } from '../../helpers/tempBackend';

let backend: TempBackend;
afterEach(() => backend?.dispose());

const count = (table: string) => backend.db.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

const setUp = async () => {
  backend = createTempBackend();
  const client = clientFor(backend);
  const me = await client.call('users.create', { name: 'Me', role: 'rep' });
  await client.call('settings.set', { 'user.currentId': me.id });
  const rep = await client.call('users.create', { name: 'Rep', role: 'rep' });
  return { client, me, rep };
};

describe('deals.create with a company and contact typed in the New deal dialog', () => {
  it('creates the company, the contact at it and the deal linked to both, owned by the deal owner', async () => {
    const { client, rep } = await setUp();
    const deal = await client.call('deals.create', {
      title: 'Supply',
      pipelineId: DEFAULT_PIPELINE.id,
      ownerId: rep.id,
      newCompany: { name: '  ООО «Новая»  ' },
      newContact: { name: 'Ирина Волкова' },
      expectedCloseOn: '2026-12-30',
    });
    expect(deal.companyId).not.toBeNull();
    expect(deal.contactId).not.toBeNull();
    const company = await client.call('companies.get', { id: deal.companyId! });
    expect(company).toMatchObject({ name: 'ООО «Новая»', ownerId: rep.id });
    const contact = await client.call('contacts.get', { id: deal.contactId! });
    expect(contact).toMatchObject({ name: 'Ирина Волкова', companyId: deal.companyId, ownerId: rep.id });
    // Each insert is one change-log message, as any create through the one write path.
    const logged = backend.db.sqlite
      .prepare('SELECT count(*) FROM change_log WHERE row_id IN (?, ?, ?)')
      .pluck()
      .get(deal.id, deal.companyId, deal.contactId);
    expect(logged).toBeGreaterThanOrEqual(3);
    expect(backend.received.some((event) => event.type === 'data.changed' && event.tables.includes('companies'))).toBe(
      true,
    );
  });

  it('a new contact joins an existing company', async () => {
    const { client } = await setUp();
    const { company } = await client.call('companies.create', { name: 'Existing' });
    const deal = await client.call('deals.create', {
      title: 'Upsell',
      pipelineId: DEFAULT_PIPELINE.id,
      companyId: company.id,
      newContact: { name: 'Пётр' },
    });
    expect((await client.call('contacts.get', { id: deal.contactId! })).companyId).toBe(company.id);
  });

  it('leaves no company or contact behind when the deal is refused', async () => {
    const { client } = await setUp();
    const before = [count('companies'), count('contacts'), count('deals'), count('change_log')];
    const refused = await backend.dispatch('deals.create', {
      title: 'Broken',
      pipelineId: DEFAULT_PIPELINE.id,
      // A stage of no pipeline: refused after the company and contact were written.
      stageId: '01900000-0000-7000-8000-000000000001',
      newCompany: { name: 'Ghost Ltd' },
      newContact: { name: 'Ghost' },
    });
    expect(refused.ok).toBe(false);
    expect([count('companies'), count('contacts'), count('deals'), count('change_log')]).toEqual(before);
    expect((await client.call('companies.list', { search: 'Ghost' })).total).toBe(0);
  });

  it('refuses an id and a new record for the same link, and an over-long or blank name, on the field', async () => {
    await setUp();
    const { company } = await clientFor(backend).call('companies.create', { name: 'Existing' });
    const both = await backend.dispatch('deals.create', {
      title: 'X',
      pipelineId: DEFAULT_PIPELINE.id,
      companyId: company.id,
      newCompany: { name: 'Other' },
    });
    expect(both).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', issues: [{ path: 'companyId' }] } });
    const long = await backend.dispatch('deals.create', {
      title: 'X',
      pipelineId: DEFAULT_PIPELINE.id,
      newCompany: { name: 'x'.repeat(301) },
      newContact: { name: ' ' },
    });
    expect(long).toMatchObject({
      ok: false,
      error: {
        issues: [
          { path: 'newCompany.name', code: 'too_big' },
          { path: 'newContact.name', code: 'too_small' },
        ],
      },
    });
    expect(count('companies')).toBe(1);
  });
});
