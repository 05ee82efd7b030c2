import type { PushEvent } from '@shared/contract/pushEvents';
import type { Reminder } from '@shared/contract/schemas/reminders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientFor, createTempBackend, type TempBackend } from '../../helpers/tempBackend';
import { createDealsKit, type DealsKit, expectFailure, PIPELINE, STAGE } from './dealsTestKit';

let kit: DealsKit;
let reopened: TempBackend[] = [];
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => {
  for (const backend of reopened) backend.close();
  reopened = [];
  kit.dispose();
});

/** Closes the app, lets `closedMs` pass, and starts it again on the same file. */
const restart = (closedMs: number, options: { reminderSchedule?: boolean } = {}) => {
  const current = reopened.at(-1) ?? kit.backend;
  current.close();
  kit.clock.advance(closedMs);
  const next = createTempBackend({ clock: kit.clock, dir: kit.backend.dir, ...options });
  reopened.push(next);
  return { backend: next, client: clientFor(next) };
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The reminders pushed since `from` (an index into the backend's received events). */
const pushedSince = (received: PushEvent[], from = 0): Pick<Reminder, 'subject' | 'overdue'>[] =>
  received
    .slice(from)
    .flatMap((event) => (event.type === 'reminder.due' ? event.reminders : []))
    .map(({ subject, overdue }) => ({ subject, overdue }));

const plan = (subject: string, dueAt: number, ownerId = kit.anna) =>
  kit.client.call('activities.plan', { subject, dueAt, ownerId });

const scan = () => kit.client.call('reminders.scan', {});
const listed = async () => (await kit.client.call('reminders.list', {})).reminders.map((reminder) => reminder.subject);

describe('reminders', () => {
  it('delivers a task once when it comes within 15 minutes, with its deal, and not again at later scans', async () => {
    const deal = await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      stageId: STAGE.newLead,
      title: 'Вектор: CRM',
    });
    await kit.client.call('activities.plan', { subject: 'Позвонить', dueAt: kit.clock.now() + HOUR, dealId: deal.id });
    expect((await scan()).delivered).toBe(0);
    expect(await listed()).toEqual([]);

    kit.clock.advance(46 * MINUTE);
    const from = kit.backend.received.length;
    expect((await scan()).delivered).toBe(1);
    expect(pushedSince(kit.backend.received, from)).toEqual([{ subject: 'Позвонить', overdue: false }]);
    expect((await kit.client.call('reminders.list', {})).reminders).toEqual([
      expect.objectContaining({ subject: 'Позвонить', dealId: deal.id, dealTitle: 'Вектор: CRM', overdue: false }),
    ]);
    // Pushed after the scan's commit, with the bell's table invalidated.
    expect(kit.backend.received.slice(from).map((event) => event.type)).toEqual(['reminder.due', 'data.changed']);

    kit.clock.advance(30 * MINUTE);
    expect((await scan()).delivered).toBe(0);
    const list = await kit.client.call('reminders.list', {});
    expect(list).toMatchObject({
      now: kit.clock.now(),
      total: 1,
      reminders: [{ subject: 'Позвонить', overdue: true }],
    });
  });

  it('fires once across a restart, and a reminder due while the app was closed comes at the next start', async () => {
    await plan('До закрытия', kit.clock.now() + 10 * MINUTE);
    await plan('Пока закрыто', kit.clock.now() + 3 * HOUR);
    expect(pushedSince(kit.backend.received)).toEqual([]);
    expect((await scan()).delivered).toBe(1);

    // Closed for a day: the next start delivers only what it has not delivered before.
    const { backend, client } = restart(24 * HOUR);
    expect((await client.call('reminders.scan', {})).delivered).toBe(1);
    expect(pushedSince(backend.received)).toEqual([{ subject: 'Пока закрыто', overdue: true }]);
    expect((await client.call('reminders.list', {})).reminders.map((reminder) => reminder.subject)).toEqual([
      'До закрытия',
      'Пока закрыто',
    ]);
    expect((await client.call('reminders.scan', {})).delivered).toBe(0);
  });

  it('the core schedule delivers at start on its own, and at once when a task is planned due soon', async () => {
    await plan('Пропущено', kit.clock.now() + 5 * MINUTE);
    const { backend: scheduled } = restart(HOUR, { reminderSchedule: true });
    await expect.poll(() => pushedSince(scheduled.received)).toEqual([{ subject: 'Пропущено', overdue: true }]);
    await clientFor(scheduled).call('activities.plan', {
      subject: 'Сейчас',
      dueAt: kit.clock.now() + MINUTE,
      ownerId: kit.anna,
    });
    await expect
      .poll(() => pushedSince(scheduled.received).map((reminder) => reminder.subject))
      .toEqual(['Пропущено', 'Сейчас']);
  });

  it('a rescheduled task reminds again at its new time', async () => {
    const task = await plan('Перенести', kit.clock.now() + 5 * MINUTE);
    await scan();
    await kit.client.call('reminders.dismiss', { taskId: task.id, dueAt: task.dueAt! });
    expect(await listed()).toEqual([]);
    await kit.client.call('activities.update', { id: task.id, patch: { dueAt: kit.clock.now() + HOUR } });
    expect((await scan()).delivered).toBe(0);
    kit.clock.advance(50 * MINUTE);
    const from = kit.backend.received.length;
    expect((await scan()).delivered).toBe(1);
    expect(pushedSince(kit.backend.received, from)).toEqual([{ subject: 'Перенести', overdue: false }]);
  });

  it('snooze puts a reminder away for 10 minutes and delivers it again then, also across a restart', async () => {
    const task = await plan('Отложить', kit.clock.now() + 5 * MINUTE);
    await scan();
    await kit.client.call('reminders.snooze', { taskId: task.id, dueAt: task.dueAt! });
    expect(await listed()).toEqual([]);
    kit.clock.advance(9 * MINUTE);
    expect((await scan()).delivered).toBe(0);
    expect(await listed()).toEqual([]);

    const { backend, client } = restart(2 * MINUTE);
    expect((await client.call('reminders.scan', {})).delivered).toBe(1);
    expect(pushedSince(backend.received)).toEqual([{ subject: 'Отложить', overdue: true }]);
    expect((await client.call('reminders.scan', {})).delivered).toBe(0);
  });

  it('dismiss ends a reminder for good, across a restart', async () => {
    const task = await plan('Закрыть', kit.clock.now() + 5 * MINUTE);
    await kit.client.call('reminders.dismiss', { taskId: task.id, dueAt: task.dueAt! });
    // Dismissed from the bell before any scan: it is never pushed.
    expect((await scan()).delivered).toBe(0);
    const { client } = restart(2 * HOUR);
    expect((await client.call('reminders.scan', {})).delivered).toBe(0);
    expect((await client.call('reminders.list', {})).total).toBe(0);
  });

  it('completed and deleted tasks never fire, and stale or unknown reminders cannot be handled', async () => {
    const done = await plan('Сделано', kit.clock.now() + 5 * MINUTE);
    const gone = await plan('Удалено', kit.clock.now() + 5 * MINUTE);
    await kit.client.call('activities.complete', { id: done.id });
    await kit.client.call('activities.delete', { id: gone.id });
    kit.clock.advance(HOUR);
    expect((await scan()).delivered).toBe(0);
    expect(await listed()).toEqual([]);
    await expectFailure(kit, 'reminders.snooze', { taskId: done.id, dueAt: done.dueAt }, 'NOT_FOUND');
    await expectFailure(kit, 'reminders.dismiss', { taskId: gone.id, dueAt: gone.dueAt }, 'NOT_FOUND');
    const open = await plan('Открыто', kit.clock.now() + 5 * MINUTE);
    await expectFailure(kit, 'reminders.dismiss', { taskId: open.id, dueAt: open.dueAt! + 1 }, 'NOT_FOUND');
    await expectFailure(kit, 'reminders.snooze', { taskId: open.id }, 'BAD_INPUT');
  });

  it('prunes the records of done, deleted, vanished and long-rescheduled tasks at start, then only once a day', async () => {
    const DAY = 24 * HOUR;
    const rows = (backend: TempBackend) =>
      backend.db.sqlite
        .prepare('SELECT task_id AS taskId, due_at AS dueAt FROM reminder_deliveries ORDER BY due_at, task_id')
        .all() as { taskId: string; dueAt: number }[];
    const done = await plan('Сделано', kit.clock.now() + 5 * MINUTE);
    const deleted = await plan('Удалено', kit.clock.now() + 5 * MINUTE);
    const vanished = await plan('Исчезло', kit.clock.now() + 5 * MINUTE);
    const moved = await plan('Перенесено', kit.clock.now() + 5 * MINUTE);
    const open = await plan('Висит', kit.clock.now() + 5 * MINUTE);
    expect((await scan()).delivered).toBe(5);
    await kit.client.call('activities.complete', { id: done.id });
    await kit.client.call('activities.delete', { id: deleted.id });
    // Gone from this device as sync does when a task is reassigned away (no tombstone here).
    kit.backend.db.sqlite.prepare('DELETE FROM activities WHERE id = ?').run(vanished.id);
    await kit.client.call('activities.update', { id: moved.id, patch: { dueAt: kit.clock.now() + 40 * DAY } });
    expect(rows(kit.backend)).toHaveLength(5);

    // A month and more later the app starts: its first scan prunes what no reminder needs. The open
    // task's record stays however old (else it fired again); the moved task keeps nothing of its old time.
    const { backend, client } = restart(31 * DAY);
    const started = await client.call('reminders.scan', {});
    expect(started).toMatchObject({ delivered: 0, pruned: 4 });
    expect(rows(backend)).toEqual([{ taskId: open.id, dueAt: open.dueAt }]);
    expect(pushedSince(backend.received)).toEqual([]);

    // Not on every tick: a task completed now keeps its record until a day has passed.
    await client.call('activities.complete', { id: open.id });
    kit.clock.advance(20_000);
    expect(await client.call('reminders.scan', {})).toMatchObject({ pruned: 0 });
    expect(rows(backend)).toHaveLength(1);
    kit.clock.advance(DAY);
    expect(await client.call('reminders.scan', {})).toMatchObject({ pruned: 1 });
    expect(rows(backend)).toEqual([]);
  });

  it('after pruning an overdue open task still fires only once, across restarts; a reschedule undone keeps its record', async () => {
    const DAY = 24 * HOUR;
    const open = await plan('Долг', kit.clock.now() + 5 * MINUTE);
    const undone = await plan('Туда и обратно', kit.clock.now() + 5 * MINUTE);
    expect((await scan()).delivered).toBe(2);
    // Rescheduled and put back (Undo): the record of the original due time must still count.
    await kit.client.call('activities.update', { id: undone.id, patch: { dueAt: kit.clock.now() + 3 * DAY } });
    kit.clock.advance(DAY);
    expect((await scan()).pruned).toBe(0);
    await kit.client.call('activities.update', { id: undone.id, patch: { dueAt: undone.dueAt } });

    for (const closedMs of [40 * DAY, 2 * DAY]) {
      const { backend, client } = restart(closedMs);
      expect((await client.call('reminders.scan', {})).delivered).toBe(0);
      expect(pushedSince(backend.received)).toEqual([]);
      // Still on the bell, overdue: pruning dropped nothing a reminder needs.
      expect((await client.call('reminders.list', {})).reminders.map((reminder) => reminder.subject)).toEqual([
        open.subject,
        undone.subject,
      ]);
    }
  });

  it("delivers only the current user's tasks; another user on this device gets theirs", async () => {
    await plan('Анне', kit.clock.now() + 5 * MINUTE);
    await plan('Борису', kit.clock.now() + 5 * MINUTE, kit.boris);
    const from = kit.backend.received.length;
    await scan();
    expect(pushedSince(kit.backend.received, from)).toEqual([{ subject: 'Анне', overdue: false }]);
    expect(await listed()).toEqual(['Анне']);

    await kit.client.call('settings.set', { 'user.currentId': kit.boris });
    const next = kit.backend.received.length;
    await scan();
    expect(pushedSince(kit.backend.received, next)).toEqual([{ subject: 'Борису', overdue: false }]);
    expect(await listed()).toEqual(['Борису']);
  });

  it('the real clock cannot be moved: app.advanceClock is refused outside a test clock', async () => {
    const real = createTempBackend();
    try {
      const envelope = await real.dispatch('app.advanceClock', { ms: HOUR });
      expect(envelope).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    } finally {
      real.dispose();
    }
  });
});
