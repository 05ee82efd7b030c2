import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDealsKit, type DealsKit, PIPELINE } from './dealsTestKit';
import { timelineInOrder } from '../../helpers/timelineInOrder';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

describe('changing a deal’s currency', () => {
  it('keeps the amount the user sees, converting minor units by the ISO exponents', async () => {
    const deal = await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      title: 'Поставка',
      valueMinor: 45_000_050,
    });
    const yen = await kit.client.call('deals.update', { id: deal.id, patch: { currency: 'JPY' } });
    expect([yen.currency, yen.valueMinor]).toEqual(['JPY', 450_001]);
    const roubles = await kit.client.call('deals.update', { id: deal.id, patch: { currency: 'RUB' } });
    expect([roubles.currency, roubles.valueMinor]).toEqual(['RUB', 45_000_100]);
    const dinars = await kit.client.call('deals.update', { id: deal.id, patch: { currency: 'KWD' } });
    expect([dinars.currency, dinars.valueMinor]).toEqual(['KWD', 450_001_000]);
    const history = await timelineInOrder(kit.client, deal.id);
    expect(history.entries.filter((entry) => entry.kind === 'field' && entry.field === 'valueMinor')).toHaveLength(3);
  });

  it('takes an amount sent with the new currency as it is', async () => {
    const deal = await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      title: 'Поставка',
      valueMinor: 100_000,
    });
    const updated = await kit.client.call('deals.update', {
      id: deal.id,
      patch: { currency: 'JPY', valueMinor: 5000 },
    });
    expect([updated.currency, updated.valueMinor]).toEqual(['JPY', 5000]);
    expect((await kit.client.call('deals.get', { id: deal.id })).valueMinor).toBe(5000);
  });
});
