import type { RuleCreateInput } from '@shared/contract/schemas/automation';
import { automationId } from '@shared/domain/automation/automationId';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDealsKit, DAY, type DealsKit, expectFailure, itemsBefore, PIPELINE, STAGE } from '../core/dealsTestKit';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const HOUR = 3_600_000;

type TaskRow = { id: string; type: string; subject: string; owner_id: string | null; due_at: number; rule_id: string | null; deal_id: string };
const ruleTasks = (dealId: string) =>
  kit.backend.db.sqlite
    .prepare('SELECT id, type, subject, owner_id, due_at, rule_id, deal_id FROM activities WHERE deal_id = ? AND rule_id IS NOT NULL ORDER BY created_at, id')
    .all(dealId) as TaskRow[];
const runs = (ruleId: string) => kit.client.call('automation.runs', { ruleId });
const rule = (input: Omit<RuleCreateInput, 'enabled' | 'pipelineId' | 'conditions'> & Partial<RuleCreateInput>) =>
  kit.client.call('automation.create', { pipelineId: null, conditions: [], enabled: true, ...input });
const newDeal = (extra: Record<string, unknown> = {}) =>
  kit.client.call('deals.create', { title: 'Поставка', pipelineId: PIPELINE, valueMinor: 100_000_00, ...extra });

describe('ready-made rules', () => {
  it('are off until one click makes and enables "call a new lead": a lead made in the inbox gets a call task for its owner due within the SLA', async () => {
    const presets = await kit.client.call('automation.presets', {});
    expect(presets.map((preset) => preset.key)).toEqual([
      'call_new_lead',
      'proposal_follow_up',
      'onboarding',
      'renewal_deal',
      'rotting_reminder',
      'sla_breach_alert',
      'detractor_follow_up',
      'quiet_customer',
      'thank_you_email',
    ]);
    expect(presets.every((preset) => !preset.enabled && preset.ruleId === null)).toBe(true);
    const before = await kit.client.call('leads.create', { pipelineId: PIPELINE, contactName: 'До правила' });
    expect(ruleTasks(before.id)).toEqual([]);

    const enabled = await kit.client.call('automation.enablePreset', { key: 'call_new_lead', language: 'ru' });
    expect(enabled).toMatchObject({ name: 'Позвонить новому лиду в срок SLA', enabled: true, presetKey: 'call_new_lead' });
    const lead = await kit.client.call('leads.create', { pipelineId: PIPELINE, contactName: 'Иван Петров' });
    const [task] = ruleTasks(lead.id);
    expect(task).toMatchObject({ type: 'call', subject: 'Позвонить новому лиду', owner_id: kit.anna, rule_id: enabled.id });
    expect(task?.due_at).toBe(kit.clock.now() + 4 * HOUR);
    const day = await kit.client.call('activities.myDay', {});
    expect(day.today.find((row) => row.id === task?.id)).toMatchObject({ ruleName: 'Позвонить новому лиду в срок SLA' });
    const [run] = await runs(enabled.id);
    expect(run).toMatchObject({ outcome: 'done', recordId: lead.id, detail: [{ code: 'task_created', params: { assignedTo: kit.anna } }] });

    // A second click finds the same rule, not a copy; switching it off stops it.
    await kit.client.call('automation.setEnabled', { id: enabled.id, enabled: false });
    expect((await kit.client.call('automation.enablePreset', { key: 'call_new_lead', language: 'en' })).id).toBe(enabled.id);
    await kit.client.call('automation.setEnabled', { id: enabled.id, enabled: false });
    const later = await newDeal();
    expect(ruleTasks(later.id)).toEqual([]);
  });
});

describe('write triggers', () => {
  it('fire on a stage entered by a move, not on other stages, with conditions on owner and value logged when they fail', async () => {
    const created = await rule({
      name: 'Звонок на квалификации',
      trigger: { type: 'stage_entered', stageId: STAGE.qualification },
      conditions: [
        { type: 'owner', ids: [kit.anna] },
        { type: 'value', min: 50_000_00, max: null, currency: 'RUB' },
      ],
      actions: [{ type: 'create_task', taskType: 'call', subject: 'Квалифицировать', dueInMinutes: 240, assignee: 'owner' }],
    });
    const big = await newDeal();
    const small = await newDeal({ valueMinor: 10_000_00 });
    const boris = await newDeal({ ownerId: kit.boris });
    for (const deal of [big, small, boris]) await kit.client.call('deals.move', { id: deal.id, toStageId: STAGE.qualification });
    expect(ruleTasks(big.id)).toHaveLength(1);
    expect(ruleTasks(small.id)).toEqual([]);
    expect(ruleTasks(boris.id)).toEqual([]);
    const log = await runs(created.id);
    expect(log.find((run) => run.recordId === small.id)).toMatchObject({ outcome: 'skipped', detail: [{ code: 'condition_failed', params: { number: 2 } }] });
    expect(log.find((run) => run.recordId === boris.id)).toMatchObject({ outcome: 'skipped', detail: [{ code: 'condition_failed', params: { number: 1 } }] });
    expect(log).toHaveLength(3);
  });

  it('fire on won, lost, created and a field change; a rule scoped to another pipeline logs why it did nothing', async () => {
    const won = await rule({
      name: 'Онбординг',
      trigger: { type: 'deal_won' },
      actions: [{ type: 'create_task', taskType: 'meeting', subject: 'Онбординг', dueInMinutes: 1440, assignee: 'owner' }],
    });
    const lost = await rule({ name: 'Проигрыш', trigger: { type: 'deal_lost' }, actions: [{ type: 'notify', message: 'Сделка проиграна', assignee: 'owner' }] });
    const field = await rule({
      name: 'Дата закрытия',
      trigger: { type: 'field_changed', field: 'expectedCloseOn' },
      actions: [{ type: 'set_field', field: 'notes', value: 'Дата закрытия менялась' }],
    });
    const pipeline = await kit.client.call('pipelines.create', { name: 'Партнёры' });
    const scoped = await rule({ name: 'Чужая воронка', pipelineId: pipeline.id, trigger: { type: 'deal_created' }, actions: [{ type: 'notify', message: 'x', assignee: 'owner' }] });

    const deal = await newDeal();
    expect((await runs(scoped.id))[0]).toMatchObject({ outcome: 'skipped', detail: [{ code: 'other_pipeline' }] });
    await kit.client.call('deals.update', { id: deal.id, patch: { expectedCloseOn: '2026-12-31' } });
    expect((await kit.client.call('deals.get', { id: deal.id })).notes).toBe('Дата закрытия менялась');
    expect(await runs(field.id)).toHaveLength(1);
    await kit.client.call('deals.lose', { id: deal.id, lossReasonId: '00000000-0000-7000-8000-000000000400' });
    expect(ruleTasks(deal.id).map((task) => task.rule_id)).toEqual([lost.id]);

    const winner = await newDeal({ stageId: STAGE.customer, checkedControlPointIds: itemsBefore('customer') });
    await kit.client.call('deals.win', { id: winner.id });
    expect(ruleTasks(winner.id).map((task) => [task.rule_id, task.type])).toEqual([[won.id, 'meeting']]);
  });

  it('a condition on ICP fit reads the fit of the deal’s company (a deal has no fit of its own)', async () => {
    const created = await rule({
      name: 'Идеальный клиент',
      trigger: { type: 'deal_created' },
      conditions: [{ type: 'field', field: 'icpFit', op: 'gt', value: 0.5 }],
      actions: [{ type: 'create_task', taskType: 'call', subject: 'Позвонить первым', dueInMinutes: 60, assignee: 'owner' }],
    });
    const profile = await kit.client.call('icpProfiles.create', {
      name: 'Логистика', industries: ['Логистика'], sizeMin: null, sizeMax: null, regions: [],
      revenueMinMinor: null, revenueMaxMinor: null, mustHave: [], excluding: [], notes: null,
    });
    await kit.client.call('icpProfiles.approve', { id: profile.id });
    const fits = (await kit.client.call('companies.create', { name: 'ООО «Груз»', industry: 'Логистика' })).company;
    const other = (await kit.client.call('companies.create', { name: 'ООО «Пекарня»', industry: 'Хлеб' })).company;
    const good = await newDeal({ companyId: fits.id });
    const poor = await newDeal({ companyId: other.id });
    const none = await newDeal();
    expect(ruleTasks(good.id)).toHaveLength(1);
    expect(ruleTasks(poor.id)).toEqual([]);
    expect(ruleTasks(none.id)).toEqual([]);
    expect((await runs(created.id)).filter((run) => run.outcome === 'skipped')).toHaveLength(2);
  });

  it('a move the gate refuses fails that action alone and is logged; the user write and the other actions stand', async () => {
    const created = await rule({
      name: 'Сразу в КП',
      trigger: { type: 'deal_created' },
      actions: [
        { type: 'move_stage', stageId: STAGE.proposal },
        { type: 'create_task', taskType: 'task', subject: 'Разобрать', dueInMinutes: 60, assignee: 'owner' },
      ],
    });
    const deal = await newDeal();
    expect((await kit.client.call('deals.get', { id: deal.id })).stageId).toBe(STAGE.newLead);
    expect(ruleTasks(deal.id)).toHaveLength(1);
    expect((await runs(created.id))[0]).toMatchObject({ outcome: 'done', detail: [{ code: 'gate_blocked' }, { code: 'task_created' }] });
  });

  it('cannot loop: a rule never re-triggers itself, chains stop at the depth limit with a log line', async () => {
    // Each rule's action triggers the next; the fourth link is past the limit of 3.
    const first = await rule({ name: '1', trigger: { type: 'deal_created' }, actions: [{ type: 'set_field', field: 'notes', value: 'a' }] });
    await rule({ name: '2', trigger: { type: 'field_changed', field: 'notes' }, actions: [{ type: 'set_field', field: 'kind', value: 'upsell' }] });
    await rule({ name: '3', trigger: { type: 'field_changed', field: 'kind' }, actions: [{ type: 'set_field', field: 'expectedCloseOn', value: '2027-01-15' }] });
    const fourth = await rule({ name: '4', trigger: { type: 'field_changed', field: 'expectedCloseOn' }, actions: [{ type: 'set_field', field: 'notes', value: 'd' }] });
    const deal = await newDeal();
    const after = await kit.client.call('deals.get', { id: deal.id });
    expect(after).toMatchObject({ notes: 'a', kind: 'upsell', expectedCloseOn: '2027-01-15' });
    expect(await runs(fourth.id)).toMatchObject([{ outcome: 'limited', depth: 3, detail: [{ code: 'depth_limit', params: { limit: 3 } }] }]);
    expect(await runs(first.id)).toHaveLength(1);

    // Two rules that would bounce a deal between stages: each fires once.
    const bouncing = await newDeal({ title: 'Мяч' });
    const there = await rule({ name: 'туда', trigger: { type: 'stage_entered', stageId: STAGE.qualification }, actions: [{ type: 'move_stage', stageId: STAGE.newLead }] });
    const back = await rule({ name: 'обратно', trigger: { type: 'stage_entered', stageId: STAGE.newLead }, actions: [{ type: 'move_stage', stageId: STAGE.qualification }] });
    await kit.client.call('deals.move', { id: bouncing.id, toStageId: STAGE.qualification });
    expect((await runs(there.id)).filter((run) => run.recordId === bouncing.id)).toHaveLength(1);
    expect(await runs(back.id)).toMatchObject([{ recordId: bouncing.id, depth: 1, outcome: 'done' }]);
    expect((await kit.client.call('deals.get', { id: bouncing.id })).stageId).toBe(STAGE.qualification);
  });

  it('assigns owners round-robin and refuses a rule naming a stage that does not exist', async () => {
    await rule({ name: 'Очередь', trigger: { type: 'deal_created' }, actions: [{ type: 'assign_owner', assignee: 'round_robin', userIds: [kit.anna, kit.boris] }] });
    const owners = [];
    for (let i = 0; i < 4; i += 1) owners.push((await kit.client.call('deals.get', { id: (await newDeal({ ownerId: null })).id })).ownerId);
    expect(new Set(owners.slice(0, 2))).toEqual(new Set([kit.anna, kit.boris]));
    expect(owners.slice(2)).toEqual(owners.slice(0, 2));
    await expectFailure(kit, 'automation.create', {
      name: 'x', pipelineId: null, conditions: [], trigger: { type: 'deal_created' },
      actions: [{ type: 'move_stage', stageId: '00000000-0000-7000-8000-00000000ffff' }],
    }, 'NOT_FOUND');
    await expectFailure(kit, 'automation.create', { name: '', pipelineId: null, conditions: [], trigger: { type: 'deal_created' }, actions: [] }, 'BAD_INPUT');
  });
});

describe('time triggers', () => {
  it('a rotting deal reminds its owner once, caught up by the first scan after the app was closed', async () => {
    const preset = await kit.client.call('automation.enablePreset', { key: 'rotting_reminder', language: 'en' });
    const deal = await newDeal();
    expect((await kit.client.call('automation.scan', {})).fired).toBe(0);
    kit.clock.advance(10 * DAY); // closed for ten days; New lead rots after 3
    expect((await kit.client.call('automation.scan', {})).fired).toBe(1);
    const [task] = ruleTasks(deal.id);
    expect(task).toMatchObject({ subject: 'This deal is rotting: time for the next step', owner_id: kit.anna, rule_id: preset.id });
    expect(task?.id).toBe(automationId(preset.id, deal.id, `rot:${STAGE.newLead}@${deal.stageEnteredAt}`, 0));
    kit.clock.advance(DAY);
    expect((await kit.client.call('automation.scan', {})).fired).toBe(0);
    expect(ruleTasks(deal.id)).toHaveLength(1);
  });

  it('an SLA breach alerts the owner’s manager; a lead called in time, or before it was a deal, never breaches', async () => {
    kit.backend.db.sqlite.prepare('UPDATE users SET manager_id = ? WHERE id = ?').run(kit.boris, kit.anna);
    await kit.client.call('automation.enablePreset', { key: 'sla_breach_alert', language: 'ru' });
    const late = await newDeal({ title: 'Поздно' });
    const called = await newDeal({ title: 'Вовремя' });
    const calledBefore = await newDeal({ title: 'Звонили до сделки' });
    const call = { type: 'call', subject: 'Звонок', outcome: 'reached', direction: 'outbound' } as const;
    await kit.client.call('activities.log', { ...call, dealId: calledBefore.id, doneAt: calledBefore.createdAt - HOUR });
    kit.clock.advance(HOUR);
    await kit.client.call('activities.log', { ...call, dealId: called.id });
    kit.clock.advance(5 * HOUR);
    await kit.client.call('automation.scan', {});
    expect(ruleTasks(late.id)).toMatchObject([{ owner_id: kit.boris, subject: 'Нарушен SLA: лид не обработан в срок' }]);
    expect(ruleTasks(called.id)).toEqual([]);
    expect(ruleTasks(calledBefore.id)).toEqual([]);
  });

  it('an overdue task, N days before the expected close, and a renewal 11 months after a win (only for wins after the rule was switched on)', async () => {
    const overdue = await rule({ name: 'Просрочка', trigger: { type: 'task_overdue' }, actions: [{ type: 'notify', message: 'Задача просрочена', assignee: 'owner' }] });
    const close = await rule({ name: 'Перед закрытием', trigger: { type: 'before_close', days: 3 }, actions: [{ type: 'create_task', taskType: 'call', subject: 'Дожать', dueInMinutes: 0, assignee: 'owner' }] });
    const oldWin = await newDeal({ title: 'Старая победа', stageId: STAGE.customer, checkedControlPointIds: itemsBefore('customer') });
    await kit.client.call('deals.win', { id: oldWin.id });
    const open = await newDeal({ title: 'Открытая', expectedCloseOn: '2026-12-10' });
    const task = await kit.client.call('activities.plan', { dealId: open.id, subject: 'Прислать договор', dueAt: kit.clock.now() + DAY });

    kit.clock.advance(2 * DAY);
    await kit.client.call('automation.scan', {});
    expect((await runs(overdue.id)).map((run) => run.recordId)).toContain(task.id);
    kit.clock.set(Date.UTC(2026, 11, 7, 6, 0));
    await kit.client.call('automation.scan', {});
    expect((await runs(close.id)).filter((run) => run.recordId === open.id)).toHaveLength(1);

    // A year on, the renewal rule is switched on: the old win's date (11 months after it) has passed.
    kit.clock.set(Date.UTC(2027, 10, 1, 9, 0));
    const renewal = await kit.client.call('automation.enablePreset', { key: 'renewal_deal', language: 'ru' });
    const callLead = await kit.client.call('automation.enablePreset', { key: 'call_new_lead', language: 'ru' });
    const winner = await newDeal({ title: 'Победа', stageId: STAGE.customer, checkedControlPointIds: itemsBefore('customer') });
    await kit.client.call('deals.win', { id: winner.id });
    kit.clock.set(Date.UTC(2028, 9, 5, 9, 0));
    await kit.client.call('automation.scan', {});
    const made = kit.backend.db.sqlite.prepare("SELECT id, title, kind, stage_id, owner_id FROM deals WHERE kind = 'renewal'").all() as { id: string; title: string }[];
    expect(made).toMatchObject([{ title: 'Продление: Победа', stage_id: STAGE.newLead, owner_id: kit.anna }]);
    // The new renewal deal entered New lead: the call rule fired on it as a chained write trigger.
    expect((await runs(callLead.id)).find((run) => run.recordId === made[0]?.id)).toMatchObject({ outcome: 'done', depth: 1 });
    expect((await runs(renewal.id)).map((run) => run.recordId)).toEqual([winner.id]);
  });
});
