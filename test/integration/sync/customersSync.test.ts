import { afterEach, describe, expect, it } from 'vitest';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';
import { syncBoth } from '../../helpers/syncPeers';
import { PIPELINE, tickAll } from '../core/dealsTestKit';

const devices: TempBackend[] = [];
afterEach(() => {
  for (const backend of devices.splice(0)) backend.dispose();
});

const START = Date.UTC(2026, 10, 23, 9, 0, 0);

const device = (offset: number) => {
  const backend = createTempBackend({ clock: createTestClock(START + offset) });
  devices.push(backend);
  return { backend, client: clientFor(backend) };
};

describe('customers in sync', () => {
  it('a win on one laptop makes the customer on the other; onboarding ticks on both merge', async () => {
    const a = device(0);
    const b = device(7);
    const acme = (await a.client.call('companies.create', { name: 'ООО «Клиент»' })).company;
    const { id } = await a.client.call('deals.create', { pipelineId: PIPELINE, title: 'Поставка', companyId: acme.id });
    const kit = { backend: a.backend, client: a.client } as Parameters<typeof tickAll>[0];
    await tickAll(kit, id, 'newLead', 'qualification', 'proposal', 'negotiation', 'contract');
    await a.client.call('deals.win', { id });
    await syncBoth(a.backend, b.backend);
    expect((await b.client.call('customers.get', { companyId: acme.id })).customer?.status).toBe('onboarding');

    // Offline, each device ticks two different steps; after a sync both see all four and the customer active.
    await a.client.call('customers.tickOnboarding', { companyId: acme.id, step: 'kickoff', done: true });
    await a.client.call('customers.tickOnboarding', { companyId: acme.id, step: 'access', done: true });
    await b.client.call('customers.tickOnboarding', { companyId: acme.id, step: 'training', done: true });
    await b.client.call('customers.tickOnboarding', { companyId: acme.id, step: 'first_value', done: true });
    await b.client.call('nps.record', { companyId: acme.id, score: 10 });
    await syncBoth(a.backend, b.backend);
    for (const peer of [a, b]) {
      const card = await peer.client.call('customers.get', { companyId: acme.id });
      expect(card.customer?.onboarding.every((step) => step.doneAt !== null)).toBe(true);
      expect(card.npsScore).toBe(100);
    }
  });
});
