import { gateBlockedParamsSchema } from '@shared/contract/schemas/controlPoints';
import { POSITION_MAX_LENGTH } from '@shared/domain/listPlacement';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  changeLogCount,
  controlPointIds,
  createDealsKit,
  itemsBefore,
  type DealsKit,
  expectFailure,
  LOSS_REASON_PRICE,
  PIPELINE,
  STAGE,
  tickAll,
  transitionsOf,
} from './dealsTestKit';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const newDeal = (title: string, stageId: string = STAGE.qualification, valueMinor = 100_000) =>
  kit.client.call('deals.create', { pipelineId: PIPELINE, stageId, title, valueMinor });

const columnTitles = async (stageId: string): Promise<string[]> => {
  const board = await kit.client.call('deals.board', { pipelineId: PIPELINE, limitPerStage: 500 });
  return board.columns.find((column) => column.stageId === stageId)?.cards.map((card) => card.title) ?? [];
};

describe('deals.move gates', () => {
  it('blocks a forward move while required items are unticked, lists them, then lets it through', async () => {
    const deal = await newDeal('Лицензии');
    const error = await expectFailure(kit, 'deals.move', { id: deal.id, toStageId: STAGE.proposal }, 'GATE_BLOCKED');
    const params = gateBlockedParamsSchema.parse(error.params);
    expect(params).toMatchObject({
      dealId: deal.id,
      action: 'move',
      stageId: STAGE.qualification,
      targetStageId: STAGE.proposal,
    });
    expect(params.missing.map((item) => item.defaultKey)).toEqual([
      'budget_confirmed',
      'authority_confirmed',
      'need_confirmed',
      'timing_confirmed',
    ]);

    const [first, ...rest] = controlPointIds('qualification');
    await kit.client.call('deals.check', { dealId: deal.id, controlPointId: first ?? '', checked: true });
    const again = gateBlockedParamsSchema.parse(
      (await expectFailure(kit, 'deals.move', { id: deal.id, toStageId: STAGE.proposal }, 'GATE_BLOCKED')).params,
    );
    expect(again.missing.map((item) => item.id)).toEqual(rest);

    await tickAll(kit, deal.id, 'qualification');
    kit.clock.advance(1000);
    const moved = await kit.client.call('deals.move', { id: deal.id, toStageId: STAGE.proposal });
    expect(moved.stageId).toBe(STAGE.proposal);
    expect(moved.stageEnteredAt).toBe(kit.clock.now());
  });

  it('counts the required items of skipped stages too, in board order', async () => {
    const deal = await newDeal('Skip', STAGE.newLead);
    const params = gateBlockedParamsSchema.parse(
      (await expectFailure(kit, 'deals.move', { id: deal.id, toStageId: STAGE.negotiation }, 'GATE_BLOCKED')).params,
    );
    expect(params.stageId).toBe(STAGE.newLead);
    expect(params.missing.map((item) => item.id)).toEqual([
      ...controlPointIds('qualification'),
      ...controlPointIds('proposal'),
    ]);
    expect(new Set(params.missing.map((item) => item.stageId))).toEqual(new Set([STAGE.qualification, STAGE.proposal]));
    // New lead has no items: one step forward is free.
    expect((await kit.client.call('deals.move', { id: deal.id, toStageId: STAGE.qualification })).stageId).toBe(
      STAGE.qualification,
    );
  });

  it('never gates a backward move or a move within the column', async () => {
    const deal = await newDeal('Back');
    await tickAll(kit, deal.id, 'qualification');
    await kit.client.call('deals.move', { id: deal.id, toStageId: STAGE.proposal });
    await kit.client.call('deals.check', {
      dealId: deal.id,
      controlPointId: controlPointIds('qualification')[0] ?? '',
      checked: false,
    });
    expect((await kit.client.call('deals.move', { id: deal.id, toStageId: STAGE.newLead })).stageId).toBe(
      STAGE.newLead,
    );
    const other = await newDeal('Other');
    const reordered = await kit.client.call('deals.move', { id: other.id, toStageId: STAGE.qualification });
    expect(reordered.stageId).toBe(STAGE.qualification);
  });

  it('stops gating on an archived control point', async () => {
    const deal = await newDeal('Archived item');
    const [first, ...rest] = controlPointIds('qualification');
    for (const id of rest) await kit.client.call('deals.check', { dealId: deal.id, controlPointId: id, checked: true });
    await expectFailure(kit, 'deals.move', { id: deal.id, toStageId: STAGE.proposal }, 'GATE_BLOCKED');
    await kit.client.call('controlPoints.archive', { id: first ?? '' });
    expect((await kit.client.call('deals.move', { id: deal.id, toStageId: STAGE.proposal })).stageId).toBe(
      STAGE.proposal,
    );
  });
});

describe('deals.create placement', () => {
  it('puts a new deal at the end of its column, or at the top with placeAt "start", in one write', async () => {
    await newDeal('Second');
    await newDeal('Third');
    const before = changeLogCount(kit);
    await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      stageId: STAGE.qualification,
      title: 'Top',
      placeAt: 'start',
    });
    const written = changeLogCount(kit) - before;
    await kit.client.call('deals.create', { pipelineId: PIPELINE, stageId: STAGE.qualification, title: 'Bottom' });
    expect(await columnTitles(STAGE.qualification)).toEqual(['Top', 'Second', 'Third', 'Bottom']);
    // The top placement is part of the insert: no deals.move, so no second position message.
    expect(changeLogCount(kit) - before - written).toBe(written);
    await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      stageId: STAGE.newLead,
      title: 'Alone',
      placeAt: 'start',
    });
    expect(await columnTitles(STAGE.newLead)).toEqual(['Alone']);
  });
});

describe('deals.move transitions and positions', () => {
  it('records every stage change with from, to, at and by; a reorder records none', async () => {
    const deal = await newDeal('Trail', STAGE.newLead);
    kit.clock.advance(5000);
    await kit.client.call('deals.move', { id: deal.id, toStageId: STAGE.qualification });
    const other = await newDeal('Neighbour', STAGE.qualification);
    kit.clock.advance(5000);
    await kit.client.call('deals.move', { id: deal.id, toStageId: STAGE.qualification, afterId: other.id });
    expect(transitionsOf(kit, deal.id)).toEqual([
      {
        from_stage_id: null,
        to_stage_id: STAGE.newLead,
        from_status: null,
        to_status: 'open',
        at: kit.clock.now() - 10_000,
        by_user_id: kit.anna,
      },
      {
        from_stage_id: STAGE.newLead,
        to_stage_id: STAGE.qualification,
        from_status: 'open',
        to_status: 'open',
        at: kit.clock.now() - 5000,
        by_user_id: kit.anna,
      },
    ]);
    const after = await kit.client.call('deals.get', { id: deal.id });
    expect(after.stageEnteredAt).toBe(kit.clock.now() - 5000);
    expect(await columnTitles(STAGE.qualification)).toEqual(['Neighbour', 'Trail']);
  });

  it('drops a card between the given neighbours, before or after', async () => {
    const [a, b, c] = [await newDeal('A'), await newDeal('B'), await newDeal('C')];
    await kit.client.call('deals.move', { id: c?.id ?? '', toStageId: STAGE.qualification, afterId: a?.id });
    expect(await columnTitles(STAGE.qualification)).toEqual(['A', 'C', 'B']);
    await kit.client.call('deals.move', { id: a?.id ?? '', toStageId: STAGE.qualification, beforeId: b?.id });
    expect(await columnTitles(STAGE.qualification)).toEqual(['C', 'A', 'B']);
    await kit.client.call('deals.move', { id: b?.id ?? '', toStageId: STAGE.qualification, beforeId: c?.id });
    expect(await columnTitles(STAGE.qualification)).toEqual(['B', 'C', 'A']);
    await kit.client.call('deals.move', { id: b?.id ?? '', toStageId: STAGE.qualification });
    expect(await columnTitles(STAGE.qualification)).toEqual(['C', 'A', 'B']);
  });

  it('rebalances the column when keys grow past the limit, keeping the order', async () => {
    const first = await newDeal('first');
    const last = await newDeal('last');
    const dropped: string[] = [];
    // Always dropping right after "first" halves the same gap: keys lengthen until a rebalance.
    for (let i = 0; i < 250; i += 1) {
      const deal = await newDeal(`d${i}`, STAGE.newLead);
      await kit.client.call('deals.move', { id: deal.id, toStageId: STAGE.qualification, afterId: first.id });
      dropped.unshift(`d${i}`);
    }
    expect(await columnTitles(STAGE.qualification)).toEqual(['first', ...dropped, 'last']);
    const positions = kit.backend.db.sqlite
      .prepare("SELECT position FROM deals WHERE stage_id = ? AND status = 'open'")
      .pluck()
      .all(STAGE.qualification) as string[];
    expect(Math.max(...positions.map((key) => key.length))).toBeLessThanOrEqual(POSITION_MAX_LENGTH);
    // A rebalance happened: "last" was rewritten from its first key through the change log.
    const lastPositions = kit.backend.db.sqlite
      .prepare("SELECT count(*) FROM change_log WHERE tbl = 'deals' AND row_id = ? AND col = 'position'")
      .pluck()
      .get(last.id) as number;
    expect(lastPositions).toBeGreaterThan(1);
  });

  it('refuses a neighbour that is not in the target column', async () => {
    const a = await newDeal('A');
    const elsewhere = await newDeal('X', STAGE.newLead);
    const error = await expectFailure(
      kit,
      'deals.move',
      { id: a.id, toStageId: STAGE.qualification, afterId: elsewhere.id },
      'CONFLICT',
    );
    expect(error.params).toMatchObject({ reason: 'stale_neighbour', neighbourId: elsewhere.id });
  });

  it('moves to another pipeline and updates the pipeline; its first stage is free to enter', async () => {
    const other = await kit.client.call('pipelines.create', { name: 'Партнёры' });
    const [first] = await kit.client.call('stages.list', { pipelineId: other.id });
    const deal = await newDeal('Cross', STAGE.newLead);
    const moved = await kit.client.call('deals.move', { id: deal.id, toStageId: first?.id ?? '' });
    expect(moved).toMatchObject({ pipelineId: other.id, stageId: first?.id });
  });
});

describe('a failed move is one rolled-back transaction', () => {
  it('a gate refusal writes neither the deal nor the log', async () => {
    const deal = await newDeal('Gate');
    const before = changeLogCount(kit);
    await expectFailure(kit, 'deals.move', { id: deal.id, toStageId: STAGE.contract }, 'GATE_BLOCKED');
    expect(changeLogCount(kit)).toBe(before);
    expect(await kit.client.call('deals.get', { id: deal.id })).toEqual(deal);
  });

  it('a failure after the deal row was written rolls the row and its messages back', async () => {
    const deal = await newDeal('Rollback', STAGE.newLead);
    // The current user's row vanishes (as if removed outside the app): the deal update succeeds,
    // the transition insert then fails its foreign key, and the whole move must roll back.
    const ghost = '00000000-0000-7000-8000-00000000dead';
    kit.backend.db.sqlite
      .prepare("INSERT INTO users (id, name, role, created_at, updated_at) VALUES (?, 'Ghost', 'rep', 0, 0)")
      .run(ghost);
    await kit.client.call('settings.set', { 'user.currentId': ghost });
    kit.backend.db.sqlite.prepare('DELETE FROM users WHERE id = ?').run(ghost);
    const before = changeLogCount(kit);
    const transitions = transitionsOf(kit, deal.id).length;
    await expectFailure(kit, 'deals.move', { id: deal.id, toStageId: STAGE.qualification }, 'BAD_INPUT');
    expect(changeLogCount(kit)).toBe(before);
    expect(transitionsOf(kit, deal.id)).toHaveLength(transitions);
    expect((await kit.client.call('deals.get', { id: deal.id })).stageId).toBe(STAGE.newLead);
  });
});

describe('won, lost, reopen', () => {
  it('refuses to lose a deal without a loss reason, then loses it with one', async () => {
    const deal = await newDeal('Lose');
    const before = changeLogCount(kit);
    const error = await expectFailure(kit, 'deals.lose', { id: deal.id }, 'LOSS_REASON_REQUIRED');
    expect(error.params).toEqual({ field: 'lossReasonId' });
    expect(changeLogCount(kit)).toBe(before);
    kit.clock.advance(60_000);
    const lost = await kit.client.call('deals.lose', { id: deal.id, lossReasonId: LOSS_REASON_PRICE, note: 'Дорого' });
    expect(lost).toMatchObject({
      status: 'lost',
      lostAt: kit.clock.now(),
      lossReasonId: LOSS_REASON_PRICE,
      lossNote: 'Дорого',
    });
    expect(transitionsOf(kit, deal.id).at(-1)).toMatchObject({
      from_stage_id: STAGE.qualification,
      to_stage_id: STAGE.qualification,
      from_status: 'open',
      to_status: 'lost',
      by_user_id: kit.anna,
    });
    await expectFailure(kit, 'deals.move', { id: deal.id, toStageId: STAGE.newLead }, 'CONFLICT');
  });

  it('refuses an unknown loss reason', async () => {
    const deal = await newDeal('Unknown reason');
    await expectFailure(
      kit,
      'deals.lose',
      { id: deal.id, lossReasonId: '00000000-0000-7000-8000-0000000009ff' },
      'NOT_FOUND',
    );
  });

  it('gates a win on the required items up to the purchase step, then records the won time', async () => {
    const deal = await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      stageId: STAGE.negotiation,
      title: 'Win',
      checkedControlPointIds: itemsBefore('negotiation'),
    });
    const params = gateBlockedParamsSchema.parse(
      (await expectFailure(kit, 'deals.win', { id: deal.id }, 'GATE_BLOCKED')).params,
    );
    expect(params).toMatchObject({ action: 'win', targetStageId: null, stageId: STAGE.negotiation });
    expect(params.missing.map((item) => item.id)).toEqual([
      ...controlPointIds('negotiation'),
      ...controlPointIds('contract'),
    ]);
    await tickAll(kit, deal.id, 'negotiation', 'contract');
    kit.clock.advance(1000);
    const won = await kit.client.call('deals.win', { id: deal.id });
    expect(won).toMatchObject({ status: 'won', wonAt: kit.clock.now() });
    expect(transitionsOf(kit, deal.id).at(-1)).toMatchObject({
      from_status: 'open',
      to_status: 'won',
      by_user_id: kit.anna,
    });
  });

  it('reopens a closed deal in its stage and clears what closing set', async () => {
    const deal = await newDeal('Reopen');
    await kit.client.call('deals.lose', { id: deal.id, lossReasonId: LOSS_REASON_PRICE, note: 'n' });
    const reopened = await kit.client.call('deals.reopen', { id: deal.id });
    expect(reopened).toMatchObject({
      status: 'open',
      stageId: STAGE.qualification,
      lostAt: null,
      lossReasonId: null,
      lossNote: null,
      wonAt: null,
    });
    expect(transitionsOf(kit, deal.id).at(-1)).toMatchObject({ from_status: 'lost', to_status: 'open' });
    expect(await columnTitles(STAGE.qualification)).toEqual(['Reopen']);
  });
});

describe('delete and restore', () => {
  it('tombstones a deal out of get, list and board, and brings it back on undo', async () => {
    const deal = await newDeal('Удалить');
    const removed = await kit.client.call('deals.delete', { id: deal.id });
    expect(removed).toEqual({ id: deal.id, deletedAt: kit.clock.now() });
    await expectFailure(kit, 'deals.get', { id: deal.id }, 'NOT_FOUND');
    expect((await kit.client.call('deals.list', {})).total).toBe(0);
    expect(await columnTitles(STAGE.qualification)).toEqual([]);
    expect(kit.backend.db.sqlite.prepare('SELECT count(*) FROM deals WHERE id = ?').pluck().get(deal.id)).toBe(1);

    const restored = await kit.client.call('deals.restore', { id: deal.id });
    expect(restored.title).toBe('Удалить');
    expect(await columnTitles(STAGE.qualification)).toEqual(['Удалить']);
    await expectFailure(kit, 'deals.delete', { id: '00000000-0000-7000-8000-0000000009ff' }, 'NOT_FOUND');
  });
});
