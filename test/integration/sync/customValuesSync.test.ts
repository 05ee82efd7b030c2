import type { Client } from '@shared/contract/createClient';
import type { CustomValues } from '@shared/contract/schemas/customFields';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterEach, describe, expect, it } from 'vitest';
import {
  clientFor,
  createTempBackend,
  createTestClock,
  type TempBackend,
  type TestClock,
} from '../../helpers/tempBackend';
import { businessSnapshot, syncBoth } from '../../helpers/syncPeers';

type Device = { backend: TempBackend; client: Client; clock: TestClock };

const devices: TempBackend[] = [];
afterEach(() => {
  for (const backend of devices.splice(0)) backend.dispose();
});

const START = Date.UTC(2026, 10, 23, 9, 0, 0);

const device = (offset: number): Device => {
  const clock = createTestClock(START + offset);
  const backend = createTempBackend({ clock });
  devices.push(backend);
  return { backend, client: clientFor(backend), clock };
};

/**
 * Two devices sharing a deal with three custom fields (text, money, multi-select), defined on A
 * and synced to B before either edits.
 */
const setUp = async () => {
  const a = device(0);
  const b = device(7);
  await syncBoth(a.backend, b.backend);
  const tender = await a.client.call('customFields.create', {
    entity: 'deal',
    nameRu: 'Номер тендера',
    nameEn: 'Tender number',
    type: 'text',
  });
  const budget = await a.client.call('customFields.create', {
    entity: 'deal',
    nameRu: 'Бюджет',
    nameEn: 'Budget',
    type: 'money',
  });
  const products = await a.client.call('customFields.create', {
    entity: 'deal',
    nameRu: 'Продукты',
    nameEn: 'Products',
    type: 'multi_select',
    options: [
      { label: 'CRM', colour: 'blue' },
      { label: 'BI', colour: 'green' },
    ],
  });
  const deal = await a.client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Поставка' });
  await syncBoth(a.backend, b.backend);
  const set = (d: Device, values: CustomValues, advance: number) => {
    d.clock.advance(advance);
    return d.client.call('customFields.setValues', { entity: 'deal', recordId: deal.id, values });
  };
  const values = (d: Device) => d.client.call('customFields.values', { entity: 'deal', recordId: deal.id });
  return { a, b, deal, fields: { tender, budget, products }, set, values };
};

describe('custom values through sync', () => {
  it('keeps both devices’ edits of different custom fields of one deal', async () => {
    const { a, b, fields, set, values } = await setUp();
    await set(a, { [fields.tender.id]: 'T-123' }, 1000);
    await set(b, { [fields.budget.id]: { amountMinor: 250_00, currency: 'USD' } }, 2000);
    await syncBoth(a.backend, b.backend);
    const expected = { [fields.tender.id]: 'T-123', [fields.budget.id]: { amountMinor: 250_00, currency: 'USD' } };
    expect(await values(a)).toEqual(expected);
    expect(await values(b)).toEqual(expected);
    expect(businessSnapshot(a.backend)).toEqual(businessSnapshot(b.backend));
  });

  it('keeps the later edit of the same custom field on both devices, whichever was first set or synced', async () => {
    for (const bLater of [true, false]) {
      const { a, b, fields, set, values } = await setUp();
      const [crm, bi] = fields.products.options;
      // Both devices set a value the deal never had (each inserts the value row), then edit it.
      await set(a, { [fields.tender.id]: 'from A', [fields.products.id]: [crm!.id] }, bLater ? 1000 : 3000);
      await set(b, { [fields.tender.id]: 'from B', [fields.products.id]: [crm!.id, bi!.id] }, 2000);
      await syncBoth(a.backend, b.backend);
      const later = bLater
        ? { [fields.tender.id]: 'from B', [fields.products.id]: [crm!.id, bi!.id] }
        : { [fields.tender.id]: 'from A', [fields.products.id]: [crm!.id] };
      expect(await values(a)).toEqual(later);
      expect(await values(b)).toEqual(later);
      // An edit and an emptying: the later stamp wins again, the value unit whole.
      await set(a, { [fields.budget.id]: { amountMinor: 100_00, currency: 'RUB' } }, 1000);
      await syncBoth(a.backend, b.backend);
      await set(b, { [fields.budget.id]: null }, bLater ? 5000 : 1000);
      await set(a, { [fields.budget.id]: { amountMinor: 900_00, currency: 'EUR' } }, bLater ? 1000 : 5000);
      await syncBoth(a.backend, b.backend);
      const budget = bLater ? undefined : { amountMinor: 900_00, currency: 'EUR' };
      expect((await values(a))[fields.budget.id]).toEqual(budget);
      expect((await values(b))[fields.budget.id]).toEqual(budget);
      expect(businessSnapshot(a.backend)).toEqual(businessSnapshot(b.backend));
    }
  });

  it('shows a peer’s custom value in the timeline and finds the deal by it', async () => {
    const { a, b, deal, fields, set } = await setUp();
    await set(a, { [fields.tender.id]: 'ТН-4711' }, 1000);
    await syncBoth(a.backend, b.backend);
    const page = await b.client.call('timeline.page', { subject: 'deal', id: deal.id, types: ['field'] });
    expect(page.entries).toEqual([
      expect.objectContaining({ kind: 'custom', fieldId: fields.tender.id, newValue: 'ТН-4711' }),
    ]);
    const found = await b.client.call('search.everywhere', { query: 'тн-4711' });
    expect(found.hits.map((hit) => hit.id)).toContain(deal.id);
  });

  it('a peer\'s deal made without a field the other device made "required always" is merged, never refused', async () => {
    const a = device(0);
    const b = device(7);
    await syncBoth(a.backend, b.backend);
    const contract = await b.client.call('customFields.create', {
      entity: 'deal',
      nameRu: 'Номер договора',
      nameEn: 'Contract no.',
      type: 'text',
      required: 'always',
    });
    // A, offline, does not know the field yet: its form asks for nothing.
    const deal = await a.client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Офлайн' });
    await syncBoth(a.backend, b.backend);
    expect((await b.client.call('deals.get', { id: deal.id })).title).toBe('Офлайн');
    expect(await b.client.call('customFields.values', { entity: 'deal', recordId: deal.id })).toEqual({});
    expect(businessSnapshot(a.backend)).toEqual(businessSnapshot(b.backend));
    // Once it has the field, A's own form asks for it.
    await expect(a.client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'После' })).rejects.toThrow();
    await a.client.call('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      title: 'После',
      customValues: { [contract.id]: 'Д-1' },
    });
  });
});
