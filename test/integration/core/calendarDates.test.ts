import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDealsKit, type DealsKit, expectFailure, PIPELINE, STAGE } from './dealsTestKit';
import { timelineInOrder } from '../../helpers/timelineInOrder';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

describe('expected close date', () => {
  it('is stored and read back as the calendar day picked, by create, update, board and list', async () => {
    const deal = await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      stageId: STAGE.newLead,
      title: 'Поставка',
      expectedCloseOn: '2026-03-15',
    });
    expect(deal.expectedCloseOn).toBe('2026-03-15');
    const updated = await kit.client.call('deals.update', { id: deal.id, patch: { expectedCloseOn: '2026-04-01' } });
    expect(updated.expectedCloseOn).toBe('2026-04-01');
    const board = await kit.client.call('deals.board', { pipelineId: PIPELINE });
    const card = board.columns.flatMap((column) => column.cards).find((item) => item.id === deal.id);
    expect(card?.expectedCloseOn).toBe('2026-04-01');
    const list = await kit.client.call('deals.list', { sort: { field: 'expectedCloseOn', dir: 'asc' } });
    expect(list.rows.find((row) => row.id === deal.id)?.expectedCloseOn).toBe('2026-04-01');
    const history = await timelineInOrder(kit.client, deal.id);
    expect(history.entries.at(-1)).toMatchObject({
      field: 'expectedCloseOn',
      oldValue: '2026-03-15',
      newValue: '2026-04-01',
    });
  });

  it('refuses what is not a day', async () => {
    for (const expectedCloseOn of ['2026-02-30', '15.03.2026', 1_773_532_800_000]) {
      await expectFailure(kit, 'deals.create', { pipelineId: PIPELINE, title: 'X', expectedCloseOn }, 'BAD_INPUT');
    }
  });
});

describe('workspace time zone setting', () => {
  it('accepts an IANA zone and refuses anything else with a translated reason', async () => {
    const saved = await kit.client.call('settings.set', { 'workspace.timeZone': 'Europe/Kaliningrad' });
    expect(saved['workspace.timeZone']).toBe('Europe/Kaliningrad');
    for (const zone of ['Moscow', '+03:00', 'Mars/Base']) {
      const error = await expectFailure(kit, 'settings.set', { 'workspace.timeZone': zone }, 'BAD_INPUT');
      expect(error.issues?.[0]).toMatchObject({ params: { reason: 'time_zone_invalid' } });
    }
    expect((await kit.client.call('settings.get', {}))['workspace.timeZone']).toBe('Europe/Kaliningrad');
  });
});
