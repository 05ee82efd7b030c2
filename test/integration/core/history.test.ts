import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  controlPointIds,
  createDealsKit,
  DAY,
  type DealsKit,
  expectFailure,
  LOSS_REASON_PRICE,
  PIPELINE,
  STAGE,
} from './dealsTestKit';
import { timelineInOrder } from '../../helpers/timelineInOrder';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

describe('a deal’s timeline (timeline.page, oldest first)', () => {
  it('shows creation, field edits old → new, ticks, moves and the loss in time order with who', async () => {
    const start = kit.clock.now();
    const deal = await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      stageId: STAGE.newLead,
      title: 'Старое имя',
      valueMinor: 100,
    });
    kit.clock.advance(1000);
    await kit.client.call('deals.update', { id: deal.id, patch: { title: 'Новое имя', valueMinor: 250 } });
    await kit.client.call('settings.set', { 'user.currentId': kit.boris });
    kit.clock.advance(1000);
    await kit.client.call('deals.update', { id: deal.id, patch: { valueMinor: 300, ownerId: kit.boris } });
    kit.clock.advance(1000);
    await kit.client.call('deals.move', { id: deal.id, toStageId: STAGE.qualification });
    kit.clock.advance(1000);
    const [budget] = controlPointIds('qualification');
    await kit.client.call('deals.check', { dealId: deal.id, controlPointId: budget ?? '', checked: true });
    kit.clock.advance(1000);
    await kit.client.call('deals.lose', { id: deal.id, lossReasonId: LOSS_REASON_PRICE, note: 'Дорого' });

    const history = await timelineInOrder(kit.client, deal.id);
    const lines = history.entries.map((entry) => {
      switch (entry.kind) {
        case 'field':
          return [entry.at - start, entry.actorName, entry.field, entry.oldValue, entry.newValue];
        case 'stage':
          return [entry.at - start, entry.actorName, 'stage', entry.fromStageId, entry.toStageId, entry.toStatus];
        case 'check':
          return [entry.at - start, entry.actorName, 'check', entry.controlPointId, entry.checked];
        default:
          return [entry.at - start, entry.actorName, entry.kind];
      }
    });
    expect(lines).toEqual([
      [0, 'Анна Петрова', 'created'],
      [1000, 'Анна Петрова', 'title', 'Старое имя', 'Новое имя'],
      [1000, 'Анна Петрова', 'valueMinor', 100, 250],
      [2000, 'Борис Иванов', 'valueMinor', 250, 300],
      [2000, 'Борис Иванов', 'ownerId', kit.anna, kit.boris],
      [3000, 'Борис Иванов', 'stage', STAGE.newLead, STAGE.qualification, 'open'],
      [4000, 'Борис Иванов', 'check', budget, true],
      [5000, 'Борис Иванов', 'lossReasonId', null, LOSS_REASON_PRICE],
      [5000, 'Борис Иванов', 'lossNote', null, 'Дорого'],
      [5000, 'Борис Иванов', 'stage', STAGE.qualification, STAGE.qualification, 'lost'],
    ]);
    expect(history.refs[STAGE.qualification]).toEqual({ kind: 'stage', name: null, defaultKey: 'qualification' });
    expect(history.refs[LOSS_REASON_PRICE]).toEqual({ kind: 'lossReason', name: null, defaultKey: 'price' });
    expect(history.refs[budget ?? '']).toMatchObject({ kind: 'controlPoint', defaultKey: 'budget_confirmed' });
    expect(history.refs[kit.boris]).toEqual({ kind: 'user', name: 'Борис Иванов', defaultKey: null });
  });

  it('after the clock is set back a day, dates nothing in the future', async () => {
    const deal = await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      stageId: STAGE.newLead,
      title: 'Сделка',
    });
    kit.clock.advance(60_000);
    await kit.client.call('deals.update', { id: deal.id, patch: { title: 'Вчерашняя правка' } });
    // The clock was a day ahead and is now corrected: the HLC keeps counting from its last stamp.
    kit.clock.advance(-DAY);
    const corrected = kit.clock.now();
    await kit.client.call('deals.move', { id: deal.id, toStageId: STAGE.qualification });
    kit.clock.advance(2 * 60_000);
    await kit.client.call('deals.update', { id: deal.id, patch: { title: 'Новая правка' } });
    kit.clock.advance(60_000);

    const history = await timelineInOrder(kit.client, deal.id);
    // The timeline orders by wall time then HLC (issue 8): the move and the edit two minutes
    // later keep their real times; the entries stamped while the clock ran a day ahead are capped
    // at the reader's clock, so none reads as in the future.
    expect(history.entries.map((entry) => (entry.kind === 'field' ? entry.newValue : entry.kind))).toEqual([
      'stage',
      'Новая правка',
      'created',
      'Вчерашняя правка',
    ]);
    const now = kit.clock.now();
    expect(history.entries.map((entry) => entry.at)).toEqual([corrected, corrected + 2 * 60_000, now, now]);
  });

  it('never dates an entry after the reader’s clock', async () => {
    const deal = await kit.client.call('deals.create', { pipelineId: PIPELINE, title: 'Сделка' });
    kit.clock.advance(5000);
    await kit.client.call('deals.update', { id: deal.id, patch: { title: 'Правка' } });
    kit.clock.advance(-DAY);
    const entries = (await timelineInOrder(kit.client, deal.id)).entries;
    expect(entries.map((entry) => entry.at)).toEqual([kit.clock.now(), kit.clock.now()]);
  });

  it('shows a delete and its undo', async () => {
    const deal = await kit.client.call('deals.create', { pipelineId: PIPELINE, title: 'Oops' });
    kit.clock.advance(1000);
    await kit.client.call('deals.delete', { id: deal.id });
    await expectFailure(kit, 'timeline.page', { subject: 'deal', id: deal.id }, 'NOT_FOUND');
    kit.clock.advance(1000);
    await kit.client.call('deals.restore', { id: deal.id });
    const kinds = (await timelineInOrder(kit.client, deal.id)).entries.map((entry) => entry.kind);
    expect(kinds).toEqual(['created', 'deleted', 'restored']);
  });
});
