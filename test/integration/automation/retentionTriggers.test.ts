import type { RuleAction, RuleCreateInput } from '@shared/contract/schemas/automation';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDealsKit, DAY, type DealsKit, insertDealsFast, STAGE, tickAll } from '../core/dealsTestKit';

let kit: DealsKit;
// Monday 2026-11-02 10:00 Moscow.
const START = Date.UTC(2026, 10, 2, 7, 0, 0);
beforeEach(async () => {
  kit = await createDealsKit(START);
});
afterEach(() => kit.dispose());

const rule = (input: Omit<RuleCreateInput, 'enabled' | 'pipelineId' | 'conditions'> & Partial<RuleCreateInput>) =>
  kit.client.call('automation.create', { pipelineId: null, conditions: [], enabled: true, ...input });
const callTask = (subject: string): RuleAction => ({
  type: 'create_task',
  taskType: 'call',
  subject,
  dueInMinutes: 60,
  assignee: 'owner',
  userIds: [],
});

/** A company whose deal (owned by Boris unless told) was won through every gate: a new customer. */
const customer = async (name: string, ownerId = kit.boris) => {
  const { company } = await kit.client.call('companies.create', { name });
  const [dealId = ''] = insertDealsFast(kit, [{ stageId: STAGE.contract, valueMinor: 100_000, ownerId }]);
  await kit.client.call('deals.update', { id: dealId, patch: { companyId: company.id } });
  await tickAll(kit, dealId, 'qualification', 'proposal', 'negotiation', 'contract');
  await kit.client.call('deals.win', { id: dealId });
  return { companyId: company.id, dealId };
};

const tasksOf = (ruleId: string) =>
  kit.backend.db.sqlite
    .prepare('SELECT subject, deal_id, company_id, owner_id FROM activities WHERE rule_id = ? ORDER BY created_at, id')
    .all(ruleId) as { subject: string; deal_id: string; company_id: string; owner_id: string }[];

describe('retention triggers run on the customer’s latest won deal', () => {
  it('an NPS answer of 0–6 calls for the account manager; a 7 or a 10 does not; the run names the company', async () => {
    const acme = await customer('ООО «Детрактор»');
    const created = await rule({
      name: 'Низкий NPS',
      trigger: { type: 'nps_detractor' },
      actions: [callTask('Разобраться с оценкой')],
    });
    for (const score of [10, 7]) await kit.client.call('nps.record', { companyId: acme.companyId, score });
    expect(tasksOf(created.id)).toEqual([]);
    await kit.client.call('nps.record', { companyId: acme.companyId, score: 6 });
    expect(tasksOf(created.id)).toEqual([
      { subject: 'Разобраться с оценкой', deal_id: acme.dealId, company_id: acme.companyId, owner_id: kit.boris },
    ]);
    // Each detractor answer is its own event.
    await kit.client.call('nps.record', { companyId: acme.companyId, score: 0 });
    expect(tasksOf(created.id)).toHaveLength(2);
    const [run] = await kit.client.call('automation.runs', { ruleId: created.id });
    expect(run).toMatchObject({ recordId: acme.companyId, recordTitle: 'ООО «Детрактор»', outcome: 'done' });
  });

  it('a churn fires once per churn; reactivating and churning again fires again; conditions read the won deal', async () => {
    const acme = await customer('ООО «Уходящий»');
    const borisOnly = await rule({
      name: 'Ушёл клиент Бориса',
      trigger: { type: 'customer_churned' },
      conditions: [{ type: 'owner', ids: [kit.boris] }],
      actions: [callTask('Узнать причину ухода')],
    });
    const annaOnly = await rule({
      name: 'Ушёл клиент Анны',
      trigger: { type: 'customer_churned' },
      conditions: [{ type: 'owner', ids: [kit.anna] }],
      actions: [callTask('Не для Бориса')],
    });
    await kit.client.call('customers.churn', { companyId: acme.companyId, reason: 'Цена', churnedOn: '2026-11-01' });
    expect(tasksOf(borisOnly.id).map((task) => task.subject)).toEqual(['Узнать причину ухода']);
    expect(tasksOf(annaOnly.id)).toEqual([]);
    // A reactivation is no churn; the next churn (another day) is a new one.
    await kit.client.call('customers.reactivate', { companyId: acme.companyId });
    expect(tasksOf(borisOnly.id)).toHaveLength(1);
    kit.clock.advance(3 * DAY);
    await kit.client.call('customers.churn', { companyId: acme.companyId, reason: 'Снова цена' });
    expect(tasksOf(borisOnly.id)).toHaveLength(2);
  });

  it('no contact for N days fires once per quiet spell, on the scan, and not for churned customers', async () => {
    // Time rules fire on the owner's device: this one is Anna's.
    const quiet = await customer('ООО «Тихий»', kit.anna);
    const gone = await customer('ООО «Ушедший»', kit.anna);
    await kit.client.call('customers.churn', { companyId: gone.companyId, reason: 'Закрылись' });
    const created = await rule({
      name: 'Тишина',
      trigger: { type: 'no_contact', days: 30 },
      actions: [callTask('Позвонить клиенту')],
    });
    kit.clock.advance(29 * DAY);
    await kit.client.call('automation.scan', {});
    expect(tasksOf(created.id)).toEqual([]);
    kit.clock.advance(2 * DAY);
    await kit.client.call('automation.scan', {});
    expect(tasksOf(created.id).map((task) => task.company_id)).toEqual([quiet.companyId]);
    await kit.client.call('automation.scan', {});
    expect(tasksOf(created.id)).toHaveLength(1);

    // A call starts a new spell: quiet again for 30 days, the rule fires again.
    await kit.client.call('activities.log', { type: 'call', dealId: quiet.dealId, outcome: 'reached' });
    kit.clock.advance(20 * DAY);
    await kit.client.call('automation.scan', {});
    expect(tasksOf(created.id)).toHaveLength(1);
    kit.clock.advance(11 * DAY);
    await kit.client.call('automation.scan', {});
    expect(tasksOf(created.id)).toHaveLength(2);
  });

  it('reads in plain words, and the ready-made detractor rule is one click', async () => {
    const { text } = await kit.client.call('automation.summarize', {
      language: 'en',
      trigger: { type: 'no_contact', days: 30 },
      conditions: [],
      actions: [callTask('Call')],
    });
    expect(text).toMatch(/^When a customer has had no contact for 30 days, /);
    const preset = await kit.client.call('automation.enablePreset', { key: 'detractor_follow_up', language: 'ru' });
    expect(preset).toMatchObject({
      name: 'Позвонить клиенту после оценки NPS от 0 до 6',
      trigger: { type: 'nps_detractor' },
    });
    const acme = await customer('ООО «Критик»');
    await kit.client.call('nps.record', { companyId: acme.companyId, score: 3 });
    expect(tasksOf(preset.id).map((task) => task.subject)).toEqual(['Позвонить клиенту: низкая оценка NPS']);
  });
});
