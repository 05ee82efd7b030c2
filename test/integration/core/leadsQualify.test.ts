import type { LeadQualifyInput } from '@shared/contract/schemas/leads';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  changeLogCount,
  controlPointIds,
  createDealsKit,
  type DealsKit,
  expectFailure,
  LOSS_REASON_PRICE,
  PIPELINE,
  STAGE,
  transitionsOf,
} from './dealsTestKit';
import { timelineInOrder } from '../../helpers/timelineInOrder';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const lead = (stageId: string = STAGE.qualification) =>
  kit.client.call('deals.create', { pipelineId: PIPELINE, stageId, title: 'Лид' });
const ticked = async (dealId: string) => {
  const checklist = await kit.client.call('deals.checklist', { dealId });
  return [...checklist.items, ...checklist.otherTicked]
    .filter((item) => item.checked)
    .map((item) => item.controlPointId);
};

const NONE = {
  budgetMinor: null,
  budgetConfirmed: null,
  authorityContactId: null,
  authorityRole: null,
  needPain: null,
  needCategory: null,
  timingDate: null,
  timingQuarter: null,
} satisfies Omit<LeadQualifyInput, 'id'>;

/** The clock's today is 2026-11-23 (Moscow): 2026-12-31 is near, so every part is confirmed. */
const FULL = {
  ...NONE,
  budgetMinor: 1_500_000_00,
  budgetConfirmed: true,
  authorityRole: 'decision_maker',
  needPain: 'Менеджеры теряют заявки',
  needCategory: 'revenue',
  timingQuarter: '2026-Q4',
} satisfies Omit<LeadQualifyInput, 'id'>;

describe('leads.qualify: saving the answers', () => {
  it('stores the answers, their levels and the score from scoreBant, and reads them back', async () => {
    const deal = await lead();
    expect(await kit.client.call('leads.bant', { id: deal.id })).toEqual({
      id: deal.id,
      ...NONE,
      levels: { budget: null, authority: null, need: null, timing: null },
      score: null,
      qualifiedAt: null,
    });
    // Budget confirmed (3 → 25), a pain without category (2 → 16.7), a target 7 months out (1 → 8.3).
    const saved = await kit.client.call('leads.qualify', {
      id: deal.id,
      ...NONE,
      budgetMinor: 500_000_00,
      budgetConfirmed: true,
      needPain: '  Долго считают сметы  ',
      timingDate: '2027-06-30',
    });
    expect(saved).toMatchObject({
      needPain: 'Долго считают сметы',
      levels: { budget: 3, authority: null, need: 2, timing: 1 },
      score: 50,
      qualifiedAt: null,
    });
    expect(await kit.client.call('leads.bant', { id: deal.id })).toEqual(saved);
    expect((await kit.client.call('leads.list', {})).rows[0]?.bantScore).toBe(50);
    // Saving without an outcome ticks only the confirmed part's item and leaves the deal where it is.
    expect(await ticked(deal.id)).toEqual([controlPointIds('qualification')[0]]);
    expect((await kit.client.call('deals.get', { id: deal.id })).stageId).toBe(STAGE.qualification);
  });

  it('scores with the workspace weights, which must add up to 100', async () => {
    const deal = await lead();
    await kit.client.call('settings.set', { 'bant.weights': { budget: 70, authority: 10, need: 10, timing: 10 } });
    const saved = await kit.client.call('leads.qualify', {
      id: deal.id,
      ...NONE,
      budgetMinor: 1,
      budgetConfirmed: true,
    });
    expect(saved.score).toBe(70);
    const error = await expectFailure(
      kit,
      'settings.set',
      { 'bant.weights': { budget: 70, authority: 10, need: 10, timing: 0 } },
      'BAD_INPUT',
    );
    expect(JSON.stringify(error)).toContain('bant_weights_sum');
    expect((await kit.client.call('settings.get', {}))['bant.weights'].budget).toBe(70);
  });

  it('refuses an unknown deal, an unknown decision maker and malformed answers', async () => {
    const deal = await lead();
    await expectFailure(kit, 'leads.qualify', { id: uuidv7(), ...NONE }, 'NOT_FOUND');
    await expectFailure(kit, 'leads.qualify', { id: deal.id, ...NONE, authorityContactId: uuidv7() }, 'BAD_INPUT');
    await expectFailure(kit, 'leads.qualify', { id: deal.id, ...NONE, timingQuarter: '2026-Q5' }, 'BAD_INPUT');
    await expectFailure(kit, 'leads.qualify', { id: deal.id, ...NONE, needCategory: 'love' }, 'BAD_INPUT');
    await expectFailure(kit, 'leads.qualify', { id: deal.id, ...NONE, budgetMinor: -1 }, 'BAD_INPUT');
  });
});

describe('leads.qualify: outcomes', () => {
  it('qualified: one write ticks all four BANT items and moves the deal to the first consideration stage', async () => {
    const deal = await lead();
    const { contact } = await kit.client.call('contacts.create', { name: 'Ирина Соколова' });
    const before = changeLogCount(kit);
    // Timing only "medium" (level 2): qualifying still ticks its item, it is the rep's decision.
    const saved = await kit.client.call('leads.qualify', {
      id: deal.id,
      ...FULL,
      authorityContactId: contact.id,
      timingQuarter: '2027-Q1',
      outcome: 'qualified',
    });
    expect(saved.levels).toEqual({ budget: 3, authority: 3, need: 3, timing: 2 });
    expect(saved.score).toBe(92);
    expect(saved.qualifiedAt).toBe(kit.clock.now());
    expect(changeLogCount(kit)).toBeGreaterThan(before);
    expect((await ticked(deal.id)).sort()).toEqual([...controlPointIds('qualification')].sort());
    const moved = await kit.client.call('deals.get', { id: deal.id });
    expect(moved).toMatchObject({ stageId: STAGE.proposal, status: 'open' });
    expect(transitionsOf(kit, deal.id).at(-1)).toMatchObject({
      from_stage_id: STAGE.qualification,
      to_stage_id: STAGE.proposal,
      by_user_id: kit.anna,
    });
    // The deal history shows the move, the ticks and the answers, each by its author.
    const history = await timelineInOrder(kit.client, deal.id);
    const kinds = history.entries.map((entry) => (entry.kind === 'field' ? `field:${entry.field}` : entry.kind));
    expect(kinds).toEqual(
      expect.arrayContaining([
        'stage',
        'check',
        'field:bantScore',
        'field:bantNeedPain',
        'field:bantAuthorityContactId',
      ]),
    );
    expect(history.refs[contact.id]?.name).toBe('Ирина Соколова');
  });

  it('qualified: the gate still holds any other unticked required item, and nothing is written', async () => {
    const deal = await lead();
    const extra = await kit.client.call('controlPoints.create', {
      stageId: STAGE.qualification,
      label: 'Договорились о демо',
    });
    const before = changeLogCount(kit);
    const error = await expectFailure(
      kit,
      'leads.qualify',
      { id: deal.id, ...FULL, outcome: 'qualified' },
      'GATE_BLOCKED',
    );
    expect((error.params as { missing: { id: string }[] }).missing.map((item) => item.id)).toEqual([extra.id]);
    expect(changeLogCount(kit)).toBe(before);
    expect(await ticked(deal.id)).toEqual([]);
    expect((await kit.client.call('leads.bant', { id: deal.id })).score).toBeNull();

    await kit.client.call('deals.check', { dealId: deal.id, controlPointId: extra.id, checked: true });
    await kit.client.call('leads.qualify', { id: deal.id, ...FULL, outcome: 'qualified' });
    expect((await kit.client.call('deals.get', { id: deal.id })).stageId).toBe(STAGE.proposal);
  });

  it('qualified: refused while a part is unanswered, for a closed deal and past the interest step', async () => {
    const deal = await lead();
    const error = await expectFailure(
      kit,
      'leads.qualify',
      { id: deal.id, ...FULL, timingQuarter: null, outcome: 'qualified' },
      'CONFLICT',
    );
    expect(error.params).toMatchObject({ reason: 'bant_incomplete' });
    await kit.client.call('leads.qualify', { id: deal.id, ...FULL, outcome: 'qualified' });
    const past = await expectFailure(kit, 'leads.qualify', { id: deal.id, ...FULL, outcome: 'qualified' }, 'CONFLICT');
    expect(past.params).toMatchObject({ reason: 'not_a_lead' });

    const lost = await lead(STAGE.newLead);
    await kit.client.call('deals.lose', { id: lost.id, lossReasonId: LOSS_REASON_PRICE });
    const closed = await expectFailure(
      kit,
      'leads.qualify',
      { id: lost.id, ...FULL, outcome: 'qualified' },
      'CONFLICT',
    );
    expect(closed.params).toMatchObject({ reason: 'deal_not_open' });
  });

  it('qualified from the awareness stage passes the gate of both stages (new lead has no items)', async () => {
    const deal = await lead(STAGE.newLead);
    await kit.client.call('leads.qualify', { id: deal.id, ...FULL, outcome: 'qualified' });
    expect((await kit.client.call('deals.get', { id: deal.id })).stageId).toBe(STAGE.proposal);
  });

  it('disqualified: one write saves the answers and closes the deal as lost with its reason', async () => {
    const deal = await lead();
    await expectFailure(
      kit,
      'leads.qualify',
      { id: deal.id, ...NONE, outcome: 'disqualified' },
      'LOSS_REASON_REQUIRED',
    );
    expect((await kit.client.call('deals.get', { id: deal.id })).status).toBe('open');
    const saved = await kit.client.call('leads.qualify', {
      id: deal.id,
      ...NONE,
      budgetMinor: 0,
      budgetConfirmed: false,
      outcome: 'disqualified',
      lossReasonId: LOSS_REASON_PRICE,
      note: 'Бюджета нет до 2028 года',
    });
    expect(saved).toMatchObject({ levels: { budget: 0 }, score: 0, qualifiedAt: null });
    expect(await kit.client.call('deals.get', { id: deal.id })).toMatchObject({
      status: 'lost',
      lossReasonId: LOSS_REASON_PRICE,
      lossNote: 'Бюджета нет до 2028 года',
      stageId: STAGE.qualification,
    });
    const history = await timelineInOrder(kit.client, deal.id);
    expect(history.entries.some((entry) => entry.kind === 'stage' && entry.toStatus === 'lost')).toBe(true);
  });
});
