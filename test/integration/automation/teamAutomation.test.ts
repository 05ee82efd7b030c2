import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDealsKit, type DealsKit, expectFailure, PIPELINE } from '../core/dealsTestKit';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const ruleTasks = (dealId: string) =>
  kit.backend.db.sqlite
    .prepare('SELECT subject, owner_id AS ownerId FROM activities WHERE deal_id = ? AND rule_id IS NOT NULL')
    .all(dealId);

const southTeam = async () => {
  const boss = await kit.client.call('users.create', { name: 'Ольга', role: 'manager' });
  const south = await kit.client.call('teams.create', { name: 'Юг', leadId: boss.id });
  await kit.client.call('users.update', { id: kit.boris, patch: { teamId: south.id } });
  const petr = await kit.client.call('users.create', { name: 'Пётр', role: 'rep', teamId: south.id });
  // The lead is in the team too, but round-robin deals among its reps.
  await kit.client.call('users.update', { id: boss.id, patch: { teamId: south.id } });
  return { south, petr, boss };
};

const summary = async (rule: { trigger: unknown; conditions: unknown; actions: unknown }) =>
  (
    await kit.client.call('automation.summarize', {
      language: 'ru',
      trigger: rule.trigger,
      conditions: rule.conditions,
      actions: rule.actions,
    } as never)
  ).text;

describe('teams in automation rules', () => {
  it('a team condition runs the rule only on deals whose owner is in the team now', async () => {
    const { south } = await southTeam();
    const rule = await kit.client.call('automation.create', {
      name: 'Юг — звонок',
      pipelineId: null,
      enabled: true,
      trigger: { type: 'deal_created' },
      conditions: [{ type: 'team', ids: [south.id] }],
      actions: [
        { type: 'create_task', taskType: 'call', subject: 'Звонок', dueInMinutes: 60, assignee: 'owner', userIds: [] },
      ],
    });
    const deal = (ownerId: string | null) =>
      kit.client.call('deals.create', { title: 'Сделка', pipelineId: PIPELINE, ownerId });
    const borisDeal = await deal(kit.boris);
    const annaDeal = await deal(kit.anna);
    const nobodys = await deal(null);
    expect(ruleTasks(borisDeal.id)).toEqual([{ subject: 'Звонок', ownerId: kit.boris }]);
    expect(ruleTasks(annaDeal.id)).toEqual([]);
    expect(ruleTasks(nobodys.id)).toEqual([]);
    expect(await summary(rule)).toContain('ответственный из команды Юг');

    // Anna joins: the rule follows the team as it is now.
    await kit.client.call('users.update', { id: kit.anna, patch: { teamId: south.id } });
    expect(ruleTasks((await deal(kit.anna)).id)).toHaveLength(1);
    // A deleted team holds for nobody.
    await kit.client.call('teams.delete', { id: south.id });
    expect(ruleTasks((await deal(kit.boris)).id)).toEqual([]);

    await expectFailure(
      kit,
      'automation.create',
      {
        name: 'Нет команды',
        pipelineId: null,
        enabled: true,
        trigger: { type: 'deal_created' },
        conditions: [{ type: 'team', ids: [south.id] }],
        actions: [{ type: 'notify', message: 'x', assignee: 'owner', userIds: [] }],
      },
      'NOT_FOUND',
    );
  });

  it('round-robin in a team deals new deals and tasks among its active reps only', async () => {
    const { south, petr } = await southTeam();
    const assign = await kit.client.call('automation.create', {
      name: 'Юг — по очереди',
      pipelineId: null,
      enabled: true,
      trigger: { type: 'deal_created' },
      conditions: [],
      actions: [
        { type: 'assign_owner', assignee: 'round_robin', userIds: [], teamId: south.id },
        {
          type: 'create_task',
          taskType: 'task',
          subject: 'Разобрать',
          dueInMinutes: 0,
          assignee: 'round_robin',
          userIds: [],
          teamId: south.id,
        },
      ],
    });
    expect(assign.actions[0]).toMatchObject({ teamId: south.id });
    expect(await summary(assign)).toContain('следующего по очереди в команде «Юг»');
    const owners: (string | null)[] = [];
    for (let i = 0; i < 4; i += 1) {
      const created = await kit.client.call('deals.create', { title: `Лид ${i}`, pipelineId: PIPELINE, ownerId: null });
      owners.push((await kit.client.call('deals.get', { id: created.id })).ownerId);
    }
    expect(new Set(owners)).toEqual(new Set([kit.boris, petr.id]));
    expect(owners.slice(2)).toEqual(owners.slice(0, 2));

    // Pётр deactivated: Boris is the team's only active rep; the team emptied: nobody, never an outsider.
    await kit.client.call('users.deactivate', { id: petr.id });
    const next = await kit.client.call('deals.create', { title: 'Лид 5', pipelineId: PIPELINE, ownerId: null });
    expect((await kit.client.call('deals.get', { id: next.id })).ownerId).toBe(kit.boris);
    await kit.client.call('users.update', { id: kit.boris, patch: { teamId: null } });
    const lonely = await kit.client.call('deals.create', { title: 'Лид 6', pipelineId: PIPELINE, ownerId: null });
    // The lead (a manager) is the team's one active user left: round-robin falls back to them.
    const lead = (await kit.client.call('teams.list', {}))[0]?.leadId;
    expect((await kit.client.call('deals.get', { id: lonely.id })).ownerId).toBe(lead);
    await kit.client.call('teams.delete', { id: south.id });
    const orphan = await kit.client.call('deals.create', { title: 'Лид 7', pipelineId: PIPELINE, ownerId: null });
    expect((await kit.client.call('deals.get', { id: orphan.id })).ownerId).toBeNull();
    const runs = await kit.client.call('automation.runs', { ruleId: assign.id });
    expect(runs[0]?.detail[0]).toMatchObject({ code: 'no_assignee' });
  });
});
