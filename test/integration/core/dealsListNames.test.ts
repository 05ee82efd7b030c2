import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '@shared/contract/createClient';
import { clientFor, createTempBackend, type TempBackend } from '../../helpers/tempBackend';

let backend: TempBackend;
let client: Client;

beforeEach(() => {
  backend = createTempBackend();
  client = clientFor(backend);
});
afterEach(() => backend.dispose());

describe('deals.list rows name their company and owner', () => {
  it('gives the names, null where there is none, and follows renames and deletes', async () => {
    const anna = await client.call('users.create', { name: 'Анна Смирнова', role: 'rep' });
    const { company } = await client.call('companies.create', { name: 'ООО «Север»' });
    const both = await client.call('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      title: 'Станки',
      companyId: company.id,
      ownerId: anna.id,
    });
    await client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Без всего' });

    const rows = async () => (await client.call('deals.list', { sort: { field: 'title', dir: 'asc' } })).rows;
    expect((await rows()).map(({ title, companyName, ownerName }) => ({ title, companyName, ownerName }))).toEqual([
      { title: 'Без всего', companyName: null, ownerName: null },
      { title: 'Станки', companyName: 'ООО «Север»', ownerName: 'Анна Смирнова' },
    ]);

    await client.call('companies.update', { id: company.id, patch: { name: 'АО «Север»' } });
    await client.call('users.update', { id: anna.id, patch: { name: 'Анна Кузнецова' } });
    expect((await rows()).find((row) => row.id === both.id)).toMatchObject({
      companyName: 'АО «Север»',
      ownerName: 'Анна Кузнецова',
    });

    // A deleted company is no longer named; the deal keeps its id (an undo brings the name back).
    await client.call('companies.delete', { id: company.id });
    expect((await rows()).find((row) => row.id === both.id)).toMatchObject({
      companyId: company.id,
      companyName: null,
    });
  });
});
