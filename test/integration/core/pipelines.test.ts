import { stageNotEmptyParamsSchema } from '@shared/contract/schemas/pipelines';
import { DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { FUNNEL_STEPS } from '@shared/domain/funnelSteps';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDealsKit,
  type DealsKit,
  expectFailure,
  insertDealsFast,
  PIPELINE,
  STAGE,
  transitionsOf,
} from './dealsTestKit';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

describe('pipelines', () => {
  it('creates a pipeline with the six funnel stages and their control points, under fresh ids', async () => {
    const created = await kit.client.call('pipelines.create', { name: 'Партнёрские продажи' });
    expect(created).toMatchObject({ name: 'Партнёрские продажи', defaultKey: null, archivedAt: null });
    const stages = await kit.client.call('stages.list', { pipelineId: created.id });
    expect(stages.map((stage) => stage.funnelStep)).toEqual([...FUNNEL_STEPS]);
    expect(stages.map((stage) => stage.defaultKey)).toEqual(DEFAULT_STAGES.map((stage) => stage.key));
    expect(stages.map((stage) => stage.probability)).toEqual(DEFAULT_STAGES.map((stage) => stage.probability));
    expect(stages.some((stage) => DEFAULT_STAGES.some((seeded) => seeded.id === stage.id))).toBe(false);
    const points = await kit.client.call('controlPoints.list', { pipelineId: created.id });
    expect(points.map((point) => point.defaultKey)).toEqual(
      DEFAULT_STAGES.flatMap((stage) => stage.controlPoints.map((point) => point.key)),
    );
    expect(points.find((point) => point.defaultKey === 'feedback_requested')?.required).toBe(false);
    expect((await kit.client.call('pipelines.list')).map((pipeline) => pipeline.id)).toEqual([PIPELINE, created.id]);
  });

  it('creates an empty pipeline on request', async () => {
    const created = await kit.client.call('pipelines.create', { name: 'Пусто', template: 'empty' });
    expect(await kit.client.call('stages.list', { pipelineId: created.id })).toEqual([]);
  });

  it('renames, and only a seeded pipeline may go back to its translated name', async () => {
    expect((await kit.client.call('pipelines.rename', { id: PIPELINE, name: 'Продажи B2B' })).name).toBe('Продажи B2B');
    expect((await kit.client.call('pipelines.rename', { id: PIPELINE, name: null })).name).toBeNull();
    const own = await kit.client.call('pipelines.create', { name: 'Своя' });
    const error = await expectFailure(kit, 'pipelines.rename', { id: own.id, name: null }, 'BAD_INPUT');
    expect(error.params).toMatchObject({ reason: 'name_required' });
  });

  it('archives and restores, but never the last active pipeline', async () => {
    await expectFailure(kit, 'pipelines.archive', { id: PIPELINE }, 'CONFLICT');
    const other = await kit.client.call('pipelines.create', { name: 'Вторая' });
    const archived = await kit.client.call('pipelines.archive', { id: PIPELINE });
    expect(archived.archivedAt).toBe(kit.clock.now());
    expect((await kit.client.call('pipelines.list')).map((pipeline) => pipeline.id)).toEqual([other.id]);
    expect(await kit.client.call('pipelines.list', { includeArchived: true })).toHaveLength(2);
    expect((await kit.client.call('pipelines.restore', { id: PIPELINE })).archivedAt).toBeNull();
  });

  it('reorders between neighbours', async () => {
    const b = await kit.client.call('pipelines.create', { name: 'B', template: 'empty' });
    const c = await kit.client.call('pipelines.create', { name: 'C', template: 'empty' });
    expect((await kit.client.call('pipelines.reorder', { id: c.id, beforeId: PIPELINE })).map((p) => p.id)).toEqual([
      c.id,
      PIPELINE,
      b.id,
    ]);
    expect((await kit.client.call('pipelines.reorder', { id: c.id, afterId: PIPELINE })).map((p) => p.id)).toEqual([
      PIPELINE,
      c.id,
      b.id,
    ]);
    await expectFailure(kit, 'pipelines.reorder', { id: c.id, afterId: c.id }, 'BAD_INPUT');
  });
});

describe('stages', () => {
  it('creates a stage between neighbours with the step defaults, then updates it', async () => {
    const created = await kit.client.call('stages.create', {
      pipelineId: PIPELINE,
      name: 'Пилот',
      funnelStep: 'consideration',
      afterId: STAGE.proposal,
    });
    expect(created).toMatchObject({ name: 'Пилот', probability: 0.35, rotDays: 21, slaHours: 72, archivedAt: null });
    const order = (await kit.client.call('stages.list', { pipelineId: PIPELINE })).map((stage) => stage.id);
    expect(order.indexOf(created.id)).toBe(order.indexOf(STAGE.proposal) + 1);

    const updated = await kit.client.call('stages.update', {
      id: created.id,
      patch: { name: 'Пилотный проект', probability: 0.5, rotDays: null, funnelStep: 'intent' },
    });
    expect(updated).toMatchObject({
      name: 'Пилотный проект',
      probability: 0.5,
      rotDays: null,
      slaHours: 72,
      funnelStep: 'intent',
    });
    await expectFailure(kit, 'stages.update', { id: created.id, patch: { probability: 1.5 } }, 'BAD_INPUT');
  });

  it('reorders stages', async () => {
    const order = await kit.client.call('stages.reorder', { id: STAGE.customer, beforeId: STAGE.newLead });
    expect(order.map((stage) => stage.id)).toEqual([
      STAGE.customer,
      STAGE.newLead,
      STAGE.qualification,
      STAGE.proposal,
      STAGE.negotiation,
      STAGE.contract,
    ]);
  });

  it('asks where the open deals go before archiving a stage, then moves them in one go', async () => {
    const ids = insertDealsFast(kit, [
      { stageId: STAGE.negotiation, valueMinor: 10, ownerId: kit.anna },
      { stageId: STAGE.negotiation, valueMinor: 20, ownerId: kit.anna },
    ]);
    await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      stageId: STAGE.qualification,
      title: 'Already there',
    });
    const error = await expectFailure(kit, 'stages.archive', { id: STAGE.negotiation }, 'STAGE_NOT_EMPTY');
    expect(stageNotEmptyParamsSchema.parse(error.params)).toEqual({
      stageId: STAGE.negotiation,
      pipelineId: PIPELINE,
      openDeals: 2,
    });
    await expectFailure(
      kit,
      'stages.archive',
      { id: STAGE.negotiation, moveDealsToStageId: STAGE.negotiation },
      'BAD_INPUT',
    );

    kit.clock.advance(1000);
    const result = await kit.client.call('stages.archive', {
      id: STAGE.negotiation,
      moveDealsToStageId: STAGE.qualification,
    });
    expect(result).toMatchObject({ movedDeals: 2, stage: { id: STAGE.negotiation, archivedAt: kit.clock.now() } });
    for (const id of ids) {
      expect(await kit.client.call('deals.get', { id })).toMatchObject({
        stageId: STAGE.qualification,
        stageEnteredAt: kit.clock.now(),
      });
      expect(transitionsOf(kit, id)).toEqual([
        expect.objectContaining({
          from_stage_id: STAGE.negotiation,
          to_stage_id: STAGE.qualification,
          by_user_id: kit.anna,
        }),
      ]);
    }
    const board = await kit.client.call('deals.board', { pipelineId: PIPELINE });
    expect(board.columns.map((column) => column.stageId)).not.toContain(STAGE.negotiation);
    // The moved deals join the end of the target column, after the card already there.
    expect(
      board.columns.find((column) => column.stageId === STAGE.qualification)?.cards.map((card) => card.title),
    ).toEqual(['Already there', 'Deal 0', 'Deal 1']);
    expect((await kit.client.call('stages.restore', { id: STAGE.negotiation })).archivedAt).toBeNull();
  });

  it('archives an empty stage directly, and refuses the last one of a pipeline', async () => {
    expect((await kit.client.call('stages.archive', { id: STAGE.customer })).movedDeals).toBe(0);
    const lonely = await kit.client.call('pipelines.create', { name: 'One', template: 'empty' });
    const only = await kit.client.call('stages.create', {
      pipelineId: lonely.id,
      name: 'Only',
      funnelStep: 'awareness',
    });
    const error = await expectFailure(kit, 'stages.archive', { id: only.id }, 'CONFLICT');
    expect(error.params).toMatchObject({ reason: 'last_stage' });
  });
});
