import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { controlPointIds, createDealsKit, type DealsKit, expectFailure, PIPELINE, STAGE } from './dealsTestKit';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

describe('control points', () => {
  it('lists the seeded items of a stage in order', async () => {
    const items = await kit.client.call('controlPoints.list', { stageId: STAGE.contract });
    expect(items.map((item) => [item.defaultKey, item.required])).toEqual([
      ['contract_signed', true],
      ['invoice_issued', true],
      ['payment_received', true],
    ]);
  });

  it('creates, updates, reorders, archives and restores items', async () => {
    const created = await kit.client.call('controlPoints.create', {
      stageId: STAGE.proposal,
      label: 'ТКП согласовано',
      afterId: controlPointIds('proposal')[0],
    });
    expect(created).toMatchObject({ label: 'ТКП согласовано', required: true, defaultKey: null });
    let items = await kit.client.call('controlPoints.list', { stageId: STAGE.proposal });
    expect(items.map((item) => item.id)).toEqual([
      controlPointIds('proposal')[0],
      created.id,
      controlPointIds('proposal')[1],
    ]);

    const advisory = await kit.client.call('controlPoints.update', {
      id: created.id,
      patch: { required: false, label: 'ТКП' },
    });
    expect(advisory).toMatchObject({ required: false, label: 'ТКП' });
    await expectFailure(kit, 'controlPoints.update', { id: created.id, patch: { label: null } }, 'BAD_INPUT');

    items = await kit.client.call('controlPoints.reorder', { id: created.id });
    expect(items.at(-1)?.id).toBe(created.id);

    expect((await kit.client.call('controlPoints.archive', { id: created.id })).archivedAt).toBe(kit.clock.now());
    expect(await kit.client.call('controlPoints.list', { stageId: STAGE.proposal })).toHaveLength(2);
    expect(
      await kit.client.call('controlPoints.list', { stageId: STAGE.proposal, includeArchived: true }),
    ).toHaveLength(3);
    expect((await kit.client.call('controlPoints.restore', { id: created.id })).archivedAt).toBeNull();
  });
});

describe('deal checklist', () => {
  it('shows the current stage items; a tick records who and when, an untick clears it', async () => {
    const deal = await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      stageId: STAGE.qualification,
      title: 'BANT',
    });
    const [budget, authority] = controlPointIds('qualification');
    let list = await kit.client.call('deals.checklist', { dealId: deal.id });
    expect(list).toMatchObject({ stageId: STAGE.qualification, required: 4, done: 0, otherTicked: [] });
    expect(list.items.map((item) => item.defaultKey)).toEqual([
      'budget_confirmed',
      'authority_confirmed',
      'need_confirmed',
      'timing_confirmed',
    ]);

    kit.clock.advance(60_000);
    list = await kit.client.call('deals.check', { dealId: deal.id, controlPointId: budget ?? '', checked: true });
    expect(list.done).toBe(1);
    expect(list.items[0]).toMatchObject({
      checked: true,
      checkedBy: kit.anna,
      checkedByName: 'Анна Петрова',
      checkedAt: kit.clock.now(),
    });

    await kit.client.call('settings.set', { 'user.currentId': kit.boris });
    list = await kit.client.call('deals.check', { dealId: deal.id, controlPointId: authority ?? '', checked: true });
    expect(list.items[1]).toMatchObject({ checked: true, checkedBy: kit.boris });
    list = await kit.client.call('deals.check', { dealId: deal.id, controlPointId: budget ?? '', checked: false });
    expect(list.items[0]).toMatchObject({ checked: false, checkedBy: null, checkedAt: null });
    expect(list.done).toBe(1);

    const row = kit.backend.db.sqlite
      .prepare('SELECT id, checked FROM deal_checks WHERE deal_id = ? AND control_point_id = ?')
      .get(deal.id, budget);
    expect(row).toEqual({ id: `${deal.id}:${budget}`, checked: 0 });
  });

  it('keeps ticks of other stages visible and lets a rep tick ahead', async () => {
    const deal = await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      stageId: STAGE.qualification,
      title: 'Ahead',
    });
    const [demo] = controlPointIds('proposal');
    const list = await kit.client.call('deals.check', { dealId: deal.id, controlPointId: demo ?? '', checked: true });
    expect(list.otherTicked.map((item) => item.controlPointId)).toEqual([demo]);
    expect(list.done).toBe(0);
  });

  it('refuses items of another pipeline and archived items', async () => {
    const deal = await kit.client.call('deals.create', { pipelineId: PIPELINE, title: 'X' });
    const other = await kit.client.call('pipelines.create', { name: 'Other' });
    const foreign = (await kit.client.call('controlPoints.list', { pipelineId: other.id }))[0];
    await expectFailure(
      kit,
      'deals.check',
      { dealId: deal.id, controlPointId: foreign?.id, checked: true },
      'BAD_INPUT',
    );
    const [budget] = controlPointIds('qualification');
    await kit.client.call('controlPoints.archive', { id: budget ?? '' });
    await expectFailure(kit, 'deals.check', { dealId: deal.id, controlPointId: budget, checked: true }, 'CONFLICT');
  });
});
