import { gateBlockedParamsSchema } from '@shared/contract/schemas/controlPoints';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  changeLogCount,
  controlPointIds,
  createDealsKit,
  type DealsKit,
  expectFailure,
  insertDealsFast,
  itemsBefore,
  LOSS_REASON_PRICE,
  PIPELINE,
  STAGE,
  tickAll,
} from './dealsTestKit';

/**
 * Issue 17 item 1: a deal must not reach or win past a stage whose required items are unticked,
 * whatever the path — another pipeline, a create straight into a later stage, a reopen.
 */
let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const BANT = controlPointIds('qualification');
const missingOf = async (method: string, input: unknown) =>
  gateBlockedParamsSchema.parse((await expectFailure(kit, method, input, 'GATE_BLOCKED')).params);

/** A second pipeline with no control points at all: nothing stops a deal inside it. */
const barePipeline = async () => {
  const pipeline = await kit.client.call('pipelines.create', { name: 'Партнёры' });
  const stages = await kit.client.call('stages.list', { pipelineId: pipeline.id });
  for (const stage of stages) {
    for (const point of await kit.client.call('controlPoints.list', { stageId: stage.id })) {
      await kit.client.call('controlPoints.archive', { id: point.id });
    }
  }
  return stages;
};

describe('a detour through another pipeline', () => {
  it('cannot bring a deal back into Contract without the BANT items (the reported path)', async () => {
    const [, , , later] = await barePipeline();
    const deal = await kit.client.call('deals.create', { pipelineId: PIPELINE, stageId: STAGE.qualification, title: 'Обход' });
    await kit.client.call('deals.move', { id: deal.id, toStageId: later?.id ?? '' });

    const back = await missingOf('deals.move', { id: deal.id, toStageId: STAGE.contract });
    expect(back).toMatchObject({ action: 'move', targetStageId: STAGE.contract });
    expect(back.missing.map((item) => item.id)).toEqual(itemsBefore('contract'));
    expect((await kit.client.call('deals.get', { id: deal.id })).stageId).toBe(later?.id);

    // Back into the first stage is free, and from there the usual gates apply.
    await kit.client.call('deals.move', { id: deal.id, toStageId: STAGE.newLead });
    await tickAll(kit, deal.id, 'qualification', 'proposal', 'negotiation');
    expect((await kit.client.call('deals.move', { id: deal.id, toStageId: STAGE.contract })).stageId).toBe(
      STAGE.contract,
    );
  });

  it("is gated by the target pipeline's own items, as a skip from its first stage", async () => {
    const other = await kit.client.call('pipelines.create', { name: 'Дилеры' });
    const stages = await kit.client.call('stages.list', { pipelineId: other.id });
    const points = await Promise.all(
      stages.slice(0, 3).map((stage) => kit.client.call('controlPoints.list', { stageId: stage.id })),
    );
    const required = points.flat().filter((point) => point.required).map((point) => point.id);
    expect(required.length).toBeGreaterThan(0);
    const deal = await kit.client.call('deals.create', { pipelineId: PIPELINE, title: 'Дилер' });
    await tickAll(kit, deal.id, 'qualification');

    // Ticks in this pipeline do not count there: its items are its own.
    const params = await missingOf('deals.move', { id: deal.id, toStageId: stages[3]?.id });
    expect(params.missing.map((item) => item.id)).toEqual(required);
  });

  it('keeps the ticks made in the first pipeline for the way back', async () => {
    const [first] = await barePipeline();
    const deal = await kit.client.call('deals.create', { pipelineId: PIPELINE, title: 'Туда и обратно' });
    await tickAll(kit, deal.id, 'qualification', 'proposal');
    await kit.client.call('deals.move', { id: deal.id, toStageId: first?.id ?? '' });
    expect((await kit.client.call('deals.move', { id: deal.id, toStageId: STAGE.negotiation })).stageId).toBe(
      STAGE.negotiation,
    );
  });
});

describe('deals.create straight into a later stage', () => {
  it('is refused with the earlier stages\u2019 items, writing nothing', async () => {
    const before = changeLogCount(kit);
    const params = await missingOf('deals.create', { pipelineId: PIPELINE, stageId: STAGE.contract, title: 'Сразу' });
    expect(params).toMatchObject({ action: 'create', dealId: null, stageId: null, targetStageId: STAGE.contract });
    expect(params.missing.map((item) => item.id)).toEqual(itemsBefore('contract'));
    expect(changeLogCount(kit)).toBe(before);
    expect((await kit.client.call('deals.list', {})).total).toBe(0);
  });

  it('succeeds with the items ticked in the same write, recorded as the creator\u2019s ticks', async () => {
    const deal = await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      stageId: STAGE.proposal,
      title: 'С галочками',
      checkedControlPointIds: BANT,
    });
    expect(deal.stageId).toBe(STAGE.proposal);
    const checklist = await kit.client.call('deals.checklist', { dealId: deal.id });
    expect(checklist.otherTicked.map((item) => item.controlPointId)).toEqual(BANT);
    expect(checklist.otherTicked.every((item) => item.checkedBy === kit.anna)).toBe(true);
  });

  it('refuses an item of another pipeline among the ticks', async () => {
    const other = await kit.client.call('pipelines.create', { name: 'Другая' });
    const [, stage] = await kit.client.call('stages.list', { pipelineId: other.id });
    const [foreign] = await kit.client.call('controlPoints.list', { stageId: stage?.id ?? '' });
    expect(foreign).toBeDefined();
    const error = await expectFailure(
      kit,
      'deals.create',
      { pipelineId: PIPELINE, title: 'Чужая', checkedControlPointIds: [foreign?.id] },
      'BAD_INPUT',
    );
    expect(error.params).toMatchObject({ reason: 'other_pipeline' });
  });

  it('needs no ticks in the first stage or after stages without required items', async () => {
    expect((await kit.client.call('deals.create', { pipelineId: PIPELINE, stageId: STAGE.newLead, title: 'A' })).stageId).toBe(
      STAGE.newLead,
    );
    expect(
      (await kit.client.call('deals.create', { pipelineId: PIPELINE, stageId: STAGE.qualification, title: 'B' })).stageId,
    ).toBe(STAGE.qualification);
  });
});

describe('a deal that got past a gate some other way', () => {
  it('cannot move on or win until the earlier stages are ticked', async () => {
    // As an old bypass, an archived stage's deals moved on, or an item made required later leave it.
    const [id = ''] = insertDealsFast(kit, [{ stageId: STAGE.contract, valueMinor: 100, ownerId: kit.anna }]);
    await tickAll(kit, id, 'contract');
    const win = await missingOf('deals.win', { id });
    expect(win.missing.map((item) => item.id)).toEqual(itemsBefore('contract'));
    const move = await missingOf('deals.move', { id, toStageId: STAGE.customer });
    expect(move.missing.map((item) => item.id)).toEqual(itemsBefore('contract'));

    await tickAll(kit, id, 'qualification', 'proposal', 'negotiation');
    expect((await kit.client.call('deals.win', { id })).status).toBe('won');
  });

  it('after a close and a reopen, still wins only with every item of the sale ticked', async () => {
    const deal = await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      stageId: STAGE.contract,
      title: 'Вернулась',
      checkedControlPointIds: itemsBefore('contract'),
    });
    await tickAll(kit, deal.id, 'contract');
    await kit.client.call('deals.lose', { id: deal.id, lossReasonId: LOSS_REASON_PRICE });
    await kit.client.call('deals.check', { dealId: deal.id, controlPointId: BANT[0] ?? '', checked: false });
    await kit.client.call('deals.reopen', { id: deal.id });
    const params = await missingOf('deals.win', { id: deal.id });
    expect(params.missing.map((item) => item.id)).toEqual([BANT[0]]);
    await kit.client.call('deals.check', { dealId: deal.id, controlPointId: BANT[0] ?? '', checked: true });
    expect((await kit.client.call('deals.win', { id: deal.id })).status).toBe('won');
  });

  it('a New lead deal is asked, on a win, for the items of every stage up to the contract', async () => {
    const deal = await kit.client.call('deals.create', { pipelineId: PIPELINE, stageId: STAGE.newLead, title: 'Сразу победа' });
    const params = await missingOf('deals.win', { id: deal.id });
    expect(params.missing.map((item) => item.id)).toEqual(itemsBefore('customer'));
  });
});
