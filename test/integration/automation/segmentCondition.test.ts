import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDealsKit, type DealsKit, expectFailure, PIPELINE, STAGE } from '../core/dealsTestKit';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const tasksOf = (dealId: string) =>
  kit.backend.db.sqlite
    .prepare('SELECT subject FROM activities WHERE deal_id = ? AND rule_id IS NOT NULL')
    .pluck()
    .all(dealId);

describe('a segment condition', () => {
  it('runs a rule only on deals of the saved segment as it is defined now, names it, and refuses an unknown one', async () => {
    const logistics = await kit.client.call('companies.create', { name: 'ООО «Логист»', industry: 'Логистика' });
    const retail = await kit.client.call('companies.create', { name: 'ООО «Магазин»', industry: 'Розница' });
    const segment = await kit.client.call('segments.create', {
      name: 'Крупная логистика',
      rules: { company: { industries: ['логистика'] }, deal: { valueMinMinor: 100_000_00 } },
    });
    const rule = await kit.client.call('automation.create', {
      name: 'Крупная логистика — звонок',
      pipelineId: null,
      enabled: true,
      trigger: { type: 'stage_entered', stageId: STAGE.qualification },
      conditions: [{ type: 'segment', ids: [segment.id] }],
      actions: [
        { type: 'create_task', taskType: 'call', subject: 'Звонок', dueInMinutes: 60, assignee: 'owner', userIds: [] },
      ],
    });
    const deal = (companyId: string, valueMinor: number) =>
      kit.client.call('deals.create', { title: 'Перевозки', pipelineId: PIPELINE, companyId, valueMinor });
    const inside = await deal(logistics.company.id, 200_000_00);
    const small = await deal(logistics.company.id, 10_000_00);
    const otherIndustry = await deal(retail.company.id, 200_000_00);
    for (const { id } of [inside, small, otherIndustry]) {
      await kit.client.call('deals.move', { id, toStageId: STAGE.qualification });
    }
    expect(tasksOf(inside.id)).toEqual(['Звонок']);
    expect(tasksOf(small.id)).toEqual([]);
    expect(tasksOf(otherIndustry.id)).toEqual([]);

    const { text } = await kit.client.call('automation.summarize', {
      language: 'ru',
      trigger: rule.trigger,
      conditions: rule.conditions,
      actions: rule.actions,
    });
    expect(text).toContain('сделка в сегменте Крупная логистика');

    // The segment widened: the rule follows it.
    await kit.client.call('segments.update', {
      id: segment.id,
      patch: { rules: { company: { industries: ['логистика', 'розница'] }, deal: { valueMinMinor: 100_000_00 } } },
    });
    const later = await deal(retail.company.id, 300_000_00);
    await kit.client.call('deals.move', { id: later.id, toStageId: STAGE.qualification });
    expect(tasksOf(later.id)).toEqual(['Звонок']);

    await expectFailure(
      kit,
      'automation.create',
      {
        name: 'Нет сегмента',
        pipelineId: null,
        enabled: true,
        trigger: { type: 'deal_created' },
        conditions: [{ type: 'segment', ids: ['00000000-0000-7000-8000-00000000ffff'] }],
        actions: [{ type: 'notify', message: 'x', assignee: 'owner', userIds: [] }],
      },
      'NOT_FOUND',
    );
  });
});
