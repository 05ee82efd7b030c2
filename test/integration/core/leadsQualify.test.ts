import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { controlPointIds, createDealsKit, type DealsKit, expectFailure, PIPELINE, STAGE } from './dealsTestKit';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const lead = () => kit.client.call('deals.create', { pipelineId: PIPELINE, title: 'Лид' });
const ticked = async (dealId: string) => {
  const checklist = await kit.client.call('deals.checklist', { dealId });
  return [...checklist.items, ...checklist.otherTicked].filter((item) => item.checked).map((item) => item.controlPointId);
};

describe('leads.qualify', () => {
  it('stores the answers and the score from the shared function, and reads them back', async () => {
    const deal = await lead();
    expect(await kit.client.call('leads.bant', { id: deal.id })).toEqual({
      id: deal.id,
      budget: null,
      authority: null,
      need: null,
      timing: null,
      score: null,
    });
    const saved = await kit.client.call('leads.qualify', {
      id: deal.id,
      budget: 3,
      authority: null,
      need: 2,
      timing: 1,
    });
    expect(saved.score).toBe(50);
    expect(await kit.client.call('leads.bant', { id: deal.id })).toEqual(saved);
    expect((await kit.client.call('leads.list', {})).rows[0]?.bantScore).toBe(50);
  });

  it('ticks the interest stage item of each confirmed part, and only those', async () => {
    const deal = await lead();
    await kit.client.call('leads.qualify', { id: deal.id, budget: 3, authority: 2, need: 3, timing: null });
    const [budget, , need] = controlPointIds('qualification');
    expect((await ticked(deal.id)).sort()).toEqual([budget, need].sort());
    // All four confirmed: the deal may now leave Qualification for Proposal (the gate opens).
    await kit.client.call('leads.qualify', { id: deal.id, budget: 3, authority: 3, need: 3, timing: 3 });
    await kit.client.call('deals.move', { id: deal.id, toStageId: STAGE.qualification });
    await kit.client.call('deals.move', { id: deal.id, toStageId: STAGE.proposal });
    expect((await kit.client.call('deals.get', { id: deal.id })).stageId).toBe(STAGE.proposal);
  });

  it('is one write in the history; refuses an unknown deal and a level outside 0..3', async () => {
    const deal = await lead();
    await kit.client.call('leads.qualify', { id: deal.id, budget: 1, authority: 1, need: 1, timing: 1 });
    const history = await kit.client.call('deals.history', { id: deal.id });
    const fields = history.entries.flatMap((entry) => (entry.kind === 'field' ? [entry.field] : []));
    expect(fields).toEqual(expect.arrayContaining(['bantBudget', 'bantScore']));
    await expectFailure(
      kit,
      'leads.qualify',
      { id: uuidv7(), budget: 1, authority: 1, need: 1, timing: 1 },
      'NOT_FOUND',
    );
    await expectFailure(
      kit,
      'leads.qualify',
      { id: deal.id, budget: 4, authority: 1, need: 1, timing: 1 },
      'BAD_INPUT',
    );
  });
});
