import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDealsKit, type DealsKit, expectFailure, PIPELINE, STAGE } from './dealsTestKit';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const playbookMessages = (stageId: string) =>
  kit.backend.db.sqlite
    .prepare("SELECT value FROM change_log WHERE tbl = 'stages' AND row_id = ? AND col = 'playbook' ORDER BY hlc")
    .pluck()
    .all(stageId);

const stageOf = async (id: string) =>
  (await kit.client.call('stages.list', { pipelineId: PIPELINE })).find((stage) => stage.id === id);

describe('stage playbooks', () => {
  it('start at the standard text (null) on seeded stages and on a new pipeline’s', async () => {
    expect((await kit.client.call('stages.list', { pipelineId: PIPELINE })).map((stage) => stage.playbook)).toEqual(
      Array(6).fill(null),
    );
    const pipeline = await kit.client.call('pipelines.create', { name: 'Партнёры' });
    const stages = await kit.client.call('stages.list', { pipelineId: pipeline.id });
    expect(stages.every((stage) => stage.playbook === null && stage.defaultKey !== null)).toBe(true);
  });

  it('saves a trimmed text through the change log, empties it, and goes back to the standard text', async () => {
    const saved = await kit.client.call('stages.update', {
      id: STAGE.qualification,
      patch: { playbook: '  Пройти BANT за один звонок.\nГотово: все четыре ответа.  ' },
    });
    expect(saved.playbook).toBe('Пройти BANT за один звонок.\nГотово: все четыре ответа.');
    expect((await stageOf(STAGE.qualification))?.playbook).toBe(saved.playbook);

    expect(
      (await kit.client.call('stages.update', { id: STAGE.qualification, patch: { playbook: ' ' } })).playbook,
    ).toBe('');
    expect(
      (await kit.client.call('stages.update', { id: STAGE.qualification, patch: { playbook: null } })).playbook,
    ).toBe(null);
    // The seed's message, then each edit: messages another device merges, as it does a stage's name.
    expect(playbookMessages(STAGE.qualification)).toEqual(['null', JSON.stringify(saved.playbook), '""', 'null']);
  });

  it('is given to a new stage, and refused past 4,000 characters without a write', async () => {
    const created = await kit.client.call('stages.create', {
      pipelineId: PIPELINE,
      name: 'Пилот',
      funnelStep: 'consideration',
      playbook: 'Две недели пилота на данных клиента',
    });
    expect(created.playbook).toBe('Две недели пилота на данных клиента');

    const before = playbookMessages(STAGE.proposal).length;
    const error = await expectFailure(
      kit,
      'stages.update',
      { id: STAGE.proposal, patch: { playbook: 'я'.repeat(4001) } },
      'BAD_INPUT',
    );
    expect(JSON.stringify(error)).toContain('playbook');
    expect(playbookMessages(STAGE.proposal)).toHaveLength(before);
    expect((await stageOf(STAGE.proposal))?.playbook).toBeNull();
  });
});
