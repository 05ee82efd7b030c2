import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDealsKit, type DealsKit, expectFailure, PIPELINE, STAGE } from './dealsTestKit';

let kit: DealsKit;
let manager: string;
beforeEach(async () => {
  kit = await createDealsKit();
  manager = (await kit.client.call('users.create', { name: 'Ольга Смирнова', role: 'manager' })).id;
});
afterEach(() => kit.dispose());

const proposal = async () => {
  const deal = await kit.client.call('deals.create', { pipelineId: PIPELINE, stageId: STAGE.newLead, title: 'Вектор' });
  return kit.client.call('activities.log', {
    type: 'proposal',
    dealId: deal.id,
    subject: 'КП на 120 лицензий',
    amountMinor: 1_200_000_00,
    currency: 'RUB',
  });
};

const actAs = (userId: string) => kit.client.call('settings.set', { 'user.currentId': userId });

describe('activities.review', () => {
  it('a manager rates a done proposal 1–5 with a comment; who and when are kept, through the change log', async () => {
    const logged = await proposal();
    await actAs(manager);
    kit.clock.advance(60_000);
    const reviewed = await kit.client.call('activities.review', {
      id: logged.id,
      score: 4,
      comment: '  Сильное КП, но без кейсов  ',
    });
    expect(reviewed).toMatchObject({
      reviewScore: 4,
      reviewComment: 'Сильное КП, но без кейсов',
      reviewedBy: manager,
      reviewedAt: kit.clock.now(),
      ownerId: kit.anna,
    });
    expect(await kit.client.call('activities.get', { id: logged.id })).toEqual(reviewed);
    // The review's cells are the row's latest messages (the insert logged them empty before).
    const latest = kit.backend.db.sqlite
      .prepare('SELECT col, value FROM change_log WHERE row_id = ? ORDER BY hlc DESC LIMIT 4')
      .all(logged.id) as { col: string; value: string }[];
    expect(Object.fromEntries(latest.map((row) => [row.col, JSON.parse(row.value)]))).toEqual({
      review_score: 4,
      review_comment: 'Сильное КП, но без кейсов',
      reviewed_by: manager,
      reviewed_at: kit.clock.now(),
    });
  });

  it('a second review replaces the first; a null score withdraws it', async () => {
    const logged = await proposal();
    await actAs(manager);
    await kit.client.call('activities.review', { id: logged.id, score: 2, comment: 'Слабо' });
    expect(await kit.client.call('activities.review', { id: logged.id, score: 5 })).toMatchObject({
      reviewScore: 5,
      reviewComment: null,
    });
    expect(
      await kit.client.call('activities.review', { id: logged.id, score: null, comment: 'ignored' }),
    ).toMatchObject({
      reviewScore: null,
      reviewComment: null,
      reviewedBy: null,
      reviewedAt: null,
    });
  });

  it('a rep may not review (their own work or anyone’s), nor can nobody', async () => {
    const logged = await proposal();
    await expectFailure(kit, 'activities.review', { id: logged.id, score: 5 }, 'FORBIDDEN');
    await actAs(kit.boris);
    await expectFailure(kit, 'activities.review', { id: logged.id, score: 5 }, 'FORBIDDEN');
    await kit.client.call('settings.set', { 'user.currentId': null });
    await expectFailure(kit, 'activities.review', { id: logged.id, score: 5 }, 'FORBIDDEN');
    expect(await kit.client.call('activities.get', { id: logged.id })).toMatchObject({ reviewScore: null });
  });

  it('a deactivated manager may not review', async () => {
    const logged = await proposal();
    await actAs(manager);
    kit.backend.db.sqlite.prepare('UPDATE users SET active = 0 WHERE id = ?').run(manager);
    await expectFailure(kit, 'activities.review', { id: logged.id, score: 3 }, 'FORBIDDEN');
  });

  it('only a done presentation, demo, proposal or meeting is reviewed', async () => {
    const deal = await kit.client.call('deals.create', { pipelineId: PIPELINE, stageId: STAGE.newLead, title: 'Д' });
    const call = await kit.client.call('activities.log', { type: 'call', dealId: deal.id });
    const demo = await kit.client.call('activities.plan', {
      type: 'demo',
      dealId: deal.id,
      subject: 'Демо',
      dueAt: kit.clock.now() + 86_400_000,
    });
    await actAs(manager);
    const notReviewable = await expectFailure(kit, 'activities.review', { id: call.id, score: 3 }, 'CONFLICT');
    expect(notReviewable.params).toMatchObject({ reason: 'not_reviewable' });
    const notDone = await expectFailure(kit, 'activities.review', { id: demo.id, score: 3 }, 'CONFLICT');
    expect(notDone.params).toMatchObject({ reason: 'review_not_done' });
    await kit.client.call('activities.complete', { id: demo.id });
    expect(await kit.client.call('activities.review', { id: demo.id, score: 3 })).toMatchObject({ reviewScore: 3 });
  });

  it('refuses scores outside 1–5, a deleted activity, and an unknown one', async () => {
    const logged = await proposal();
    await actAs(manager);
    for (const score of [0, 6, 2.5]) {
      await expectFailure(kit, 'activities.review', { id: logged.id, score }, 'BAD_INPUT');
    }
    await kit.client.call('activities.delete', { id: logged.id });
    await expectFailure(kit, 'activities.review', { id: logged.id, score: 3 }, 'NOT_FOUND');
  });
});
