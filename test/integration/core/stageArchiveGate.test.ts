import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDealsKit, type DealsKit, expectFailure, PIPELINE, STAGE } from './dealsTestKit';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const dealIn = async (stageId: string) =>
  (await kit.client.call('deals.create', { pipelineId: PIPELINE, stageId, title: 'Склад' })).id;

const tickAll = async (dealId: string, stageId: string) => {
  for (const point of await kit.client.call('controlPoints.list', { stageId })) {
    if (point.required) await kit.client.call('deals.check', { dealId, controlPointId: point.id, checked: true });
  }
};

describe('archiving a stage carries its deals through the gates', () => {
  it('refuses to carry deals forward past unticked required items, and changes nothing', async () => {
    const id = await dealIn(STAGE.qualification);
    const error = await expectFailure(
      kit,
      'stages.archive',
      { id: STAGE.qualification, moveDealsToStageId: STAGE.proposal },
      'CONFLICT',
    );
    expect(error.params).toMatchObject({ reason: 'archive_target_gated', blockedDeals: 1, targetStageId: STAGE.proposal });
    expect((await kit.client.call('deals.get', { id })).stageId).toBe(STAGE.qualification);
    const stages = await kit.client.call('stages.list', { pipelineId: PIPELINE });
    expect(stages.map((stage) => stage.id)).toContain(STAGE.qualification);
  });

  it('moves deals back without a gate', async () => {
    const id = await dealIn(STAGE.qualification);
    const result = await kit.client.call('stages.archive', {
      id: STAGE.qualification,
      moveDealsToStageId: STAGE.newLead,
    });
    expect(result.movedDeals).toBe(1);
    expect((await kit.client.call('deals.get', { id })).stageId).toBe(STAGE.newLead);
  });

  it('moves deals forward once their items are ticked', async () => {
    const id = await dealIn(STAGE.qualification);
    await tickAll(id, STAGE.qualification);
    const result = await kit.client.call('stages.archive', {
      id: STAGE.qualification,
      moveDealsToStageId: STAGE.proposal,
    });
    expect(result.movedDeals).toBe(1);
    expect((await kit.client.call('deals.get', { id })).stageId).toBe(STAGE.proposal);
  });
});
