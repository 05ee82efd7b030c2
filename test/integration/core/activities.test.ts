import { MY_DAY_SECTION_LIMIT } from '@shared/domain/activities/MY_DAY_SECTION_LIMIT';
import type { RpcError } from '@shared/contract/envelope';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDealsKit, DAY, type DealsKit, expectFailure, PIPELINE, STAGE } from './dealsTestKit';
import { timelineInOrder } from '../../helpers/timelineInOrder';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** A deal with a company and its contact, created now. */
const dealWithPeople = async () => {
  const { company } = await kit.client.call('companies.create', { name: 'ООО «Вектор»' });
  const { contact } = await kit.client.call('contacts.create', { name: 'Иван Петров', companyId: company.id });
  const deal = await kit.client.call('deals.create', {
    pipelineId: PIPELINE,
    stageId: STAGE.newLead,
    title: 'Вектор: CRM',
    companyId: company.id,
    contactId: contact.id,
  });
  return { deal, company, contact };
};

const logOf = (rowId: string) =>
  kit.backend.db.sqlite.prepare('SELECT col, value FROM change_log WHERE row_id = ? ORDER BY hlc').all(rowId) as {
    col: string;
    value: string;
  }[];

const reasonsOf = (error: RpcError) => (error.issues ?? []).map((issue) => [issue.path, issue.params?.['reason']]);

describe('activities.log', () => {
  it('logs a call with its details, links the deal’s company and contact, owner = current user, through the change log', async () => {
    const { deal, company, contact } = await dealWithPeople();
    const call = await kit.client.call('activities.log', {
      type: 'call',
      dealId: deal.id,
      outcome: 'reached',
      durationSec: 300,
      subject: 'Знакомство',
      body: 'Интересно, прислать КП',
    });
    expect(call).toMatchObject({
      type: 'call',
      direction: 'outbound',
      outcome: 'reached',
      durationSec: 300,
      dealId: deal.id,
      companyId: company.id,
      contactId: contact.id,
      ownerId: kit.anna,
      doneAt: kit.clock.now(),
      dueAt: null,
      deletedAt: null,
    });
    const columns = logOf(call.id).map((row) => row.col);
    for (const column of ['type', 'direction', 'outcome', 'duration_sec', 'deal_id', 'company_id', 'done_at']) {
      expect(columns).toContain(column);
    }
  });

  it('keeps links given explicitly (null = none) and fills a contact’s company', async () => {
    const { deal, company, contact } = await dealWithPeople();
    const note = await kit.client.call('activities.log', { type: 'note', dealId: deal.id, contactId: null });
    expect(note).toMatchObject({ dealId: deal.id, companyId: company.id, contactId: null });
    const email = await kit.client.call('activities.log', { type: 'email', contactId: contact.id });
    expect(email).toMatchObject({ dealId: null, companyId: company.id, contactId: contact.id, direction: 'outbound' });
  });

  it('accepts each type’s own details: proposal amount and file, nurture content and engagement, meeting duration', async () => {
    const { deal } = await dealWithPeople();
    const proposal = await kit.client.call('activities.log', {
      type: 'proposal',
      dealId: deal.id,
      amountMinor: 150_000_00,
      currency: 'RUB',
      fileRef: 'КП_Вектор_v2.pdf',
    });
    expect(proposal).toMatchObject({ amountMinor: 150_000_00, currency: 'RUB', fileRef: 'КП_Вектор_v2.pdf' });
    const nurture = await kit.client.call('activities.log', {
      type: 'nurture',
      dealId: deal.id,
      contentKind: 'webinar',
      engagement: 'attended',
    });
    expect(nurture).toMatchObject({ contentKind: 'webinar', engagement: 'attended', direction: null });
    const meeting = await kit.client.call('activities.log', { type: 'meeting', dealId: deal.id, durationSec: 3600 });
    expect(meeting).toMatchObject({ durationSec: 3600, direction: null });
  });

  it('refuses details a type does not have, an amount without currency, a missing deal, a future time', async () => {
    const { deal } = await dealWithPeople();
    const wrong = await expectFailure(
      kit,
      'activities.log',
      { type: 'note', outcome: 'busy', engagement: 'opened' },
      'BAD_INPUT',
    );
    expect(reasonsOf(wrong)).toEqual([
      ['outcome', 'not_for_activity_type'],
      ['engagement', 'not_for_activity_type'],
    ]);
    const noCurrency = await expectFailure(kit, 'activities.log', { type: 'proposal', amountMinor: 100 }, 'BAD_INPUT');
    expect(reasonsOf(noCurrency)).toEqual([['currency', 'currency_required']]);
    const missing = await expectFailure(
      kit,
      'activities.log',
      { type: 'call', dealId: '01900000-0000-7000-8000-000000000999' },
      'BAD_INPUT',
    );
    expect(reasonsOf(missing)).toEqual([['dealId', 'deal_not_found']]);
    const future = await expectFailure(
      kit,
      'activities.log',
      { type: 'call', dealId: deal.id, doneAt: kit.clock.now() + HOUR },
      'BAD_INPUT',
    );
    expect(reasonsOf(future)).toEqual([['doneAt', 'done_in_future']]);
    await expectFailure(kit, 'activities.log', { type: 'call', durationSec: -5 }, 'BAD_INPUT');
    await expectFailure(kit, 'activities.log', { type: 'fax' }, 'BAD_INPUT');
    const count = kit.backend.db.sqlite.prepare('SELECT count(*) FROM activities').pluck().get();
    expect(count).toBe(0);
  });
});

describe('activities.update / delete / restore', () => {
  it('a type change clears details the new type lacks; each changed column is one message', async () => {
    const { deal } = await dealWithPeople();
    const call = await kit.client.call('activities.log', {
      type: 'call',
      dealId: deal.id,
      outcome: 'busy',
      durationSec: 60,
    });
    const before = logOf(call.id).length;
    const meeting = await kit.client.call('activities.update', { id: call.id, patch: { type: 'meeting' } });
    expect(meeting).toMatchObject({ type: 'meeting', outcome: null, direction: null, durationSec: 60 });
    expect(
      logOf(call.id)
        .slice(before)
        .map((m) => `${m.col}=${m.value}`)
        .sort(),
    ).toEqual(['direction=null', 'outcome=null', 'type="meeting"']);
    const bad = await expectFailure(
      kit,
      'activities.update',
      { id: call.id, patch: { outcome: 'reached' } },
      'BAD_INPUT',
    );
    expect(reasonsOf(bad)).toEqual([['patch.outcome', 'not_for_activity_type']]);
  });

  it('delete is a tombstone that leaves the deal timeline; restore brings it back (undo)', async () => {
    const { deal } = await dealWithPeople();
    const call = await kit.client.call('activities.log', { type: 'call', dealId: deal.id, subject: 'Звонок' });
    const kinds = async () => (await timelineInOrder(kit.client, deal.id)).entries.map((e) => e.kind);
    expect(await kinds()).toEqual(['created', 'activity']);
    const deleted = await kit.client.call('activities.delete', { id: call.id });
    expect(deleted.deletedAt).toBe(kit.clock.now());
    expect(kit.backend.db.sqlite.prepare('SELECT count(*) FROM activities').pluck().get()).toBe(1);
    expect(await kinds()).toEqual(['created']);
    await kit.client.call('activities.restore', { id: call.id });
    expect(await kinds()).toEqual(['created', 'activity']);
  });

  it('an edit of a deleted activity is refused as not found', async () => {
    const call = await kit.client.call('activities.log', { type: 'call' });
    await kit.client.call('activities.delete', { id: call.id });
    await expectFailure(kit, 'activities.update', { id: call.id, patch: { subject: 'x' } }, 'NOT_FOUND');
  });
});

describe('deal timeline with activities', () => {
  it('orders by when things happened, then by HLC: a back-dated call lands before a later move', async () => {
    const start = kit.clock.now();
    const { deal } = await dealWithPeople();
    kit.clock.advance(HOUR);
    await kit.client.call('deals.move', { id: deal.id, toStageId: STAGE.qualification });
    kit.clock.advance(HOUR);
    // Logged now, done half an hour after the deal was created: before the move.
    const early = await kit.client.call('activities.log', {
      type: 'call',
      dealId: deal.id,
      doneAt: start + 30 * MINUTE,
    });
    // Logged now, done now: after the move.
    const late = await kit.client.call('activities.log', { type: 'email', dealId: deal.id });
    // Same millisecond as the move: the HLC (written later) puts it after the move.
    const same = await kit.client.call('activities.log', { type: 'note', dealId: deal.id, doneAt: start + HOUR });
    const history = await timelineInOrder(kit.client, deal.id);
    const lines = history.entries.map((entry) =>
      entry.kind === 'activity'
        ? [entry.at - start, entry.activity.id, entry.actorName]
        : [entry.at - start, entry.kind],
    );
    expect(lines).toEqual([
      [0, 'created'],
      [30 * MINUTE, early.id, 'Анна Петрова'],
      [HOUR, 'stage'],
      [HOUR, same.id, 'Анна Петрова'],
      [2 * HOUR, late.id, 'Анна Петрова'],
    ]);
  });

  it('open tasks stay out of the timeline until done', async () => {
    const { deal } = await dealWithPeople();
    const task = await kit.client.call('activities.plan', {
      dealId: deal.id,
      subject: 'Перезвонить',
      dueAt: kit.clock.now() + DAY,
    });
    expect((await timelineInOrder(kit.client, deal.id)).entries.map((e) => e.kind)).toEqual(['created']);
    kit.clock.advance(HOUR);
    await kit.client.call('activities.complete', { id: task.id });
    expect((await timelineInOrder(kit.client, deal.id)).entries.map((e) => e.kind)).toEqual(['created', 'activity']);
  });
});

describe('speed to lead: the first outbound touch', () => {
  it('is the earliest done outbound call, e-mail or meeting, whatever order they were logged in', async () => {
    const start = kit.clock.now();
    const { deal } = await dealWithPeople();
    kit.clock.advance(5 * HOUR);
    expect(await kit.client.call('activities.firstTouch', { dealId: deal.id })).toMatchObject({
      activity: null,
      afterMs: null,
    });
    // Not touches: an inbound call, a note, a demo, an open call task.
    await kit.client.call('activities.log', {
      type: 'call',
      direction: 'inbound',
      dealId: deal.id,
      doneAt: start + 10 * MINUTE,
    });
    await kit.client.call('activities.log', { type: 'note', dealId: deal.id, doneAt: start + 11 * MINUTE });
    await kit.client.call('activities.log', { type: 'demo', dealId: deal.id, doneAt: start + 12 * MINUTE });
    await kit.client.call('activities.plan', {
      type: 'call',
      dealId: deal.id,
      subject: 'Звонок',
      dueAt: start + 6 * HOUR,
    });
    expect((await kit.client.call('activities.firstTouch', { dealId: deal.id })).activity).toBeNull();

    const email = await kit.client.call('activities.log', { type: 'email', dealId: deal.id, doneAt: start + 3 * HOUR });
    // Logged after the e-mail but done before it.
    const call = await kit.client.call('activities.log', { type: 'call', dealId: deal.id, doneAt: start + 2 * HOUR });
    const touch = await kit.client.call('activities.firstTouch', { dealId: deal.id });
    expect(touch.activity?.id).toBe(call.id);
    expect(touch.afterMs).toBe(2 * HOUR);

    // Deleting the first touch falls back to the next; undo restores it.
    await kit.client.call('activities.delete', { id: call.id });
    expect((await kit.client.call('activities.firstTouch', { dealId: deal.id })).activity?.id).toBe(email.id);
    await kit.client.call('activities.restore', { id: call.id });
    expect((await kit.client.call('activities.firstTouch', { dealId: deal.id })).activity?.id).toBe(call.id);

    // Re-dating the e-mail earlier, or turning the call inbound, moves the first touch.
    await kit.client.call('activities.update', { id: email.id, patch: { doneAt: start + HOUR } });
    expect((await kit.client.call('activities.firstTouch', { dealId: deal.id })).activity?.id).toBe(email.id);
    await kit.client.call('activities.update', { id: email.id, patch: { direction: 'inbound' } });
    expect((await kit.client.call('activities.firstTouch', { dealId: deal.id })).activity?.id).toBe(call.id);
    // Moving the call to another deal takes it away from this one.
    const other = await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      stageId: STAGE.newLead,
      title: 'Другая',
    });
    await kit.client.call('activities.update', { id: call.id, patch: { dealId: other.id } });
    expect((await kit.client.call('activities.firstTouch', { dealId: deal.id })).activity).toBeNull();
    expect((await kit.client.call('activities.firstTouch', { dealId: other.id })).activity?.id).toBe(call.id);
  });

  it('agrees with the KPI engine’s speed to lead', async () => {
    const start = kit.clock.now();
    const { deal } = await dealWithPeople();
    kit.clock.advance(4 * HOUR);
    await kit.client.call('activities.log', {
      type: 'call',
      direction: 'inbound',
      dealId: deal.id,
      doneAt: start + HOUR,
    });
    await kit.client.call('activities.log', { type: 'meeting', dealId: deal.id, doneAt: start + 3 * HOUR });
    const call = await kit.client.call('activities.log', { type: 'call', dealId: deal.id, doneAt: start + 2 * HOUR });
    await kit.client.call('activities.delete', { id: call.id });
    const touch = await kit.client.call('activities.firstTouch', { dealId: deal.id });
    expect(touch.afterMs).toBe(3 * HOUR);
    const report = await kit.client.call('kpi.report', {
      period: { kind: 'month', month: '2026-11' },
      asOf: kit.clock.now(),
      compare: false,
    });
    expect(report.current.speedToLeadHours).toMatchObject({ median: 3, n: 1 });
  });
});

describe('tasks', () => {
  it('plans a task for the current user; reschedule and reassign are updates; a deactivated assignee is refused', async () => {
    const { deal, company } = await dealWithPeople();
    const due = kit.clock.now() + DAY;
    const task = await kit.client.call('activities.plan', {
      type: 'call',
      dealId: deal.id,
      subject: 'Перезвонить',
      dueAt: due,
    });
    expect(task).toMatchObject({ type: 'call', dueAt: due, doneAt: null, ownerId: kit.anna, companyId: company.id });
    const moved = await kit.client.call('activities.update', {
      id: task.id,
      patch: { dueAt: due + DAY, ownerId: kit.boris },
    });
    expect(moved).toMatchObject({ dueAt: due + DAY, ownerId: kit.boris });
    kit.backend.db.sqlite.prepare('UPDATE users SET active = 0 WHERE id = ?').run(kit.boris);
    const inactive = await expectFailure(
      kit,
      'activities.plan',
      { subject: 'x', dueAt: due, ownerId: kit.boris },
      'BAD_INPUT',
    );
    expect(reasonsOf(inactive)).toEqual([['ownerId', 'user_inactive']]);
    const generic = await kit.client.call('activities.plan', { subject: 'Подготовить договор', dueAt: due });
    expect(generic.type).toBe('task');
    await expectFailure(kit, 'activities.plan', { subject: '  ', dueAt: due }, 'BAD_INPUT');
    await expectFailure(kit, 'activities.plan', { subject: 'x' }, 'BAD_INPUT');
  });

  it('completing while logging the call that did it is one write on the task row; twice is refused; reopen undoes', async () => {
    const { deal } = await dealWithPeople();
    const task = await kit.client.call('activities.plan', {
      dealId: deal.id,
      subject: 'Перезвонить',
      dueAt: kit.clock.now() + HOUR,
    });
    kit.clock.advance(2 * HOUR);
    const before = kit.backend.db.sqlite.prepare('SELECT count(*) FROM activities').pluck().get();
    const done = await kit.client.call('activities.complete', {
      id: task.id,
      log: { type: 'call', outcome: 'reached', durationSec: 420, body: 'Договорились о демо' },
    });
    expect(done).toMatchObject({
      id: task.id,
      type: 'call',
      direction: 'outbound',
      outcome: 'reached',
      durationSec: 420,
      body: 'Договорились о демо',
      doneAt: kit.clock.now(),
      subject: 'Перезвонить',
    });
    expect(kit.backend.db.sqlite.prepare('SELECT count(*) FROM activities').pluck().get()).toBe(before);
    // The completed call is the deal's first touch.
    expect((await kit.client.call('activities.firstTouch', { dealId: deal.id })).activity?.id).toBe(task.id);
    const again = await expectFailure(kit, 'activities.complete', { id: task.id }, 'CONFLICT');
    expect(again.params).toMatchObject({ reason: 'task_done' });
    const reopened = await kit.client.call('activities.reopen', { id: task.id });
    expect(reopened.doneAt).toBeNull();
    expect((await kit.client.call('activities.firstTouch', { dealId: deal.id })).activity).toBeNull();
    const bad = await expectFailure(
      kit,
      'activities.complete',
      { id: task.id, log: { engagement: 'opened' } },
      'BAD_INPUT',
    );
    expect(reasonsOf(bad)).toEqual([['log.engagement', 'not_for_activity_type']]);
    const logged = await kit.client.call('activities.log', { type: 'note' });
    const notTask = await expectFailure(kit, 'activities.complete', { id: logged.id }, 'CONFLICT');
    expect(notTask.params).toMatchObject({ reason: 'not_a_task' });
  });
});

describe('activities.myDay', () => {
  it('splits open tasks into overdue, today and upcoming in the workspace zone, with done today', async () => {
    // 2026-11-23 09:00 UTC = 12:00 in Moscow (the default zone).
    const now = kit.clock.now();
    const { deal } = await dealWithPeople();
    const plan = (subject: string, dueAt: number, ownerId = kit.anna) =>
      kit.client.call('activities.plan', { subject, dueAt, dealId: deal.id, ownerId });
    const yesterday = await plan('Вчера', now - DAY);
    const thisMorning = await plan('Утром', now - 2 * HOUR);
    const tonight = await plan('Вечером', now + 11 * HOUR); // 23:00 Moscow
    const tomorrow = await plan('Завтра', now + 12 * HOUR + MINUTE); // 00:01 Moscow next day
    await plan('Чужая', now + HOUR, kit.boris);
    const call = await kit.client.call('activities.log', { type: 'call', dealId: deal.id });
    const day = await kit.client.call('activities.myDay', {});
    expect(day.overdue.map((row) => row.id)).toEqual([yesterday.id]);
    expect(day.today.map((row) => row.id)).toEqual([thisMorning.id, tonight.id]);
    expect(day.upcoming.map((row) => row.id)).toEqual([tomorrow.id]);
    expect(day.doneToday.map((row) => row.id)).toEqual([call.id]);
    expect(day.today[0]).toMatchObject({
      dealTitle: 'Вектор: CRM',
      companyName: 'ООО «Вектор»',
      ownerName: 'Анна Петрова',
    });
    expect(day.dayStart).toBe(Date.UTC(2026, 10, 22, 21, 0));

    const team = await kit.client.call('activities.myDay', { ownerId: null });
    expect(team.today).toHaveLength(3);
    const boris = await kit.client.call('activities.myDay', { ownerId: kit.boris });
    expect(boris.today.map((row) => row.subject)).toEqual(['Чужая']);

    // Time passes: tonight's task becomes overdue the next morning; a deleted one leaves.
    kit.clock.advance(DAY);
    await kit.client.call('activities.delete', { id: yesterday.id });
    const next = await kit.client.call('activities.myDay', {});
    expect(next.overdue.map((row) => row.id)).toEqual([thisMorning.id, tonight.id]);
    expect(next.today.map((row) => row.id)).toEqual([tomorrow.id]);
    expect(next.doneToday).toEqual([]);
  });

  it('lists at most a section’s worth and counts the rest, for a rep and for the team', async () => {
    const now = kit.clock.now();
    const { deal } = await dealWithPeople();
    const overdue = MY_DAY_SECTION_LIMIT + 5;
    for (let index = 0; index < overdue; index += 1)
      await kit.client.call('activities.plan', {
        subject: `Долг ${index}`,
        dueAt: now - 2 * DAY - index * MINUTE,
        dealId: deal.id,
        ownerId: kit.anna,
      });
    await kit.client.call('activities.plan', { subject: 'Чужая', dueAt: now - DAY, dealId: deal.id, ownerId: kit.boris });
    await kit.client.call('activities.plan', { subject: 'Сегодня', dueAt: now + HOUR, dealId: deal.id, ownerId: kit.anna });

    const day = await kit.client.call('activities.myDay', {});
    expect(day.overdue).toHaveLength(MY_DAY_SECTION_LIMIT);
    // Oldest first: the last one planned is the oldest.
    expect(day.overdue[0]?.subject).toBe(`Долг ${overdue - 1}`);
    expect(day.totals).toEqual({ overdue, today: 1, upcoming: 0, doneToday: 0 });

    const team = await kit.client.call('activities.myDay', { ownerId: null });
    expect(team.overdue).toHaveLength(MY_DAY_SECTION_LIMIT);
    expect(team.totals.overdue).toBe(overdue + 1);
    const boris = await kit.client.call('activities.myDay', { ownerId: kit.boris });
    expect(boris.totals).toEqual({ overdue: 1, today: 0, upcoming: 0, doneToday: 0 });
  });
});
